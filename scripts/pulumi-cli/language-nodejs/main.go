// Command pulumi-language-nodejs is this project's Node.js language host for the Pulumi engine.
//
// Pulumi's own host is a separate Go module that the project's package sources do not serve, so the
// project builds this small equivalent next to the pinned CLI. It runs programs with the entry point of
// the @pulumi/pulumi package the program itself depends on (cmd/run), exactly as the official host does:
// TypeScript sources directly (unless Pulumi.yaml sets `runtime.options.typescript: false`) and compiled
// JavaScript alike. It answers the engine's other questions with what such a program needs: no extra
// plugins, no dependency installation.
package main

import (
	"fmt"
	"os"
	"strings"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
)

func main() {
	engineAddress, err := engineAddressFromArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: %v\n", err)
		os.Exit(2)
	}
	host := &languageHost{engineAddress: engineAddress}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(server *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(server, host)
			return nil
		},
		Options: rpcutil.OpenTracingServerInterceptorOptions(nil),
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: could not start the gRPC server: %v\n", err)
		os.Exit(1)
	}
	// The engine reads the port from the first line of stdout, then talks gRPC.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: %v\n", err)
		os.Exit(1)
	}
}

// engineAddressFromArgs returns the one positional argument, the engine's address. Flags the engine
// passes (-root, -tracing, logging flags) are accepted and ignored: this host needs none of them, and
// failing on a flag a newer engine adds would break every run.
func engineAddressFromArgs(args []string) (string, error) {
	var positional []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if !strings.HasPrefix(arg, "-") {
			positional = append(positional, arg)
			continue
		}
		// "-flag value" form for the flags that take a value.
		name := strings.TrimLeft(arg, "-")
		if !strings.Contains(name, "=") && flagTakesValue(name) && i+1 < len(args) {
			i++
		}
	}
	if len(positional) == 0 {
		return "", fmt.Errorf("missing the engine address: usage: pulumi-language-nodejs [flags] <engine-address>")
	}
	return positional[0], nil
}

func flagTakesValue(name string) bool {
	switch name {
	case "root", "tracing", "v", "binary", "typescript", "tsconfig", "nodeargs", "packagemanager":
		return true
	}
	return false
}
