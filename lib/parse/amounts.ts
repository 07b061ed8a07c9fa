/**
 * Reading amounts and counts as printed, whatever separates their thousands:
 * spaces of any width, apostrophes, dots or commas, with a decimal comma or
 * dot, a sign and a currency word.
 *
 * One case cannot be read from the amount alone: a comma or dot followed by
 * exactly three digits (`645,300`, `1.122`) is a thousands separator or a
 * decimal separator. {@linkcode readAmount} gives both readings and leaves
 * the choice to the caller, which knows the document (`funding.ts`); it
 * never picks one itself.
 *
 * @module
 */
import type { ValueProblem } from "../i18n/values.ts";
import { INVISIBLE } from "./split_lines.ts";

/** What an amount reads as: one value, two readings, or the reason it is no amount. */
export type AmountReading =
  | { kind: "amount"; value: number }
  /** A comma or dot followed by exactly three digits: thousands (`thousands`) or decimals (`decimal`). */
  | { kind: "ambiguous"; thousands: number; decimal: number }
  | { kind: "unreadable"; problem: ValueProblem };

/** A currency sign or word before or after the figure; `,-` for whole euros. */
const CURRENCY_BEFORE = /^(?:€|eur(?:oa?)?\b)\s*/i;
const CURRENCY_AFTER = /\s*(?:€|e|eur|euro|euroa|eur\.)\.?$/i;
const WHOLE_EUROS = /[,.]-{1,2}$/;
/** Minus signs: hyphen-minus, the minus sign and the en dash that word processors put for it. */
const MINUS = /^[-\u2212\u2013]\s*(?=\d)/;
/**
 * A dash with a space between it and an amount's digits (`Toteutunut: - 614 153`): a bullet or a separator as likely
 * as a minus sign, so the amount is not read (a dash at the digits, `-5 000`, `–5 000`, is a minus sign).
 */
const DETACHED_MINUS = /^[-\u2212\u2013]\s+\d/;
const SPACES = /^[\s\u00A0\u2007\u2009\u200A\u202F]+$/;
/**
 * A tab between digits: cells side by side (a table pasted from a spreadsheet or word processor, a saved page's
 * cells or lines, a PDF's columns; see `splitLines`), never a thousands separator.
 */
const TAB_BETWEEN_DIGITS = /\d\s*\t\s*\d/;
const APOSTROPHES = /^['\u2019\u02BC\u2032]$/;

type SeparatorKind = "space" | "apostrophe" | "." | ",";

function separatorKind(text: string): SeparatorKind | null {
  if (SPACES.test(text)) return "space";
  if (APOSTROPHES.test(text)) return "apostrophe";
  if (text === "." || text === ",") return text;
  return null;
}

/** Digit groups of thousands: a first group of one to three digits that is not 0 or led by a 0, then threes. */
const groupedByThousands = (groups: readonly string[]) =>
  groups.length === 1 || (/^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((group) => group.length === 3));

/** The figure without sign and currency, split into digit groups and the separators between them. */
function tokens(
  raw: string,
  currency: boolean,
): { negative: boolean; groups: string[]; separators: SeparatorKind[] } | null {
  // Characters that print as nothing (a soft hyphen or zero-width space inside a figure) are read past.
  let body = raw.replace(INVISIBLE, "").trim();
  if (currency) body = body.replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "").replace(WHOLE_EUROS, "").trim();
  const negative = MINUS.test(body);
  if (negative) body = body.replace(MINUS, "");
  if (!/^\d/.test(body) || !/\d$/.test(body)) return null;
  const parts = body.match(/\d+|\D+/g)!;
  const groups = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1).map(separatorKind);
  if (separators.some((kind) => kind === null)) return null;
  return { negative, groups, separators: separators as SeparatorKind[] };
}

/**
 * The least amount no project's funding reaches: 100 million euros, six times the largest public funding in the
 * EURA lists of both periods (15.3 M€). A printed amount of that size is two figures run together (`645 300 614
 * 153`: planned and actual on one line, a tracked change kept beside the new value) or digits merged by OCR, and is
 * read as no amount.
 */
export const AMOUNT_LIMIT = 100_000_000;

/**
 * The least count no project reaches: a million participants, jobs, enterprises, degrees or companies (a fifth of
 * Finland's people). A count of that size is digits run together, and is read as no count; so no count is ever
 * too large for the frame's integers.
 */
export const COUNT_LIMIT = 1_000_000;

/**
 * An amount as the templates print it: digits alone, or in groups of three after a first not led by 0, each after
 * one space of any width (no sign, currency or decimals), below {@linkcode AMOUNT_LIMIT}. The general rules read it
 * as its digits; it is read so at once.
 */
const PLAIN_AMOUNT =
  /^(?:\d{1,8}|[1-9]\d?(?:[ \u00A0\u2007\u2009\u200A\u202F]\d{3}){2}|[1-9]\d{0,2}[ \u00A0\u2007\u2009\u200A\u202F]\d{3})$/;
const NOT_DIGITS = /\D/g;

/**
 * Reads an amount of euros: `1 122 206` (any space), `1'122'206`,
 * `1.122.206`, `1,122,206`, `645 300,00`, `645.300,00`, `645,300.00`,
 * `50177.67`, with `€`, `e`, `eur`, `euroa` or `,-` and a minus sign. A
 * comma or dot followed by exactly three digits gives both readings.
 *
 * @example Usage
 * ```ts
 * import { readAmount } from "./amounts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(readAmount("645.300,00 €"), { kind: "amount", value: 645300 });
 * assertEquals(readAmount("645,300"), { kind: "ambiguous", thousands: 645300, decimal: 645.3 });
 * ```
 */
export function readAmount(raw: string): AmountReading {
  if (PLAIN_AMOUNT.test(raw)) return { kind: "amount", value: Number(raw.replace(NOT_DIGITS, "")) };
  const read = readAnyAmount(raw);
  const largest = read.kind === "amount" ? read.value : read.kind === "ambiguous" ? read.thousands : 0;
  return Math.abs(largest) >= AMOUNT_LIMIT ? { kind: "unreadable", problem: { key: "implausible_amount", raw } } : read;
}

/** {@linkcode readAmount} of any size. */
function readAnyAmount(raw: string): AmountReading {
  const unreadable = (key: ValueProblem["key"]): AmountReading => ({ kind: "unreadable", problem: { key, raw } });
  if (raw.trim().replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "") === "") return unreadable("no_amount");
  if (TAB_BETWEEN_DIGITS.test(raw)) return unreadable("figures_side_by_side");
  if (DETACHED_MINUS.test(raw.replace(INVISIBLE, "").trim().replace(CURRENCY_BEFORE, ""))) {
    return unreadable("detached_sign");
  }
  const read = tokens(raw, true);
  if (read === null) return unreadable("not_amount");
  const { negative, groups, separators } = read;
  const sign = negative ? -1 : 1;
  const digits = groups.join("");
  if (separators.length === 0) return { kind: "amount", value: sign * Number(digits) };
  const last = separators.at(-1)!;
  const others = separators.slice(0, -1);
  const integerGroups = groups.slice(0, -1);
  const decimals = groups.at(-1)!;
  // The last separator as a decimal one: a comma or dot used nowhere else, the rest grouped by one kind.
  const decimalReading = (last === "," || last === ".") && !others.includes(last) &&
    new Set(others).size <= 1 && (others.length === 0 || groupedByThousands(integerGroups));
  const thousandsReading = new Set(separators).size === 1 && groupedByThousands(groups);
  const decimal = sign * Number(`${integerGroups.join("")}.${decimals}`);
  // Three decimals are no euro amount: ambiguous only while the digits group by thousands (`0,153` does not).
  if (decimalReading && decimals.length === 3) {
    return groupedByThousands(groups) ? { kind: "ambiguous", thousands: sign * Number(digits), decimal } : unreadable(
      "not_amount",
    );
  }
  if (thousandsReading) return { kind: "amount", value: sign * Number(digits) };
  if (decimalReading && decimals.length <= 2) return { kind: "amount", value: decimal };
  return unreadable("not_amount");
}

/** A count of digits alone (at most six: below {@linkcode COUNT_LIMIT}), read as them. */
export const PLAIN_COUNT = /^\d{1,6}$/;

/**
 * Reads a whole, non-negative count: `199`, `1 200`, `1'200` or `1.200`
 * (a count has no decimals, so a separator before three digits groups
 * thousands). A negative count is refused, never read without its sign.
 *
 * @example Usage
 * ```ts
 * import { readCount } from "./amounts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(readCount(" 1 200 ").value, 1200);
 * assertEquals(readCount("-5").problem?.key, "negative_count");
 * ```
 */
export function readCount(
  raw: string,
): { value: number; problem?: undefined } | { value: null; problem: ValueProblem } {
  if (PLAIN_COUNT.test(raw)) return { value: Number(raw) };
  if (raw.trim() === "") return { value: null, problem: { key: "no_number", raw } };
  if (TAB_BETWEEN_DIGITS.test(raw)) return { value: null, problem: { key: "figures_side_by_side", raw } };
  const read = tokens(raw, false);
  if (read === null || new Set(read.separators).size > 1 || !groupedByThousands(read.groups)) {
    return { value: null, problem: { key: "not_whole_number", raw } };
  }
  if (read.negative) return { value: null, problem: { key: "negative_count", raw } };
  const value = Number(read.groups.join(""));
  return value >= COUNT_LIMIT ? { value: null, problem: { key: "implausible_count", raw } } : { value };
}
