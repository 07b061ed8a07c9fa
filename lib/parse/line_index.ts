/**
 * An index of a section's lines by their first letter, so that a label is
 * compared only with the lines it could start (see `fields.ts`).
 *
 * @module
 */
import type { Line } from "./sections.ts";

/** An ASCII capital letter's code lower-cased; any other code as it is. */
export const lowerAscii = (code: number): number => code >= 65 && code <= 90 ? code + 32 : code;

const NO_LINES: readonly Line[] = [];

/** The key of the lines past ASCII while they are grouped (no character code is negative). */
const OTHER = -1;

/**
 * Lines by the first letter a label must match (lines that start with an
 * ASCII letter, lower-cased), the other non-blank lines apart: a label is
 * compared only with the lines it could match (see `labelEnd`), not with
 * every line of its section.
 */
export class LineIndex {
  readonly #byFirst: Map<number, Line[]>;
  /** Lines that start with a character past ASCII: any label may match them, past invisible characters. */
  readonly #other: Line[];

  constructor(lines: readonly Line[]) {
    // Blank lines under no key; the lines past ASCII under OTHER.
    const groups = Map.groupBy(lines.filter((line) => line.text !== ""), (line) => {
      const first = line.text.charCodeAt(0);
      return first >= 0x80 ? OTHER : lowerAscii(first);
    });
    this.#other = groups.get(OTHER) ?? [];
    groups.delete(OTHER);
    this.#byFirst = groups;
  }

  /** The lines any of the labels (lower case) could match, in line order. */
  candidates(wanted: readonly string[]): readonly Line[] {
    const first = wanted[0]!.charCodeAt(0);
    if (this.#other.length === 0 && wanted.every((label) => label.charCodeAt(0) === first)) {
      return this.#byFirst.get(first) ?? NO_LINES;
    }
    const firsts = [...new Set(wanted.map((label) => label.charCodeAt(0)))];
    return [...firsts.flatMap((code) => this.#byFirst.get(code) ?? []), ...this.#other]
      .sort((a, b) => a.number - b.number);
  }
}
