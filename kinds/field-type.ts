import type { z } from "zod";

/** A property type as Pulumi's package schema writes it (the provider plugin's schema reads these). */
export type SchemaType =
  | { type: "string" }
  | { type: "boolean" }
  | { type: "integer" }
  | { type: "object"; additionalProperties: SchemaType }
  | { $ref: string };

/**
 * One kind of value a field can hold, and how each layer sees it:
 * - `Value`: the client's resource objects (proto3 defaults filled in, Dates, `{ seconds, nanos }`);
 * - `Input`: what programs and client callers may pass (e.g. "30s" or `{ seconds: 30 }`, the seed's `LIVE`);
 * - `State`: the normalized form recorded in Pulumi state, so equal values written differently never diff.
 */
export interface FieldType<Value, Input, State> {
  /** Pulumi schema type of the property as programs see it. */
  readonly schema: SchemaType;
  /** Names an enum-like string accepts, for schemas and docs. */
  readonly allowedValues?: readonly string[];
  /** Validates a program's value and normalizes it to the state form; its messages say how to fix it. */
  readonly rule: z.ZodType<State>;
  /** The client value of a wire field; an unset field gives proto3's default (or undefined where none). */
  fromWire(wire: unknown): Value;
  /** The wire value of a client input; an absent one gives proto3's default. Throws a plain Error when invalid. */
  toWire(input: Input | undefined): unknown;
  /** The client value as Pulumi state records it; undefined leaves the property out. */
  toState(value: Value): State | undefined;
  /** Type-level only: carries the three forms for the types derived from a kind table. */
  readonly forms?: { value: Value; input: Input; state: State };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field type, whatever its three forms
export type AnyFieldType = FieldType<any, any, any>;
