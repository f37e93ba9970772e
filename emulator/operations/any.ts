import type * as protobuf from "protobufjs";

/** google.protobuf.Any as proto-loader reads and writes it. */
export interface AnyMessage {
  type_url: string;
  value: Buffer;
}

const TYPE_URL_PREFIX = "type.googleapis.com/";

/** Encodes `message` as the named type and wraps it in an Any with the canonical type URL. */
export function packAny(root: protobuf.Root, typeName: string, message: object): AnyMessage {
  const type = root.lookupType(typeName);
  const value = Buffer.from(type.encode(type.fromObject(message)).finish());
  return { type_url: TYPE_URL_PREFIX + typeName, value };
}
