/**
 * Finding `Label: value` lines in a sectioned document.
 *
 * @module
 */
import {
  hasInvisible,
  headingKey,
  isFigureRest,
  isInvisible,
  type Line,
  type Section,
  type SectionedDocument,
  type SectionKey,
} from "./sections.ts";
import type { ValueProblem } from "../i18n/values.ts";
import { LineIndex, lowerAscii } from "./line_index.ts";

/** A value found after a label, with the line it is on. */
export interface FieldHit {
  value: string;
  line: number;
  /** What was printed between the label and its colon (`(muutettu 2013)`, `(1000 €)`, `2013`), when anything was. */
  qualifier?: string;
}

/**
 * Whether the line starts with the label (lower case), compared letter by letter without a copy while both are
 * ASCII: true or false, or undefined at a character past ASCII (then the caller lower-cases the start to compare).
 */
function asciiPrefix(text: string, wanted: string): boolean | undefined {
  if (text.length < wanted.length) return false;
  for (let i = 0; i < wanted.length; i++) {
    const code = text.charCodeAt(i);
    const want = wanted.charCodeAt(i);
    if (code >= 0x80 || want >= 0x80) return undefined;
    if (lowerAscii(code) !== want) return false;
  }
  return true;
}

/** Where the label (lower case) ends in the line, when the line starts with it: case and invisible characters aside. */
function labelEnd(text: string, wanted: string): number | undefined {
  const first = text.charCodeAt(0);
  // Most lines fail on their first letter (or are blank): an ASCII letter is compared without a copy.
  if (text.length === 0 || (first < 0x80 && lowerAscii(first) !== wanted.charCodeAt(0))) return undefined;
  const ascii = asciiPrefix(text, wanted);
  if (ascii === true || (ascii === undefined && text.slice(0, wanted.length).toLowerCase() === wanted)) {
    return wanted.length;
  }
  // An ASCII letter that differs is no invisible character, and all before it matched: no invisible one can help.
  if (ascii === false || !hasInvisible(text.slice(0, wanted.length * 2))) return undefined;
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
  return labelledValue(text, wanted, allowMissingColon)?.value;
}

/**
 * A label printed with a qualifier before its colon, `Suunniteltu (muutettu 2013): 250` or `Suunniteltu 2013: 250`:
 * the label printed again (an amended plan), its value another of the label's (compared with the others, never
 * left unseen).
 */
const QUALIFIED = /^\s*(\([^()]{1,60}\)|(?:19|20)\d{2})\s*:\s*(.*)$/;

/**
 * A label printed with words of its own before its colon that say the value is another of the label's: an
 * amendment (`Suunniteltu, muutettu: 250`, `Suunniteltu [muutettu]:`), a correction, the final report's figure, an
 * estimate or target, a date (`Suunniteltu 1.3.2013:`). Other words after a label make another label
 * (`Toteutunut EU- ja valtion rahoitus`), not a value of this one.
 */
const WORDED = new RegExp(
  String.raw`^(?:\s*[,/]\s*|\s+)([[(]?[^:()[\]]{0,30}?(?<!\p{L})` +
    String.raw`(?:muutettu|muutos|korjattu|päivitetty|tarkistettu|tilanne|alkuperäinen|loppuraport\p{L}*|arvio|` +
    String.raw`ennuste|tavoite|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?!\p{L})[^:()[\]]{0,30}[\])]?)\s*:\s*(.*)$`,
  "iu",
);

/** A date as people write it beside a status or an amendment: `30.6.2013`, `31.12.13`, `12/2013`, `2013`. */
const NOTE_DATE = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\.?|\d{1,2}\/(?:\d{4}|\d{2})|(?:19|20)\d{2})`;

/**
 * The qualifiers a figure is read under as its label's own: an amendment (`(muutettu 2013)`, `korjattu`), the
 * date of an actual figure (`(tilanne 30.6.2013)`), the unit the template prints (`(€)`), each with nothing more.
 * Any other (`(1000 €)`, `(arvio)`, `(tavoite)`, `(EU-osuus)`, `(muutos)`, `(tilanne 30.6.2013, arvio)`, a year, a
 * date, the final report) may change what the figure is: not read.
 */
const READ_QUALIFIER = new RegExp(
  String.raw`^[[(]?\s*(?:(?:muutettu|korjattu|päivitetty|tarkistettu|tilanne)(?:\s*:?\s*${NOTE_DATE})?|€|eur|euroa)` +
    String.raw`\s*[\])]?$`,
  "iu",
);

/** The value after `wanted` (a lower-case label) in a line, whether a colon came between them, and what else did. */
function labelledValue(
  text: string,
  wanted: string,
  allowMissingColon: boolean,
): { value: string; colon: boolean; qualifier?: string } | undefined {
  const end = labelEnd(text, wanted);
  if (end === undefined) return undefined;
  const rest = text.slice(end);
  const colon = rest.match(/^\s*:\s*(.*)$/);
  if (colon) return { value: colon[1]!.trim(), colon: true };
  const qualified = rest.match(QUALIFIED) ?? rest.match(WORDED);
  if (qualified) return { value: qualified[2]!.trim(), colon: true, qualifier: qualified[1]!.trim() };
  if (!allowMissingColon) return undefined;
  if (rest === "") return { value: "", colon: false };
  // A dash typed in place of the colon (`Label – 614 153`) is no minus sign of the value.
  const spaced = rest.match(/^\s+[-\u2013\u2014]\s+(.*)$/) ?? rest.match(/^\s+(.*)$/);
  return spaced ? { value: spaced[1]!.trim(), colon: false } : undefined;
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
  return findLowerCase(lines, labels.map((label) => label.toLowerCase()), colonOnly);
}

/** {@linkcode findAll} of labels already in lower case. */
function findLowerCase(lines: readonly Line[], wanted: readonly string[], colonOnly: boolean): FieldHit[] {
  // One pass: each line's label, with its colon or without.
  const found: { hit: FieldHit; colon: boolean }[] = [];
  for (const line of lines) {
    // A label with its colon before one without ("A B: 5" is label "A B", not "A" with the value "B: 5").
    let withoutColon: string | undefined;
    let withColon: { value: string; qualifier?: string } | undefined;
    for (const label of wanted) {
      const labelled = labelledValue(line.text, label, !colonOnly);
      if (labelled?.colon) {
        withColon = labelled;
        break;
      }
      if (labelled !== undefined) withoutColon ??= labelled.value;
    }
    if (withColon !== undefined) {
      const { value, qualifier } = withColon;
      found.push({
        hit: qualifier === undefined ? { value, line: line.number } : { value, line: line.number, qualifier },
        colon: true,
      });
    } else if (withoutColon !== undefined) {
      found.push({ hit: { value: withoutColon, line: line.number }, colon: false });
    }
  }
  // Hits without their colon count only when none has one; then only the label printed again without its colon, a
  // figure, code or date after it, is another value of it (prose that starts with the label's word has words, no
  // figure). With `colonOnly`, every hit has its colon.
  const anyColon = found.some(({ colon }) => colon);
  return found.filter(({ hit, colon }) => colon || !anyColon || isBareValue(hit.value)).map(({ hit }) => hit);
}

/** A value as printed without its label's colon: short, no colon of its own, a digit in it or a single word. */
function isBareValue(value: string): boolean {
  return value !== "" && value.length <= 60 && !value.includes(":") && (/\d/.test(value) || !/\s/.test(value));
}

/** A list's line that ends in a comma or semicolon: the list goes on on the next line. */
const commaEnded = (text: string) => /[,;]$/.test(text);

/** A `Label: value` line: a value's continuation stops at it. */
const LABEL_LINE = /^\p{L}[\p{L}\s.\-]{0,40}:/u;

/** Labels in lower case: the parser asks for the same few dozen labels in every document. */
const LOWER_LABELS = new Map<string, string>();
const lowerLabel = (label: string): string => {
  let lower = LOWER_LABELS.get(label);
  if (lower === undefined) {
    lower = label.toLowerCase();
    if (LOWER_LABELS.size < 1000) LOWER_LABELS.set(label, lower);
  }
  return lower;
};

/** A figure wrapped onto the next line (see {@linkcode FieldFinder.wrappedRest}) as no value, with its problem. */
export function wrappedFigure(finder: FieldFinder, hit: FieldHit): { value: null; problem: ValueProblem } | undefined {
  const rest = finder.wrappedRest(hit);
  if (rest === undefined) return undefined;
  // Under an empty label the whole figure is on the next line; else its rest.
  const key = hit.value.trim() === "" ? "figure_on_next_line" : "wrapped_figure";
  return { value: null, problem: { key, raw: `${hit.value} ${rest}`.trim() } };
}

/**
 * A figure printed under its label with a qualifier that may change what it is (see {@linkcode READ_QUALIFIER}) as no
 * value, with its problem; undefined for a figure under its label as such.
 */
export function qualifiedFigure(hit: FieldHit): { value: null; problem: ValueProblem } | undefined {
  return isRefused(hit) ? { value: null, problem: { key: "qualified_figure", raw: hit.qualifier! } } : undefined;
}

/** Whether a hit is printed under its label with a qualifier that may change what it is (see `READ_QUALIFIER`). */
const isRefused = (hit: FieldHit): boolean => hit.qualifier !== undefined && !READ_QUALIFIER.test(hit.qualifier);

/**
 * Of hits that agree (see `ProjectBuilder.agreed`), the one to read: the first printed under its label as such, or
 * with a qualifier read as its own; the agreed one when each has a qualifier that is not.
 */
export function readableHit(agreed: FieldHit, hits: readonly FieldHit[]): FieldHit {
  return isRefused(agreed) ? hits.find((hit) => hit.value !== "" && !isRefused(hit)) ?? agreed : agreed;
}

/** Looks labels up section by section, falling back to the whole document when a section is missing. */
export class FieldFinder {
  readonly #document: SectionedDocument;
  readonly #indexes = new Map<Section | SectionedDocument, LineIndex>();
  /** The first section of each key (made when first asked for). */
  #firsts: Map<SectionKey, Section> | undefined;
  /** The line numbers of the sections' headings (made when first asked for). */
  #headings: Set<number> | undefined;
  /** The repeated blocks by key (made when first asked for). */
  #repeated: Map<SectionKey, Section[]> | undefined;

  constructor(document: SectionedDocument) {
    this.#document = document;
  }

  /** The hits of the labels in the lines of a section (or of the whole document), as {@linkcode findAll} finds them. */
  #findIn(part: Section | SectionedDocument, labels: readonly string[], colonOnly: boolean): FieldHit[] {
    let index = this.#indexes.get(part);
    if (index === undefined) this.#indexes.set(part, index = new LineIndex(part.lines));
    const wanted = labels.map(lowerLabel);
    return findLowerCase(index.candidates(wanted), wanted, colonOnly);
  }

  /** The first section with the key, if the document has it. */
  section(key: SectionKey): Section | undefined {
    if (this.#firsts === undefined) {
      this.#firsts = new Map();
      for (const section of this.#document.sections) {
        if (!this.#firsts.has(section.key)) this.#firsts.set(section.key, section);
      }
    }
    return this.#firsts.get(key);
  }

  /** The repeated blocks (see `Section.repeated`) by key (made when first asked for; most documents have none). */
  #repeats(): Map<SectionKey, Section[]> {
    if (this.#repeated === undefined) {
      const repeated = this.#document.sections.filter((section) => section.repeated);
      this.#repeated = Map.groupBy(repeated, (section) => section.key);
    }
    return this.#repeated;
  }

  /** The line numbers of the sections' headings (made when first asked for). */
  #headingLines(): Set<number> {
    return this.#headings ??= new Set(this.#document.sections.map((section) => section.heading.number));
  }

  /** The line after the numbered one in the document, if there is one. */
  lineAfter(number: number): Line | undefined {
    const lines = this.#document.lines;
    return lines[number - (lines[0]?.number ?? 1) + 1];
  }

  /**
   * The lines a hit's value goes on to: after a value whose line `goesOn` (by default: ends with a comma, as a list
   * wrapped does), the lines that follow while each goes on, and the first that does not; under a label with
   * nothing after it, the lines up to a blank one (a list one item a line). Never past a blank line, a `Label:`
   * line or a heading; empty when the value ends on its line.
   */
  continuedLines(hit: FieldHit, goesOn: (text: string) => boolean = commaEnded): Line[] {
    if (hit.value !== "" && !goesOn(hit.value)) return [];
    const lines: Line[] = [];
    for (let line = this.lineAfter(hit.line); line !== undefined; line = this.lineAfter(line.number)) {
      if (line.text === "" || LABEL_LINE.test(line.text) || this.#headingLines().has(line.number)) break;
      lines.push(line);
      if (hit.value !== "" && !goesOn(line.text)) break;
    }
    return lines;
  }

  /**
   * The line right after the numbered one when it holds text that is no `Label: value` line (`evenLabelled`: or is
   * one) and no heading: in a block of labels (the project's, the implementer's), the rest of the value above it,
   * wrapped at a word that does not say so (see `endsUnfinished`). Undefined for anything else.
   */
  unlabelledLineAfter(number: number, evenLabelled = false): Line | undefined {
    const line = this.lineAfter(number);
    return line === undefined || line.text === "" || (!evenLabelled && LABEL_LINE.test(line.text)) ||
        this.#headingLines().has(line.number)
      ? undefined
      : line;
  }

  /**
   * The text of the line after a hit when it is the rest of the hit's figure, wrapped onto it: digits and their
   * separators (`614` / `153`), with a unit or a word (`614` / `153 €`, `2` / `5 yritystä`), or the rest of a count
   * and its parts (`11` / `9, joista naisia 102`, `1` / `119 (naisia 102)`). Undefined when the next line is anything
   * else (another label, a heading, a blank line, words).
   */
  wrappedRest(hit: FieldHit): string | undefined {
    if (!/^[\d \u00A0\u2007\u2009\u202F.,']*$/.test(hit.value)) return undefined;
    const next = this.lineAfter(hit.line);
    if (next === undefined || !isFigureRest(next.text)) return undefined;
    return this.#headingLines().has(next.number) || headingKey(next) !== undefined ? undefined : next.text;
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
    if (section) {
      const hits = this.#findIn(section, labels, false);
      // An indicator's block printed again: its values are the section's too, compared with the first's.
      const again = this.#repeats().get(key);
      if (again === undefined) return hits;
      return [...hits, ...again.flatMap((other) => this.#findIn(other, labels, false))].sort((a, b) => a.line - b.line);
    }
    if (!anywhere) return [];
    return this.#findIn(this.#document, labels, true);
  }

  /**
   * {@linkcode FieldFinder.findAll}, and for labels no other section prints (the funding's), their exact
   * `label:` hits outside the section too, in line order: a figure printed again further down (under a heading
   * repeated out of order, which does not start a section) is compared with the section's, not left unseen.
   */
  findAllEverywhere(key: SectionKey, labels: readonly string[]): FieldHit[] {
    const section = this.section(key);
    if (!section) return this.findAll(key, labels);
    const inside = this.#findIn(section, labels, false);
    const first = section.heading.number;
    const last = section.lines.at(-1)?.number ?? first;
    const outside = this.#findIn(this.#document, labels, true).filter((hit) => hit.line < first || hit.line > last);
    return outside.length === 0 ? inside : [...inside, ...outside].sort((a, b) => a.line - b.line);
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
