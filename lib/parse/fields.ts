/**
 * Finding `Label: value` lines in a sectioned document (a label matched in a line by `label_match.ts`).
 *
 * @module
 */
import {
  headingKey,
  isFigureRest,
  type Line,
  type Section,
  type SectionedDocument,
  type SectionKey,
} from "./sections.ts";
import type { ValueProblem } from "../i18n/values.ts";
import { LineIndex } from "./line_index.ts";
import { type FieldHit, findLowerCase, lowerLabels } from "./label_match.ts";

export type { FieldHit } from "./label_match.ts";

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

/** Blank lines a figure's rest may be past (see {@linkcode FieldFinder.wrappedRest}). */
const MAX_BLANKS_IN_FIGURE = 2;

/** A list's line that ends in a comma or semicolon: the list goes on on the next line. */
const commaEnded = (text: string) => /[,;]$/.test(text);

/** A `Label: value` line: a value's continuation stops at it. */
const LABEL_LINE = /^\p{L}[\p{L}\s.\-]{0,40}:/u;

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
  /** The document's lines with a colon, and their index (each made when first asked for). */
  #withColon: Line[] | undefined;
  #colonLines: LineIndex | undefined;
  /** The first section of each key (made when first asked for). */
  #firsts: Map<SectionKey, Section> | undefined;
  /** The line numbers of the sections' headings (made when first asked for). */
  #headings: Set<number> | undefined;
  /** The repeated blocks by key (made when first asked for). */
  #repeated: Map<SectionKey, Section[]> | undefined;

  constructor(document: SectionedDocument) {
    this.#document = document;
  }

  /**
   * The hits of the labels (lower case) in the lines of a section (or of the whole document), as {@linkcode findAll}
   * finds them.
   */
  #findIn(part: Section | SectionedDocument, wanted: readonly string[], colonOnly: boolean): FieldHit[] {
    // A hit with its colon has a colon in its line: the whole document's lines without one are never looked at.
    if (colonOnly && part === this.#document) return findLowerCase(this.#colonIndex().candidates(wanted), wanted, true);
    let index = this.#indexes.get(part);
    if (index === undefined) this.#indexes.set(part, index = new LineIndex(part.lines));
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

  /** The index of the document's lines with a colon (made when first asked for). */
  #colonIndex(): LineIndex {
    return this.#colonLines ??= new LineIndex(this.#linesWithColon());
  }

  /** The document's lines with a colon, in line order (made when first asked for). */
  #linesWithColon(): Line[] {
    return this.#withColon ??= this.#document.lines.filter((line) => line.text.includes(":"));
  }

  /** The line numbers of the sections' headings (made when first asked for). */
  #headingLines(): Set<number> {
    return this.#headings ??= new Set(this.#document.sections.map((section) => section.heading.number));
  }

  /** The line after the numbered one in the document, if there is one. */
  lineAfter(number: number): Line | undefined {
    const lines = this.#document.lines;
    const first = lines[0]?.number ?? 1;
    // Numbered one after another, but for a print's page furniture left out (see `page_furniture.ts`).
    if (lines.length === 0 || lines.at(-1)!.number - first === lines.length - 1) return lines[number - first + 1];
    let [low, high] = [0, lines.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lines[middle]!.number <= number) low = middle + 1;
      else high = middle;
    }
    return lines[low];
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
   * Where a value that may go on (see {@linkcode FieldFinder.continuedLines}: nothing after its label, or its last
   * line ending in a comma) stops at a blank line with more after it: the first line past the blank ones when it is
   * no `Label:` line and no heading (the rest of a list a page break or a print's cells put apart). Undefined else.
   */
  linePastBlank(hit: FieldHit, continued: readonly Line[]): Line | undefined {
    const last = continued.at(-1);
    if (!(last === undefined ? hit.value === "" || commaEnded(hit.value) : commaEnded(last.text))) return undefined;
    let line = this.lineAfter(last?.number ?? hit.line);
    if (line === undefined || line.text !== "") return undefined;
    while (line !== undefined && line.text === "") line = this.lineAfter(line.number);
    return line === undefined || LABEL_LINE.test(line.text) || this.#headingLines().has(line.number) ||
        headingKey(line) !== undefined
      ? undefined
      : line;
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
   * and its parts (`11` / `9, joista naisia 102`, `1` / `119 (naisia 102)`); also past a blank line or two (a page or
   * paragraph break inside the figure: `645` / `` / `300`), as whether the figure goes on there is not known either.
   * Undefined when the next line with text is anything else (another label, a heading, words).
   */
  wrappedRest(hit: FieldHit): string | undefined {
    return this.wrappedRestLine(hit)?.text;
  }

  /** The line of a hit's {@linkcode FieldFinder.wrappedRest}, if it has one. */
  wrappedRestLine(hit: FieldHit): Line | undefined {
    if (!/^[\d \u00A0\u2007\u2009\u202F.,']*$/.test(hit.value)) return undefined;
    let next = this.lineAfter(hit.line);
    for (let blank = 0; next !== undefined && next.text === "" && blank < MAX_BLANKS_IN_FIGURE; blank++) {
      next = this.lineAfter(next.number);
    }
    if (next === undefined || !isFigureRest(next.text)) return undefined;
    return this.#headingLines().has(next.number) || headingKey(next) !== undefined ? undefined : next;
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
      const wanted = lowerLabels(labels);
      const hits = this.#findIn(section, wanted, false);
      // An indicator's block printed again: its values are the section's too, compared with the first's.
      const again = this.#repeats().get(key);
      if (again === undefined) return hits;
      return [...hits, ...again.flatMap((other) => this.#findIn(other, wanted, false))].sort((a, b) => a.line - b.line);
    }
    if (!anywhere) return [];
    return this.#findIn(this.#document, lowerLabels(labels), true);
  }

  /**
   * {@linkcode FieldFinder.findAll}, and for labels no other section prints (the funding's), their exact
   * `label:` hits outside the section too, in line order: a figure printed again further down (under a heading
   * repeated out of order, which does not start a section) is compared with the section's, not left unseen.
   */
  findAllEverywhere(key: SectionKey, labels: readonly string[]): FieldHit[] {
    const section = this.section(key);
    if (!section) return this.findAll(key, labels);
    const wanted = lowerLabels(labels);
    const inside = this.#findIn(section, wanted, false);
    // Outside the section: from its heading to its last line (a repeated block is outside). With colons only, each
    // hit is its own line's and none drops another, so skipping the section's lines in the document's colon lines
    // finds what matching all of them and dropping the hits inside the section would.
    const first = section.heading.number;
    const last = section.lines.at(-1)?.number ?? first;
    const outside = findLowerCase(this.#colonIndex().candidates(wanted), wanted, true, first, last);
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
