/**
 * Names the analyses print, in both languages: regions (Finnish names and
 * Statistics Finland's English ones), themes of the period crosswalk,
 * metrics, results a cost is counted per, and the project texts searched.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

const REGIONS_FI: Record<string, string> = {
  MK01: "Uusimaa",
  MK02: "Varsinais-Suomi",
  MK04: "Satakunta",
  MK05: "Kanta-Häme",
  MK06: "Pirkanmaa",
  MK07: "Päijät-Häme",
  MK08: "Kymenlaakso",
  MK09: "Etelä-Karjala",
  MK10: "Etelä-Savo",
  MK11: "Pohjois-Savo",
  MK12: "Pohjois-Karjala",
  MK13: "Keski-Suomi",
  MK14: "Etelä-Pohjanmaa",
  MK15: "Pohjanmaa",
  MK16: "Keski-Pohjanmaa",
  MK17: "Pohjois-Pohjanmaa",
  MK18: "Kainuu",
  MK19: "Lappi",
  MK21: "Ahvenanmaa",
};

const REGIONS_EN: Record<string, string> = {
  MK01: "Uusimaa",
  MK02: "Southwest Finland",
  MK04: "Satakunta",
  MK05: "Kanta-Häme",
  MK06: "Pirkanmaa",
  MK07: "Päijät-Häme",
  MK08: "Kymenlaakso",
  MK09: "South Karelia",
  MK10: "South Savo",
  MK11: "North Savo",
  MK12: "North Karelia",
  MK13: "Central Finland",
  MK14: "South Ostrobothnia",
  MK15: "Ostrobothnia",
  MK16: "Central Ostrobothnia",
  MK17: "North Ostrobothnia",
  MK18: "Kainuu",
  MK19: "Lapland",
  MK21: "Åland",
};

const THEMES_FI: Record<string, string> = {
  employment: "Työllisyys",
  skills: "Osaaminen ja koulutus",
  inclusion: "Sosiaalinen osallisuus",
  work_life: "Työelämä ja yritykset",
  cooperation: "Kansainvälinen yhteistyö",
  technical_assistance: "Tekninen tuki",
  unmapped: "Ei teemaa (toimintalinja ei tiedossa)",
};

const THEMES_EN: Record<string, string> = {
  employment: "Employment",
  skills: "Skills and education",
  inclusion: "Social inclusion",
  work_life: "Working life and enterprises",
  cooperation: "Transnational cooperation",
  technical_assistance: "Technical assistance",
  unmapped: "No theme (axis not known)",
};

const METRICS_FI: Record<string, string> = {
  n_projects: "Hankkeita",
  participant_realisation: "Osallistujien toteutumisaste",
  women_share_actual: "Naisten osuus, toteutunut",
  funding_utilisation: "Julkisen rahoituksen käyttöaste",
  funding_utilisation_eu_state: "EU- ja valtion rahoituksen käyttöaste",
  company_realisation: "Osallistuvien yritysten toteutumisaste",
  funding_public_planned: "Suunniteltu julkinen rahoitus",
  funding_public_actual: "Toteutunut julkinen rahoitus",
  participants_actual: "Toteutuneet osallistujat",
  cost_per_participant: "€ / osallistuja",
};

const METRICS_EN: Record<string, string> = {
  n_projects: "Projects",
  participant_realisation: "Participant realisation",
  women_share_actual: "Women's share, actual",
  funding_utilisation: "Public funding utilisation",
  funding_utilisation_eu_state: "EU and state funding utilisation",
  company_realisation: "Participating companies' realisation",
  funding_public_planned: "Planned public funding",
  funding_public_actual: "Actual public funding",
  participants_actual: "Actual participants",
  cost_per_participant: "€ per participant",
};

const RESULTS_FI: Record<string, string> = {
  cost_per_participant: "osallistuja",
  cost_per_woman_participant: "naisosallistuja",
  cost_per_new_job: "uusi työpaikka",
  cost_per_new_enterprise: "uusi yritys",
  cost_per_participating_company: "osallistuva yritys",
  cost_per_degree: "suoritettu tutkinto",
};

const RESULTS_EN: Record<string, string> = {
  cost_per_participant: "participant",
  cost_per_woman_participant: "woman participant",
  cost_per_new_job: "new job",
  cost_per_new_enterprise: "new enterprise",
  cost_per_participating_company: "participating company",
  cost_per_degree: "completed degree",
};

const FIELDS_FI: Record<string, string> = {
  name: "Nimi",
  summary: "Tiivistelmä",
  target_groups: "Kohderyhmät",
  indirect_target_groups: "Välilliset kohderyhmät",
  final_report_summary: "Loppuraportti",
};

const FIELDS_EN: Record<string, string> = {
  name: "Name",
  summary: "Summary",
  target_groups: "Target groups",
  indirect_target_groups: "Indirect target groups",
  final_report_summary: "Final report",
};

const AREA_KINDS_FI: Record<string, string> = {
  region: "maakunta",
  nationwide: "valtakunnallinen",
  unrecognised: "tunnistamaton",
  none: "ei maakuntaa",
};

const AREA_KINDS_EN: Record<string, string> = {
  region: "region",
  nationwide: "nationwide",
  unrecognised: "not recognised",
  none: "no region",
};

/**
 * The names of the analyses. Codes and keys not in the tables are shown as they are.
 *
 * @example Usage
 * ```ts
 * import { ANALYSIS_NAMES } from "./analysis_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(ANALYSIS_NAMES.fi.region("MK11"), "Pohjois-Savo");
 * assertEquals(ANALYSIS_NAMES.en.region("MK11"), "North Savo");
 * assertEquals(ANALYSIS_NAMES.en.costPer("cost_per_degree"), "€ per completed degree");
 * ```
 */
export const ANALYSIS_NAMES = defineMessages({
  region: (code: string) => REGIONS_FI[code] ?? code,
  nationwide: "koko Suomi",
  nationwideTile: "Valtakunnalliset",
  noRegion: "ei maakuntaa",
  unrecognisedRegion: (printed: string) => `${printed} (ei tunnistettu)`,
  theme: (key: string) => THEMES_FI[key] ?? key,
  metric: (key: string) => METRICS_FI[key] ?? (key.startsWith("cost_per_") ? `€ / ${RESULTS_FI[key] ?? key}` : key),
  result: (key: string) => RESULTS_FI[key] ?? key,
  costPer: (key: string) => `€ / ${RESULTS_FI[key] ?? key}`,
  field: (key: string) => FIELDS_FI[key] ?? key,
  lead: "päätoteuttajana",
  coImplementer: "osatoteuttajana",
  unknownDuration: "ei tiedossa",
  side: (side: string) => side === "low" ? "alarajan alla" : side === "high" ? "ylärajan yllä" : side,
  areaKind: (kind: string) => AREA_KINDS_FI[kind] ?? kind,
}, {
  region: (code: string) => REGIONS_EN[code] ?? code,
  nationwide: "Nationwide",
  nationwideTile: "Nationwide",
  noRegion: "no region",
  unrecognisedRegion: (printed: string) => `${printed} (not recognised)`,
  theme: (key: string) => THEMES_EN[key] ?? key,
  metric: (key: string) => METRICS_EN[key] ?? (key.startsWith("cost_per_") ? `€ per ${RESULTS_EN[key] ?? key}` : key),
  result: (key: string) => RESULTS_EN[key] ?? key,
  costPer: (key: string) => `€ per ${RESULTS_EN[key] ?? key}`,
  field: (key: string) => FIELDS_EN[key] ?? key,
  lead: "as lead",
  coImplementer: "as co-implementer",
  unknownDuration: "not known",
  side: (side: string) => side === "low" ? "below the lower fence" : side === "high" ? "above the upper fence" : side,
  areaKind: (kind: string) => AREA_KINDS_EN[kind] ?? kind,
});
