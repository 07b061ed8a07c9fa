/**
 * Parsing one EURA project description (text) into a typed record.
 *
 * @module
 */
import { FieldFinder, type FieldHit } from "./fields.ts";
import { type Line, sectionDocument, type SectionKey, sectionText } from "./sections.ts";
import {
  type Area,
  type CoImplementer,
  type Contact,
  type Diagnostic,
  type GenderEqualityAnswer,
  type ParsedDocument,
  type Project,
  type ProjectColumn,
  ProjectSchema,
  type SourceLines,
  type SustainabilityScore,
} from "../schema.ts";
import {
  normaliseStatus,
  parseAmount,
  parseCodedTitle,
  parseCount,
  parseDateRange,
  parseList,
  parseYesNo,
  type ValueResult,
} from "./values.ts";

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

type Period = Project["programme_period"];

const HEADER = /rahoittaman\s+(projektin|hankkeen)\s+kuvaus/i;
const FUND_IN_HEADER = /\((ESR|EAKR)\)/;

/** The sections each template is expected to have. */
const EXPECTED_SECTIONS: Record<Period, readonly SectionKey[]> = {
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

const SECTION_NAMES: Partial<Record<SectionKey, string>> = {
  project: "Projekti / Hanke",
  organisation: "Projektin toteuttaja / Hakijan perustiedot",
  area: "Maantieteellinen kohdealue",
  target_groups: "Varsinaiset kohderyhmät",
  indirect_target_groups: "Välilliset kohderyhmät",
  participants: "Aloittaneiden / Osallistuvien henkilöiden määrä",
  jobs: "Uusien työpaikkojen määrä",
  enterprises: "Uusien yritysten määrä",
  degrees: "Suoritettujen tutkintojen määrä",
  summary: "Suunnitelman mukainen tiivistelmä toteutuksesta",
  communication_plan: "Tiedotussuunnitelma",
  dissemination_plan: "Suunnitelma hyvien käytäntöjen levittämisestä",
  funding: "Projektin julkinen rahoitus, euroa",
  horizontal_classification: "Horisontaalinen luokittelu",
  companies: "Osallistuvien yritysten lukumäärä",
  gender_equality: "Sukupuolten tasa-arvo",
  sustainability: "Kestävä kehitys",
  final_report: "Loppuraportin tiivistelmä",
};

const GENDER_QUESTIONS = [
  {
    column: "gender_analysis_done",
    prefix: "hankkeessa on tehty toimintaympäristön analyysi",
  },
  { column: "gender_mainstreamed", prefix: "sukupuolinäkökulma on huomioitu" },
  {
    column: "gender_equality_main_goal",
    prefix: "hankkeen päätavoite on sukupuolten tasa-arvo",
  },
] as const;

const SUSTAINABILITY_CATEGORIES = [
  "ekologinen kestävyys",
  "taloudellinen kestävyys",
  "sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus",
];

/** Builds the project record field by field, noting lines and gaps. */
class ProjectBuilder {
  readonly project: Project;
  readonly sourceLines: SourceLines = {};
  readonly diagnostics: Diagnostic[] = [];
  readonly #file: string;

  constructor(period: Period, file: string, encoding: string) {
    this.#file = file;
    this.project = emptyProject(period, file, encoding);
  }

  set<K extends ProjectColumn>(
    column: K,
    value: Project[K],
    line: number | undefined,
  ): void {
    this.project[column] = value;
    if (line !== undefined) this.sourceLines[column] = line;
  }

  diagnose(
    level: Diagnostic["level"],
    code: string,
    message: string,
    line: number | null,
  ): void {
    this.diagnostics.push({
      file: this.#file,
      line,
      level,
      code,
      message,
      project_code: this.project.project_code,
    });
  }

  /** Sets a value read from a hit, warning when it could not be read. */
  setRead<K extends ProjectColumn>(
    column: K,
    hit: FieldHit,
    result: ValueResult<NonNullable<Project[K]>>,
    label: string,
  ): void {
    if (result.problem !== undefined) {
      this.diagnose(
        "warning",
        "unreadable_value",
        `Could not read ${label} (${column}): ${result.problem}.`,
        hit.line,
      );
      this.sourceLines[column] = hit.line;
      return;
    }
    this.set(column, result.value as Project[K], hit.line);
  }

  /**
   * Sets a text column from the first non-empty value of the labels in the
   * section; an expected one that is missing from a present section is a gap.
   */
  setText(
    finder: FieldFinder,
    section: SectionKey,
    column: ProjectColumn,
    labels: readonly string[],
    expected: boolean,
    anywhere = true,
  ): void {
    const hit = finder.find(section, labels, anywhere);
    if (hit && hit.value !== "") this.set(column, hit.value as never, hit.line);
    else if (expected && finder.has(section)) this.missingField(column, labels[0]!, section, finder);
  }

  missingField(
    column: string,
    label: string,
    section: SectionKey,
    finder: FieldFinder,
  ): void {
    const heading = finder.section(section)?.heading.number ?? null;
    this.diagnose(
      "warning",
      "missing_field",
      `No "${label}" line was found for ${column}.`,
      heading,
    );
  }
}

function emptyProject(period: Period, file: string, encoding: string): Project {
  const project: Record<string, unknown> = {};
  for (const column of Object.keys(ProjectSchema.shape)) project[column] = null;
  return {
    ...project,
    programme_period: period,
    co_implementers: [],
    regions: [],
    subregions: [],
    municipalities: [],
    source_file: file,
    source_encoding: encoding,
  } as unknown as Project;
}

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
    return {
      document: null,
      diagnostics: [{
        file,
        line: null,
        level: "error",
        code: "not_a_project_description",
        message: "Not a EURA project description: neither the header " +
          '"… rahoittaman projektin/hankkeen kuvaus" nor a "Projektikoodi:"/"Hankekoodi:" line was found.',
        project_code: null,
      }],
    };
  }
  const period = detectPeriod(header, codeHit, sectioned.lines);
  const builder = new ProjectBuilder(period, file, options.encoding ?? "utf-8");

  readIdentity(builder, finder, header, codeHit, period);
  for (const key of EXPECTED_SECTIONS[period]) {
    if (!finder.has(key)) {
      builder.diagnose(
        "warning",
        "missing_section",
        `Section "${SECTION_NAMES[key] ?? key}" was not found; the document may be truncated.`,
        null,
      );
    }
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
    builder.diagnose(
      "error",
      "invalid_record",
      `The record does not fit the schema: ${valid.error.message}`,
      null,
    );
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

function detectPeriod(
  header: Line | undefined,
  codeHit: FieldHit | undefined,
  lines: readonly Line[],
): Period {
  const word = header?.text.match(HEADER)?.[1]?.toLowerCase();
  if (word === "projektin") return "2007-2013";
  if (word === "hankkeen") return "2014-2020";
  const codeLine = codeHit ? lines[codeHit.line - 1]?.text.toLowerCase() : undefined;
  if (codeLine?.startsWith("hankekoodi")) return "2014-2020";
  if (codeLine?.startsWith("projektikoodi")) return "2007-2013";
  return /^[SA][27]/.test(codeHit?.value ?? "") ? "2014-2020" : "2007-2013";
}

function readIdentity(
  builder: ProjectBuilder,
  finder: FieldFinder,
  header: Line | undefined,
  codeHit: FieldHit | undefined,
  period: Period,
): void {
  const code = codeHit?.value.replace(/\s+/g, "") || null;
  if (codeHit && code) {
    builder.set("project_code", code, codeHit.line);
    if (!/^[A-Z]\d{5}$/.test(code)) {
      builder.diagnose(
        "warning",
        "unusual_value",
        `Project code "${code}" is not of the usual form S12345.`,
        codeHit.line,
      );
    }
    const codePeriod = /^(S1|A[356])/.test(code) ? "2007-2013" : /^(S2|A7)/.test(code) ? "2014-2020" : null;
    if (codePeriod && codePeriod !== period) {
      builder.diagnose(
        "warning",
        "template_mismatch",
        `Project code ${code} belongs to ${codePeriod}, but the document uses the ${period} template.`,
        codeHit.line,
      );
    }
  } else {
    builder.diagnose(
      "error",
      "missing_project_code",
      'The document has no "Projektikoodi:"/"Hankekoodi:" value: the project cannot be identified.',
      codeHit?.line ?? null,
    );
  }

  const fund = header?.text.match(FUND_IN_HEADER)?.[1];
  if (fund === "ESR" || fund === "EAKR") {
    builder.set("fund", fund, header!.number);
  } else if (code?.startsWith("S")) builder.set("fund", "ESR", codeHit!.line);
  else if (code?.startsWith("A")) builder.set("fund", "EAKR", codeHit!.line);
  else {builder.diagnose(
      "warning",
      "missing_field",
      "The fund (ESR or EAKR) could not be recognised.",
      null,
    );}

  const text = (column: ProjectColumn, labels: string[], expected: boolean) =>
    builder.setText(finder, "project", column, labels, expected);
  const is2007 = period === "2007-2013";
  text("name", ["Projektin nimi", "Hankkeen nimi"], true);
  text("programme_section", ["Osio"], is2007);
  text("project_type", ["Projektityyppi"], is2007);
  text("responsible_authority", ["Vastuuviranomainen"], true);

  const coded = (
    codeColumn: ProjectColumn,
    titleColumn: ProjectColumn,
    label: string,
    expected: boolean,
  ) => {
    const hit = finder.find("project", [label]);
    if (!hit || hit.value === "") {
      if (expected && finder.has("project")) {
        builder.missingField(codeColumn, label, "project", finder);
      }
      return;
    }
    const { code, title } = parseCodedTitle(hit.value);
    builder.set(codeColumn, code as never, hit.line);
    builder.set(titleColumn, title as never, hit.line);
    if (code === null) {
      builder.diagnose(
        "warning",
        "unreadable_value",
        `${label} "${hit.value}" has no number.`,
        hit.line,
      );
    }
  };
  coded("priority_axis_code", "priority_axis", "Toimintalinja", true);
  coded(
    "specific_objective_code",
    "specific_objective",
    "Erityistavoite",
    !is2007,
  );

  const period_ = finder.find("project", [
    "Suunnitelman mukainen toteutusaika",
  ]);
  if (period_) {
    const range = parseDateRange(period_.value);
    builder.setRead("start_date", period_, range.start, "the start date");
    builder.setRead("end_date", period_, range.end, "the end date");
    const { start_date, end_date } = builder.project;
    if (start_date && end_date && end_date < start_date) {
      builder.diagnose(
        "warning",
        "unusual_value",
        `The end date ${end_date} is before the start ${start_date}.`,
        period_.line,
      );
    }
  } else if (finder.has("project")) {
    builder.missingField(
      "start_date/end_date",
      "Suunnitelman mukainen toteutusaika",
      "project",
      finder,
    );
  }

  const status = finder.find("project", ["Toiminnan tila"]);
  if (status && status.value !== "") {
    builder.set("status", status.value, status.line);
    builder.set(
      "status_normalised",
      normaliseStatus(status.value),
      status.line,
    );
  } else if (finder.has("project")) {
    builder.missingField("status", "Toiminnan tila", "project", finder);
  }
}

function readOrganisation(
  builder: ProjectBuilder,
  finder: FieldFinder,
  period: Period,
): void {
  const is2007 = period === "2007-2013";
  const text = (column: ProjectColumn, labels: string[], expected: boolean) =>
    builder.setText(finder, "organisation", column, labels, expected);
  text("organisation_name", [
    "Toteuttajaorganisaation nimi",
    "Hakijan virallinen nimi",
  ], true);
  text("organisation_type", ["Organisaatiotyyppi"], true);
  text("business_id", ["Y-tunnus"], true);
  text("organisation_website", [
    "Toteuttajaorganisaation Web-osoite",
    "WWW-osoite",
  ], false);
  text("project_website", ["Projektin kotisivun osoite"], false);
  if (!is2007) {
    text(
      "applicants",
      ["Hakijoiden lukumäärä tai tuen siirto -menettely"],
      false,
    );
  }
  const businessId = builder.project.business_id;
  if (businessId && !/^\d{7}-\d$/.test(businessId)) {
    builder.diagnose(
      "warning",
      "unusual_value",
      `Business ID "${businessId}" is not of the form 1234567-8.`,
      builder.sourceLines.business_id ?? null,
    );
  }
  const section = finder.section("co_implementers");
  if (section) {
    const coImplementers: CoImplementer[] = section.lines
      .filter((line) => line.text !== "")
      .map((line) => parseCoImplementer(line.text));
    builder.set("co_implementers", coImplementers, section.heading.number);
  }
}

function parseCoImplementer(text: string): CoImplementer {
  const match = text.match(/^(.*?)[,;]?\s*(\d{7}-\d)$/);
  if (match && match[1] !== "") {
    return { name: match[1]!.trim(), business_id: match[2]! };
  }
  return { name: text, business_id: null };
}

function readArea(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<Area, "project_code">[] {
  const areas: Omit<Area, "project_code">[] = [];
  const lists = [
    { column: "regions", level: "region", label: "Maakunnat" },
    { column: "subregions", level: "subregion", label: "Seutukunnat" },
    { column: "municipalities", level: "municipality", label: "Kunnat" },
  ] as const;
  for (const { column, level, label } of lists) {
    const hit = finder.find("area", [label]);
    if (!hit) {
      if (finder.has("area")) {
        builder.missingField(column, label, "area", finder);
      }
      continue;
    }
    const names = parseList(hit.value);
    builder.set(column, names, hit.line);
    names.forEach((name, position) =>
      areas.push({
        level,
        name,
        position,
        source_file: builder.project.source_file,
        source_line: hit.line,
      })
    );
  }
  return areas;
}

function readTexts(builder: ProjectBuilder, finder: FieldFinder): void {
  const texts = [
    ["target_groups", "target_groups"],
    ["indirect_target_groups", "indirect_target_groups"],
    ["summary", "summary"],
    ["communication_plan", "communication_plan"],
    ["dissemination_plan", "dissemination_plan"],
    ["final_report_summary", "final_report"],
  ] as const;
  for (const [column, key] of texts) {
    const section = finder.section(key);
    if (section) {
      builder.set(column, sectionText(section.lines), section.heading.number);
    }
  }
}

/** `199, joista naisia 100` → total and women; `400` → total only. */
function readSplitCount(
  raw: string,
): { total: ValueResult<number>; women: ValueResult<number> | undefined } {
  const [left, right] = raw.split(/,\s*joista\s+/i);
  const total = parseCount(left ?? "");
  if (right === undefined) return { total, women: undefined };
  const number = right.match(/(\d[\d\s]*)$/);
  const women = number ? parseCount(number[1]!) : { value: null, problem: `"${right}" has no number of women` };
  return { total, women };
}

type IndicatorPrefix =
  | "participants"
  | "jobs"
  | "enterprises"
  | "degrees"
  | "companies_participating";

function readIndicators(
  builder: ProjectBuilder,
  finder: FieldFinder,
  period: Period,
): void {
  const is2007 = period === "2007-2013";
  const indicators: {
    prefix: IndicatorPrefix;
    key: SectionKey;
    women: boolean;
    actualExpected: boolean;
  }[] = is2007
    ? [
      {
        prefix: "participants",
        key: "participants",
        women: true,
        actualExpected: true,
      },
      { prefix: "jobs", key: "jobs", women: true, actualExpected: true },
      {
        prefix: "enterprises",
        key: "enterprises",
        women: true,
        actualExpected: true,
      },
      { prefix: "degrees", key: "degrees", women: true, actualExpected: true },
    ]
    : [
      {
        prefix: "companies_participating",
        key: "companies",
        women: false,
        actualExpected: true,
      },
      // §7.2 of the 2014-2020 template prints only the planned number.
      {
        prefix: "participants",
        key: "participants",
        women: false,
        actualExpected: false,
      },
    ];
  for (const { prefix, key, women, actualExpected } of indicators) {
    if (!finder.has(key)) continue;
    const sides = [
      { side: "planned", label: "Suunniteltu", expected: true },
      {
        side: "actual",
        label: "Toteutunut seurantatietojen mukaan",
        expected: actualExpected,
      },
    ] as const;
    for (const { side, label, expected } of sides) {
      const hit = finder.find(key, [
        label,
        side === "actual" ? "Toteutunut" : label,
      ], false);
      const column = `${prefix}_${side}` as ProjectColumn;
      if (!hit) {
        if (expected) builder.missingField(column, label, key, finder);
        continue;
      }
      const { total, women: womenCount } = readSplitCount(hit.value);
      builder.setRead(column, hit, total as ValueResult<never>, `"${label}"`);
      if (!women) continue;
      const womenColumn = `${prefix}_${side}_women` as ProjectColumn;
      if (womenCount === undefined) {
        builder.diagnose(
          "warning",
          "missing_field",
          `"${label}" gives no number of women (${womenColumn}).`,
          hit.line,
        );
      } else {
        builder.setRead(
          womenColumn,
          hit,
          womenCount as ValueResult<never>,
          `the women of "${label}"`,
        );
      }
    }
  }
}

function readFunding(builder: ProjectBuilder, finder: FieldFinder): void {
  const amounts = [
    ["funding_eu_state_granted", "Myönnetty EU- ja valtion rahoitus"],
    ["funding_eu_state_actual", "Toteutunut EU- ja valtion rahoitus"],
    ["funding_public_planned", "Suunniteltu julkinen rahoitus yhteensä"],
    ["funding_public_actual", "Toteutunut julkinen rahoitus yhteensä"],
  ] as const;
  for (const [column, label] of amounts) {
    const hit = finder.find("funding", [label]);
    if (hit) builder.setRead(column, hit, parseAmount(hit.value), `"${label}"`);
    else if (finder.has("funding")) {
      builder.missingField(column, label, "funding", finder);
    }
  }
}

function readClassification(
  builder: ProjectBuilder,
  finder: FieldFinder,
): void {
  const classes = [
    ["class_equality", "Tasa-arvo"],
    ["class_sustainability", "Kestävä kehitys"],
    ["class_partnership", "Kumppanuus"],
    ["class_innovation", "Innovatiivisuus"],
  ] as const;
  for (const [column, label] of classes) {
    // "Tasa-arvo" and "Kestävä kehitys" occur elsewhere too: never looked for outside the section.
    builder.setText(finder, "horizontal_classification", column, [label], true, false);
  }
}

function readGenderEquality(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<GenderEqualityAnswer, "project_code">[] {
  const section = finder.section("gender_equality");
  if (!section) return [];
  const answers: Omit<GenderEqualityAnswer, "project_code">[] = [];
  const justification: string[][] = [];
  for (const line of section.lines) {
    const lower = line.text.toLowerCase();
    const question = GENDER_QUESTIONS.find((q) => lower.startsWith(q.prefix));
    const colon = line.text.lastIndexOf(":");
    if (question && colon > 0) {
      const questionText = line.text.slice(0, colon).trim();
      const answer = parseYesNo(line.text.slice(colon + 1));
      builder.setRead(
        question.column,
        { value: line.text, line: line.number },
        answer,
        `"${questionText}"`,
      );
      answers.push({
        question: question.column,
        question_text: questionText,
        answer: answer.value,
        justification: null,
        source_file: builder.project.source_file,
        source_line: line.number,
      });
      justification.push([]);
    } else if (answers.length > 0 && line.text !== "") {
      justification.at(-1)!.push(line.text);
    }
  }
  answers.forEach((answer, index) => answer.justification = justification[index]!.join("\n") || null);
  for (const question of GENDER_QUESTIONS) {
    if (!answers.some((answer) => answer.question === question.column)) {
      builder.missingField(
        question.column,
        question.prefix,
        "gender_equality",
        finder,
      );
    }
  }
  return answers;
}

function readSustainability(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<SustainabilityScore, "project_code">[] {
  const section = finder.section("sustainability");
  if (!section) return [];
  const scores: Omit<SustainabilityScore, "project_code">[] = [];
  const justification: string[][] = [];
  let category: string | null = null;
  for (const line of section.lines) {
    if (line.text === "" || /^välitön\s*välillinen$/i.test(line.text)) continue;
    if (SUSTAINABILITY_CATEGORIES.includes(line.text.toLowerCase())) {
      category = line.text;
      continue;
    }
    const score = line.text.match(/^(.*\D)\s+(\d{1,2})\s+(\d{1,2})$/);
    if (score) {
      scores.push({
        category,
        criterion: score[1]!.trim(),
        direct: Number(score[2]),
        indirect: Number(score[3]),
        justification: null,
        source_file: builder.project.source_file,
        source_line: line.number,
      });
      justification.push([]);
    } else if (scores.length > 0) {
      justification.at(-1)!.push(line.text);
    } else {
      builder.diagnose(
        "warning",
        "unreadable_value",
        `Could not read the sustainability line "${line.text}".`,
        line.number,
      );
    }
  }
  scores.forEach((score, index) => score.justification = justification[index]!.join("\n") || null);
  if (scores.length === 0) {
    builder.diagnose(
      "warning",
      "missing_field",
      "The sustainability section has no scores.",
      section.heading.number,
    );
  }
  return scores;
}

function readContacts(
  builder: ProjectBuilder,
  finder: FieldFinder,
  period: Period,
): Omit<Contact, "project_code">[] {
  const file = builder.project.source_file;
  const contacts: Omit<Contact, "project_code">[] = [];
  const one = (key: SectionKey, labels: string[]) => finder.find(key, labels, false);
  const add = (
    role: Contact["role"],
    hits: Record<string, FieldHit | undefined>,
  ) => {
    const value = (name: string) => hits[name]?.value || null;
    const lines = Object.values(hits).flatMap((hit) => hit && hit.value !== "" ? [hit.line] : []);
    if (lines.length === 0) return;
    contacts.push({
      role,
      name: value("name"),
      position: value("position"),
      email: value("email"),
      phone: value("phone"),
      address: value("address"),
      postal_code: value("postal_code"),
      city: value("city"),
      source_file: file,
      source_line: Math.min(...lines),
    });
  };
  if (period === "2007-2013") {
    const person = one("organisation", ["Vastuuhenkilön nimi"]);
    const phones = finder.findAll("organisation", ["Puhelinnumero"], false);
    const before = phones.filter((hit) => person === undefined || hit.line < person.line);
    const after = phones.filter((hit) => !before.includes(hit));
    add("organisation", {
      address: one("organisation", ["Osoite"]),
      phone: before[0],
    });
    add("responsible_person", {
      name: person,
      position: one("organisation", ["Asema"]),
      email: one("organisation", ["Sähköposti"]),
      phone: person === undefined ? phones[1] : after[0],
    });
  } else {
    add("organisation", {
      address: one("organisation", ["Jakeluosoite"]),
      postal_code: one("organisation", ["Postinumero"]),
      city: one("organisation", ["Postitoimipaikka"]),
      phone: one("organisation", ["Puhelinnumero"]),
    });
    add("contact_person", {
      name: one("organisation", ["Hankkeen yhteyshenkilön nimi"]),
      position: one("organisation", [
        "Yhteyshenkilön asema hakijaorganisaatiossa",
      ]),
      email: one("organisation", [
        "Yhteyshenkilön sähköpostisoite",
        "Yhteyshenkilön sähköpostiosoite",
      ]),
      phone: one("organisation", ["Yhteyshenkilön puhelinnumero"]),
    });
    add("implementation_site", {
      address: one("implementation_site", ["Jakeluosoite"]),
      postal_code: one("implementation_site", ["Postinumero"]),
      city: one("implementation_site", ["Postitoimipaikka"]),
    });
  }
  return contacts;
}
