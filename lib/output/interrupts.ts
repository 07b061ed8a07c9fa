/**
 * Interrupts (Ctrl-C's SIGINT, a kill's SIGTERM), listened to the same way by
 * every part that must clean up or say something before the process ends:
 * the report's staging folder, the notebook runner, `parse`'s output files.
 *
 * @module
 */

/** The signals an interrupt sends: none on Windows, where they cannot be listened to. */
export const INTERRUPTS: readonly Deno.Signal[] = Deno.build.os === "windows" ? [] : ["SIGINT", "SIGTERM"];

/**
 * The exit status of a process that the signal ended (128 + its number: 130 for SIGINT, 143 for SIGTERM), for a
 * process that ends itself after cleaning up.
 *
 * @example Usage
 * ```ts
 * import { exitStatusOf } from "./interrupts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([exitStatusOf("SIGINT"), exitStatusOf("SIGTERM")], [130, 143]);
 * ```
 */
export const exitStatusOf = (signal: Deno.Signal): number => signal === "SIGINT" ? 130 : 143;

/**
 * Calls `handler` with the signal on each interrupt until the returned function is called. Listeners run in the order
 * they were added.
 *
 * @example Usage
 * ```ts
 * import { onInterrupt } from "./interrupts.ts";
 * const stop = onInterrupt((signal) => console.error(`interrupted (${signal})`));
 * stop();
 * ```
 */
export function onInterrupt(handler: (signal: Deno.Signal) => unknown): () => void {
  const removers = INTERRUPTS.map((signal) => {
    const listener = () => void handler(signal);
    Deno.addSignalListener(signal, listener);
    return () => Deno.removeSignalListener(signal, listener);
  });
  return () => removers.forEach((remove) => remove());
}
