"""The seed's infrastructure-setup workflow as a Python program, run with Pulumi's Automation API.

A cluster holds two camera streams and two events; a series joins every stream to every event, and a
channel is materialized from the first camera's motion events. The program is *inline*: this script is
both the Pulumi program and the tool that deploys it, so no Python language host is needed, only the
`pulumi` CLI and the provider plugin `pulumi-resource-visionai` on PATH.

    python video_analytics.py up          # deploy (or converge) the stack; prints its outputs as JSON
    python video_analytics.py preview     # what `up` would change
    python video_analytics.py destroy     # delete every resource of the stack

Options: `--stack NAME` (default `dev`), `--work-dir DIR` (where the project's and the stack's settings are
kept; default the current directory), `--config KEY=VALUE` (stack config to set first; repeatable) and
`--show-secrets`. Stack config the program reads:

- `visionai:project`, `visionai:location`: where the cluster lives (set to my-project / us-central1 when
  the stack is created);
- `camera2DisplayName`: the second camera's display name;
- `lobbyCamera`: the full name of a stream made outside Pulumi, which the program then adopts with the
  `import` resource option, declaring it with the values it already has.

Set VISIONAI_EMULATOR_HOST=host:port to deploy to a local emulator (`npx visionai-emulator --in-memory`).
"""

import argparse
import json
import sys

import pulumi
import pulumi_visionai as visionai
from pulumi import automation as auto

PROJECT_NAME = "visionai-python"
DEFAULT_CONFIG = {"visionai:project": "my-project", "visionai:location": "us-central1"}

EVENTS = [
    ("motion-detection-event", "Motion Detection Event", "Motion detected in surveillance area", "30s"),
    ("person-detected-event", "Person Detected Event", "Person detected in restricted area", "10s"),
]


def video_analytics() -> None:
    config = pulumi.Config()
    cluster = visionai.Cluster(
        "video-cluster",
        display_name="Video Processing Cluster",
        description="Cluster for real-time video processing",
        labels={"environment": "production", "team": "video-analytics"},
    )
    display_names = ["Camera 1 Stream", config.get("camera2DisplayName") or "Camera 2 Stream"]
    cameras = [
        visionai.Stream(
            f"camera-{number}-stream",
            cluster=cluster.name,
            display_name=display_name,
            description=f"Security camera {number} video stream",
            enable_hls_playback=True,
        )
        for number, display_name in enumerate(display_names, start=1)
    ]
    events = [
        visionai.Event(
            event_id,
            cluster=cluster.name,
            display_name=display_name,
            description=description,
            grace_period=grace_period,
        )
        for event_id, display_name, description, grace_period in EVENTS
    ]
    # Each series takes its stream's and event's `name` outputs, so `destroy` deletes it before them.
    for i, camera in enumerate(cameras, start=1):
        for j, event in enumerate(events, start=1):
            visionai.Series(
                f"series-{i}-{j}",
                cluster=cluster.name,
                display_name=f"Series {i}-{j}",
                description=f"Time series for stream {i} and event {j}",
                stream=camera.name,
                event=event.name,
            )
    channel = visionai.Channel(
        "motion-detection-channel", cluster=cluster.name, stream=cameras[0].name, event=events[0].name
    )

    lobby_camera = config.get("lobbyCamera")
    if lobby_camera:
        # `import` adopts the existing stream; the arguments must equal what it already has.
        visionai.Stream(
            "lobby-camera",
            cluster=cluster.name,
            stream_id=lobby_camera.rsplit("/", 1)[-1],
            display_name="Lobby camera",
            enable_hls_playback=True,
            labels={"team": "facilities"},
            opts=pulumi.ResourceOptions(import_=lobby_camera),
        )

    # Lookups are functions; the HLS playback token is secret in outputs and state.
    lookup = visionai.get_stream_output(name=cameras[0].name)
    playback = visionai.get_stream_hls_token_output(stream=cameras[0].name)

    pulumi.export("clusterName", cluster.name)
    pulumi.export("clusterState", cluster.state)
    pulumi.export("streamNames", [camera.name for camera in cameras])
    pulumi.export("eventNames", [event.name for event in events])
    pulumi.export("channelName", channel.name)
    pulumi.export("camera1DisplayName", lookup.display_name)
    pulumi.export("camera1HlsToken", playback.token)


def main() -> None:
    parser = argparse.ArgumentParser(description="Deploy the Vision AI setup workflow with Pulumi.")
    parser.add_argument("command", choices=["up", "preview", "destroy"])
    parser.add_argument("--stack", default="dev")
    parser.add_argument("--work-dir", default=".")
    parser.add_argument("--config", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--show-secrets", action="store_true")
    args = parser.parse_args()

    stack = auto.create_or_select_stack(
        stack_name=args.stack,
        project_name=PROJECT_NAME,
        program=video_analytics,
        opts=auto.LocalWorkspaceOptions(work_dir=args.work_dir),
    )
    present = stack.get_all_config()
    for key, value in DEFAULT_CONFIG.items():
        if key not in present:
            stack.set_config(key, auto.ConfigValue(value))
    for setting in args.config:
        key, separator, value = setting.partition("=")
        if not separator:
            parser.error(f"--config {setting!r}: write KEY=VALUE, e.g. --config camera2DisplayName=Lobby")
        stack.set_config(key, auto.ConfigValue(value))

    # Pulumi's progress goes to stderr, so stdout holds only the JSON result.
    def progress(line: str) -> None:
        print(line, file=sys.stderr)

    try:
        print(json.dumps(run(stack, args.command, progress, args.show_secrets)))
    except auto.CommandError:
        # Pulumi's output above already names the resource that failed and why; a traceback adds nothing.
        sys.exit(f"pulumi {args.command} failed: Pulumi's output above says which resource and why.")


def run(stack: auto.Stack, command: str, progress, show_secrets: bool) -> dict:
    if command == "up":
        result = stack.up(on_output=progress)
        outputs = {
            key: {
                "value": "[secret]" if output.secret and not show_secrets else output.value,
                "secret": output.secret,
            }
            for key, output in result.outputs.items()
        }
        return {"changes": result.summary.resource_changes, "outputs": outputs}
    if command == "preview":
        result = stack.preview(on_output=progress)
        return {"changes": {getattr(op, "value", op): count for op, count in result.change_summary.items()}}
    result = stack.destroy(on_output=progress)
    return {"changes": result.summary.resource_changes}


if __name__ == "__main__":
    main()
