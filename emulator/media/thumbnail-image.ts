import { createHash } from "node:crypto";
import * as jpeg from "jpeg-js";

const THUMBNAIL_WIDTH = 160;
const THUMBNAIL_HEIGHT = 90;

/**
 * A real JPEG standing in for a frame of the stream: a gradient whose colours come from the stream and
 * event names, so different streams give visibly different (and deterministic) images.
 */
export function renderThumbnail(stream: string, event: string): Buffer {
  const seed = createHash("sha256").update(`${stream}\n${event}`).digest();
  const pixels = Buffer.alloc(THUMBNAIL_WIDTH * THUMBNAIL_HEIGHT * 4);
  for (let y = 0; y < THUMBNAIL_HEIGHT; y++) {
    for (let x = 0; x < THUMBNAIL_WIDTH; x++) {
      const offset = (y * THUMBNAIL_WIDTH + x) * 4;
      pixels[offset] = (seed[0]! + x) & 0xff;
      pixels[offset + 1] = (seed[1]! + y * 2) & 0xff;
      pixels[offset + 2] = (seed[2]! + x + y) & 0xff;
      pixels[offset + 3] = 0xff;
    }
  }
  return jpeg.encode(
    {
      width: THUMBNAIL_WIDTH,
      height: THUMBNAIL_HEIGHT,
      data: pixels,
      comments: [`visionai-emulator ${stream}`],
    },
    80,
  ).data;
}
