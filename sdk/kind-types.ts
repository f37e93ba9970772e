import type * as pulumi from "@pulumi/pulumi";
import type {
  DefaultedKeys,
  FieldsOf,
  InputKeys,
  InputOf,
  KindTable,
  OptionalValueKeys,
  OutputKeys,
  RequiredKeys,
  StateOf,
} from "../kinds";

/** A map argument may hold outputs of other resources among its values. */
type ArgValue<T> = T extends Record<string, string> ? Record<string, pulumi.Input<string>> : T;

type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * A resource class's arguments, derived from its kind table: every input field, required where the table
 * says so unless the SDK fills it in (IDs from the resource name, project and location from stack config).
 */
export type ArgsOf<T extends KindTable> = Flatten<
  {
    [
      K in Exclude<RequiredKeys<FieldsOf<T>> & InputKeys<FieldsOf<T>>, DefaultedKeys<FieldsOf<T>>>
    ]: pulumi.Input<ArgValue<InputOf<FieldsOf<T>[K]>>>;
  } & {
    [
      K in Exclude<InputKeys<FieldsOf<T>>, Exclude<RequiredKeys<FieldsOf<T>>, DefaultedKeys<FieldsOf<T>>>>
    ]?: pulumi.Input<ArgValue<InputOf<FieldsOf<T>[K]>>>;
  }
>;

/** A resource class's output properties, derived from its kind table: its name parts and the service's fields. */
export type OutputsOf<T extends KindTable> = {
  readonly [K in OutputKeys<FieldsOf<T>>]: pulumi.Output<
    K extends OptionalValueKeys<FieldsOf<T>> ? StateOf<FieldsOf<T>[K]> | undefined : StateOf<FieldsOf<T>[K]>
  >;
};
