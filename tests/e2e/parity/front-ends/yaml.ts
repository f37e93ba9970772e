import * as path from "node:path";
import { REPO_ROOT } from "../../../../scripts/lib/repo-paths";
import { createYamlStack } from "../../../support/yaml-stack";
import { LOBBY_CAMERA } from "../scenario";
import type { FrontEnd } from "../front-end";
import { automationFrontEndStack } from "./automation-stack";

const PROGRAM_DIR = path.join(REPO_ROOT, "tests", "e2e", "parity", "programs", "yaml");
/** Where the program leaves room for `lobby-camera`: YAML cannot declare a resource only when configured. */
const LOBBY_CAMERA_PLACE = "  # lobby-camera\n";

/** Pulumi YAML through the provider plugin and the real YAML language host. */
export const yaml: FrontEnd = {
  name: "Pulumi YAML (plugin)",
  importsExisting: true,
  async prepare() {},
  async open() {
    const local = await createYamlStack(PROGRAM_DIR, "parity-yaml");
    let lobbyCameraDeclared = false;
    return automationFrontEndStack(local, local.workDir, (settings) => {
      if (settings.lobbyCamera !== undefined && !lobbyCameraDeclared) {
        local.editProgram(LOBBY_CAMERA_PLACE, lobbyCameraDeclaration(settings.lobbyCamera));
        lobbyCameraDeclared = true;
      }
    });
  },
};

/** The existing stream declared with the values it already has, adopted with the `import` option. */
function lobbyCameraDeclaration(name: string): string {
  return `  lobby-camera:
    type: visionai:index:Stream
    properties:
      cluster: \${video-cluster.name}
      streamId: ${name.slice(name.lastIndexOf("/") + 1)}
      displayName: ${LOBBY_CAMERA.displayName}
      enableHlsPlayback: ${LOBBY_CAMERA.enableHlsPlayback}
      labels:
        team: ${LOBBY_CAMERA.labels.team}
    options:
      import: ${name}
`;
}
