/**
 * The time a synchronous piece of work takes, for the tests that bound it (a
 * selector matched in linear, not quadratic, time): this thread's CPU time on
 * Linux (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`), else the clock. Not the
 * clock where it can be helped: the test files that run beside one another
 * (`deno test --parallel`) and the machine's other work stretch it, while the
 * work itself does not grow (a read of 1 s took 12–21 s on the clock on a
 * machine loaded 12 deep; a busy loop of 1.5 s on the clock had 0.11–0.16 s
 * of its thread's CPU there).
 *
 * @module
 */

/** Linux's clock of the calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`). */
const CLOCK_THREAD_CPUTIME_ID = 3;

/**
 * Opens libc's `clock_gettime` (through FFI: Deno lets no test read `/proc/thread-self` without `--allow-all`), or
 * null where there is none such; the caller closes it (a library left open would fail the test's sanitizer).
 */
function openThreadClock(): { now: () => number; close: () => void } | null {
  if (Deno.build.os !== "linux") return null;
  try {
    const libc = Deno.dlopen("libc.so.6", { clock_gettime: { parameters: ["i32", "buffer"], result: "i32" } });
    const timespec = new BigInt64Array(2); // seconds, nanoseconds
    const now = () => {
      if (libc.symbols.clock_gettime(CLOCK_THREAD_CPUTIME_ID, timespec) !== 0) throw new Error("clock_gettime failed");
      return Number(timespec[0]) * 1000 + Number(timespec[1]) / 1e6;
    };
    return { now, close: () => libc.close() };
  } catch {
    return null;
  }
}

/**
 * Runs `work` (synchronous: all of it on this thread) and says how long it took: this thread's CPU milliseconds on
 * Linux, else the clock's.
 *
 * @example Usage
 * ```ts
 * import { timed } from "./thread_time.ts";
 * import { ok as assert } from "node:assert/strict";
 * const { result, ms, clock } = timed(() => 6 * 7);
 * assert(result === 42 && ms >= 0 && ["thread CPU", "wall"].includes(clock));
 * ```
 */
export function timed<T>(work: () => T): { result: T; ms: number; clock: "thread CPU" | "wall" } {
  const clock = openThreadClock();
  try {
    const cpu = clock?.now();
    const started = performance.now();
    const result = work();
    const wall = performance.now() - started;
    return clock && cpu !== undefined
      ? { result, ms: clock.now() - cpu, clock: "thread CPU" }
      : { result, ms: wall, clock: "wall" };
  } finally {
    clock?.close();
  }
}
