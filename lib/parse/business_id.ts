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

/** A character that prints as nothing, or a space: what may stand round an ID's dash without changing the ID. */
const AROUND = String.raw`[\s\p{Default_Ignorable_Code_Point}\p{Cf}]`;
/**
 * A business ID written with another dash than the hyphen (a no-break hyphen, an en dash, a minus sign) or with spaces or
 * characters that print as nothing round its dash: the same ID.
 */
const WRITTEN_OTHERWISE = new RegExp(
  String.raw`(?<!\d)(\d{7})(?:${AROUND}*[\u2010-\u2015\u2212]${AROUND}*|${AROUND}+-${AROUND}*|-${AROUND}+)(\d)(?!\d)`,
  "gu",
);

/**
 * The text with each business ID written otherwise (another dash, spaces or invisible characters round its dash)
 * written `1234567-8`; the rest of the text as it is.
 *
 * @example Usage
 * ```ts
 * import { plainBusinessIds } from "./business_id.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(plainBusinessIds("Gradia, 0208201 \u2013 1"), "Gradia, 0208201-1");
 * ```
 */
export function plainBusinessIds(text: string): string {
  return text.replace(WRITTEN_OTHERWISE, "$1-$2");
}
