/**
 * The strings of one language that must not show in an output of the other:
 * every text of every catalogue of `lib/i18n/catalogues.ts`, and the fixed
 * parts of every message that is a function of its values, less what both
 * languages share (a label such as `"Projektikoodi:"` quoted in an English
 * message, units, codes) and parts too short to tell a language by.
 *
 * @module
 */
import { CATALOGUES } from "../lib/i18n/catalogues.ts";
import { type Language, LANGUAGES } from "../lib/i18n/mod.ts";

const HOLE = "\u0001";

/** The fixed parts of a message: the text itself, or what a function writes around its values. */
function fixedParts(message: unknown): string[] {
  if (typeof message === "string") return [message];
  if (typeof message !== "function") return [];
  try {
    const text = String(message(...Array.from({ length: message.length }, () => HOLE)));
    return text.split(HOLE);
  } catch {
    return []; // a message of values that are not text (an object, a list): its parts are tested through the outputs
  }
}

/** Every fixed part of every message of the language, trimmed of spaces and punctuation at its ends. */
function parts(lang: Language): string[] {
  return Object.values(CATALOGUES).flatMap((catalogue) => Object.values(catalogue[lang]).flatMap(fixedParts))
    .map((part) => part.replace(/^[\s.,:;()"'=/–-]+|[\s.,:;()"'=/–-]+$/g, ""));
}

/** A part long enough to tell a language by: two words, or one word of eight letters or more. */
const telling = (part: string) => /\p{L}{8}/u.test(part) || /\p{L}{3,}\s+\p{L}{3,}/u.test(part);

/**
 * The strings of the other language than `lang` that an output in `lang`
 * must not hold, longest first.
 */
export function otherLanguageStrings(lang: Language): string[] {
  const other = LANGUAGES.find((l) => l !== lang)!;
  const own = parts(lang);
  return [...new Set(parts(other))].filter((part) => telling(part) && !own.some((mine) => mine.includes(part)))
    .sort((a, b) => b.length - a.length);
}

/** The strings of the other language found in the text, for an assertion message. */
export function otherLanguageIn(text: string, lang: Language): string[] {
  return otherLanguageStrings(lang).filter((part) => text.includes(part));
}
