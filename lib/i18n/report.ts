/**
 * Every string of the report's page (`index.html`), in both languages.
 *
 * Keys: headings and texts are plain names (`keyFigures`, `noDiagnostics`),
 * table headers start with `column`; texts that show counts are functions of them.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** What the page says about the register cross-check. */
export interface RegisterComparison {
  file: string;
  projects: number;
  compared: number;
  missing: readonly string[];
  mismatches: readonly unknown[];
}

/**
 * The strings of the report's page.
 *
 * @example Usage
 * ```ts
 * import { REPORT_TEXT } from "./report.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(REPORT_TEXT.en.counts(7, 5, 2), "7 files, 5 projects, 2 active (interim figures)");
 * ```
 */
export const REPORT_TEXT = defineMessages({
  title: "ESR-hankkeiden arviointiaineisto",
  generated: "Tuotettu",
  corpus: "Aineisto",
  counts: (files: number, projects: number, active: number) =>
    `${files} tiedostoa, ${projects} hanketta, ${active} käynnissä (luvut väliaikaisia)`,
  keyFigures: "Keskeiset luvut",
  realisation: "Osallistujien toteutumisaste (painotettu)",
  womenShare: "Naisten osuus toteutuneista osallistujista",
  utilisation: "Julkisen rahoituksen käyttöaste",
  utilisationEnded: "Julkisen rahoituksen käyttöaste, päättyneet hankkeet",
  cost: "Julkinen rahoitus / toteutunut osallistuja",
  basis: (n: string) => `n = ${n} hankkeen luvuista`,
  charts: "Kuviot",
  byPeriod: "Ohjelmakausittain",
  projects: "Hankkeet",
  diagnostics: "Mitä ei voitu lukea",
  noDiagnostics: "Kaikki tiedostot luettiin ilman huomautuksia.",
  downloads: "Tiedostot",
  register: "Vertailu hankerekisteriin",
  registerSummary: (r: RegisterComparison) =>
    `Rekisteri ${r.file}: ${r.projects} hanketta. Aineiston hankkeista ${r.compared} on rekisterissä; ` +
    `eroja ${r.mismatches.length}; puuttuu rekisteristä: ${r.missing.join(", ") || "ei yhtään"}.`,
  columnCode: "Koodi",
  columnName: "Nimi",
  columnPeriod: "Kausi",
  columnStatus: "Tila",
  columnPlanned: "Osallistujat, suunniteltu",
  columnActual: "Osallistujat, toteutunut",
  columnRealisation: "Toteutumisaste",
  columnFundingPlanned: "Julkinen rahoitus, suunniteltu €",
  columnFundingActual: "Julkinen rahoitus, toteutunut €",
  columnUtilisation: "Käyttöaste",
  columnFile: "Tiedosto",
  columnLine: "Rivi",
  columnLevel: "Taso",
  columnMessage: "Viesti",
  columnProjects: "Hankkeita",
}, {
  title: "ESF projects: evaluation material",
  generated: "Generated",
  corpus: "Corpus",
  counts: (files: number, projects: number, active: number) =>
    `${files} files, ${projects} projects, ${active} active (interim figures)`,
  keyFigures: "Key figures",
  realisation: "Participant realisation (weighted)",
  womenShare: "Women's share of actual participants",
  utilisation: "Public funding utilisation",
  utilisationEnded: "Public funding utilisation, ended projects",
  cost: "Public funding per actual participant",
  basis: (n: string) => `n = ${n} projects' figures`,
  charts: "Charts",
  byPeriod: "By programme period",
  projects: "Projects",
  diagnostics: "What could not be read",
  noDiagnostics: "Every file was read without a diagnostic.",
  downloads: "Files",
  register: "Comparison with the project register",
  registerSummary: (r: RegisterComparison) =>
    `Register ${r.file}: ${r.projects} projects. Of the corpus projects, ${r.compared} are in the register; ` +
    `${r.mismatches.length} disagreements; not in the register: ${r.missing.join(", ") || "none"}.`,
  columnCode: "Code",
  columnName: "Name",
  columnPeriod: "Period",
  columnStatus: "Status",
  columnPlanned: "Participants, planned",
  columnActual: "Participants, actual",
  columnRealisation: "Realisation",
  columnFundingPlanned: "Public funding, planned €",
  columnFundingActual: "Public funding, actual €",
  columnUtilisation: "Utilisation",
  columnFile: "File",
  columnLine: "Line",
  columnLevel: "Level",
  columnMessage: "Message",
  columnProjects: "Projects",
});
