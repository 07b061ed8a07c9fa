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

/** Whether a text ends in a hyphen right after a letter or digit ("ympäristö-"). */
function endsWithHyphen(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // The pattern on the text's end only: it ends in a hyphen and the character before it (a pair of surrogates at most).
  return (last === 0x2d || last === 0x2010) && /[\p{L}\p{N}][-‐]$/u.test(text.slice(-3));
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
  if (!hardWrap && before.endsWith("-") && /\s-$/.test(before.slice(-2)) && /^\p{Ll}/u.test(after)) {
    return `${before}${after}`;
  }
  return `${before} ${after}`;
}

/** A joining word at the end of a text (see {@linkcode endsUnfinished}). */
const JOINING_WORD_AT_END = /(?<![\p{L}\p{N}])(?:ja|tai|sekä|eli|että|kuin)$/iu;
/**
 * The last two letters of {@linkcode JOINING_WORD_AT_END}'s words (as `lowerCode` gives a pair of character codes), and
 * how much of a text's end holds a word and the character before it (a pair of surrogates at most).
 */
const JOINING_WORD_ENDS = new Set(
  ["ja", "ai", "kä", "li", "tä", "in"].map((end) => end.charCodeAt(0) * 0x10000 + end.charCodeAt(1)),
);
const JOINING_WORD_TAIL = 8;

/**
 * A character's code in lower case, for those that {@linkcode JOINING_WORD_AT_END} (case-insensitive) takes for the
 * letters of its words' ends: ASCII capitals, Ä, and the Kelvin sign (a k); any other as it is.
 */
const lowerCode = (code: number) =>
  code === 0x212a ? 0x6b : (code >= 0x41 && code <= 0x5a) || code === 0xc4 ? code | 0x20 : code;

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
  // Told by the last characters, the patterns tried on the text's end only: an unanchored pattern ending in `$` tries
  // every place in the text, and most texts tested are whole values and paragraphs (measured on 3,000 generated
  // documents, each of their lines tested: 7 µs a document against 12).
  const length = text.length;
  if (length === 0) return false;
  const last = text.charCodeAt(length - 1);
  if (last === 0x2c || last === 0x3b) return true;
  if (last === 0x2d || last === 0x2010 || last === 0x2013) {
    const tail = text.slice(-3);
    return endsWithHyphen(tail) || /\s[-–]$/.test(tail);
  }
  return length >= 2 && JOINING_WORD_ENDS.has(lowerCode(text.charCodeAt(length - 2)) * 0x10000 + lowerCode(last)) &&
    JOINING_WORD_AT_END.test(text.slice(-JOINING_WORD_TAIL));
}
