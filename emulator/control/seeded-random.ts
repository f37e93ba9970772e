/**
 * A small deterministic random number generator, so fault decisions can be replayed: the same seed gives
 * the same sequence of draws. Not for anything secret. The state update is Marsaglia's xorshift32; the
 * seed is first mixed with a multiply-xorshift step, so nearby seeds (1, 2, 3) start far apart.
 */

/** The largest seed the control surface and the CLI accept (a uint32). */
export const MAX_FAULT_SEED = 0xffff_ffff;

/** A draw in [0, 1), one per call, from `seed` (a whole number from 0 to MAX_FAULT_SEED). */
export function seededRandom(seed: number): () => number {
  let state = Math.imul(seed ^ (seed >>> 16), 0x45d9f3b) ^ 0x9e3779b9;
  // xorshift32 never leaves 0, so 0 is not a state.
  if (state === 0) state = 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** A seed for an emulator started without one: still reported, so its run can be replayed. */
export function freshSeed(): number {
  return Math.floor(Math.random() * (MAX_FAULT_SEED + 1));
}
