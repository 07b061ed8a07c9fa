/**
 * How `deno task bench` prints a ratio.
 *
 * @module
 */

/**
 * A ratio with one decimal, or with two where one decimal would print the
 * target itself (3.01× against a target of 3×, not "3.0×: not met").
 *
 * @example Usage
 * ```ts
 * import { times } from "./ratio_text.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([times(4.94), times(3.008, 3), times(2.96, 3), times(3, 3)], ["4.9×", "3.01×", "2.96×", "3.0×"]);
 * ```
 */
export function times(ratio: number, target?: number): string {
  const one = ratio.toFixed(1);
  return `${target !== undefined && ratio !== target && one === target.toFixed(1) ? ratio.toFixed(2) : one}×`;
}
