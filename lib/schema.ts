/**
 * The zod schemas of the parsed corpus: the one source of truth for column
 * names, types and descriptions. The DataFrame dtypes (`to_dataframe.ts`) and
 * the data dictionary in the README (`data_dictionary.ts`) are derived from
 * these objects, so a column is added or renamed here and nowhere else.
 *
 * The schemas are tables of columns: their entries share a shape by design
 * (a name, a type, a description), and several tables share the provenance
 * columns `project_code`, `source_file` and `source_line`.
 *
 * @module
 */
import { z } from "zod";

const text = (description: string) => z.string().nullable().describe(description);
const count = (description: string) => z.int().nonnegative().nullable().describe(description);
const euros = (description: string) => z.number().nullable().describe(description);
const isoDate = (description: string) => z.iso.date().nullable().describe(description);
const textList = (description: string) => z.array(z.string()).describe(description);
const yesNo = (description: string) => z.boolean().nullable().describe(description);

/** Programme periods, recognised from the document template. */
export const PROGRAMME_PERIODS = ["2007-2013", "2014-2020"] as const;
/** Funds: ESR (European Social Fund) and EAKR (European Regional Development Fund). */
export const FUNDS = ["ESR", "EAKR"] as const;
/** The status as normalised from `Toiminnan tila`. */
export const STATUSES = ["ended", "active", "interrupted", "other"] as const;
/** A normalised status. */
export type Status = typeof STATUSES[number];

/** The four funding figures, by column, with the label documents and the official register print them under. */
export const FUNDING_LABELS = {
  funding_eu_state_granted: "Myönnetty EU- ja valtion rahoitus",
  funding_eu_state_actual: "Toteutunut EU- ja valtion rahoitus",
  funding_public_planned: "Suunniteltu julkinen rahoitus yhteensä",
  funding_public_actual: "Toteutunut julkinen rahoitus yhteensä",
} as const;
/** A funding column. */
export type FundingColumn = keyof typeof FUNDING_LABELS;

/** A co-implementer (Osatoteuttaja) of a 2014–2020 joint project. */
export const CoImplementerSchema = z.object({
  name: z.string().describe("Name of the co-implementing organisation, as printed."),
  business_id: z.string().nullable().describe("Its Y-tunnus (business ID), null when not printed."),
});
export type CoImplementer = z.infer<typeof CoImplementerSchema>;

/**
 * One project: a row of the projects frame. Field order is column order.
 */
export const ProjectSchema = z.object({
  // identity
  project_code: z.string().nullable().describe(
    "EURA project code (Projektikoodi / Hankekoodi), e.g. S11547. Null only when the document lost it (an error diagnostic says so).",
  ),
  programme_period: z.enum(PROGRAMME_PERIODS).describe(
    'Programme period, from the template: "projektin kuvaus" is 2007-2013, "hankkeen kuvaus" is 2014-2020.',
  ),
  fund: z.enum(FUNDS).nullable().describe(
    'Fund from the header ("(ESR)" or "(EAKR)"), else from the code prefix (S = ESR, A = EAKR).',
  ),
  name: text("Project name (Projektin nimi / Hankkeen nimi)."),
  programme_section: text("Programme section (Osio), 2007-2013 only."),
  priority_axis_code: text('Priority axis number (Toimintalinja), e.g. "4".'),
  priority_axis: text("Priority axis title, the text after its number."),
  specific_objective_code: text('Specific objective number (Erityistavoite), e.g. "6.1"; 2014-2020 only.'),
  specific_objective: text("Specific objective title, the text after its number."),
  project_type: text("Project type (Projektityyppi), 2007-2013 only."),
  start_date: isoDate("Planned start (Suunnitelman mukainen toteutusaika: Alkaa …), ISO date."),
  end_date: isoDate("Planned end (… ja päättyy …), ISO date."),
  status: text("Status as printed (Toiminnan tila)."),
  status_normalised: z.enum(STATUSES).nullable().describe(
    "Status normalised: Toiminta päättynyt = ended, Toiminnassa = active, Keskeytynyt = interrupted, anything else = other; null, with a warning, when it names two (Keskeytynyt (Toiminta päättynyt)). Figures of active projects are interim.",
  ),
  responsible_authority: text("Managing authority (Vastuuviranomainen)."),
  // organisation
  organisation_name: text("Implementing organisation (Toteuttajaorganisaation nimi / Hakijan virallinen nimi)."),
  organisation_type: text("Organisation type (Organisaatiotyyppi), as printed."),
  business_id: text("The organisation's business ID (Y-tunnus)."),
  organisation_website: text("The organisation's web address (Toteuttajaorganisaation Web-osoite / WWW-osoite)."),
  project_website: text("The project's web page (Projektin kotisivun osoite), 2007-2013 only."),
  applicants: text("How the project is applied for (Hakijoiden lukumäärä tai tuen siirto -menettely), 2014-2020 only."),
  co_implementers: z.array(CoImplementerSchema).describe(
    "Co-implementers (Osatoteuttajat) as {name, business_id}; an empty list when none.",
  ),
  // area
  regions: textList("Regions (Maakunnat), in document order."),
  subregions: textList("Sub-regions (Seutukunnat), in document order."),
  municipalities: textList("Municipalities (Kunnat), in document order."),
  // target groups
  target_groups: text("Direct target groups (Varsinaiset kohderyhmät), text."),
  indirect_target_groups: text("Indirect target groups (Välilliset kohderyhmät), text."),
  // indicators
  participants_planned: count("Participants who started, planned (Aloittaneet / Osallistuvat henkilöt: Suunniteltu)."),
  participants_planned_women: count("Of the planned participants, women (2007-2013 only)."),
  participants_actual: count("Participants who started, actual per monitoring (Toteutunut seurantatietojen mukaan)."),
  participants_actual_women: count("Of the actual participants, women (2007-2013 only)."),
  jobs_planned: count("New jobs, planned (2007-2013 §4.1)."),
  jobs_planned_women: count("New jobs for women, planned."),
  jobs_actual: count("New jobs, actual."),
  jobs_actual_women: count("New jobs for women, actual."),
  enterprises_planned: count("New enterprises, planned (2007-2013 §4.2)."),
  enterprises_planned_women: count("New enterprises founded by women, planned."),
  enterprises_actual: count("New enterprises, actual."),
  enterprises_actual_women: count("New enterprises founded by women, actual."),
  degrees_planned: count("Degrees completed, planned (2007-2013 §4.3)."),
  degrees_planned_women: count("Degrees completed by women, planned."),
  degrees_actual: count("Degrees completed, actual."),
  degrees_actual_women: count("Degrees completed by women, actual."),
  companies_participating_planned: count("Participating companies, planned (2014-2020 §7.1)."),
  companies_participating_actual: count("Participating companies, actual (2014-2020 §7.1)."),
  // funding
  funding_eu_state_granted: euros(`EU and state funding granted (${FUNDING_LABELS.funding_eu_state_granted}), EUR.`),
  funding_eu_state_actual: euros(`EU and state funding realised (${FUNDING_LABELS.funding_eu_state_actual}), EUR.`),
  funding_public_planned: euros(`Planned public funding in total (${FUNDING_LABELS.funding_public_planned}), EUR.`),
  funding_public_actual: euros(`Realised public funding in total (${FUNDING_LABELS.funding_public_actual}), EUR.`),
  // 2007-2013 classification
  class_equality: text("Horizontal classification: gender equality (Tasa-arvo), as printed; 2007-2013."),
  class_sustainability: text("Horizontal classification: sustainable development (Kestävä kehitys); 2007-2013."),
  class_partnership: text("Horizontal classification: partnership (Kumppanuus); 2007-2013."),
  class_innovation: text("Horizontal classification: innovativeness (Innovatiivisuus); 2007-2013."),
  // 2014-2020 horizontal principles
  gender_analysis_done: yesNo(
    "Gender analysis of the operating environment done (Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta); 2014-2020.",
  ),
  gender_mainstreamed: yesNo("Gender perspective mainstreamed (valtavirtaistaminen); 2014-2020."),
  gender_equality_main_goal: yesNo("Gender equality is the main goal (päätavoite); 2014-2020."),
  // text
  summary: text("Planned summary of the implementation (Suunnitelman mukainen tiivistelmä toteutuksesta)."),
  communication_plan: text("Communication plan (Tiedotussuunnitelma), 2007-2013."),
  dissemination_plan: text("Plan for disseminating good practices, 2007-2013."),
  final_report_summary: text('Final report summary (Loppuraportin tiivistelmä); null when "-" or empty.'),
  // provenance
  source_file: z.string().describe("The file the row was parsed from, as given on the command line or to loadCorpus."),
  source_encoding: z.string().describe(
    "The text encoding the file was decoded from (utf-8, utf-16le, utf-16be, windows-1252; pdf for a PDF's text layer).",
  ),
});
export type Project = z.infer<typeof ProjectSchema>;
/** A column of the projects frame. */
export type ProjectColumn = keyof Project;

/** A derived metric: numerator ÷ denominator, both columns of the projects frame. */
export interface RatioDefinition {
  column: string;
  numerator: ProjectColumn;
  denominator: ProjectColumn;
  /** What the ratio is, beyond the formula (for the data dictionary). */
  note?: string;
}

/** Every derived metric, in column order: the one definition of each ratio. */
export const DERIVED_METRICS = [
  { column: "participant_realisation", numerator: "participants_actual", denominator: "participants_planned" },
  { column: "women_share_planned", numerator: "participants_planned_women", denominator: "participants_planned" },
  { column: "women_share_actual", numerator: "participants_actual_women", denominator: "participants_actual" },
  { column: "funding_utilisation", numerator: "funding_public_actual", denominator: "funding_public_planned" },
  {
    column: "funding_utilisation_eu_state",
    numerator: "funding_eu_state_actual",
    denominator: "funding_eu_state_granted",
  },
  {
    column: "company_realisation",
    numerator: "companies_participating_actual",
    denominator: "companies_participating_planned",
  },
  {
    column: "cost_per_participant",
    numerator: "funding_public_actual",
    denominator: "participants_actual",
    note: "realised public funding per participant, EUR",
  },
  {
    column: "cost_per_woman_participant",
    numerator: "funding_public_actual",
    denominator: "participants_actual_women",
    note: "realised public funding per woman participant, EUR",
  },
  {
    column: "cost_per_new_job",
    numerator: "funding_public_actual",
    denominator: "jobs_actual",
    note: "realised public funding per new job, EUR (2007-2013)",
  },
  {
    column: "cost_per_new_enterprise",
    numerator: "funding_public_actual",
    denominator: "enterprises_actual",
    note: "realised public funding per new enterprise, EUR (2007-2013)",
  },
  {
    column: "cost_per_participating_company",
    numerator: "funding_public_actual",
    denominator: "companies_participating_actual",
    note: "realised public funding per participating company, EUR (2014-2020)",
  },
  {
    column: "cost_per_degree",
    numerator: "funding_public_actual",
    denominator: "degrees_actual",
    note: "realised public funding per completed degree, EUR (2007-2013)",
  },
] as const satisfies readonly RatioDefinition[];

/** The derived metrics that are costs per result (euros), in column order; a result of 0 gives null, never Infinity. */
export const COST_METRICS = [
  "cost_per_participant",
  "cost_per_woman_participant",
  "cost_per_new_job",
  "cost_per_new_enterprise",
  "cost_per_participating_company",
  "cost_per_degree",
] as const satisfies readonly DerivedMetricColumn[];

/** The printed project type (Projektityyppi) that says a project has no participants of its own. */
export const PROJECT_TYPE_WITHOUT_PARTICIPANTS = "Projekti, jossa ei ole henkilöitä mukana";
/** The printed project type that says a project has participants. */
export const PROJECT_TYPE_WITH_PARTICIPANTS = "Projekti, jossa on henkilöitä mukana";

/** A derived metric's column. */
export type DerivedMetricColumn = typeof DERIVED_METRICS[number]["column"];

/** Derived per-project metrics, appended to the projects frame (fractions, except the euros of a cost). */
export const DerivedMetricsSchema = z.object(
  Object.fromEntries(
    DERIVED_METRICS.map((metric: RatioDefinition) => [
      metric.column,
      z.number().nullable().describe(
        `${metric.numerator} / ${metric.denominator}${metric.note ? `: ${metric.note}` : ""}.`,
      ),
    ]),
  ) as Record<DerivedMetricColumn, z.ZodNullable<z.ZodNumber>>,
).extend({
  has_participants: yesNo(
    'From project_type: "… jossa on henkilöitä mukana" = true, "… ei ole …" = false, else null; false: no participant metrics.',
  ),
});
export type DerivedMetrics = z.infer<typeof DerivedMetricsSchema>;

/** One score of the 2014-2020 sustainability table (§8.2 Kestävä kehitys). */
export const SustainabilityScoreSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  category: z.string().nullable().describe("Dimension, e.g. Ekologinen kestävyys."),
  criterion: z.string().describe("Criterion, e.g. Luonnonvarojen käytön kestävyys."),
  direct: z.int().nullable().describe("Direct effect score (Välitön), 0-10."),
  indirect: z.int().nullable().describe("Indirect effect score (Välillinen), 0-10."),
  justification: z.string().nullable().describe("The justification text under the criterion."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().describe("Line of the criterion in the source file."),
  source_page: sourcePage(),
});
export type SustainabilityScore = z.infer<typeof SustainabilityScoreSchema>;

/** One answer of the 2014-2020 gender-equality questions (§8.1). */
export const GenderEqualityAnswerSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  question: z.enum([
    "gender_analysis_done",
    "gender_mainstreamed",
    "gender_equality_main_goal",
  ])
    .describe("Which question, named as its projects-frame column."),
  question_text: z.string().describe("The question as printed."),
  answer: z.boolean().nullable().describe("Kyllä = true, Ei = false, null when unreadable."),
  justification: z.string().nullable().describe("The justification text under the answer."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().describe("Line of the answer in the source file."),
  source_page: sourcePage(),
});
export type GenderEqualityAnswer = z.infer<typeof GenderEqualityAnswerSchema>;

/** One place of a project's target area, in document order. */
export const AreaSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  level: z.enum(["region", "subregion", "municipality"]).describe(
    "Maakunta, Seutukunta or Kunta.",
  ),
  name: z.string().describe("Name as printed."),
  position: z.int().describe("0-based position within its list."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().describe("Line of the list in the source file."),
  source_page: sourcePage(),
});
export type Area = z.infer<typeof AreaSchema>;

/**
 * Contact details of people and offices: personal data. Kept apart from the
 * projects frame and never written by any export unless asked for by name.
 */
export const ContactSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  role: z.enum([
    "organisation",
    "responsible_person",
    "contact_person",
    "implementation_site",
  ])
    .describe("Whose details these are."),
  name: z.string().nullable().describe("Person's name."),
  position: z.string().nullable().describe("Person's position (Asema)."),
  email: z.string().nullable().describe("E-mail, as printed ((at) kept)."),
  phone: z.string().nullable().describe("Phone number, as printed."),
  address: z.string().nullable().describe("Street or postal address."),
  postal_code: z.string().nullable().describe("Postal code."),
  city: z.string().nullable().describe("Post office (Postitoimipaikka)."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().nullable().describe("First line of these details in the source file."),
  source_page: sourcePage(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A co-implementer as a row of the long table. */
export const CoImplementerRowSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  position: z.int().describe("0-based position in the document's list."),
  name: z.string().describe("Co-implementer's name."),
  business_id: z.string().nullable().describe("Its Y-tunnus, when printed."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().nullable().describe("Line of the Osatoteuttajat heading."),
  source_page: sourcePage(),
});

/** The forms a project description is read from (text, a saved web page, a PDF print), and the type of one. */
export const DOCUMENT_FORMS = ["text", "html", "pdf"] as const;
export type DocumentForm = typeof DOCUMENT_FORMS[number];

/** The page column of a table with `source_line` (a function, so that the tables above may use it). */
function sourcePage() {
  return z.int().nullable().optional().describe("PDF: page of source_line; else null.");
}

/** Where one value of a project came from. */
export const ProvenanceSchema = z.object({
  project_code: z.string().nullable().describe("The project's code."),
  column: z.string().describe("Column of the projects frame."),
  source_file: z.string().describe("Source file."),
  source_line: z.int().describe("1-based line the value was read from."),
  form: z.enum(DOCUMENT_FORMS).nullable().optional().describe("text, html or pdf (see files.form)."),
  source_page: sourcePage(),
});

/** An input file and what became of it. */
export const FileSchema = z.object({
  file: z.string().describe("Input file."),
  bytes: z.int().describe("Size in bytes."),
  sha256: z.string().nullable().describe("SHA-256 of the bytes, hex."),
  encoding: z.string().nullable().describe("Encoding the file was decoded from."),
  outcome: z.enum(["project", "duplicate", "error"]).describe(
    "A project row, a duplicate of another file, or an error.",
  ),
  project_code: z.string().nullable().describe("The project it holds."),
  kept_file: z.string().nullable().describe("For a duplicate: the file that was kept."),
  first_line: z.int().nullable().describe(
    "Where the project description starts in the file: 1, or later when a file holds several (one row each); null for an error.",
  ),
  form: z.enum(DOCUMENT_FORMS).nullable().optional().describe("How it was read: text, html (a saved page) or pdf."),
  first_page: z.int().nullable().optional().describe("For a PDF print: the page first_line is on; else null."),
});

/** An input file and its fate: a project row, a duplicate of another file, or an error. */
export type CorpusFile = z.infer<typeof FileSchema>;

/** Levels of a diagnostic. */
export const LEVELS = ["error", "warning"] as const;

/** A problem met while reading a file; written as ndjson by `--diagnostics`. */
export const DiagnosticSchema = z.object({
  file: z.string().describe("The file concerned."),
  line: z.int().nullable().describe("1-based line, null when the problem concerns the whole file."),
  level: z.enum(LEVELS).describe("error: the file yields no usable project or lost its identity; warning: a gap."),
  code: z.string().describe("Stable machine-readable code, e.g. missing_field, duplicate."),
  message: z.string().describe("Human-readable sentence."),
  project_code: z.string().nullable().describe("The project concerned, when known."),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** Where each value of a project came from: field name → 1-based line. */
export type SourceLines = Partial<Record<ProjectColumn, number>>;

/** Everything parsed from one document. */
export interface ParsedDocument {
  project: Project;
  sourceLines: SourceLines;
  areas: Area[];
  sustainabilityScores: SustainabilityScore[];
  genderEquality: GenderEqualityAnswer[];
  contacts: Contact[];
  /** The first and last line of the document in its file (a file can hold several, one after another). */
  firstLine: number;
  lastLine: number;
  /** The form of the file it was read from; absent for text. */
  form?: DocumentForm;
  /** For a PDF print: the page each value of `sourceLines` is on (`sourceLines` then counts lines on the page). */
  sourcePages?: SourceLines;
  /** For a PDF print: the page `firstLine` is on. */
  firstPage?: number;
}
