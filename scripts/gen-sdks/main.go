// Command gen-sdks writes the Python, Go and .NET SDKs of a Pulumi package from its schema.
//
//	gen-sdks SCHEMA.json OUT_DIR
//
// It calls the code generators that `pulumi package gen-sdk` reaches through the Python, Go and .NET
// language plugins. Those plugins are not published as Go modules the module proxy serves, while the
// generators ship in github.com/pulumi/pulumi/pkg/v3 (this wrapper's pinned release), so the SDKs are
// generated here directly, into OUT_DIR/python, OUT_DIR/go and OUT_DIR/dotnet.
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
	"os"
	"path/filepath"

	dotnetgen "github.com/pulumi/pulumi/pkg/v3/codegen/dotnet"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	pythongen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

const tool = "pulumi-visionai gen-sdks"

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen-sdks SCHEMA.json OUT_DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintf(os.Stderr, "gen-sdks: %v\n", err)
		os.Exit(1)
	}
}

func run(schemaPath, outDir string) error {
	generators := map[string]func(*schema.Package) (map[string][]byte, error){
		"python": func(pkg *schema.Package) (map[string][]byte, error) {
			return pythongen.GeneratePackage(tool, pkg, nil, nil)
		},
		"go": func(pkg *schema.Package) (map[string][]byte, error) {
			return gogen.GeneratePackage(tool, pkg, nil)
		},
		"dotnet": func(pkg *schema.Package) (map[string][]byte, error) {
			// The .NET generator downloads the package icon from pkg.LogoURL (by default an image on GitHub,
			// out of reach here); it is served from loopback instead, so generation needs no network.
			logo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "image/png")
				_, _ = w.Write(packageIcon())
			}))
			defer logo.Close()
			pkg.LogoURL = logo.URL + "/logo.png"
			return dotnetgen.GeneratePackage(tool, pkg, nil, nil)
		},
	}
	for language, generate := range generators {
		// Each generator imports its language section into the package it is given: bind one per language.
		pkg, err := bindSchema(schemaPath)
		if err != nil {
			return err
		}
		files, err := generate(pkg)
		if err != nil {
			return fmt.Errorf("generating the %s SDK: %w", language, err)
		}
		if err := writeFiles(filepath.Join(outDir, language), files); err != nil {
			return err
		}
	}
	return nil
}

// packageIcon is the .NET package's icon: a plain 64x64 PNG (a gradient), the same for every run so regenerating changes nothing.
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

func bindSchema(schemaPath string) (*schema.Package, error) {
	contents, err := os.ReadFile(schemaPath)
	if err != nil {
		return nil, err
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(contents, &spec); err != nil {
		return nil, fmt.Errorf("%s is not a package schema: %w", schemaPath, err)
	}
	pkg, diags, err := schema.BindSpec(spec, nil, schema.ValidationOptions{})
	if err != nil {
		return nil, fmt.Errorf("%s does not bind: %w", schemaPath, err)
	}
	if diags.HasErrors() {
		return nil, fmt.Errorf("%s does not bind: %s", schemaPath, diags.Error())
	}
	return pkg, nil
}

func writeFiles(dir string, files map[string][]byte) error {
	for name, contents := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, contents, 0o644); err != nil {
			return err
		}
	}
	return nil
}
