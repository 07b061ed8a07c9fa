/**
 * The one scan of a decoded text that two readers share: the decoder asks whether the text holds a character it must
 * repair ({@linkcode UNUSUAL}), the line splitter where the characters and runs are that its quick split looks at
 * ({@linkcode RARE}). Each scan goes through every character of the text; one pattern that finds both in one pass
 * takes two thirds of the time of the two (measured on 1,000 generated documents, best of 30 rounds, two runs:
 * 22–35 µs a document against 35–58).
 *
 * @module
 */

/**
 * A control character, or a character that mojibake or a C1 control starts with: a text without one needs no repair
 * (see `decode.ts`) and no count of its controls.
 */
// deno-lint-ignore no-control-regex -- control characters are among what it looks for
export const UNUSUAL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00C2\u00C3\u00E2]/;

/**
 * Characters and runs the quick split of `split_lines.ts` looks at: two spaces or more, and anything but a line feed,
 * printable ASCII, the letters and signs of U+00A1–U+02FF, and the punctuation, currency signs and format characters
 * of U+200B–U+20CF that are no odd space: none of those is an odd space, nor changed by NFC whatever comes before it
 * (checked against every character of the BMP). Two spaces are looked for first: faster, for the same places.
 */
export const RARE = / {2,}|[^\n\x20-\x7E\u00A1-\u02FF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u20CF]+/g;

/**
 * {@linkcode RARE}'s runs and {@linkcode UNUSUAL}'s characters in one pattern: RARE, with the three letters UNUSUAL
 * finds in RARE's range (Â, Ã, â) left out of that range. In a text without them (every text without an UNUSUAL
 * character) its runs are RARE's; every other character UNUSUAL finds is one of RARE's.
 */
const RARE_OR_UNUSUAL =
  / {2,}|[^\n\x20-\x7E\u00A1-\u00C1\u00C4-\u00E1\u00E3-\u02FF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u20CF]+/g;

/** The runs {@linkcode RARE} finds in a text, in order: where each starts and ends. */
export interface RareRuns {
  /** The text they are of: the runs are used only for it. */
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Runs kept for the line splitter at most: a text with more (a text in another script, each word a run) is sent the
 * general way by the splitter anyway (more runs than lines), which it finds by its own scan.
 */
const MOST_RUNS = 4096;

/**
 * Whether the text has none of {@linkcode UNUSUAL}'s characters, and when it has none, {@linkcode RARE}'s runs in it
 * (null: more than {@linkcode MOST_RUNS}): one scan for both.
 *
 * @example Usage
 * ```ts
 * import { usualText } from "./rare_runs.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(usualText("Kyllä  ei\u00A0"), { usual: true, runs: { text: "Kyllä  ei\u00A0", starts: [5, 9], ends: [7, 10] } });
 * assertEquals(usualText("KyllÃ¤").usual, false);
 * ```
 */
export function usualText(text: string): { usual: true; runs: RareRuns | null } | { usual: false } {
  const starts: number[] = [];
  const ends: number[] = [];
  RARE_OR_UNUSUAL.lastIndex = 0;
  for (let run = RARE_OR_UNUSUAL.exec(text); run !== null; run = RARE_OR_UNUSUAL.exec(text)) {
    const end = RARE_OR_UNUSUAL.lastIndex;
    for (let i = run.index; i < end; i++) {
      if (isUnusual(text.charCodeAt(i))) return { usual: false };
    }
    if (starts.length === MOST_RUNS) {
      UNUSUAL_FROM.lastIndex = end;
      return UNUSUAL_FROM.test(text) ? { usual: false } : { usual: true, runs: null };
    }
    starts.push(run.index);
    ends.push(end);
  }
  return { usual: true, runs: { text, starts, ends } };
}

/** {@linkcode UNUSUAL} from a place on (its `lastIndex`). */
const UNUSUAL_FROM = new RegExp(UNUSUAL.source, "g");

/** Whether a character is one of {@linkcode UNUSUAL}'s. */
const isUnusual = (code: number) =>
  (code <= 0x08) || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f) || code === 0xc2 ||
  code === 0xc3 || code === 0xe2;
