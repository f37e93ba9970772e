/**
 * The emulator keeps its state in node:sqlite, which Node.js offers without a flag from 22.13. Imported
 * first by the CLI, so an older Node gets one line saying what to do instead of a stack trace from the
 * module loader.
 */
const MINIMUM = [22, 13] as const;
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
  process.stderr.write(
    `visionai-emulator: needs Node.js ${MINIMUM.join(".")} or newer for node:sqlite, but this is ${process.version}. ` +
      "Run it with the project's Node.js (npm run emulator, or npx visionai-emulator after npm ci), or install a newer Node.js.\n",
  );
  process.exit(1);
}
