/**
 * Every string of the report (`index.html`, `report.docx`, the sheet names
 * of the workbooks), in both languages.
 *
 * Keys: headings and texts are plain names (`keyFigures`, `noDiagnostics`),
 * table headers start with `column`, texts of the method section with
 * `method`; texts that show counts are functions of them and write the
 * numbers as the language does (`19 940` / `19,940`).
 *
 * @module
 */
import { formatDate, formatInteger, MISSING, periodText } from "./format.ts";
import { defineMessages } from "./mod.ts";
import { OTHER_PROJECT_TEXT } from "./notebook_cross_check.ts";

const fi = (n: number) => formatInteger(n, "fi");
const en = (n: number) => formatInteger(n, "en");
/** "1 hanke" / "2 hanketta", "1 project" / "2 projects". */
const hanketta = (n: number) => `${fi(n)} ${n === 1 ? "hanke" : "hanketta"}`;
const projects = (n: number) => `${en(n)} ${n === 1 ? "project" : "projects"}`;
/** What a register's paragraph says: its period, the corpus' projects of it, those it lists, disagreements, the rest. */
type RegisterPeriod = [
  period: string,
  inCorpus: number,
  listed: number,
  mismatches: number,
  missing: string,
  otherProject: readonly string[],
];
/** The register paragraph's first sentences when the corpus holds one project of the period: of it, not of them. */
const ONE_IN_PERIOD = {
  fi: (period: string, listed: number, mismatches: number, missing: string) =>
    `Aineistossa on 1 kauden ${periodText(period)} hanke; sitä verrattiin vain saman kauden rekisteriin. ` +
    (listed === 1
      ? `Se on rekisterissä, eroja ${fi(mismatches)}.`
      : `Se puuttuu rekisteristä${missing ? `: ${missing}` : ""}.`),
  en: (period: string, listed: number, mismatches: number, missing: string) =>
    `The corpus holds 1 project of the ${periodText(period)} period; it was compared only with the register of ` +
    "its own period. " +
    (listed === 1
      ? `The register lists it, with ${en(mismatches)} ${mismatches === 1 ? "disagreement" : "disagreements"}.`
      : `It is not in the register${missing ? `: ${missing}` : ""}.`),
};
/** Codes as a sentence lists them: the first ten, and how many more (`more`) there are. */
const someCodes = (codes: readonly string[], more: (n: number) => string) =>
  codes.slice(0, 10).join(", ") + (codes.length > 10 ? more(codes.length - 10) : "");
/** A label with a qualifier in brackets: inside its own last pair, if it ends with one ("(weighted, 2007–2013 only)"). */
const qualified = (label: string, qualifier: string) =>
  label.endsWith(")") ? `${label.slice(0, -1)}, ${qualifier})` : `${label} (${qualifier})`;
const tiedostoa = (n: number) => `${fi(n)} ${n === 1 ? "tiedosto" : "tiedostoa"}`;
const files = (n: number) => `${en(n)} ${n === 1 ? "file" : "files"}`;

/**
 * The strings of the report.
 *
 * @example Usage
 * ```ts
 * import { REPORT_TEXT } from "./report.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(REPORT_TEXT.en.counts(7, 5, 2), "7 files, 5 projects, 2 active (interim figures)");
 * assertEquals(REPORT_TEXT.fi.counts(19940, 1, 0), "19\u00a0940 tiedostoa, 1 hanke, 0 käynnissä");
 * ```
 */
export const REPORT_TEXT = defineMessages({
  title: "ESR-hankkeiden arviointiaineisto",
  generated: "Tuotettu",
  corpus: "Aineisto",
  counts: (fileCount: number, projectCount: number, active: number) =>
    `${tiedostoa(fileCount)}, ${hanketta(projectCount)}, ${fi(active)} käynnissä` +
    (active > 0 ? " (luvut väliaikaisia)" : ""),
  keyFigures: "Keskeiset luvut",
  realisation: "Osallistujien toteutumisaste (painotettu)",
  womenShare: "Naisten osuus toteutuneista osallistujista",
  utilisation: "Julkisen rahoituksen käyttöaste",
  // Without the active projects: the ended, the interrupted and any of another status.
  utilisationEnded: "Julkisen rahoituksen käyttöaste, ilman käynnissä olevia hankkeita",
  withInterim: (n: number) =>
    `sis. ${fi(n)} ${n === 1 ? "käynnissä oleva hanke" : "käynnissä olevaa hanketta"} (väliaikaiset luvut)`,
  cost: "Julkinen rahoitus toteutunutta osallistujaa kohden",
  /**
   * A key figure's label whose projects are all of one programme period (the corpus has several): one pair of
   * brackets, the label's own qualifier first ("… (painotettu, vain 2007–2013)").
   */
  onlyPeriod: (label: string, period: string) => qualified(label, `vain ${periodText(period)}`),
  basis: (n: number) => `n = ${hanketta(n)}`,
  charts: "Kuviot",
  byPeriod: "Ohjelmakausittain",
  projects: "Hankkeet",
  projectsParticipants: "Hankkeiden osallistujat",
  projectsFunding: "Hankkeiden julkinen rahoitus",
  downloads: "Tiedostot",
  downloadsNote:
    "Taulukot neljässä muodossa: .xlsx Excelille (solut tyypitettyinä, otsikot tämän raportin kielellä); " +
    ".fi.csv suomalaiselle Excelille (puolipiste, desimaalipilkku, päivämäärät P.K.VVVV, osuudet prosentteina " +
    "yhden desimaalin tarkkuudella, hinta osallistujaa kohden täysinä euroina); .csv ohjelmille (sarakkeiden nimet " +
    "tietosanakirjan mukaan, täysi tarkkuus); .parquet tietotyypit säilyttäen. report.xlsx kokoaa kaikki taulukot, " +
    "report.docx on raportti Word-muodossa.",
  quality: "Aineiston laatu",
  diagnostics: "Mitä ei voitu lukea",
  diagnosticsSummary: (count: number, fileCount: number) =>
    `${fi(count)} ${count === 1 ? "huomautus" : "huomautusta"} ${fi(fileCount)} tiedostosta; ` +
    "arvo, jota ei voitu lukea, on tyhjä eikä nolla.",
  diagnosticsByCode: "Huomautukset lajeittain",
  noDiagnostics: "Kaikki tiedostot luettiin ilman huomautuksia: jokainen pohjan tulostama arvo luettiin.",
  registerDisagreementsNote: (n: number) =>
    `Rekisterivertailun ${fi(n)} ${n === 1 ? "huomautus" : "huomautusta"} on kohdassa Vertailu hankerekistereihin: ` +
    (n === 1 ? "se ei ole lukuvirhe, vaan kertoo" : "ne eivät ole lukuvirheitä, vaan kertovat") +
    ", missä asiakirja ja rekisteri eroavat.",
  template2014Gaps:
    "Kauden 2014–2020 pohja ei tulosta toteutunutta osallistujamäärää eikä sukupuolijakoa: kauden hankkeiden " +
    "osallistujien toteutumisaste ja naisten osuus ovat tyhjiä (n = 0).",
  suspicious: "Tarkistettavat arvot",
  suspiciousSummary: (count: number, projects: number) =>
    `${fi(count)} ${count === 1 ? "arvo" : "arvoa"} ${fi(projects)} hankkeessa on merkitty tarkistettavaksi, ` +
    "kukin lähdetiedoston ja rivin kanssa.",
  suspiciousByCheck: "Tarkistettavat arvot tarkistuksittain",
  noSuspicious: "Yhtään arvoa ei ole merkitty tarkistettavaksi.",
  shownOf: (shown: number, total: number, table: string) =>
    `Tässä ${fi(shown)} ensimmäistä; kaikki ${fi(total)} taulukossa tables/${table}.xlsx.`,
  wholeTable: "Koko taulukko",
  register: "Vertailu hankerekistereihin",
  registersGiven: "Annetut rekisterit",
  registerMismatches: "Erot rekisteriin",
  registerLine: (period: string, file: string, rows: number) => `${periodText(period)}: ${file} (${hanketta(rows)})`,
  registerPeriod: (...[period, inCorpus, listed, mismatches, missing, otherProject]: RegisterPeriod) =>
    (inCorpus === 1
      ? ONE_IN_PERIOD.fi(period, listed, mismatches, missing)
      : `Kauden ${periodText(period)} hankkeita on aineistossa ${
        fi(inCorpus)
      }; niitä verrattiin vain saman kauden rekisteriin. ` +
        `Rekisterissä niistä on ${fi(listed)}, eroja ${fi(mismatches)}, rekisteristä puuttuu: ${
          missing || "ei yhtään"
        }.`) +
    (otherProject.length === 0 ? "" : `${OTHER_PROJECT_TEXT.fi(listed, otherProject.length)} (` +
      `${someCodes(otherProject, (n) => ` ja ${fi(n)} muuta`)}).`),
  registerNotCompared: (period: string, count: number) =>
    `Kauden ${periodText(period)} hankkeita (${fi(count)}) ei verrattu, koska sen kauden rekisteriä ei annettu.`,
  registerSnapshot: (rows: number, active: number, latestStart: string, startedLater: string) =>
    (active === rows && rows > 1
      ? `Rekisterin kaikki ${fi(rows)} hanketta ovat käynnissä, ja myöhäisin niistä alkaa `
      : `Rekisterin ${fi(rows)} hankkeesta ${fi(active)} on käynnissä, ja ${
        active === 1 ? "se" : "myöhäisin niistä"
      } alkaa `) +
    `${formatDate(latestStart, "fi")}: rekisteri on sen ajan tilanne, joten sen toteutuneet luvut ovat väliaikaisia, ` +
    `eikä siinä ole myöhemmin alkaneita hankkeita${startedLater ? ` (aineistosta ${startedLater})` : ""}.`,
  method: "Menetelmä",
  methodMetrics: "Mittarit",
  methodCount: "Hanke on mukana luvussa (n), kun sen asiakirja antaa sekä osoittajan että nimittäjän ja " +
    `nimittäjä ei ole 0. Puuttuva luku on tyhjä, ei nolla: taulukoissa viiva (${MISSING}).`,
  methodWeighted: "Ryhmien ja koko aineiston luvut ovat painotettuja: Σ osoittaja ÷ Σ nimittäjä niistä hankkeista, " +
    "joilla molemmat luvut ovat. Taulukoissa on lisäksi hankekohtaisten lukujen mediaani. Hanke, jossa naisia on " +
    "enemmän kuin kaikkiaan, ei ole mukana naisten luvuissa (toinen luvuista on väärin). Maakunnittain hanke on " +
    "mukana kerran kussakin nimeämässään maakunnassa, joten maakuntien luvut eivät summaudu koko aineistoksi.",
  methodInterim: (active: number, ended: string, interimColumn: string) =>
    `Käynnissä olevien hankkeiden (tila "Toiminnassa") toteutuneet luvut ovat väliaikaisia; aineistossa niitä on ` +
    `${fi(active)}. Keskeiset luvut ja taulukot sisältävät ne (sarake "${interimColumn}"), "${ended}" jättää ne ` +
    "pois, taulukko summary-interim-apart näyttää ne erikseen, hankekohtaisissa kuvioissa ne on merkitty " +
    "väliaikaisiksi, ja ryhmittäiset kuviot (ohjelmakausittain, maakunnittain, teemoittain, alkamisvuosittain) " +
    "sisältävät ne.",
  methodCorpus: "Aineisto",
  corpusText: (fileCount: number, folder: string, projectCount: number, skipped: number) =>
    `${tiedostoa(fileCount)} kansiosta ${folder}, niistä ${hanketta(projectCount)}` +
    (skipped > 0 ? `; lisäksi ${tiedostoa(skipped)} ohitettiin. ` : ". ") +
    "Toteutusajat ovat hankesuunnitelman mukaisia.",
  methodExcluded: "Mitä jätettiin pois",
  excludedNone: "Jokainen tiedosto on mukana hankkeena; yhtään tiedostoa ei jätetty pois.",
  excludedSome: (count: number) => `${tiedostoa(count)} ei ole mukana hankkeena:`,
  excludedDuplicate: "kaksoiskappale",
  excludedError: "ei luettavissa",
  excludedSkipped: "ohitettu",
  chartNote: (definition: string, n: number) => `${definition}. n = ${hanketta(n)}.`,
  /** The note of a chart that left its active projects out: n is of the projects with final figures. */
  chartNoteFinal: (definition: string, n: number, active: number) =>
    `${definition}. n = ${hanketta(n)}, joiden luvut ovat lopullisia; ${fi(active)} käynnissä olevaa ` +
    "(väliaikaiset luvut) jätetty pois.",
  interimNote: "Käynnissä olevien hankkeiden luvut ovat väliaikaisia.",
  columnCode: "Koodi",
  columnName: "Nimi",
  columnPeriod: "Kausi",
  columnStatus: "Tila",
  columnPlanned: "Osallistujat, suunniteltu",
  columnActual: "Osallistujat, toteutunut",
  columnRealisation: "Toteutumisaste",
  columnFundingPlanned: "Julkinen rahoitus, suunniteltu",
  columnFundingActual: "Julkinen rahoitus, toteutunut",
  columnUtilisation: "Käyttöaste",
  columnFile: "Tiedosto",
  columnLine: "Rivi",
  columnLevel: "Taso",
  columnMessage: "Viesti",
  columnProjects: "Hankkeita",
  columnActive: "Käynnissä",
  columnFirstStart: "Alkaa aikaisintaan",
  columnLastEnd: "Päättyy viimeisenä",
  columnCount: "Lukumäärä",
  columnDiagnostic: "Huomautus",
  columnCheck: "Tarkistus",
  columnDetail: "Selitys",
  columnMetric: "Mittari",
  columnDefinition: "Määritelmä",
  columnN: "n (hankkeita)",
  columnFigure: "Luku",
  columnValue: "Arvo",
  columnReason: "Syy",
}, {
  title: "ESF projects: evaluation material",
  generated: "Generated",
  corpus: "Corpus",
  counts: (fileCount: number, projectCount: number, active: number) =>
    `${files(fileCount)}, ${projects(projectCount)}, ${en(active)} active${active > 0 ? " (interim figures)" : ""}`,
  keyFigures: "Key figures",
  realisation: "Participant realisation (weighted)",
  womenShare: "Women's share of actual participants",
  utilisation: "Public funding utilisation",
  utilisationEnded: "Public funding utilisation, active projects left out",
  withInterim: (n: number) => `incl. ${en(n)} active ${n === 1 ? "project" : "projects"} (interim figures)`,
  cost: "Public funding per actual participant",
  onlyPeriod: (label: string, period: string) => qualified(label, `${periodText(period)} only`),
  basis: (n: number) => `n = ${projects(n)}`,
  charts: "Charts",
  byPeriod: "By programme period",
  projects: "Projects",
  projectsParticipants: "Participants of the projects",
  projectsFunding: "Public funding of the projects",
  downloads: "Files",
  downloadsNote: "Tables in four formats: .xlsx for Excel (typed cells, headers in the language of this report); " +
    ".fi.csv for Finnish Excel (semicolon, decimal comma, dates D.M.YYYY, shares as percentages with one decimal, " +
    "cost per participant in whole euros); .csv for programs (column names of the data dictionary, full " +
    "precision); .parquet with its data types. report.xlsx gathers every table, report.docx is the report for Word.",
  quality: "Data quality",
  diagnostics: "What could not be read",
  diagnosticsSummary: (count: number, fileCount: number) =>
    `${en(count)} ${count === 1 ? "diagnostic" : "diagnostics"} in ${files(fileCount)}; ` +
    "a value that could not be read is empty, never 0.",
  diagnosticsByCode: "Diagnostics by kind",
  noDiagnostics: "Every file was read without a diagnostic: every value its template prints was read.",
  registerDisagreementsNote: (n: number) =>
    `The register comparison's ${en(n)} ${n === 1 ? "remark is" : "remarks are"} under Comparison with the project ` +
    `registers: ${n === 1 ? "it is not a reading problem, but shows" : "they are not reading problems, but show"} ` +
    "where a document and the register differ.",
  template2014Gaps:
    "The 2014–2020 template prints no actual number of participants and no split by sex: the period's " +
    "participant realisation and women's share are empty (n = 0).",
  suspicious: "Values to check",
  suspiciousSummary: (count: number, projectCount: number) =>
    `${en(count)} ${count === 1 ? "value" : "values"} in ${projects(projectCount)} ${count === 1 ? "is" : "are"} ` +
    "flagged for checking, each with its source file and line.",
  suspiciousByCheck: "Values to check by check",
  noSuspicious: "No value is flagged for checking.",
  shownOf: (shown: number, total: number, table: string) =>
    `The first ${en(shown)} here; all ${en(total)} in tables/${table}.xlsx.`,
  wholeTable: "The whole table",
  register: "Comparison with the project registers",
  registersGiven: "Registers given",
  registerMismatches: "Disagreements with the register",
  registerLine: (period: string, file: string, rows: number) => `${periodText(period)}: ${file} (${projects(rows)})`,
  registerPeriod: (...[period, inCorpus, listed, mismatches, missing, otherProject]: RegisterPeriod) =>
    (inCorpus === 1
      ? ONE_IN_PERIOD.en(period, listed, mismatches, missing)
      : `The corpus holds ${projects(inCorpus)} of the ${
        periodText(period)
      } period; each was compared only with the register ` +
        `of its own period. The register lists ${en(listed)} of them, with ${en(mismatches)} ` +
        `${mismatches === 1 ? "disagreement" : "disagreements"}; ` +
        `not in the register: ${missing || "none"}.`) +
    (otherProject.length === 0 ? "" : `${OTHER_PROJECT_TEXT.en(listed, otherProject.length)} (` +
      `${someCodes(otherProject, (n) => ` and ${en(n)} more`)}).`),
  registerNotCompared: (period: string, count: number) =>
    `The ${periodText(period)} projects (${en(count)}) were not compared: no register of that period was given.`,
  registerSnapshot: (rows: number, active: number, latestStart: string, startedLater: string) =>
    (active === rows && rows > 1
      ? `All ${en(rows)} of the register's projects are active, and the latest of them starts on `
      : `Of the register's ${en(rows)} ${rows === 1 ? "project" : "projects"}, ${en(active)} ` +
        (active === 1 ? "is active, and it starts on " : "are active, and the latest of them starts on ")) +
    `${formatDate(latestStart, "en")}: the register is a snapshot of that time, so its actual figures are interim, ` +
    `and projects that started later are not in it${startedLater ? ` (of the corpus: ${startedLater})` : ""}.`,
  method: "Method",
  methodMetrics: "Metrics",
  methodCount: "A project counts in a figure (n) when its document gives both the numerator and the " +
    `denominator and the denominator is not 0. A missing figure is empty, never 0: a dash (${MISSING}) in the tables.`,
  methodWeighted: "Figures of groups and of the whole corpus are weighted: Σ numerator ÷ Σ denominator over the " +
    "projects that give both. The tables also give the median of the project figures. A project with more women " +
    "than in all is in no women's figure (one of the two is wrong). By region, a project counts once in each region " +
    "it names, so the regions do not add up to the whole corpus.",
  methodInterim: (active: number, ended: string, interimColumn: string) =>
    `The actual figures of active projects (status "Toiminnassa") are interim; the corpus holds ${en(active)}. ` +
    `Key figures and tables include them (column "${interimColumn}"), "${ended}" leaves them out, the table ` +
    "summary-interim-apart shows them apart, the per-project charts mark them as interim, and the charts by group " +
    "(programme period, region, theme, start year) include them.",
  methodCorpus: "Corpus",
  corpusText: (fileCount: number, folder: string, projectCount: number, skipped: number) =>
    `${files(fileCount)} from the folder ${folder}, holding ${projects(projectCount)}` +
    (skipped > 0 ? `; ${files(skipped)} more skipped. ` : ". ") +
    "Implementation periods are as planned.",
  methodExcluded: "What was left out",
  excludedNone: "Every file is in as a project; no file was left out.",
  excludedSome: (count: number) => `${files(count)} are not in as projects:`,
  excludedDuplicate: "duplicate",
  excludedError: "not readable",
  excludedSkipped: "skipped",
  chartNote: (definition: string, n: number) => `${definition}. n = ${projects(n)}.`,
  chartNoteFinal: (definition: string, n: number, active: number) =>
    `${definition}. n = ${projects(n)} with final figures; ${en(active)} active ` +
    `${active === 1 ? "project" : "projects"} (interim figures) left out.`,
  interimNote: "The figures of active projects are interim.",
  columnCode: "Code",
  columnName: "Name",
  columnPeriod: "Period",
  columnStatus: "Status",
  columnPlanned: "Participants, planned",
  columnActual: "Participants, actual",
  columnRealisation: "Realisation",
  columnFundingPlanned: "Public funding, planned",
  columnFundingActual: "Public funding, actual",
  columnUtilisation: "Utilisation",
  columnFile: "File",
  columnLine: "Line",
  columnLevel: "Level",
  columnMessage: "Message",
  columnProjects: "Projects",
  columnActive: "Active",
  columnFirstStart: "Earliest start",
  columnLastEnd: "Latest end",
  columnCount: "Count",
  columnDiagnostic: "Diagnostic",
  columnCheck: "Check",
  columnDetail: "Detail",
  columnMetric: "Metric",
  columnDefinition: "Definition",
  columnN: "n (projects)",
  columnFigure: "Figure",
  columnValue: "Value",
  columnReason: "Reason",
});

/**
 * The title of each table of the report: its sheet in `report.xlsx`, its
 * caption in the Word report. A table not named here keeps its file name.
 */
export const TABLE_TITLES = defineMessages({
  projects: "Hankkeet",
  texts: "Hankkeiden tekstit",
  "summary-overall": "Yhteenveto",
  "summary-interim-apart": "Käynnissä olevat erikseen",
  "summary-by-period": "Ohjelmakausittain",
  "summary-by-region": "Maakunnittain",
  "summary-by-axis": "Toimintalinjoittain",
  diagnostics: "Huomautukset",
  "suspicious-values": "Tarkistettavat arvot",
  "register-crosscheck": "Rekisterivertailu",
  "projects-without-participants": "Ilman henkilöitä",
  regions: "Maakunnat",
  beneficiaries: "Tuensaajat",
  "cohorts-start-year": "Alkamisvuodet",
  "cohorts-duration": "Suunniteltu kesto",
  distributions: "Jakaumat",
  "distributions-outliers": "Poikkeavat hankkeet",
  "costs-per-result": "Kustannus tulosta kohden",
  "themes-by-period": "Teemat ohjelmakausittain",
  "themes-crosswalk": "Teemojen vastaavuudet",
}, {
  projects: "Projects",
  texts: "Project texts",
  "summary-overall": "Summary",
  "summary-interim-apart": "Active projects apart",
  "summary-by-period": "By programme period",
  "summary-by-region": "By region",
  "summary-by-axis": "By priority axis",
  diagnostics: "Diagnostics",
  "suspicious-values": "Values to check",
  "register-crosscheck": "Register cross-check",
  "projects-without-participants": "Without participants",
  regions: "Regions",
  beneficiaries: "Beneficiaries",
  "cohorts-start-year": "Start years",
  "cohorts-duration": "Planned duration",
  distributions: "Distributions",
  "distributions-outliers": "Outliers",
  "costs-per-result": "Cost per result",
  "themes-by-period": "Themes by period",
  "themes-crosswalk": "Theme crosswalk",
});
