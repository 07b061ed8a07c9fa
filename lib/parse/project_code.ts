/**
 * Project codes as printed, and as the code they are: `s11547`, `S 11547`,
 * `S‑11547` (a no-break hyphen), `S11547` with a zero-width space after it
 * or a soft hyphen inside, `Ｓ１１５４７` (full width), `S11547 (korjattu)`
 * are all S11547, so that one project is one row and its other files are
 * named as duplicates.
 *
 * The code is normalised (NFKC, invisible characters out, upper case) and
 * its token `[A-Z]` + five digits taken; what was printed is kept in a
 * warning whenever it differed, with invisible characters named (`<U+200B>`).
 *
 * @module
 */
import { INVISIBLE } from "./split_lines.ts";

/** A code read from its line: the code (null when the line names several), and how it was printed. */
export interface ReadCode {
  code: string | null;
  /** The text as printed, invisible characters shown as `<U+XXXX>`. */
  shown: string;
  /** The distinct code tokens on the line. */
  tokens: string[];
  /** Whether the printed text differs from the code. */
  normalised: boolean;
}

/**
 * Dashes and hyphens of every kind, and spaces, between the letter and the digits; a space between digits too
 * (`S 115 47`), one at a time.
 */
const TOKEN = /(?<![A-Z0-9])([A-Z])[\s\-\u2010-\u2015\u2212]*(\d(?: ?\d){4})(?![0-9A-Z])/g;

/** A code printed as it is: a capital letter and five digits. */
const PLAIN_CODE = /^[A-Z]\d{5}$/;

/**
 * Reads a project code from the value of its line.
 *
 * @example Usage
 * ```ts
 * import { readProjectCode } from "./project_code.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(readProjectCode("s 11547\u200B (korjattu)").code, "S11547");
 * assertEquals(readProjectCode("S11547\u200B").shown, "S11547<U+200B>");
 * assertEquals(readProjectCode("S11547").normalised, false);
 * ```
 */
export function readProjectCode(raw: string): ReadCode {
  const printed = raw.trim();
  // As nearly every code is printed: nothing to normalise, one token, the code itself.
  if (PLAIN_CODE.test(printed)) return { code: printed, shown: printed, tokens: [printed], normalised: false };
  const shown = printed.replace(
    INVISIBLE,
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
  const clean = printed.normalize("NFKC").replace(INVISIBLE, "").toUpperCase();
  const tokens = [...new Set([...clean.matchAll(TOKEN)].map((match) => match[1]! + match[2]!.replaceAll(" ", "")))];
  if (tokens.length === 1) return { code: tokens[0]!, shown, tokens, normalised: printed !== tokens[0] };
  if (tokens.length > 1) return { code: null, shown, tokens, normalised: true };
  const code = clean.replace(/\s+/g, "") || null;
  return { code, shown, tokens, normalised: false };
}
