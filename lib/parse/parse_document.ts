/**
 * Parsing one EURA project description (text) into a typed record: the
 * entry that composes the readers of each block of the templates.
 *
 * @module
 */
import { diagnostic } from "../diagnostics.ts";
import { ProjectBuilder } from "./builder.ts";
import { readContacts } from "./contacts.ts";
import { FieldFinder } from "./fields.ts";
import { readFunding, readIndicators } from "./figures.ts";
import { readClassification, readGenderEquality, readSustainability } from "./horizontal.ts";
import { detectPeriod, HEADER, readIdentity, readOrganisation } from "./identity.ts";
import { sectionDocument, type SectionKey } from "./sections.ts";
import { readArea, readTexts } from "./texts.ts";
import { type Diagnostic, type ParsedDocument, type Project, ProjectSchema } from "../schema.ts";

/** Options of {@linkcode parseDocument}. */
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
}

/** What {@linkcode parseDocument} found: a project (or none) and the diagnostics. */
export interface ParseDocumentResult {
  document: ParsedDocument | null;
  diagnostics: Diagnostic[];
}

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
 * Parses the text of one project description, of either template, into a
 * typed record. Never throws: a text that is no project description gives a
 * `not_a_project_description` error and no document; a project with missing
 * sections or unreadable values is kept, with a warning for each gap.
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
  const sectioned = sectionDocument(text);
  const finder = new FieldFinder(sectioned);
  const header = sectioned.lines.find((line) => HEADER.test(line.text));
  const codeHit = finder.find("project", ["Projektikoodi", "Hankekoodi"]);
  if (!header && !codeHit) {
    return { document: null, diagnostics: [diagnostic("not_a_project_description", { file })] };
  }
  const period = detectPeriod(header, codeHit, sectioned.lines);
  const builder = new ProjectBuilder(period, file, options.encoding ?? "utf-8");

  readIdentity(builder, finder, header, codeHit, period);
  for (const key of EXPECTED_SECTIONS[period]) {
    if (!finder.has(key)) builder.missingSection(key);
  }
  readOrganisation(builder, finder, period);
  const areas = readArea(builder, finder);
  readTexts(builder, finder);
  readIndicators(builder, finder, period);
  readFunding(builder, finder);
  if (period === "2007-2013") readClassification(builder, finder);
  const genderEquality = period === "2014-2020" ? readGenderEquality(builder, finder) : [];
  const sustainabilityScores = period === "2014-2020" ? readSustainability(builder, finder) : [];
  const contacts = readContacts(builder, finder, period);

  const valid = ProjectSchema.safeParse(builder.project);
  if (!valid.success) {
    builder.diagnose("invalid_record", null, valid.error.message);
  }
  const code = builder.project.project_code;
  return {
    document: {
      project: builder.project,
      sourceLines: builder.sourceLines,
      areas: areas.map((area) => ({ ...area, project_code: code })),
      sustainabilityScores: sustainabilityScores.map((score) => ({
        ...score,
        project_code: code,
      })),
      genderEquality: genderEquality.map((answer) => ({
        ...answer,
        project_code: code,
      })),
      contacts: contacts.map((contact) => ({ ...contact, project_code: code })),
    },
    diagnostics: builder.diagnostics,
  };
}
