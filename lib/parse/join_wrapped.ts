/**
 * Joining a line to the text it wraps: the PDF reader's lines a print wrapped, and a name wrapped onto the next line
 * of a text export (an e-mail's hard wrap).
 *
 * @module
 */

/** Words that follow a hyphen with a space: "sosiaali- ja terveysala". */
const AFTER_HYPHEN_SPACE = new Set([
  "ja",
  "tai",
  "sekä",
  "eli",
  "että",
  "kuin",
  "tahi",
  "taikka",
  "and",
  "or",
  "och",
  "eller",
]);

function endsWithHyphen(text: string): boolean {
  return /[\p{L}\p{N}][-‐]$/u.test(text);
}

/**
 * Joins a line to the text it wraps: a space between, except after a hyphen that breaks a word ("ESR-toiminta").
 * A print (`hardWrap` false) breaks a line after a lone hyphen that prefixes the next word (`"(MOK)" -projektin`);
 * a text export's hard wrap is always at a space, so there the hyphen is a dash, with a space after it.
 */
export function joinWrapped(before: string, after: string, hardWrap = false): string {
  if (before === "") return after;
  if (endsWithHyphen(before)) {
    const word = after.split(/\s/)[0]!.toLowerCase().replace(/[^\p{L}]/gu, "");
    return AFTER_HYPHEN_SPACE.has(word) ? `${before} ${after}` : `${before}${after}`;
  }
  // A lone hyphen before a lower-case word prefixes it ("(MOK)" -projektin); before a capital it is a dash.
  if (!hardWrap && /\s-$/.test(before) && /^\p{Ll}/u.test(after)) return `${before}${after}`;
  return `${before} ${after}`;
}

/** A joining word at the end of a text (see {@linkcode endsUnfinished}). */
const JOINING_WORD_AT_END = /(?<![\p{L}\p{N}])(?:ja|tai|sekä|eli|että|kuin)$/iu;

/**
 * Whether a name or title printed on a line goes on on the next one: it ends in a comma, a joining word (`liikenne-
 * ja`), a word broken at its hyphen (`ympäristö-`) or a lone dash (`(MOK) -`), none of which ends a name.
 *
 * @example Usage
 * ```ts
 * import { endsUnfinished } from "./join_wrapped.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(["elinkeino-,", "liikenne- ja", "ympäristö-", "(MOK) -", "keskus"].map(endsUnfinished), [true, true, true, true, false]);
 * ```
 */
export function endsUnfinished(text: string): boolean {
  return /[,;]$/.test(text) || JOINING_WORD_AT_END.test(text) || endsWithHyphen(text) || /\s[-–]$/.test(text);
}
