/**
 * The check digit of a business ID (Y-tunnus): a mistyped ID of the right
 * form still fails it, so the parser says so and the beneficiaries table
 * marks it.
 *
 * @module
 */

/** The weights of an ID's seven digits, first to last. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * The check digit a business ID's seven digits call for (weights 7, 9, 10,
 * 5, 8, 4, 2; a remainder mod 11 of 0 gives 0, of 1 is never issued: null,
 * else 11 minus it); undefined when the ID is not of the form `1234567-8`.
 *
 * @example Usage
 * ```ts
 * import { expectedCheckDigit } from "./business_id.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(expectedCheckDigit("2296962-2"), 1);
 * assertEquals(expectedCheckDigit("1000008-0"), null);
 * assertEquals(expectedCheckDigit("229696-1"), undefined);
 * ```
 */
export function expectedCheckDigit(id: string): number | null | undefined {
  const match = id.match(/^(\d{7})-\d$/);
  if (!match) return undefined;
  const sum = [...match[1]!].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  return remainder === 1 ? null : remainder === 0 ? 0 : 11 - remainder;
}

/**
 * Whether a business ID is of the form `1234567-8` and its check digit is
 * right.
 *
 * @example Usage
 * ```ts
 * import { businessIdValid } from "./business_id.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([businessIdValid("2296962-1"), businessIdValid("2296962-2")], [true, false]);
 * ```
 */
export function businessIdValid(id: string): boolean {
  const expected = expectedCheckDigit(id);
  return typeof expected === "number" && Number(id.slice(-1)) === expected;
}
