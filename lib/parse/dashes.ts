/**
 * Hyphens and dashes of every kind as one: names and titles are compared with
 * a hyphen where a word processor, a PDF or a web page printed another kind.
 *
 * @module
 */

/** A hyphen or dash other than the hyphen-minus: hyphen, non-breaking hyphen, figure dash, en and em dash, bar, minus. */
const DASH = /[\u2010-\u2015\u2212]/g;

/**
 * The text with every hyphen and dash (U+2010–U+2015, the minus sign) as a hyphen-minus.
 *
 * @example Usage
 * ```ts
 * import { foldDashes } from "./dashes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(foldDashes("Pohjois\u2013Savo \u2015 2014\u20112020"), "Pohjois-Savo - 2014-2020");
 * ```
 */
export function foldDashes(text: string): string {
  return text.replace(DASH, "-");
}
