package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"

	"path"
	"strings"

	dotnetgen "github.com/pulumi/pulumi/pkg/v3/codegen/dotnet"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	nodejsgen "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	pythongen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// tool names the generator in the header of every generated file.
const tool = "pulumi-visionai gen-sdks"

// generators write one language's SDK files (paths relative to the SDK's directory) for a bound package.
var generators = map[string]func(pkg *schema.Package, extraFiles map[string][]byte) (map[string][]byte, error){
	"python": func(pkg *schema.Package, extraFiles map[string][]byte) (map[string][]byte, error) {
		return pythongen.GeneratePackage(tool, pkg, extraFiles, nil)
	},
	"go": func(pkg *schema.Package, _ map[string][]byte) (map[string][]byte, error) {
		return gogen.GeneratePackage(tool, pkg, nil)
	},
	"nodejs": func(pkg *schema.Package, _ map[string][]byte) (map[string][]byte, error) {
		// Not a "local SDK" compiled when installed: this package's build compiles it. The overlays (its
		// tsconfig.json) are written over the result by the host, as the generator refuses a second copy.
		files, err := nodejsgen.GeneratePackage(tool, pkg, nil, nil, false, nil)
		if err != nil {
			return nil, err
		}
		fixSubfolderImports(files)
		return files, withoutPluginDeclaration(files)
	},
	"dotnet": func(pkg *schema.Package, extraFiles map[string][]byte) (map[string][]byte, error) {
		// The .NET generator downloads the package icon from pkg.LogoURL (by default an image on GitHub,
		// out of reach here); it is served from loopback instead, so generation needs no network.
		logo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write(packageIcon())
		}))
		defer logo.Close()
		pkg.LogoURL = logo.URL + "/logo.png"
		return dotnetgen.GeneratePackage(tool, pkg, extraFiles, nil)
	},
}

// specAdjustments set a language's options that follow from how this repository ships that SDK, whatever
// the schema's own `language` section says.
var specAdjustments = map[string]func(spec *schema.PackageSpec) error{
	// The Node.js SDK ships inside the pulumi-visionai package, with the plugin it drives: its package.json
	// version, which it asks the engine for, must be the schema's (the package's) version. Without this
	// option the generator writes a "${VERSION}" placeholder for a publishing pipeline to fill in.
	"nodejs": func(spec *schema.PackageSpec) error {
		return setLanguageOption(spec, "nodejs", "respectSchemaVersion", true)
	},
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

// generate binds the JSON schema and returns the language's SDK files.
func generate(language string, schemaJSON []byte, extraFiles map[string][]byte) (map[string][]byte, error) {
	var spec schema.PackageSpec
	if err := json.Unmarshal(schemaJSON, &spec); err != nil {
		return nil, fmt.Errorf("the schema is not a Pulumi package schema: %w", err)
	}
	if adjust, ok := specAdjustments[language]; ok {
		if err := adjust(&spec); err != nil {
			return nil, err
		}
	}
	pkg, diags, err := schema.BindSpec(spec, nil, schema.ValidationOptions{})
	if err != nil {
		return nil, fmt.Errorf("the schema does not bind: %w", err)
	}
	if diags.HasErrors() {
		return nil, fmt.Errorf("the schema does not bind: %s", diags.Error())
	}
	files, err := generators[language](pkg, extraFiles)
	if err != nil {
		return nil, fmt.Errorf("generating the %s SDK: %w", language, err)
	}
	return files, nil
}

// packageIcon is the .NET package's icon: a plain 64x64 PNG (a gradient), the same for every run so
// regenerating changes nothing.
func packageIcon() []byte {
	icon := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			icon.Set(x, y, color.RGBA{R: uint8(32 + 2*x), G: uint8(96 + y), B: 200, A: 255})
		}
	}
	var encoded bytes.Buffer
	_ = png.Encode(&encoded, icon)
	return encoded.Bytes()
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
