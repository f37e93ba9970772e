/**
 * The parity scenario, described once: the program every front end runs, the steps, and what each step
 * must do to the service (the emulator's audit log) and to the stack (changes and outputs). Every front
 * end's driver (front-ends/*.ts) runs these steps with its own program; parity.test.ts compares each
 * outcome with this description, so two front ends that disagree cannot both pass.
 *
 * The program (examples/python, examples/go, programs/yaml, programs/typescript-dynamic): the seed's
 * setup workflow in project `my-project`, location `us-central1`: cluster `video-cluster`; streams
 * `camera-1-stream` and `camera-2-stream` (display names `Camera 1 Stream` and `Camera 2 Stream`, HLS on);
 * events `motion-detection-event` (30s grace) and `person-detected-event` (10s); series `series-<i>-<j>`
 * joining every stream to every event; channel `motion-detection-channel` from camera 1's motion events; a
 * `getStream` lookup of camera 1 and its HLS token. Outputs: clusterName, clusterState, streamNames,
 * eventNames, channelName, camera1DisplayName (from the lookup) and camera1HlsToken (secret).
 */

export const CLUSTER_NAME = "projects/my-project/locations/us-central1/clusters/video-cluster";
const child = (collection: string, id: string) => `${CLUSTER_NAME}/${collection}/${id}`;

/** What a step gives the program, as each front end passes it (stack config, or the program's text). */
export interface ProgramSettings {
  /** The second camera's display name. */
  camera2DisplayName?: string;
  /** The full name of a stream made outside Pulumi, to declare as `lobby-camera` with the `import` option. */
  lobbyCamera?: string;
}

/** A stream made with the client before a step, with the values the program's `lobby-camera` declares. */
export const LOBBY_CAMERA = {
  name: child("streams", "lobby-camera"),
  displayName: "Lobby camera",
  enableHlsPlayback: true,
  labels: { team: "facilities" },
};

/** A stack output as a step must leave it: an exact value, or (for a token) a pattern; and whether secret. */
export type ExpectedOutput = { value: unknown; secret: false } | { matches: RegExp; secret: true };

export interface ScenarioStep {
  /** Names the step's test: "<front end>: <title>". */
  readonly title: string;
  readonly command: "up" | "preview" | "destroy";
  readonly settings: ProgramSettings;
  /** Only front ends that adopt existing resources with Pulumi's import run it (see FrontEnd.importsExisting). */
  readonly importsExisting?: boolean;
  /** The engine's resource changes, e.g. `{ same: 10, update: 1 }`. */
  readonly changes: Record<string, number>;
  /**
   * Every StreamsService call the emulator audited during the step, counted per method, with the update
   * mask in brackets where a call has one: `{ "UpdateStream[display_name]": 1 }`.
   */
  readonly calls: Record<string, number>;
  /** The stack's outputs after an `up`; secret ones must also be absent from `pulumi stack export`. */
  readonly outputs?: Record<string, ExpectedOutput>;
  /** After the step, the emulator holds nothing (its ListResources control call). */
  readonly leavesEmulatorEmpty?: boolean;
}

/** Each program run calls its two functions once: the lookup and the HLS token. */
const LOOKUPS = { GetStream: 1, GenerateStreamHlsToken: 1 };

const OUTPUTS: Record<string, ExpectedOutput> = {
  clusterName: { value: CLUSTER_NAME, secret: false },
  clusterState: { value: "RUNNING", secret: false },
  streamNames: {
    value: [child("streams", "camera-1-stream"), child("streams", "camera-2-stream")],
    secret: false,
  },
  eventNames: {
    value: [child("events", "motion-detection-event"), child("events", "person-detected-event")],
    secret: false,
  },
  channelName: { value: child("channels", "motion-detection-channel"), secret: false },
  camera1DisplayName: { value: "Camera 1 Stream", secret: false },
  // A JWT: three base64url parts.
  camera1HlsToken: { matches: /^[\w-]+\.[\w-]+\.[\w-]+$/, secret: true },
};

const UPDATED = { camera2DisplayName: "Front door camera" };

export const SCENARIO: readonly ScenarioStep[] = [
  {
    title: "up creates the setup workflow and its outputs, the token secret",
    command: "up",
    settings: {},
    changes: { create: 11 },
    calls: {
      CreateCluster: 1,
      CreateStream: 2,
      CreateEvent: 2,
      CreateSeries: 4,
      MaterializeChannel: 1,
      ...LOOKUPS,
    },
    outputs: OUTPUTS,
  },
  {
    title: "preview right after up changes nothing",
    command: "preview",
    settings: {},
    changes: { same: 11 },
    calls: LOOKUPS,
  },
  {
    title: "one display name change is one UpdateStream with mask display_name",
    command: "up",
    settings: UPDATED,
    changes: { same: 10, update: 1 },
    calls: { "UpdateStream[display_name]": 1, ...LOOKUPS },
    outputs: OUTPUTS,
  },
  {
    title: "import adopts a stream made with the client, reading it once",
    command: "up",
    settings: { ...UPDATED, lobbyCamera: LOBBY_CAMERA.name },
    importsExisting: true,
    changes: { same: 11, import: 1 },
    calls: { GetStream: LOOKUPS.GetStream + 1, GenerateStreamHlsToken: 1 },
    outputs: OUTPUTS,
  },
  {
    title: "destroy deletes everything, leaving the emulator empty",
    command: "destroy",
    settings: {},
    // v1 has no call that deletes a channel: the cluster's deletion removes it.
    changes: { delete: 11 },
    calls: { DeleteSeries: 4, DeleteStream: 2, DeleteEvent: 2, DeleteCluster: 1 },
    leavesEmulatorEmpty: true,
  },
];

/**
 * What a step expects of a front end that has run the scenario's earlier steps: a resource it imported is
 * part of the stack from then on, so destroy deletes it too (one more change and one more DeleteStream).
 */
export function expectedFor(step: ScenarioStep, imported: boolean): Pick<ScenarioStep, "changes" | "calls"> {
  if (!imported || step.command !== "destroy") return step;
  return {
    changes: { delete: step.changes.delete! + 1 },
    calls: { ...step.calls, DeleteStream: step.calls.DeleteStream! + 1 },
  };
}
