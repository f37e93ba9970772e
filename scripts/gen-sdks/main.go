// Command pulumi-language-sdkgen is a Pulumi language host that does one thing: generate a package's SDK,
// so that `pulumi package gen-sdk --language <go|python|dotnet|nodejs>` works with no download.
//
// `pulumi package gen-sdk` hands the schema to the language's host (GeneratePackage). Pulumi's Go, Python,
// .NET and Node.js hosts are not published as Go modules the module proxy serves, while their code generators
// ship in github.com/pulumi/pulumi/pkg/v3: this module pins v3.206.0, as the YAML host does (the CLI's
// v3.276.0 no longer carries the .NET generator). The one binary is installed as pulumi-language-go,
// -python, -dotnet and -nodejs and generates for the language its name says. It cannot run programs: it
// is for SDK generation only, and is put first on PATH only by `npm run gen-sdks`
// (scripts/lib/sdk-generation.ts); the engine prefers a language host on PATH to the one beside the CLI,
// so this pulumi-language-nodejs stands in for the project's program-running host during generation.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
)

const binaryPrefix = "pulumi-language-"

func main() {
	name := filepath.Base(os.Args[0])
	language := strings.TrimPrefix(name, binaryPrefix)
	if _, known := generators[language]; !known || !strings.HasPrefix(name, binaryPrefix) {
		fmt.Fprintf(os.Stderr, "%s: install this binary as pulumi-language-go, -python, -dotnet or -nodejs\n", name)
		os.Exit(2)
	}
	host := &sdkGenerator{language: language}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(server *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(server, host)
			return nil
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: could not start the gRPC server: %v\n", name, err)
		os.Exit(1)
	}
	// The engine reads the port from the first line of stdout, then talks gRPC.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}
