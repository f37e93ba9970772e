package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// errorAlreadyReported is the exit code @pulumi/pulumi's cmd/run uses after it has printed a
// user-actionable message itself; the engine should then not print a second, generic one.
const errorAlreadyReported = 32

// runProgram runs the program with `node <@pulumi/pulumi>/cmd/run`, connected to the engine's resource
// monitor, and reports how it ended. The program's output goes to this host's stdout and stderr, which
// the engine shows as the program's output.
func runProgram(ctx context.Context, engineAddress string, req *pulumirpc.RunRequest) *pulumirpc.RunResponse {
	programDir, program := programLocation(req)
	runScript, err := resolveFrom(programDir, "@pulumi/pulumi/cmd/run")
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}
	}
	env, err := programEnv(req)
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}
	}

	args := append(nodeArgs(req), runArgs(runScript, engineAddress, req)...)
	args = append(append(args, program), req.GetArgs()...)
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = programDir
	cmd.Env = env
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	// When the engine gives up on the run (Ctrl-C, cancellation), ask node to stop, so @pulumi/pulumi
	// can flush what it has; kill it only if it is still there after a grace period.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second

	err = cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return &pulumirpc.RunResponse{}
	case ctx.Err() != nil:
		return &pulumirpc.RunResponse{Error: "the Node.js program was stopped: the run was cancelled"}
	case errors.As(err, &exitErr) && exitErr.ExitCode() == errorAlreadyReported:
		return &pulumirpc.RunResponse{Bail: true}
	case errors.As(err, &exitErr) && exitErr.ExitCode() < 0:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("the Node.js program was stopped: %v", exitErr)}
	case errors.As(err, &exitErr):
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("the Node.js program exited with code %d", exitErr.ExitCode())}
	default:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("could not start node: %v", err)}
	}
}

// programLocation gives the directory the program lives in and the program argument for cmd/run: "."
// when Pulumi.yaml names no `main` (cmd/run then uses package.json's entry point), otherwise the
// absolute path of the file or directory `main` names. The engine reports a directory `main` as the
// program directory with entry point ".", and cmd/run would then look for package.json instead.
func programLocation(req *pulumirpc.RunRequest) (string, string) {
	info := req.GetInfo()
	if info == nil {
		program := req.GetProgram()
		if program == "" {
			program = "."
		}
		return req.GetPwd(), program
	}
	dir, entryPoint := info.GetProgramDirectory(), info.GetEntryPoint()
	if entryPoint == "" || entryPoint == "." {
		if filepath.Clean(dir) == filepath.Clean(info.GetRootDirectory()) {
			return dir, "."
		}
		return dir, dir
	}
	return dir, filepath.Join(dir, entryPoint)
}

func runArgs(runScript, engineAddress string, req *pulumirpc.RunRequest) []string {
	args := []string{
		runScript,
		"--monitor=" + req.GetMonitorAddress(),
		"--engine=" + engineAddress,
		"--project=" + req.GetProject(),
		"--stack=" + req.GetStack(),
		"--pwd=" + req.GetPwd(),
		"--parallel=" + strconv.Itoa(int(req.GetParallel())),
	}
	if req.GetOrganization() != "" {
		args = append(args, "--organization="+req.GetOrganization())
	}
	if root := req.GetInfo().GetRootDirectory(); root != "" {
		args = append(args, "--root-directory="+root)
	}
	if req.GetDryRun() {
		args = append(args, "--dry-run")
	}
	return args
}

// nodeArgs are the extra node flags the project names in Pulumi.yaml's `runtime.options.nodeargs`
// (e.g. "--enable-source-maps"), separated by spaces, as for the official host.
func nodeArgs(req *pulumirpc.RunRequest) []string {
	if value, ok := runtimeOption(req, "nodeargs").(string); ok {
		return strings.Fields(value)
	}
	return nil
}

// runtimeOption is one of Pulumi.yaml's `runtime.options`, or nil.
func runtimeOption(req *pulumirpc.RunRequest, name string) any {
	options := req.GetInfo().GetOptions()
	if options == nil {
		return nil
	}
	return options.AsMap()[name]
}

// programEnv passes stack config the way @pulumi/pulumi reads it: PULUMI_CONFIG (a JSON object of
// "namespace:key" to string) and PULUMI_CONFIG_SECRET_KEYS (a JSON array of secret keys).
func programEnv(req *pulumirpc.RunRequest) ([]string, error) {
	config, err := json.Marshal(req.GetConfig())
	if err != nil {
		return nil, fmt.Errorf("could not encode the stack config: %w", err)
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, fmt.Errorf("could not encode the secret config keys: %w", err)
	}
	// TypeScript is on unless Pulumi.yaml turns it off, as with the official host: cmd/run then compiles
	// .ts files as node loads them (with the program's own ts-node and typescript, else the copies
	// @pulumi/pulumi vendors), and compiled JavaScript still runs as it is.
	typescript := "true"
	if runtimeOption(req, "typescript") == false {
		typescript = "false"
	}
	env := append(os.Environ(),
		"PULUMI_CONFIG="+string(config),
		"PULUMI_CONFIG_SECRET_KEYS="+string(secrets),
		"PULUMI_NODEJS_TYPESCRIPT="+typescript,
	)
	if tsconfig, ok := runtimeOption(req, "tsconfig").(string); ok && tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+tsconfig)
	}
	return env, nil
}

// resolveFrom finds a module the way the program itself would, so the program and its run script
// share one copy of @pulumi/pulumi.
func resolveFrom(dir, module string) (string, error) {
	script := fmt.Sprintf("process.stdout.write(require.resolve(%q))", module)
	cmd := exec.Command("node", "-e", script)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf(
			"could not find %s from %s: run `npm ci` in the project first (%v)", module, filepath.Clean(dir), err)
	}
	return strings.TrimSpace(string(out)), nil
}
