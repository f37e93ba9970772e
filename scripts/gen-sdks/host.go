package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
)

// version is what the host reports to the engine: the pkg release its generators come from.
const version = "3.206.0"

// sdkGenerator implements the LanguageRuntime calls `pulumi package gen-sdk` makes; every other call
// answers Unimplemented, so running a program with it fails plainly instead of doing something else.
type sdkGenerator struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	language string
}

// Handshake accepts the engine's greeting; the generator needs nothing it carries.
func (g *sdkGenerator) Handshake(
	context.Context, *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (g *sdkGenerator) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: version}, nil
}

// GeneratePackage writes the SDK for the request's schema into its directory, then the extra files
// (`pulumi package gen-sdk --overlays`) over it, as Pulumi's own hosts do.
func (g *sdkGenerator) GeneratePackage(
	_ context.Context, req *pulumirpc.GeneratePackageRequest,
) (*pulumirpc.GeneratePackageResponse, error) {
	files, err := generate(g.language, []byte(req.GetSchema()), req.GetExtraFiles())
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	for name, contents := range req.GetExtraFiles() {
		files[name] = contents
	}
	if err := writeFiles(req.GetDirectory(), files); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &pulumirpc.GeneratePackageResponse{}, nil
}

func writeFiles(dir string, files map[string][]byte) error {
	for name, contents := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, contents, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}
