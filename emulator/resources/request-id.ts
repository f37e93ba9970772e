import { invalidField } from "../errors/catalogue";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO_UUID = "00000000-0000-0000-0000-000000000000";

/** AIP-155: `request_id` is optional, but when set it must be a UUID other than the zero UUID. */
export function checkRequestId(value: string): string | undefined {
  if (!value) return undefined;
  if (!UUID.test(value) || value === ZERO_UUID) {
    throw invalidField(
      "request_id",
      `Field \`request_id\` is "${value}", which is not a valid non-zero UUID.`,
      'Send a random UUID such as "9f1c2a4e-7b3d-4c8e-a1f0-2d5e6b7c8a90", or leave it empty.',
    );
  }
  return value.toLowerCase();
}
