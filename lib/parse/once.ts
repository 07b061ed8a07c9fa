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

/**
 * A function that makes the value of each key on the first call with it and gives the same value on every call after:
 * what is costly and the same for the same key (a text's width, a row's name) made once per key.
 *
 * @example Usage
 * ```ts
 * import { oncePer } from "./once.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * let made = 0;
 * const width = oncePer((text: string) => (made++, text.length * 6));
 * assertEquals([width("S11547"), width("S11547"), width("ESR"), made], [36, 36, 18, 2]);
 * ```
 */
export function oncePer<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
