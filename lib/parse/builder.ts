/**
 * The project record under construction: values set field by field with the
 * line each came from, and the diagnostics of what was missing or unreadable.
 *
 * @module
 */
import { diagnostic, type DiagnosticMessageKey, type MessageValues, quotable } from "../diagnostics.ts";
import type { FieldFinder, FieldHit } from "./fields.ts";
import { runsIntoLabel } from "./label_match.ts";
import { holdsEmailAddress } from "./email_address.ts";
import { endsUnfinished, joinWrapped } from "./join_wrapped.ts";
import { type Line, type SectionKey, sectionName } from "./sections.ts";
import { type Diagnostic, type Project, type ProjectColumn, ProjectSchema, type SourceLines } from "../schema.ts";
import type { ValueResult } from "./values.ts";

/** A programme period, as the template tells it. */
export type Period = Project["programme_period"];

/** Builds the project record field by field, noting lines and gaps. */
export class ProjectBuilder {
  readonly project: Project;
  readonly sourceLines: SourceLines = {};
  readonly diagnostics: Diagnostic[] = [];
  readonly #file: string;

  constructor(period: Period, file: string, encoding: string) {
    this.#file = file;
    this.project = emptyProject(period, file, encoding);
  }

  set<K extends ProjectColumn>(column: K, value: Project[K], line: number | undefined): void {
    this.project[column] = value;
    if (line !== undefined) this.sourceLines[column] = line;
  }

  /** Records a diagnostic about this document at the line (null: the whole document). */
  diagnose<K extends DiagnosticMessageKey>(key: K, line: number | null, ...values: MessageValues<K>): void {
    // What the document prints, quoted at most so long (a 1 MB line is named, not copied); the schema's own report whole.
    const quoted = key === "invalid_record" ? values : values.map((value) => quotable(value)) as MessageValues<K>;
    this.diagnostics.push(
      diagnostic(key, { file: this.#file, line, project_code: this.project.project_code }, ...quoted),
    );
  }

  /** Sets a value read from a hit, warning when it could not be read (the label as printed). */
  setRead<K extends ProjectColumn>(
    column: K,
    hit: FieldHit,
    result: ValueResult<NonNullable<Project[K]>>,
    label: string,
  ): void {
    if (result.problem !== undefined) {
      this.diagnose("unreadable_value", hit.line, label, column, result.problem);
      this.sourceLines[column] = hit.line;
      return;
    }
    this.set(column, result.value as Project[K], hit.line);
  }

  /**
   * The one hit of a field printed once or more: the first, when every
   * non-empty hit agrees on `key` (the value as read; by default the text
   * with its spaces made one). When they differ, a `conflicting_values`
   * warning names each value and its line, the column keeps the first
   * hit's line, and the result is null: a figure is right or null, never
   * the first of two. Undefined when there is no hit.
   */
  agreed(
    hits: readonly FieldHit[],
    column: ProjectColumn,
    label: string,
    key: (value: string) => string = plainText,
  ): FieldHit | null | undefined {
    const filled = hits.filter((hit) => hit.value !== "");
    const compared = filled.length > 0 ? filled : hits;
    if (compared.length <= 1) return compared[0];
    // Each value's first hit, in one pass (a file can print a label hundreds of thousands of times).
    const firstOf = new Map<string, FieldHit>();
    for (const hit of compared) {
      const k = key(hit.value);
      if (!firstOf.has(k)) firstOf.set(k, hit);
    }
    if (firstOf.size === 1) return compared[0];
    const distinct = [...firstOf.values()];
    const listed = distinct.slice(0, MAX_LISTED_VALUES);
    this.diagnose(
      "conflicting_values",
      compared[0]!.line,
      label,
      column,
      listed.map((hit) => hit.value),
      listed.map((hit) => hit.line),
      distinct.length - listed.length,
    );
    this.sourceLines[column] = compared[0]!.line;
    return null;
  }

  /**
   * Sets a text column from the value of the labels in the section (null
   * when the section prints it twice differently); an expected one that is
   * missing from a present section is a gap. `everywhere`: the labels' exact
   * `label:` lines in other sections are compared too (see
   * `FieldFinder.findAllEverywhere`).
   */
  setText(
    finder: FieldFinder,
    section: SectionKey,
    column: ProjectColumn,
    labels: readonly string[],
    expected: boolean,
    anywhere = true,
    everywhere = false,
  ): void {
    const hits = everywhere ? finder.findAllEverywhere(section, labels) : finder.findAll(section, labels, anywhere);
    const hit = this.agreed(hits, column, labels[0]!);
    if (hit === null) return;
    if (hit && hit.value !== "") {
      const value = this.wholeValue(finder, hit, column, labels[0]!);
      // A value run into the next field's label (`… ympäristökeskus Toteuttajaorganisaation nimi: …`): not read.
      if (runsIntoLabel(value)) this.setRead(column, hit, labelInValue(value), labels[0]!);
      else if (isContact(value, column)) {
        this.setRead(column, hit, { value: null, problem: { key: "contact_in_value", raw: value } }, labels[0]!);
      } else this.set(column, value as never, hit.line);
      return;
    }
    // A label with nothing after it, and text without a label under it: the value wrapped onto the next line whole
    // (a long address or name); not guessed, said on that line.
    const under = hit ? finder.unlabelledLineAfter(hit.line) : undefined;
    if (under) this.diagnose("value_may_go_on", under.number, labels[0]!, column);
    else if (expected && finder.has(section)) this.missingField(column, labels[0]!, section, finder);
  }

  /**
   * A name's or title's whole value: its line, and the lines it goes on to when it ends unfinished
   * (`elinkeino-,` / `liikenne- ja` / `ympäristökeskus`: see `endsUnfinished`), joined as a text export's hard wrap
   * joins them. A line of text without a label after it may be the rest of it, wrapped at a word that does not say
   * so: not guessed into it, but said (`value_may_go_on`, on that line); unless `known` says the value is no known
   * text (a programme's title) and that it and the lines of text right after it (up to {@linkcode MAX_KNOWN_WRAPS})
   * are one: then they are joined.
   */
  wholeValue(
    finder: FieldFinder,
    hit: FieldHit,
    column: string,
    label: string,
    known?: (value: string) => boolean,
  ): string {
    const continued = finder.continuedLines(hit, endsUnfinished);
    const last = continued.at(-1) ?? { number: hit.line, text: hit.value };
    const join = (lines: readonly string[]) => lines.reduce((before, after) => joinWrapped(before, after, true));
    const value = join([hit.value, ...continued.map((line) => line.text)]);
    // A value that still ends unfinished (`… ympäristökeskus,`) goes on whatever the next line is, even `Label:`-like.
    const stray = finder.unlabelledLineAfter(last.number, endsUnfinished(last.text));
    if (!stray) return value;
    if (known && !known(value)) {
      const rest = [stray];
      for (let k = 0; k < MAX_KNOWN_WRAPS; k++) {
        const whole = join([value, ...rest.map((line) => line.text)]);
        if (known(whole)) return whole;
        const next = finder.unlabelledLineAfter(rest.at(-1)!.number);
        if (!next) break;
        rest.push(next);
      }
    }
    this.diagnose("value_may_go_on", stray.number, label, column);
    return value;
  }

  /** A field of a present section is absent: a warning at the section's heading. */
  missingField(column: string, label: string, section: SectionKey, finder: FieldFinder): void {
    this.diagnose("missing_field", finder.section(section)?.heading.number ?? null, label, column);
  }

  /** A section the template should have is absent; `near`: a line that starts with its number, its heading reworded. */
  missingSection(key: SectionKey, near?: Line): void {
    const name = sectionName(key, this.project.programme_period);
    if (near) this.diagnose("missing_section_near", near.number, name, near.text);
    else this.diagnose("missing_section", null, name);
  }
}

/** A value run into another field's label, as no value. */
export const labelInValue = (raw: string): ValueResult<never> => ({
  value: null,
  problem: { key: "label_in_value", raw },
});

/** A phone number as the whole value (`040 718 1414`, `(016) 341 2954`, `+358 40 123 4567`). */
const PHONE = /^(?:\+\d|\(?0)[\d\s()\-\/]{5,}$/u;

/**
 * Whether a text field's value holds a contact's e-mail address (see `email_address.ts`), or is a phone number (a contact's detail landed in
 * the field): no column {@linkcode ProjectBuilder.setText} reads is either (a business ID, `0174666-4`, is no phone).
 */
const isContact = (value: string, column: ProjectColumn) =>
  holdsEmailAddress(value) || (column !== "business_id" && PHONE.test(value.trim()));

/** The most lines of text after a value that {@linkcode ProjectBuilder.wholeValue} joins to make a known text. */
const MAX_KNOWN_WRAPS = 3;

/** The most different values a conflict lists; it counts the others. */
const MAX_LISTED_VALUES = 10;

/** A text compared as read: spaces made one. */
const plainText = (value: string) => value.replace(/\s+/g, " ").trim();

/** Every column of the schema, null, in the schema's order. */
const NULL_PROJECT: Readonly<Record<string, null>> = Object.fromEntries(
  Object.keys(ProjectSchema.shape).map((column) => [column, null]),
);

function emptyProject(period: Period, file: string, encoding: string): Project {
  return {
    ...NULL_PROJECT,
    programme_period: period,
    co_implementers: [],
    regions: [],
    subregions: [],
    municipalities: [],
    source_file: file,
    source_encoding: encoding,
  } as unknown as Project;
}
