import type { FieldSpec, KindTable, Storage } from "./kind-table";

/**
 * Types derived from a kind table, so a field exists in every layer's types exactly when the table lists it
 * (with its lifecycle): a property cannot be added to a kind's inputs or outputs without classifying it.
 */

export type FieldsOf<T extends KindTable> = T["fields"];

type Forms<S extends FieldSpec> = NonNullable<S["type"]["forms"]>;
export type ValueOf<S extends FieldSpec> = Forms<S>["value"];
export type InputOf<S extends FieldSpec> = Forms<S>["input"];
export type StateOf<S extends FieldSpec> = Forms<S>["state"];

type StorageOf<S extends FieldSpec> = S extends { storage: infer Where extends Storage }
  ? Where
  : S extends { lifecycle: "name" | "provider" }
    ? "none"
    : "wire";

type Flatten<T> = { [K in keyof T]: T[K] };

/** Keys of `F` whose spec matches `Condition`. */
export type KeysWhere<F extends Record<string, FieldSpec>, Condition> = {
  [K in keyof F]: F[K] extends Condition ? K : never;
}[keyof F] &
  string;

/** Fields on the wire message (or in its annotations): what the client's resource objects hold. */
type MessageKeys<F extends Record<string, FieldSpec>> = {
  [K in keyof F]: StorageOf<F[K]> extends "none" ? never : K;
}[keyof F] &
  string;

type OptionalValueKeys<F extends Record<string, FieldSpec>> = {
  [K in keyof F]: undefined extends ValueOf<F[K]> ? K : never;
}[keyof F] &
  string;

/** A resource as the client returns it: proto3 defaults filled in; only absent-able values are optional. */
export type ClientResourceOf<T extends KindTable> = Flatten<
  { [K in Exclude<MessageKeys<FieldsOf<T>>, OptionalValueKeys<FieldsOf<T>>>]: ValueOf<FieldsOf<T>[K]> } & {
    [K in MessageKeys<FieldsOf<T>> & OptionalValueKeys<FieldsOf<T>>]?: Exclude<
      ValueOf<FieldsOf<T>[K]>,
      undefined
    >;
  }
>;

/**
 * What a client caller may send: any subset of the message's fields, and the seed-only ones the client
 * accepts and drops. Output-only fields are accepted, so a fetched resource can be passed back, and ignored.
 */
export type ClientInputOf<T extends KindTable> = {
  [K in Exclude<keyof FieldsOf<T>, KeysWhere<FieldsOf<T>, { lifecycle: "name" | "provider" }>>]?: InputOf<
    FieldsOf<T>[K]
  >;
};

type InputKeys<F extends Record<string, FieldSpec>> = Exclude<
  keyof F & string,
  KeysWhere<F, { lifecycle: "outputOnly" }>
>;
type RequiredKeys<F extends Record<string, FieldSpec>> = KeysWhere<F, { required: true }>;

/** A kind's inputs as the provider holds them after `check`: validated and in their state form. */
export type ProviderInputsOf<T extends KindTable> = Flatten<
  { [K in InputKeys<FieldsOf<T>> & RequiredKeys<FieldsOf<T>>]: StateOf<FieldsOf<T>[K]> } & {
    [K in Exclude<InputKeys<FieldsOf<T>>, RequiredKeys<FieldsOf<T>>>]?: StateOf<FieldsOf<T>[K]>;
  }
>;

/** What Pulumi state records: the inputs as the service holds them, plus output-only fields. */
export type ProviderOutputsOf<T extends KindTable> = ProviderInputsOf<T> & { name: string } & {
  [K in KeysWhere<FieldsOf<T>, { lifecycle: "outputOnly" }>]?: StateOf<FieldsOf<T>[K]>;
};

/**
 * What a lookup returns: a managed resource's outputs without the provider settings, which only a resource
 * declared in a program has.
 */
export type LookupOutputsOf<T extends KindTable> = Omit<
  ProviderOutputsOf<T>,
  KeysWhere<FieldsOf<T>, { lifecycle: "provider" }>
>;

/** Inputs a program may leave out although the provider needs them: the SDK fills them in. */
export type DefaultedKeys<F extends Record<string, FieldSpec>> = KeysWhere<F, { sdkDefault: string }>;

/** Properties a resource exposes as outputs: its name parts and every field of the message. */
export type OutputKeys<F extends Record<string, FieldSpec>> =
  KeysWhere<F, { lifecycle: "name" }> | MessageKeys<F>;

export type { InputKeys, RequiredKeys, OptionalValueKeys };
