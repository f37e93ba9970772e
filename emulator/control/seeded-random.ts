/**
 * A small deterministic random number generator, so fault decisions can be replayed: the same seed gives
 * the same sequence of draws. Not for anything secret. Each draw steps a Weyl sequence (adding the golden
 * ratio's 32-bit constant) and scrambles it with MurmurHash3's 32-bit finalizer, so every seed, 0 and
 * nearby seeds included, gives evenly spread draws from the first one on.
 */

/** The largest seed the control surface and the CLI accept (a uint32). */
export const MAX_FAULT_SEED = 0xffff_ffff;

/** A draw in [0, 1), one per call, from `seed` (a whole number from 0 to MAX_FAULT_SEED). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    mixed ^= mixed >>> 16;
    return (mixed >>> 0) / 2 ** 32;
  };
}

/** A seed for an emulator started without one: still reported, so its run can be replayed. */
export function freshSeed(): number {
  return Math.floor(Math.random() * (MAX_FAULT_SEED + 1));
}
