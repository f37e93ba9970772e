/**
 * The one converter between the tables' camelCase field names and the wire's snake_case (and the
 * kebab-case of reserved annotation keys). A word boundary is an uppercase letter on one side and an
 * underscore before a lowercase letter or digit on the other, as protoc's JSON names have it.
 */

/** `enableHlsPlayback` -> `enable_hls_playback`; snake_case passes through. */
export function snakeCase(name: string): string {
  return separated(name, "_");
}

/** `displayName` -> `display-name`. */
export function kebabCase(name: string): string {
  return separated(name, "-");
}

/** `enable_hls_playback` -> `enableHlsPlayback`; camelCase passes through. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_match, next: string) => next.toUpperCase());
}

function separated(name: string, separator: string): string {
  return name.replace(/[A-Z]/g, (letter) => `${separator}${letter.toLowerCase()}`);
}
