/**
 * E-mail addresses however documents write them: the one definition the
 * parser (a contact's address in a field, or ending the co-implementers'
 * block) and the exports' scrubbing (`output/scrub.ts`) share, so what one
 * recognises the other does.
 *
 * - `name@host.fi`, also with a full-width `＠` or `．`;
 * - the forms that hide the `@` from robots: `name(at)host.fi`,
 *   `name [at] host [dot] fi`, `name (at) host . fi`, `first.last at host.fi`,
 *   `first.last at host dot fi`, `(ät)`, `(a)`, `(piste)`, `<at>`, `(@)`,
 *   `%40`, `&#64;`, `first . last @ host . fi`;
 * - characters that print as nothing inside (a soft hyphen, a zero-width
 *   space) do not hide it.
 *
 * @module
 */
import { hasInvisible, INVISIBLE } from "./split_lines.ts";

const BRACKETED = (words: string) => String.raw`\s?[(\[{]\s?(?:${words})\s?[)\]}]\s?`;
/** An `@`: as it is (also full width), or bracketed in words. */
const AT = String.raw`(?:\s?[@\uFF20\uFE6B]\s?|${BRACKETED("at|ät|a")})`;
const DOT = String.raw`(?:\.|${BRACKETED("dot|piste")})`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const LOCAL = String.raw`[\p{L}\p{N}._%+-]+`;

/**
 * An e-mail address in a text written plainly (see {@linkcode plainSigns}), global: for finding every one.
 */
export const EMAIL_ADDRESS = new RegExp(
  [
    String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}`,
    // A bracketed "at" with spaced dots: `anna.virtanen (at) ely-keskus . fi`.
    String.raw`${LOCAL}${BRACKETED("at|ät|a")}${LABEL}(?:\s?\.\s?${LABEL})*\s?\.\s?\p{L}{2,}`,
    // An `@` with spaces around it and around the dots (`anna . virtanen @ kemi . fi`), a space on both sides of a
    // dot (a sentence's end, `Kiitos. anna@…`, has one only after it).
    String.raw`${LOCAL}(?: \. ${LOCAL})*\s?[@\uFF20\uFE6B]\s?${LABEL}(?:(?:\.| \. )${LABEL})*(?:\.| \. )\p{L}{2,}`,
    // "at" as a word, after a name with a dot in it (`anna.virtanen at kemi.fi`; not "us at kemi.fi").
    String.raw`[\p{L}\p{N}_%+-]+\.${LOCAL}\s(?:at|ät)\s${LABEL}(?:\.${LABEL})*\.\p{L}{2,}`,
  ].join("|"),
  "giu",
);
/** {@linkcode EMAIL_ADDRESS} for a test (not global: no state between calls). */
const ANY_EMAIL_ADDRESS = new RegExp(EMAIL_ADDRESS.source, "iu");

/** What every e-mail address holds (an `@`, or "at" in brackets or as a word): a quick test that spares most texts the search. */
export const AT_SIGN = new RegExp(String.raw`[@\uFF20\uFE6B]|[(\[{]\s?(?:at|ät|a)\s?[)\]}]|\s(?:at|ät)\s`, "iu");

/** An address broken at a hyphen of its host at the end of a line (`anna.virtanen@ely-` / `keskus.fi`), global. */
export const BROKEN_EMAIL_ADDRESS = new RegExp(String.raw`${LOCAL}${AT}[\p{L}\p{N}.-]*-(?=\r?\n)`, "gu");

/** `@` and dots hidden in rarer ways: URL-encoded, an HTML entity left in text, `<at>`, `(@)`, full width, words. */
const HIDDEN_SIGNS = /%40|&#64;|&commat;|<\s?(?:at|@)\s?>|[([]\s?@\s?[)\]]|\uFF0E|\sdot\s/i;
const HIDDEN_AT = /%40|&#64;|&commat;|\s?(?:<\s?(?:at|@)\s?>|[([]\s?@\s?[)\]])\s?/gi;
const HIDDEN_DOT = /\uFF0E|\sdot\s/gi;

/**
 * A text as the patterns read it: without the characters that print as nothing, and with the rarer ways of hiding an
 * `@` or a dot written the common way, so one set of patterns finds them all.
 */
export function plainSigns(text: string): string {
  const visible = hasInvisible(text) ? text.replace(INVISIBLE, "") : text;
  return HIDDEN_SIGNS.test(visible) ? visible.replace(HIDDEN_AT, "@").replace(HIDDEN_DOT, ".") : visible;
}

/**
 * What a text without invisible characters holds when it holds an `@` in any way {@linkcode plainSigns} and
 * {@linkcode AT_SIGN} know (the signs, the hidden forms, a bracket, "at" as a word): one quick test for most values.
 */
const MAY_HOLD_AT = /[@\uFF20\uFE6B]|%40|&#64;|&commat;|[(\[{<]|\s(?:at|ät)\s/i;

/**
 * Whether a text holds an e-mail address, written in any of the ways above.
 *
 * @example Usage
 * ```ts
 * import { holdsEmailAddress } from "./email_address.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(holdsEmailAddress("Tiedustelut: anna.virtanen [at] kemi [dot] fi"), true);
 * assertEquals(holdsEmailAddress("Kemin kaupunki, tekninen toimi"), false);
 * ```
 */
export function holdsEmailAddress(text: string): boolean {
  if (!hasInvisible(text) && !MAY_HOLD_AT.test(text)) return false;
  const plain = plainSigns(text);
  return AT_SIGN.test(plain) && ANY_EMAIL_ADDRESS.test(plain);
}
