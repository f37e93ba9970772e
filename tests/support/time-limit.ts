/**
 * `promise`, or a rejection naming `what` once `millis` have passed: a test awaiting a run that ended
 * early or hangs fails with a reason instead of waiting for the runner's timeout.
 */
export async function withinMillis<T>(promise: Promise<T>, millis: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${millis / 1000} s`)), millis);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
