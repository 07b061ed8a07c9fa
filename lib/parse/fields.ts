/**
 * Finding `Label: value` lines in a sectioned document.
 *
 * @module
 */
import {
  hasInvisible,
  isInvisible,
  type Line,
  type Section,
  type SectionedDocument,
  type SectionKey,
} from "./sections.ts";

/** A value found after a label, with the line it is on. */
export interface FieldHit {
  value: string;
  line: number;
}

const lowerAscii = (code: number) => code >= 65 && code <= 90 ? code + 32 : code;

/** Where the label (lower case) ends in the line, when the line starts with it: case and invisible characters aside. */
function labelEnd(text: string, wanted: string): number | undefined {
  const first = text.charCodeAt(0);
  // Most lines fail on their first letter (or are blank): an ASCII letter is compared without a copy.
  if (text.length === 0 || (first < 0x80 && lowerAscii(first) !== wanted.charCodeAt(0))) return undefined;
  if (text.slice(0, wanted.length).toLowerCase() === wanted) return wanted.length;
  if (!hasInvisible(text.slice(0, wanted.length * 2))) return undefined;
  let i = 0;
  for (const char of wanted) {
    while (i < text.length && isInvisible(text[i]!)) i++;
    if (text[i]?.toLowerCase() !== char) return undefined;
    i++;
  }
  return i;
}

/** The value after `wanted` (a lower-case label) in a line. */
function valueAfter(text: string, wanted: string, allowMissingColon: boolean): string | undefined {
  const end = labelEnd(text, wanted);
  if (end === undefined) return undefined;
  const rest = text.slice(end);
  const colon = rest.match(/^\s*:\s*(.*)$/);
  if (colon) return colon[1]!.trim();
  if (!allowMissingColon) return undefined;
  if (rest === "") return "";
  const spaced = rest.match(/^\s+(.*)$/);
  return spaced ? spaced[1]!.trim() : undefined;
}

/**
 * Reads a label's value from a line: `Label: value`, with stray spaces
 * around the label and colon, or `Label value` when the colon was lost.
 * Labels compare case-insensitively and ignore invisible characters.
 */
export function matchLabel(
  text: string,
  label: string,
  allowMissingColon: boolean,
): string | undefined {
  return valueAfter(text, label.toLowerCase(), allowMissingColon);
}

/** All hits of any of the labels in the lines, in line order; exact `label:` hits first when there are any. */
export function findAll(
  lines: readonly Line[],
  labels: readonly string[],
  colonOnly = false,
): FieldHit[] {
  const wanted = labels.map((label) => label.toLowerCase());
  for (const allowMissingColon of colonOnly ? [false] : [false, true]) {
    const hits: FieldHit[] = [];
    for (const line of lines) {
      for (const label of wanted) {
        const value = valueAfter(line.text, label, allowMissingColon);
        if (value !== undefined) {
          hits.push({ value, line: line.number });
          break;
        }
      }
    }
    if (hits.length > 0) return hits;
  }
  return [];
}

/** Looks labels up section by section, falling back to the whole document when a section is missing. */
export class FieldFinder {
  readonly #document: SectionedDocument;

  constructor(document: SectionedDocument) {
    this.#document = document;
  }

  /** The first section with the key, if the document has it. */
  section(key: SectionKey): Section | undefined {
    return this.#document.sections.find((section) => section.key === key);
  }

  /** Whether the document has a section with the key. */
  has(key: SectionKey): boolean {
    return this.section(key) !== undefined;
  }

  /**
   * Every hit of the labels in the section; when the section is missing,
   * exact `label:` hits anywhere in the document, so values survive a lost
   * heading. Labels that several sections share (`Suunniteltu`) pass
   * `anywhere: false`: they are never looked for outside their section.
   */
  findAll(
    key: SectionKey,
    labels: readonly string[],
    anywhere = true,
  ): FieldHit[] {
    const section = this.section(key);
    if (section) return findAll(section.lines, labels);
    if (!anywhere) return [];
    return findAll(this.#document.lines, labels, true);
  }

  /** The first hit of the labels in the section (see {@linkcode FieldFinder.findAll}). */
  find(
    key: SectionKey,
    labels: readonly string[],
    anywhere = true,
  ): FieldHit | undefined {
    return this.findAll(key, labels, anywhere)[0];
  }
}
