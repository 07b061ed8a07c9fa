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

/** The code of `a`, and the letters from it to `z`: a label's first letter is one of them but for a few. */
const A = 97;
const LETTERS = 26;

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
  /** The lines of a few first letters a to z, merged in line order (made when first asked for), by a bit a letter. */
  readonly #mergedByBits = new Map<number, readonly Line[]>();
  /** The lines of a few first letters not all a to z, merged in line order (made when first asked for), by those letters. */
  readonly #merged = new Map<string, readonly Line[]>();

  constructor(lines: readonly Line[]) {
    // Blank lines under no key; the lines past ASCII under OTHER. One pass, each group in line order.
    const groups = new Map<number, Line[]>();
    for (const line of lines) {
      if (line.text === "") continue;
      const first = line.text.charCodeAt(0);
      const key = first >= 0x80 ? OTHER : lowerAscii(first);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [line]);
      else group.push(line);
    }
    this.#other = groups.get(OTHER) ?? [];
    groups.delete(OTHER);
    this.#byFirst = groups;
  }

  /** The lines any of the labels (lower case) could match, in line order. */
  candidates(wanted: readonly string[]): readonly Line[] {
    // The labels' first letters, a to z, as bits (nothing made: asked for again and again, a section's labels).
    let bits = 0;
    for (let i = 0; i < wanted.length; i++) {
      const letter = wanted[i]!.charCodeAt(0) - A;
      if (!(letter >= 0 && letter < LETTERS)) return this.#candidatesOf(wanted);
      bits |= 1 << letter;
    }
    // One letter, and no line past ASCII: its lines as they are.
    if (this.#other.length === 0 && (bits & (bits - 1)) === 0) {
      return this.#byFirst.get(A + 31 - Math.clz32(bits)) ?? NO_LINES;
    }
    let merged = this.#mergedByBits.get(bits);
    if (merged === undefined) {
      merged = this.#other;
      for (let letter = 0; letter < LETTERS; letter++) {
        if ((bits & (1 << letter)) !== 0) merged = mergeByNumber(merged, this.#byFirst.get(A + letter) ?? NO_LINES);
      }
      this.#mergedByBits.set(bits, merged);
    }
    return merged;
  }

  /** {@linkcode LineIndex.candidates} of labels not all starting with a letter a to z (none of the templates'). */
  #candidatesOf(wanted: readonly string[]): readonly Line[] {
    const first = wanted[0]!.charCodeAt(0);
    const one = wanted.every((label) => label.charCodeAt(0) === first);
    if (this.#other.length === 0 && one) return this.#byFirst.get(first) ?? NO_LINES;
    const key = one ? String.fromCharCode(first) : [...new Set(wanted.map((label) => label[0]!))].sort().join("");
    let merged = this.#merged.get(key);
    if (merged === undefined) {
      const groups = [...key].map((char) => this.#byFirst.get(char.charCodeAt(0)) ?? NO_LINES);
      merged = groups.reduce(mergeByNumber, this.#other);
      this.#merged.set(key, merged);
    }
    return merged;
  }
}

/** Two lists of lines, each in line order, as one in line order. */
function mergeByNumber(a: readonly Line[], b: readonly Line[]): readonly Line[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: Line[] = new Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) merged[k++] = a[i]!.number <= b[j]!.number ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}
