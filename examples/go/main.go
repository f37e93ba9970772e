// The seed's infrastructure-setup workflow as a Go program, run with Pulumi's Automation API.
//
// A cluster holds two camera streams and two events; a series joins every stream to every event, and a
// channel is materialized from the first camera's motion events. The program is *inline*: this binary is
// both the Pulumi program and the tool that deploys it, so no Go language host is needed, only the `pulumi`
// CLI and the provider plugin `pulumi-resource-visionai` on PATH.
//
//	go run . up          # deploy (or converge) the stack; prints its outputs as JSON
//	go run . preview     # what `up` would change
//	go run . destroy     # delete every resource of the stack
//
// Flags (after the command): -stack NAME (default dev), -work-dir DIR (where the project's and the stack's
// settings are kept; default the current directory), -config KEY=VALUE (stack config to set first;
// repeatable) and -show-secrets. Stack config the program reads:
//
//   - visionai:project, visionai:location: where the cluster lives (set to my-project / us-central1 when the
//     stack is created);
//   - camera2DisplayName: the second camera's display name;
//   - lobbyCamera: the full name of a stream made outside Pulumi, which the program then adopts with the
//     Import resource option, declaring it with the values it already has.
//
// Set VISIONAI_EMULATOR_HOST=host:port to deploy to a local emulator (`npx visionai-emulator --in-memory`).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/auto"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optdestroy"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optpreview"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optup"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
	"github.com/visionai-pulumi/pulumi-visionai/sdk/go/visionai"
)

const projectName = "visionai-go"

var defaultConfig = map[string]string{"visionai:project": "my-project", "visionai:location": "us-central1"}

type event struct{ id, displayName, description, gracePeriod string }

var events = []event{
	{"motion-detection-event", "Motion Detection Event", "Motion detected in surveillance area", "30s"},
	{"person-detected-event", "Person Detected Event", "Person detected in restricted area", "10s"},
}

func videoAnalytics(ctx *pulumi.Context) error {
	conf := config.New(ctx, "")
	cluster, err := visionai.NewCluster(ctx, "video-cluster", &visionai.ClusterArgs{
		DisplayName: pulumi.String("Video Processing Cluster"),
		Description: pulumi.String("Cluster for real-time video processing"),
		Labels:      pulumi.StringMap{"environment": pulumi.String("production"), "team": pulumi.String("video-analytics")},
	})
	if err != nil {
		return err
	}
	displayNames := []string{"Camera 1 Stream", "Camera 2 Stream"}
	if name := conf.Get("camera2DisplayName"); name != "" {
		displayNames[1] = name
	}
	var cameras []*visionai.Stream
	for i, displayName := range displayNames {
		camera, err := visionai.NewStream(ctx, fmt.Sprintf("camera-%d-stream", i+1), &visionai.StreamArgs{
			Cluster:           cluster.Name,
			DisplayName:       pulumi.String(displayName),
			Description:       pulumi.Sprintf("Security camera %d video stream", i+1),
			EnableHlsPlayback: pulumi.Bool(true),
		})
		if err != nil {
			return err
		}
		cameras = append(cameras, camera)
	}
	var eventResources []*visionai.Event
	for _, e := range events {
		resource, err := visionai.NewEvent(ctx, e.id, &visionai.EventArgs{
			Cluster:     cluster.Name,
			DisplayName: pulumi.String(e.displayName),
			Description: pulumi.String(e.description),
			GracePeriod: pulumi.String(e.gracePeriod),
		})
		if err != nil {
			return err
		}
		eventResources = append(eventResources, resource)
	}
	// Each series takes its stream's and event's `name` outputs, so `destroy` deletes it before them.
	for i, camera := range cameras {
		for j, e := range eventResources {
			_, err := visionai.NewSeries(ctx, fmt.Sprintf("series-%d-%d", i+1, j+1), &visionai.SeriesArgs{
				Cluster:     cluster.Name,
				DisplayName: pulumi.Sprintf("Series %d-%d", i+1, j+1),
				Description: pulumi.Sprintf("Time series for stream %d and event %d", i+1, j+1),
				Stream:      camera.Name,
				Event:       e.Name,
			})
			if err != nil {
				return err
			}
		}
	}
	channel, err := visionai.NewChannel(ctx, "motion-detection-channel", &visionai.ChannelArgs{
		Cluster: cluster.Name,
		Stream:  cameras[0].Name,
		Event:   eventResources[0].Name,
	})
	if err != nil {
		return err
	}

	if lobbyCamera := conf.Get("lobbyCamera"); lobbyCamera != "" {
		// Import adopts the existing stream; the arguments must equal what it already has.
		_, err := visionai.NewStream(ctx, "lobby-camera", &visionai.StreamArgs{
			Cluster:           cluster.Name,
			StreamId:          pulumi.String(lobbyCamera[strings.LastIndex(lobbyCamera, "/")+1:]),
			DisplayName:       pulumi.String("Lobby camera"),
			EnableHlsPlayback: pulumi.Bool(true),
			Labels:            pulumi.StringMap{"team": pulumi.String("facilities")},
		}, pulumi.Import(pulumi.ID(lobbyCamera)))
		if err != nil {
			return err
		}
	}

	// Lookups are functions; the HLS playback token is secret in outputs and state.
	lookup := visionai.LookupStreamOutput(ctx, visionai.LookupStreamOutputArgs{Name: cameras[0].Name})
	playback := visionai.GetStreamHlsTokenOutput(ctx, visionai.GetStreamHlsTokenOutputArgs{Stream: cameras[0].Name})

	ctx.Export("clusterName", cluster.Name)
	ctx.Export("clusterState", cluster.State)
	ctx.Export("streamNames", pulumi.StringArray{cameras[0].Name, cameras[1].Name})
	ctx.Export("eventNames", pulumi.StringArray{eventResources[0].Name, eventResources[1].Name})
	ctx.Export("channelName", channel.Name)
	ctx.Export("camera1DisplayName", lookup.DisplayName())
	ctx.Export("camera1HlsToken", playback.Token())
	return nil
}

// settings collects repeated -config KEY=VALUE flags.
type settings map[string]string

func (s settings) String() string { return fmt.Sprint(map[string]string(s)) }

func (s settings) Set(setting string) error {
	key, value, found := strings.Cut(setting, "=")
	if !found {
		return fmt.Errorf("write KEY=VALUE, e.g. -config camera2DisplayName=Lobby")
	}
	s[key] = value
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) < 2 {
		return fmt.Errorf("usage: %s up|preview|destroy [-stack NAME] [-work-dir DIR] [-config KEY=VALUE]... [-show-secrets]", os.Args[0])
	}
	command := os.Args[1]
	flags := flag.NewFlagSet(command, flag.ExitOnError)
	stackName := flags.String("stack", "dev", "the stack to deploy")
	workDir := flags.String("work-dir", ".", "where the project's and the stack's settings are kept")
	showSecrets := flags.Bool("show-secrets", false, "print secret outputs in plaintext")
	configValues := settings{}
	flags.Var(configValues, "config", "stack config KEY=VALUE to set first (repeatable)")
	if err := flags.Parse(os.Args[2:]); err != nil {
		return err
	}

	ctx := context.Background()
	stack, err := auto.UpsertStackInlineSource(ctx, *stackName, projectName, videoAnalytics, auto.WorkDir(*workDir))
	if err != nil {
		return err
	}
	present, err := stack.GetAllConfig(ctx)
	if err != nil {
		return err
	}
	for key, value := range defaultConfig {
		if _, ok := present[key]; !ok {
			if err := stack.SetConfig(ctx, key, auto.ConfigValue{Value: value}); err != nil {
				return err
			}
		}
	}
	for key, value := range configValues {
		if err := stack.SetConfig(ctx, key, auto.ConfigValue{Value: value}); err != nil {
			return err
		}
	}

	// Pulumi's progress goes to stderr, so stdout holds only the JSON result.
	var result any
	switch command {
	case "up":
		up, err := stack.Up(ctx, optup.ProgressStreams(os.Stderr))
		if err != nil {
			return err
		}
		outputs := map[string]any{}
		for key, output := range up.Outputs {
			value := output.Value
			if output.Secret && !*showSecrets {
				value = "[secret]"
			}
			outputs[key] = map[string]any{"value": value, "secret": output.Secret}
		}
		result = map[string]any{"changes": up.Summary.ResourceChanges, "outputs": outputs}
	case "preview":
		preview, err := stack.Preview(ctx, optpreview.ProgressStreams(os.Stderr))
		if err != nil {
			return err
		}
		result = map[string]any{"changes": preview.ChangeSummary}
	case "destroy":
		destroy, err := stack.Destroy(ctx, optdestroy.ProgressStreams(os.Stderr))
		if err != nil {
			return err
		}
		result = map[string]any{"changes": destroy.Summary.ResourceChanges}
	default:
		return fmt.Errorf("unknown command %q: use up, preview or destroy", command)
	}
	encoded, err := json.Marshal(result)
	if err != nil {
		return err
	}
	fmt.Println(string(encoded))
	return nil
}
