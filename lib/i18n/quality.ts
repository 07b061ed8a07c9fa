/**
 * What the report's quality tables say in words, in both languages: the
 * diagnostic codes and levels by name, the checks of the suspicious values
 * and why each value is flagged.
 *
 * @module
 */
import type { DiagnosticCode } from "../diagnostics.ts";
import { defineMessages } from "./mod.ts";

/**
 * Each diagnostic code, said in a few words (the English side follows the
 * meanings of `DIAGNOSTIC_CODES`).
 *
 * @example Usage
 * ```ts
 * import { DIAGNOSTIC_CODE_NAMES } from "./quality.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(DIAGNOSTIC_CODE_NAMES.fi.unreadable_value, "Arvoa ei voitu lukea");
 * ```
 */
export const DIAGNOSTIC_CODE_NAMES = defineMessages<Record<DiagnosticCode, string>>({
  empty_file: "Tyhjä tiedosto",
  binary_file: "Tiedosto ei ole tekstiä",
  file_too_large: "Liian suuri tiedosto",
  unreadable_file: "Tiedostoa ei voitu avata",
  not_a_project_description: "Ei hankekuvaus",
  missing_project_code: "Hankekoodi puuttuu",
  invalid_record: "Tietue ei vastaa skeemaa",
  missing_section: "Osio puuttuu",
  missing_field: "Kenttä puuttuu",
  unreadable_value: "Arvoa ei voitu lukea",
  unusual_value: "Epätavallinen arvo",
  template_mismatch: "Koodi ei vastaa pohjaa",
  duplicate: "Kaksoiskappale",
  skipped_file: "Ohitettu tiedosto",
  register_mismatch: "Ero rekisteriin",
  register_unreadable: "Rekisterin arvoa ei voitu lukea",
  ambiguous_amount: "Monitulkintainen summa",
  inconsistent_figures: "Ristiriitaiset luvut",
  conflicting_values: "Kenttä kahdesti eri arvoin",
  encoding: "Merkistö korjattu",
  several_documents: "Monta kuvausta yhdessä tiedostossa",
  page_furniture: "Tulosteen ylä- ja alatunnisteet jätetty pois",
  column_layout: "Teksti sarakkeissa (pdftotext -layout)",
  unreadable_folder: "Kansiota ei voitu lukea",
  skipped_folder: "Ohitettu kansio",
  register_duplicate: "Hanke rekisterissä kahdesti",
  register_encoding: "Rekisterin merkistö vaihtelee",
  no_text_layer: "PDF ilman tekstiä (skannattu)",
  ocr_text: "PDF:n teksti tunnistettu skannatusta kuvasta (OCR)",
  unreadable_document: "Verkkosivua tai PDF:ää ei voitu lukea",
  incomplete_document: "Verkkosivu tai PDF luettu vajaana",
}, {
  empty_file: "Empty file",
  binary_file: "Not a text file",
  file_too_large: "File too large",
  unreadable_file: "File could not be opened",
  not_a_project_description: "Not a project description",
  missing_project_code: "Project code missing",
  invalid_record: "Record does not fit the schema",
  missing_section: "Section missing",
  missing_field: "Field missing",
  unreadable_value: "Value could not be read",
  unusual_value: "Unusual value",
  template_mismatch: "Code does not match the template",
  duplicate: "Duplicate",
  skipped_file: "Skipped file",
  register_mismatch: "Disagreement with the register",
  register_unreadable: "Register value could not be read",
  ambiguous_amount: "Ambiguous amount",
  inconsistent_figures: "Figures disagree",
  conflicting_values: "Field given twice, differently",
  encoding: "Encoding repaired",
  several_documents: "Several descriptions in one file",
  page_furniture: "A print's headers and footers left out",
  column_layout: "Text in columns (pdftotext -layout)",
  unreadable_folder: "Folder could not be read",
  skipped_folder: "Skipped folder",
  register_duplicate: "Project listed twice in the register",
  register_encoding: "Register's encoding varies",
  no_text_layer: "PDF without text (a scan)",
  ocr_text: "PDF's text recognised from a scan (OCR)",
  unreadable_document: "Web page or PDF could not be read",
  incomplete_document: "Web page or PDF read incompletely",
});

/** The levels of diagnostics. */
export const LEVEL_NAMES = defineMessages({
  error: "virhe",
  warning: "varoitus",
}, {
  error: "error",
  warning: "warning",
});

/** A flag of the suspicious values (`check` of `suspiciousValues()`). */
export type QualityCheck =
  | "women_exceed_total"
  | "women_none_actual"
  | "far_above_plan"
  | "utilisation_above_100"
  | "actual_without_plan"
  | "interim"
  | "negative_value"
  | "date_outside_period"
  | "over_10x";

/** Each check of the suspicious values, by name. */
export const CHECK_NAMES = defineMessages<Record<QualityCheck, string>>({
  women_exceed_total: "Naisia enemmän kuin kaikkiaan",
  women_none_actual: "Naisia suunniteltu, toteutunut 0",
  far_above_plan: "Toteutunut selvästi yli suunnitellun",
  utilisation_above_100: "Käyttöaste yli 100\u00A0%",
  actual_without_plan: "Toteutunut ilman suunniteltua",
  interim: "Käynnissä: luvut väliaikaisia",
  negative_value: "Negatiivinen summa",
  date_outside_period: "Päivämäärä ohjelmakauden ulkopuolella",
  over_10x: "Yli kymmenkertainen suunniteltuun",
}, {
  women_exceed_total: "More women than in all",
  women_none_actual: "Women planned, none actual",
  far_above_plan: "Actual far above plan",
  utilisation_above_100: "Utilisation above 100%",
  actual_without_plan: "Actual without a plan",
  interim: "Active: figures are interim",
  negative_value: "Negative amount",
  date_outside_period: "Date outside the programme period",
  over_10x: "Over 10× the plan",
});

/** Why a value is flagged, with its figures (already formatted in the language). */
export const CHECK_DETAILS = defineMessages({
  women_exceed_total: (women: string, total: string) => `${women} naista, kaikkiaan ${total}`,
  women_none_actual: (total: string, planned: string) =>
    `toteutunut 0 naista ${total} osallistujasta, suunniteltu ${planned} naista`,
  far_above_plan: (actual: string, planned: string) => `toteutunut ${actual}, suunniteltu ${planned}`,
  utilisation_above_100: (share: string) => `käytetty ${share}`,
  actual_without_plan: (actual: string, planned: string) => `toteutunut ${actual}, suunniteltu ${planned}`,
  interim: (status: string) => `"${status}": toteutuneet luvut ovat väliaikaisia`,
  negative_value: (amount: string) => `${amount}: summa on alle nollan`,
  date_outside_period: (date: string, from: string, to: string) =>
    `${date}: ohjelmakauden rajojen ${from}–${to} ulkopuolella`,
  over_10x: (actual: string, planned: string) => `toteutunut ${actual}, suunniteltu ${planned}: yli kymmenkertainen`,
}, {
  women_exceed_total: (women: string, total: string) => `${women} women of ${total} in all`,
  women_none_actual: (total: string, planned: string) => `0 women of ${total} actual against ${planned} planned`,
  far_above_plan: (actual: string, planned: string) => `${actual} actual against ${planned} planned`,
  utilisation_above_100: (share: string) => `${share} used`,
  actual_without_plan: (actual: string, planned: string) => `actual ${actual} with planned ${planned}`,
  interim: (status: string) => `"${status}": its actual figures are interim`,
  negative_value: (amount: string) => `${amount}: an amount below zero`,
  date_outside_period: (date: string, from: string, to: string) =>
    `${date}: outside the programme's bounds ${from}–${to}`,
  over_10x: (actual: string, planned: string) => `${actual} actual against ${planned} planned: over 10×`,
});
