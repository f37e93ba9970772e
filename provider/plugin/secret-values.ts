import { runtime } from "@pulumi/pulumi";

/**
 * The engine marks a secret value on the wire as an object carrying Pulumi's secret signature (its property
 * value encoding). The provider host passes such objects through as they are, while the provider core
 * works on plain values.
 */
const SIGNATURE_KEY = runtime.specialSigKey;
const SECRET_SIGNATURE = runtime.specialSecretSig;

type SecretValue = { [SIGNATURE_KEY]: typeof SECRET_SIGNATURE; value: unknown };

function isSecret(value: unknown): value is SecretValue {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[SIGNATURE_KEY] === SECRET_SIGNATURE
  );
}

/** Wraps a value so the engine records and shows it as secret. */
export function secret(value: unknown): SecretValue {
  return { [SIGNATURE_KEY]: SECRET_SIGNATURE, value };
}

/** The value with every secret marker, at any depth, replaced by what it wraps. */
export function revealed(value: unknown): unknown {
  if (isSecret(value)) return revealed(value.value);
  if (Array.isArray(value)) return value.map(revealed);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revealed(inner)]));
  }
  return value;
}

/** Top-level properties that hold a secret (or a value with a secret inside). */
export function secretProperties(props: Record<string, unknown>): Set<string> {
  const containsSecret = (value: unknown): boolean =>
    isSecret(value) ||
    (typeof value === "object" && value !== null && Object.values(value).some(containsSecret));
  return new Set(Object.keys(props).filter((key) => containsSecret(props[key])));
}

/**
 * Outputs with the secret-ness of the inputs of the same name: the host tells the engine it accepts
 * secrets, so the engine leaves marking the outputs to the provider.
 */
export function keepingSecrets(
  outputs: Record<string, unknown>,
  secrets: Set<string>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(outputs).map(([key, value]) => [key, secrets.has(key) ? secret(value) : value]),
  );
}
