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

	dotnetgen "github.com/pulumi/pulumi/pkg/v3/codegen/dotnet"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
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
		return generateNodejs(pkg)
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
	"nodejs": adjustNodejsSpec,
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
