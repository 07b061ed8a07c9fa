/**
 * The name of every column of every table the report exports, in Finnish and
 * English: the headers of the `.fi.csv` files, of the workbooks and of the
 * Word tables. The plain `.csv` and `.parquet` files keep the column names
 * of the data dictionary (`project_code`), for programs.
 *
 * A summary's count and median columns are named from their figure:
 * `participant_realisation_n` is "Osallistujien toteutumisaste: hankkeita (n)",
 * `participant_realisation_median` "Osallistujien toteutumisaste, hankkeiden mediaani".
 *
 * @module
 */
import { ANALYSIS_COLUMN_NAMES } from "./analysis_columns.ts";
import { defineMessages, type Language } from "./mod.ts";

/**
 * The name of each column, keyed by its name in the data dictionary.
 *
 * @example Usage
 * ```ts
 * import { COLUMN_NAMES } from "./columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(COLUMN_NAMES.fi.business_id, "Y-tunnus");
 * ```
 */
export const COLUMN_NAMES = defineMessages({
  // projects
  project_code: "Hankekoodi",
  programme_period: "Ohjelmakausi",
  fund: "Rahasto",
  name: "Hankkeen nimi",
  programme_section: "Ohjelman osio",
  priority_axis_code: "Toimintalinjan numero",
  priority_axis: "Toimintalinja",
  specific_objective_code: "Erityistavoitteen numero",
  specific_objective: "Erityistavoite",
  project_type: "Projektityyppi",
  start_date: "Alkaa (suunnitelma)",
  end_date: "Päättyy (suunnitelma)",
  status: "Toiminnan tila asiakirjassa",
  status_normalised: "Tila",
  responsible_authority: "Vastuuviranomainen",
  organisation_name: "Toteuttaja",
  organisation_type: "Organisaatiotyyppi",
  business_id: "Y-tunnus",
  organisation_website: "Toteuttajan verkko-osoite",
  project_website: "Hankkeen verkkosivu",
  applicants: "Hakijat tai tuen siirto",
  co_implementers: "Osatoteuttajat",
  regions: "Maakunnat",
  subregions: "Seutukunnat",
  municipalities: "Kunnat",
  target_groups: "Varsinaiset kohderyhmät",
  indirect_target_groups: "Välilliset kohderyhmät",
  participants_planned: "Osallistujat, suunniteltu",
  participants_planned_women: "Osallistujat, suunniteltu, naisia",
  participants_actual: "Osallistujat, toteutunut",
  participants_actual_women: "Osallistujat, toteutunut, naisia",
  jobs_planned: "Uudet työpaikat, suunniteltu",
  jobs_planned_women: "Uudet työpaikat, suunniteltu, naisille",
  jobs_actual: "Uudet työpaikat, toteutunut",
  jobs_actual_women: "Uudet työpaikat, toteutunut, naisille",
  enterprises_planned: "Uudet yritykset, suunniteltu",
  enterprises_planned_women: "Uudet yritykset, suunniteltu, naisten perustamat",
  enterprises_actual: "Uudet yritykset, toteutunut",
  enterprises_actual_women: "Uudet yritykset, toteutunut, naisten perustamat",
  degrees_planned: "Tutkinnot, suunniteltu",
  degrees_planned_women: "Tutkinnot, suunniteltu, naisten",
  degrees_actual: "Tutkinnot, toteutunut",
  degrees_actual_women: "Tutkinnot, toteutunut, naisten",
  companies_participating_planned: "Osallistuvat yritykset, suunniteltu",
  companies_participating_actual: "Osallistuvat yritykset, toteutunut",
  funding_eu_state_granted: "EU- ja valtion rahoitus, myönnetty",
  funding_eu_state_actual: "EU- ja valtion rahoitus, toteutunut",
  funding_public_planned: "Julkinen rahoitus, suunniteltu",
  funding_public_actual: "Julkinen rahoitus, toteutunut",
  class_equality: "Luokitus: tasa-arvo",
  class_sustainability: "Luokitus: kestävä kehitys",
  class_partnership: "Luokitus: kumppanuus",
  class_innovation: "Luokitus: innovatiivisuus",
  gender_analysis_done: "Toimintaympäristön sukupuolianalyysi tehty",
  gender_mainstreamed: "Sukupuolinäkökulma valtavirtaistettu",
  gender_equality_main_goal: "Tasa-arvo päätavoitteena",
  summary: "Tiivistelmä toteutuksesta",
  communication_plan: "Tiedotussuunnitelma",
  dissemination_plan: "Hyvien käytäntöjen levittäminen",
  final_report_summary: "Loppuraportin tiivistelmä",
  source_file: "Lähdetiedosto",
  source_encoding: "Tiedoston merkistö",
  // derived metrics
  participant_realisation: "Osallistujien toteutumisaste",
  women_share_planned: "Naisten osuus, suunniteltu",
  women_share_actual: "Naisten osuus, toteutunut",
  funding_utilisation: "Julkisen rahoituksen käyttöaste",
  funding_utilisation_eu_state: "EU- ja valtion rahoituksen käyttöaste",
  company_realisation: "Osallistuvien yritysten toteutumisaste",
  cost_per_participant: "Julkinen rahoitus toteutunutta osallistujaa kohden",
  // summaries: groupings and counts
  n_projects: "Hankkeita",
  n_interim: "Joista käynnissä (väliaikaiset luvut)",
  interim: "Käynnissä (väliaikaiset luvut)",
  region: "Maakunta",
  start_year: "Alkamisvuosi",
  // diagnostics and the register cross-check
  file: "Tiedosto",
  line: "Rivi",
  level: "Taso",
  code: "Koodi",
  code_name: "Koodi sanoin",
  message: "Viesti",
  // suspicious values
  check: "Tarkistus",
  column: "Sarake",
  value: "Arvo",
  detail: "Selitys",
  source_line: "Lähderivi",
  ...ANALYSIS_COLUMN_NAMES.fi,
}, {
  project_code: "Project code",
  programme_period: "Programme period",
  fund: "Fund",
  name: "Project name",
  programme_section: "Programme section",
  priority_axis_code: "Priority axis number",
  priority_axis: "Priority axis",
  specific_objective_code: "Specific objective number",
  specific_objective: "Specific objective",
  project_type: "Project type",
  start_date: "Start (planned)",
  end_date: "End (planned)",
  status: "Status as printed",
  status_normalised: "Status",
  responsible_authority: "Managing authority",
  organisation_name: "Implementing organisation",
  organisation_type: "Organisation type",
  business_id: "Business ID",
  organisation_website: "Organisation's website",
  project_website: "Project's website",
  applicants: "Applicants or transfer of aid",
  co_implementers: "Co-implementers",
  regions: "Regions",
  subregions: "Sub-regions",
  municipalities: "Municipalities",
  target_groups: "Direct target groups",
  indirect_target_groups: "Indirect target groups",
  participants_planned: "Participants, planned",
  participants_planned_women: "Participants, planned, women",
  participants_actual: "Participants, actual",
  participants_actual_women: "Participants, actual, women",
  jobs_planned: "New jobs, planned",
  jobs_planned_women: "New jobs, planned, for women",
  jobs_actual: "New jobs, actual",
  jobs_actual_women: "New jobs, actual, for women",
  enterprises_planned: "New enterprises, planned",
  enterprises_planned_women: "New enterprises, planned, founded by women",
  enterprises_actual: "New enterprises, actual",
  enterprises_actual_women: "New enterprises, actual, founded by women",
  degrees_planned: "Degrees, planned",
  degrees_planned_women: "Degrees, planned, by women",
  degrees_actual: "Degrees, actual",
  degrees_actual_women: "Degrees, actual, by women",
  companies_participating_planned: "Participating companies, planned",
  companies_participating_actual: "Participating companies, actual",
  funding_eu_state_granted: "EU and state funding, granted",
  funding_eu_state_actual: "EU and state funding, actual",
  funding_public_planned: "Public funding, planned",
  funding_public_actual: "Public funding, actual",
  class_equality: "Classification: gender equality",
  class_sustainability: "Classification: sustainable development",
  class_partnership: "Classification: partnership",
  class_innovation: "Classification: innovativeness",
  gender_analysis_done: "Gender analysis of the environment done",
  gender_mainstreamed: "Gender perspective mainstreamed",
  gender_equality_main_goal: "Gender equality the main goal",
  summary: "Summary of the implementation",
  communication_plan: "Communication plan",
  dissemination_plan: "Dissemination of good practices",
  final_report_summary: "Final report summary",
  source_file: "Source file",
  source_encoding: "File encoding",
  participant_realisation: "Participant realisation",
  women_share_planned: "Women's share, planned",
  women_share_actual: "Women's share, actual",
  funding_utilisation: "Public funding utilisation",
  funding_utilisation_eu_state: "EU and state funding utilisation",
  company_realisation: "Participating companies' realisation",
  cost_per_participant: "Public funding per actual participant",
  n_projects: "Projects",
  n_interim: "Of which active (interim figures)",
  interim: "Active (interim figures)",
  region: "Region",
  start_year: "Start year",
  file: "File",
  line: "Line",
  level: "Level",
  code: "Code",
  code_name: "Code in words",
  message: "Message",
  check: "Check",
  column: "Column",
  value: "Value",
  detail: "Detail",
  source_line: "Source line",
  ...ANALYSIS_COLUMN_NAMES.en,
});

/** A column with a name in {@linkcode COLUMN_NAMES}. */
export type NamedColumn = keyof typeof COLUMN_NAMES.fi;

/** How a column's header says the unit of its values. */
export type ColumnUnit = "percent" | "euros";

/** The parts that name a summary's counts and medians and the units, and how tables write yes and no. */
export const TABLE_PARTS = defineMessages({
  count: (figure: string) => `${figure}: hankkeita (n)`,
  interimCount: (figure: string) => `${figure}: joista käynnissä (väliaikaiset luvut)`,
  median: (figure: string) => `${figure}, hankkeiden mediaani`,
  /** A figure's total over the projects that print it and the figure it is a realisation of (`X_paired`). */
  paired: (figure: string) => `${figure} (hankkeet, joilla molemmat luvut)`,
  percent: (header: string) => `${header}, %`,
  euros: (header: string) => `${header}, €`,
  yes: "Kyllä",
  no: "Ei",
}, {
  count: (figure: string) => `${figure}: projects (n)`,
  interimCount: (figure: string) => `${figure}: of which active (interim figures)`,
  median: (figure: string) => `${figure}, median of projects`,
  paired: (figure: string) => `${figure} (projects with both figures)`,
  percent: (header: string) => `${header}, %`,
  euros: (header: string) => `${header}, €`,
  yes: "Yes",
  no: "No",
});

const isNamed = (column: string): column is NamedColumn => Object.hasOwn(COLUMN_NAMES.fi, column);

/**
 * The name of a column in the language, or undefined for a column the
 * catalogue does not know: a summary's `X_n`, `X_n_interim`, `X_median` and `X_paired` are named from `X`.
 *
 * @example Usage
 * ```ts
 * import { columnName } from "./columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(columnName("participant_realisation_n", "fi"), "Osallistujien toteutumisaste: hankkeita (n)");
 * assertEquals(columnName("funding_utilisation_median", "en"), "Public funding utilisation, median of projects");
 * assertEquals(columnName("funding_utilisation_n_interim", "en"), "Public funding utilisation: of which active (interim figures)");
 * assertEquals(columnName("no_such_column", "fi"), undefined);
 * ```
 */
export function columnName(column: string, lang: Language): string | undefined {
  if (isNamed(column)) return COLUMN_NAMES[lang][column];
  const part = column.match(/^(.+?)_(n|n_interim|median|paired)$/);
  if (part && isNamed(part[1]!)) {
    const figure = COLUMN_NAMES[lang][part[1]];
    const say = {
      n: TABLE_PARTS[lang].count,
      n_interim: TABLE_PARTS[lang].interimCount,
      median: TABLE_PARTS[lang].median,
      paired: TABLE_PARTS[lang].paired,
    };
    return say[part[2] as keyof typeof say](figure);
  }
  return undefined;
}

/**
 * A column's header: its name in the language (the column's own name when
 * the catalogue does not know it) and, for shares and euros, the unit.
 *
 * @example Usage
 * ```ts
 * import { columnHeader } from "./columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(columnHeader("participant_realisation", "fi", "percent"), "Osallistujien toteutumisaste, %");
 * assertEquals(columnHeader("funding_public_planned", "en", "euros"), "Public funding, planned, €");
 * ```
 */
export function columnHeader(column: string, lang: Language, unit?: ColumnUnit): string {
  const name = columnName(column, lang) ?? column;
  return unit === undefined ? name : TABLE_PARTS[lang][unit](name);
}

let headerIndex: Map<string, string> | undefined;

/**
 * The column a header names, in either language, and the unit its header
 * says: the inverse of {@linkcode columnHeader} (undefined for a header the
 * catalogue does not make).
 *
 * @example Usage
 * ```ts
 * import { columnOfHeader } from "./columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(columnOfHeader("Osallistujien toteutumisaste, %"), { column: "participant_realisation", unit: "percent" });
 * assertEquals(columnOfHeader("Projects"), { column: "n_projects", unit: undefined });
 * ```
 */
export function columnOfHeader(header: string): { column: string; unit: ColumnUnit | undefined } | undefined {
  if (!headerIndex) {
    headerIndex = new Map();
    for (const lang of ["fi", "en"] as const) {
      for (const column of Object.keys(COLUMN_NAMES[lang])) {
        for (const name of [column, `${column}_n`, `${column}_n_interim`, `${column}_median`, `${column}_paired`]) {
          headerIndex.set(columnName(name, lang)!, name);
        }
      }
    }
  }
  for (const unit of ["percent", "euros", undefined] as const) {
    const suffix = unit === undefined ? "" : TABLE_PARTS.en[unit]("");
    if (!header.endsWith(suffix)) continue;
    const column = headerIndex.get(header.slice(0, header.length - suffix.length));
    if (column !== undefined) return { column, unit };
  }
  return undefined;
}
