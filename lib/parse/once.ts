/**
 * A value made the first time it is asked for, then kept: what is costly to make and the same each time (a page's
 * style rules for one property, a summary's expressions) is made only when first used, and only once.
 *
 * @module
 */

/**
 * A function that makes the value on its first call and gives the same value on every call after (even one that is
 * `undefined` or `null`: it is not made again).
 *
 * @example Usage
 * ```ts
 * import { once } from "./once.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * let made = 0;
 * const rules = once(() => ({ made: ++made }));
 * assertEquals([rules(), rules(), rules() === rules(), made], [{ made: 1 }, { made: 1 }, true, 1]);
 * ```
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
