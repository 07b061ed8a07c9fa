/**
 * The two assertions the tests use, on top of `node:assert` (JSR's
 * `@std/assert` is out of reach here).
 *
 * @module
 */
import { deepStrictEqual } from "node:assert/strict";

/** Throws with the message unless the condition holds; narrows its type. */
export function assert(condition: unknown, message = "Assertion failed"): asserts condition {
  if (!condition) throw new Error(message);
}

/** Deep, strict equality with a readable diff. */
export function assertEquals<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  deepStrictEqual(actual, expected, message);
}
