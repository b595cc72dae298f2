/**
 * A bound on the work in flight: at most `n` tasks run at once, the others wait in line holding only their inputs.
 * `classify` runs each classification through it, since one json-rules-engine run holds about 430 KiB until it ends:
 * 10,000 calls started at once held 4 GB; in line, they hold their inputs and one run's worth.
 */

/** Runs tasks with at most `n` in flight, in the order they came. @internal */
export interface RunLimit {
  <T>(task: () => Promise<T>): Promise<T>;
}

/**
 * A limit of `n` tasks in flight.
 * @example
 * ```ts
 * const limited = runLimit(4);
 * const results = await Promise.all(items.map((x) => limited(() => work(x))));
 * ```
 * @internal
 */
export function runLimit(n: number): RunLimit {
  let active = 0;
  const waiting: (() => void)[] = [];
  // A finished task hands its slot straight to the next in line, so no newcomer can slip past the line.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
