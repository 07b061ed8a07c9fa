/**
 * The marks a list printed one item a line starts its items with: one definition for the area lists (`values.ts`)
 * and the co-implementers (`co_implementers.ts`).
 *
 * @module
 */

/**
 * A bullet's characters: hyphen-minus, the hyphens and dashes of U+2010–U+2015, •, ‣, ⁃, ·, the minus sign, ▪, ■, ►,
 * ●, ○, ◦, ➢, `*`, and Symbol's bullet that Word's lists paste as (U+F0B7).
 */
const BULLET_CHARS = String
  .raw`\-\u2010-\u2015\u2022\u2023\u2043\u00B7\u2212\u25AA\u25A0\u25BA\u25CF\u25CB\u25E6\u27A2\uF0B7*`;

/**
 * A bullet before an item, with a space after it (`- Keitele`, `• Keitele`, `▪ Keitele`).
 *
 * @example Usage
 * ```ts
 * import { BULLET } from "./list_marker.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(["▪ Keitele", "– Tervo", "4H-yhdistys"].map((item) => item.replace(BULLET, "")), ["Keitele", "Tervo", "4H-yhdistys"]);
 * ```
 */
export const BULLET: RegExp = new RegExp(String.raw`^[${BULLET_CHARS}]\s+`, "u");

/** A bullet (see {@linkcode BULLET}) or an item's number (`1.`, `2)`) before an item, with a space after it. */
export const LIST_MARKER: RegExp = new RegExp(String.raw`^(?:[${BULLET_CHARS}]|\d{1,2}[.)])\s+`, "u");
