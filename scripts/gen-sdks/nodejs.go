package main

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"

	nodejsgen "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// generateNodejs writes the Node.js SDK as this repository ships it: inside the pulumi-visionai package
// (`pulumi-visionai/plugin`), compiled by the package's build, not a "local SDK" compiled when installed.
// The overlays (its tsconfig.json) are written over the result by the host, as the generator refuses a
// second copy of a file it writes.
func generateNodejs(pkg *schema.Package) (map[string][]byte, error) {
	files, err := nodejsgen.GeneratePackage(tool, pkg, nil, nil, false, nil)
	if err != nil {
		return nil, err
	}
	fixSubfolderImports(files)
	return files, withoutPluginDeclaration(files)
}

// adjustNodejsSpec makes the SDK's package.json version, which the SDK asks the engine for, the schema's
// (the package's) version: the SDK ships with the plugin it drives. Without `respectSchemaVersion` the
// generator writes a "${VERSION}" placeholder for a publishing pipeline to fill in.
func adjustNodejsSpec(spec *schema.PackageSpec) error {
	return setLanguageOption(spec, "nodejs", "respectSchemaVersion", true)
}

// setLanguageOption sets one key of the schema's `language.<language>` object, keeping its other keys.
func setLanguageOption(spec *schema.PackageSpec, language, key string, value any) error {
	options := map[string]any{}
	if raw, ok := spec.Language[language]; ok {
		if err := json.Unmarshal(raw, &options); err != nil {
			return fmt.Errorf("the schema's language.%s is not an object: %w", language, err)
		}
	}
	options[key] = value
	raw, err := json.Marshal(options)
	if err != nil {
		return err
	}
	if spec.Language == nil {
		spec.Language = map[string]schema.RawMessage{}
	}
	spec.Language[language] = raw
	return nil
}

// fixSubfolderImports corrects the relative imports of TypeScript files in subfolders (config/, types/):
// pkg v3.206.0's nodejs generator finds the way back to the package root with filepath.Rel and drops one
// ".." because Go 1.26's filepath.Rel cleans its result, so config/vars.ts imports "./utilities" instead
// of "../utilities". Later releases (v3.248.0 on) call filepath.Clean themselves and get it right, but
// they no longer carry the .NET generator this module also hosts.
func fixSubfolderImports(files map[string][]byte) {
	for name, contents := range files {
		depth := strings.Count(name, "/")
		if path.Ext(name) != ".ts" || depth == 0 {
			continue
		}
		wrongRoot, root := "./", strings.Repeat("../", depth)
		if depth > 1 {
			wrongRoot = strings.Repeat("../", depth-1)
		}
		fixed := string(contents)
		for _, target := range []string{"utilities", "types/"} {
			fixed = strings.ReplaceAll(fixed, `from "`+wrongRoot+target, `from "`+root+target)
		}
		files[name] = []byte(fixed)
	}
}

// withoutPluginDeclaration drops the `pulumi` block ({"resource": true, "name": "visionai", ...}) from the
// Node.js SDK's package.json. The SDK ships inside pulumi-visionai (dist/sdk/nodejs), and Pulumi's Node.js
// language host reads every package.json under node_modules, however deep, for that block: every program
// that installed the package, the dynamic resources' users included, would then require the plugin before
// it runs. Without it the engine loads the plugin only when a program registers a visionai:index:* resource,
// at the version the SDK gives (utilities.ts reads it from this package.json).
func withoutPluginDeclaration(files map[string][]byte) error {
	var manifest map[string]any
	if err := json.Unmarshal(files["package.json"], &manifest); err != nil {
		return fmt.Errorf("the generated package.json: %w", err)
	}
	delete(manifest, "pulumi")
	rewritten, err := json.MarshalIndent(manifest, "", "    ")
	if err != nil {
		return err
	}
	files["package.json"] = append(rewritten, '\n')
	return nil
}
