/**
 * Parsing one EURA project description (text) into a typed record: the
 * entry that composes the readers of each block of the templates.
 *
 * @module
 */
import { columnLayoutStart } from "./column_layout.ts";
import { diagnostic } from "../diagnostics.ts";
import { ProjectBuilder } from "./builder.ts";
import { readContacts } from "./contacts.ts";
import { FieldFinder } from "./fields.ts";
import { readIndicators } from "./figures.ts";
import { readFunding } from "./funding.ts";
import { readClassification, readGenderEquality, readSustainability } from "./horizontal.ts";
import { CODE_LABELS, codeKey, detectPeriod, headerLine, readIdentity, readOrganisation } from "./identity.ts";
import { type Line, numberedLine, type SectionKey, sectionLines } from "./sections.ts";
import { splitNormalLines } from "./split_lines.ts";
import type { RareRuns } from "./rare_runs.ts";
import { splitDocuments } from "./split_documents.ts";
import { withoutPageFurniture } from "./page_furniture.ts";
import { readArea, readTexts, TEXT_SECTIONS } from "./texts.ts";
import { fitsSchema } from "./fits_schema.ts";
import { type Diagnostic, type ParsedDocument, type Project, ProjectSchema } from "../schema.ts";

/** Options of {@linkcode parseDocument} and {@linkcode parseDocuments}. */
export interface ParseDocumentOptions {
  /**
   * The file name recorded in the record and its diagnostics.
   * @default {"<text>"}
   */
  sourceFile?: string;
  /**
   * The encoding the text was decoded from, recorded as `source_encoding`.
   * @default {"utf-8"}
   */
  encoding?: string;
  /**
   * The runs of `RARE` in the text as the decoder found them (`decodeWithRuns`), so the text is not scanned for them
   * again; runs of another text are not used.
   * @default {null}
   */
  runs?: RareRuns | null;
}

/** What {@linkcode parseDocument} found: a project (or none) and the diagnostics. */
export interface ParseDocumentResult {
  document: ParsedDocument | null;
  diagnostics: Diagnostic[];
}

/** What {@linkcode parseDocuments} found: every project of the text, in order, and the diagnostics. */
export interface ParseDocumentsResult {
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

/** Whether a record certainly fits {@linkcode ProjectSchema} (see `fits_schema.ts`). */
const fitsProject = fitsSchema(ProjectSchema);

/** The sections each template is expected to have. */
const EXPECTED_SECTIONS: Record<Project["programme_period"], readonly SectionKey[]> = {
  "2007-2013": [
    "project",
    "organisation",
    "area",
    "target_groups",
    "indirect_target_groups",
    "participants",
    "jobs",
    "enterprises",
    "degrees",
    "summary",
    "communication_plan",
    "dissemination_plan",
    "funding",
    "horizontal_classification",
    "final_report",
  ],
  "2014-2020": [
    "project",
    "organisation",
    "summary",
    "target_groups",
    "indirect_target_groups",
    "funding",
    "area",
    "companies",
    "participants",
    "gender_equality",
    "sustainability",
    "final_report",
  ],
};

/**
 * A text's lines (NFC) as documents, its print's page furniture left out, and the warnings that say so (see
 * `page_furniture.ts`) or that it is in columns of spaces (see `column_layout.ts`); `runs`: see
 * {@linkcode ParseDocumentOptions.runs}.
 */
function documentLines(
  text: string,
  file: string,
  runs: RareRuns | null = null,
): { split: Line[][]; furniture: Diagnostic[]; tabbed: boolean } {
  const { normal, lines: all, indented, tabbed } = splitNormalLines(text, runs);
  const { lines, dropped } = withoutPageFurniture(normal, all);
  const furniture = dropped.length === 0
    ? []
    : [diagnostic("page_furniture", { file, line: dropped[0]! }, dropped.length, dropped.slice(0, LISTED_STARTS))];
  const columns = columnLayoutStart(normal, indented);
  if (columns !== null) furniture.push(diagnostic("column_layout", { file, line: columns }));
  return { split: splitDocuments(lines), furniture, tabbed };
}

/**
 * The most starts of a file's descriptions a `several_documents` warning lists: each names its own by its line, and
 * a file of 300 joined descriptions would otherwise list all 300 in each of its 299 warnings.
 */
const LISTED_STARTS = 10;

/**
 * Parses a text that may hold several project descriptions one after
 * another (exports joined into one file): each becomes a document, with the
 * line numbers of the whole text, and a `several_documents` warning at the
 * start of each after the first. The text is normalised to NFC first, so
 * decomposed letters (as macOS writes them) read as composed ones. Never
 * throws; a text that is no project description gives a
 * `not_a_project_description` error and no document.
 *
 * @example Usage
 * ```ts
 * import { parseDocuments } from "./parse_document.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const one = (code: string) => `Hankekoodi: ${code}\n5 Projektin julkinen rahoitus, euroa\nToteutunut julkinen rahoitus yhteensä: 1 000`;
 * const { documents } = parseDocuments(`${one("S29998")}\n${one("S29999")}`);
 * assertEquals(documents.map((d) => [d.project.project_code, d.sourceLines.funding_public_actual]), [["S29998", 3], ["S29999", 6]]);
 * ```
 */
export function parseDocuments(text: string, options: ParseDocumentOptions = {}): ParseDocumentsResult {
  const file = options.sourceFile ?? "<text>";
  const { split, furniture, tabbed } = documentLines(text, file, options.runs);
  const encoding = options.encoding ?? "utf-8";
  const parts = split.map((lines, i) => parseLines(lines, file, encoding, i === split.length - 1, tabbed));
  const documents = parts.flatMap((part) => part.document ? [part.document] : []);
  const diagnostics = [...furniture, ...parts.flatMap((part) => part.diagnostics)];
  const starts = documents.slice(0, LISTED_STARTS).map((document) => document.firstLine);
  documents.forEach((document, i) => {
    if (i === 0) return;
    const place = { file, line: document.firstLine, project_code: document.project.project_code };
    diagnostics.push(diagnostic("several_documents", place, documents.length, i + 1, starts));
  });
  return { documents, diagnostics };
}

/**
 * Parses the text of one project description, of either template, into a
 * typed record. Never throws: a text that is no project description gives a
 * `not_a_project_description` error and no document; a project with missing
 * sections or unreadable values is kept, with a warning for each gap. A text
 * of several descriptions gives the first, with a `several_documents`
 * warning (read them all with {@linkcode parseDocuments}).
 *
 * @example Usage
 * ```ts
 * import { parseDocument } from "./parse_document.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const text = [
 *   "Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus",
 *   "1 Hanke",
 *   "Hankekoodi: S29999",
 *   "5 Projektin julkinen rahoitus, euroa",
 *   "Suunniteltu julkinen rahoitus yhteensä: 1 122 206",
 *   "9 Loppuraportin tiivistelmä",
 *   "",
 * ].join("\n");
 * const { document } = parseDocument(text, { sourceFile: "example.txt" });
 * assertEquals(document?.project.project_code, "S29999");
 * assertEquals(document?.project.funding_public_planned, 1122206);
 * assertEquals(document?.sourceLines.funding_public_planned, 5);
 * ```
 */
export function parseDocument(
  text: string,
  options: ParseDocumentOptions = {},
): ParseDocumentResult {
  const file = options.sourceFile ?? "<text>";
  const { split: parts, furniture, tabbed } = documentLines(text, file);
  const first = parseLines(parts[0]!, file, options.encoding ?? "utf-8", parts.length === 1, tabbed);
  first.diagnostics.unshift(...furniture);
  if (parts.length > 1 && first.document) {
    const place = { file, line: parts[1]![0]!.number, project_code: first.document.project.project_code };
    first.diagnostics.push(
      diagnostic(
        "several_documents_first_only",
        place,
        parts.length,
        parts.slice(0, LISTED_STARTS).map((p) => p[0]!.number),
      ),
    );
  }
  return first;
}

/**
 * A file cut off inside a value's line (a document's last line with text holds a value, and sections the template
 * has are missing): that value may be cut ("614" of "614 153", "Kemi-Tornio alueen" of a name) and is not read. In
 * the file's last document the line may end the file or be followed by one line break: an editor adds the break a cut
 * export lacks, so a cut inside the line and a cut at its end look the same. A blank line after it shows the line
 * whole: its values are read. A yes or no, and the long texts (kept however far they go), are read as they are.
 */
function unreadCutValues(
  builder: ProjectBuilder,
  lines: readonly Line[],
  sectionsMissing: boolean,
  atFileEnd: boolean,
): void {
  if (!sectionsMissing) return;
  // The file's last document may end in one line break an editor added; one that another follows ends where its
  // lines end (a blank line after its last line shows that line whole).
  const lastText = lines.findLastIndex((line) => line.text.trim() !== "");
  if (lastText < 0 || lines.length - 1 - lastText > (atFileEnd ? 1 : 0)) return;
  const last = lines[lastText]!;
  for (const [column, line] of Object.entries(builder.sourceLines)) {
    const value = builder.project[column as keyof typeof builder.project];
    // A yes or no cut is no longer one (and is said unreadable); a figure, code, date or name cut is another value.
    const cuttable = value !== null && typeof value !== "boolean" && !Array.isArray(value);
    if (line !== last.number || !cuttable || CUT_KEPT.has(column)) continue;
    (builder.project as Record<string, unknown>)[column] = null;
    builder.diagnose(atFileEnd ? "value_at_cut" : "value_at_document_end", line, column);
  }
}

/** Every text in a record or list of records (in place), its tabs as spaces: the tabs of cells apart in `splitLines`. */
function withoutTabs(value: object): void {
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof item === "string" && item.includes("\t")) {
      (value as Record<string, unknown>)[key] = item.replaceAll("\t", " ");
    } else if (item !== null && typeof item === "object") withoutTabs(item);
  }
}

/** Columns a cut leaves as they are: the long texts, which are kept however far they go. */
const CUT_KEPT = new Set<string>(TEXT_SECTIONS.map(([column]) => column));

/**
 * Parses the lines of one project description (line numbers as in the file). `tabbed`: whether any line of the file
 * keeps a tab (see `splitIndentedLines`); when none does, this document's lines are not searched for one.
 */
function parseLines(
  lines: readonly Line[],
  file: string,
  encoding: string,
  atFileEnd: boolean,
  tabbed: boolean,
): ParseDocumentResult {
  const header = headerLine(lines);
  const period = detectPeriod(header, lines);
  const finder = new FieldFinder(sectionLines(lines, period));
  const codeHits = finder.findAll("project", CODE_LABELS);
  if (!header && codeHits.length === 0) {
    return { document: null, diagnostics: [diagnostic("not_a_project_description", { file })] };
  }
  const builder = new ProjectBuilder(period, file, encoding);
  const codeHit = builder.agreed(codeHits, "project_code", CODE_LABELS[period === "2007-2013" ? 0 : 1]!, codeKey);

  readIdentity(builder, finder, header, codeHit, period);
  const missingSections = EXPECTED_SECTIONS[period].filter((key) => !finder.has(key));
  for (const key of missingSections) builder.missingSection(key, numberedLine(lines, key, period));
  readOrganisation(builder, finder, period);
  const areas = readArea(builder, finder);
  readTexts(builder, finder, EXPECTED_SECTIONS[period]);
  readIndicators(builder, finder, period);
  readFunding(builder, finder);
  if (period === "2007-2013") readClassification(builder, finder);
  const genderEquality = period === "2014-2020" ? readGenderEquality(builder, finder) : [];
  const sustainabilityScores = period === "2014-2020" ? readSustainability(builder, finder) : [];
  const contacts = readContacts(builder, finder, period);
  unreadCutValues(builder, lines, missingSections.length > 0, atFileEnd);

  // zod is asked only about a record the quick test cannot pass: for its message, or for a yes after all.
  const valid = fitsProject(builder.project) ? null : ProjectSchema.safeParse(builder.project);
  if (valid?.success === false) {
    builder.diagnose("invalid_record", null, valid.error.message);
  }
  const code = builder.project.project_code;
  const withCode = <T>(rows: T[]) => rows.map((row) => ({ ...row, project_code: code }));
  // A tab between digits is kept in the lines for the figure readers (cells side by side); a text value has spaces.
  if (tabbed && lines.some((line) => line.text.includes("\t"))) {
    for (const part of [builder.project, areas, sustainabilityScores, genderEquality, contacts]) withoutTabs(part);
  }
  return {
    document: {
      project: builder.project,
      sourceLines: builder.sourceLines,
      areas: withCode(areas),
      sustainabilityScores: withCode(sustainabilityScores),
      genderEquality: withCode(genderEquality),
      contacts: withCode(contacts),
      firstLine: lines[0]?.number ?? 1,
      lastLine: lines.at(-1)?.number ?? 1,
    },
    diagnostics: builder.diagnostics,
  };
}
