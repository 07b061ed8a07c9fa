/**
 * The messages of diagnostics, in both languages. Each message belongs to one
 * code of `lib/diagnostics.ts` (`MESSAGE_CODES`); `diagnostic()` makes them.
 *
 * @module
 */
import { formatDate } from "./format.ts";
import { defineMessages } from "./mod.ts";
import { describeProblem, type ValueProblem } from "./values.ts";

const HEADER = '"… rahoittaman projektin/hankkeen kuvaus"';
const CODE_LINES = '"Projektikoodi:"/"Hankekoodi:"';

/** Every diagnostic message. */
export const DIAGNOSTIC_MESSAGES = defineMessages({
  empty_file: () => "Tiedosto on tyhjä.",
  binary_nul_bytes: () => "Tiedosto ei ole tekstiä: siinä on NUL-tavuja; sitä ei luettu pidemmälle.",
  binary_control_characters: (controls: number, length: number) =>
    `Tiedosto ei ole tekstiä: ${controls} sen ${length} merkistä on ohjausmerkkejä.`,
  file_too_large: (bytes: number, max: number) =>
    `Tiedostossa on ${bytes} tavua, enemmän kuin hankekuvauksessa voi olla (${max}); sitä ei luettu.`,
  not_a_regular_file: () => "Ei tavallinen tiedosto.",
  unreadable_file: (reason: string) => `Tiedostoa ei voitu lukea: ${reason}.`,
  not_a_project_description: () => `Ei EURA-hankekuvaus: otsikkoa ${HEADER} tai riviä ${CODE_LINES} ei löytynyt.`,
  missing_project_code: () => `Asiakirjassa ei ole arvoa ${CODE_LINES}: hanketta ei voida tunnistaa.`,
  invalid_record: (detail: string) => `Tietue ei vastaa skeemaa: ${detail}`,
  missing_section: (section: string) => `Osiota "${section}" ei löytynyt; asiakirja voi olla katkennut.`,
  missing_field: (label: string, column: string) => `Riviä "${label}" ei löytynyt (${column}).`,
  missing_fund: () => "Rahastoa (ESR tai EAKR) ei tunnistettu.",
  missing_women: (label: string, column: string) => `"${label}" ei kerro naisten määrää (${column}).`,
  no_sustainability_scores: () => "Kestävän kehityksen osiossa ei ole pisteitä.",
  unreadable_value: (label: string, column: string, problem: ValueProblem) =>
    `Arvoa "${label}" ei voitu lukea (${column}): ${describeProblem(problem, "fi")}.`,
  coded_title_without_number: (label: string, value: string) => `${label} "${value}": numero puuttuu.`,
  unreadable_sustainability_line: (text: string) => `Kestävän kehityksen riviä "${text}" ei voitu lukea.`,
  unusual_project_code: (code: string) => `Hankekoodi "${code}" ei ole tavallista muotoa S12345.`,
  unusual_business_id: (id: string) => `Y-tunnus "${id}" ei ole muotoa 1234567-8.`,
  end_before_start: (end: string, start: string) =>
    `Päättymispäivä ${formatDate(end, "fi")} on ennen alkamispäivää ${formatDate(start, "fi")}.`,
  template_mismatch: (code: string, codePeriod: string, period: string) =>
    `Hankekoodi ${code} kuuluu kauteen ${codePeriod}, mutta asiakirja on kauden ${period} pohjalla.`,
  duplicate_identical: (code: string, kept: string) =>
    `Hankkeen ${code} kaksoiskappale: identtinen kopio tiedostosta ${kept}, joka otettiin mukaan.`,
  duplicate_differs: (code: string, kept: string, columns: string[]) =>
    `Hankkeen ${code} kaksoiskappale: mukaan otettiin ${kept}; tämä tiedosto eroaa sarakkeissa ${columns.join(", ")}.`,
  skipped_file: () => "Ei luettu: kansioista luetaan vain *.txt-tiedostot; nimeä tiedosto, jos haluat lukea sen.",
  register_mismatch: (field: string, document: string, file: string, line: number, register: string) =>
    `${field}: asiakirjassa ${document}, rekisterissä (${file} rivi ${line}) ${register}.`,
  register_row_without_code: () => "Rivillä ei ole hankekoodia (Koodi); se ohitettiin.",
  register_unreadable_value: (column: string, problem: ValueProblem) => `${column}: ${describeProblem(problem, "fi")}.`,
  register_unknown_fund: (fund: string) => `Rahasto "${fund}" ei ole ESR eikä EAKR.`,
}, {
  empty_file: () => "The file is empty.",
  binary_nul_bytes: () => "The file is not text: it contains NUL bytes; it was not read further.",
  binary_control_characters: (controls: number, length: number) =>
    `The file is not text: ${controls} of its ${length} characters are control characters.`,
  file_too_large: (bytes: number, max: number) =>
    `The file has ${bytes} bytes, more than the ${max} a project description can have; it was not read.`,
  not_a_regular_file: () => "Not a regular file.",
  unreadable_file: (reason: string) => `Could not read the file: ${reason}.`,
  not_a_project_description: () =>
    `Not a EURA project description: neither the header ${HEADER} nor a ${CODE_LINES} line was found.`,
  missing_project_code: () => `The document has no ${CODE_LINES} value: the project cannot be identified.`,
  invalid_record: (detail: string) => `The record does not fit the schema: ${detail}`,
  missing_section: (section: string) => `Section "${section}" was not found; the document may be truncated.`,
  missing_field: (label: string, column: string) => `No "${label}" line was found for ${column}.`,
  missing_fund: () => "The fund (ESR or EAKR) could not be recognised.",
  missing_women: (label: string, column: string) => `"${label}" gives no number of women (${column}).`,
  no_sustainability_scores: () => "The sustainability section has no scores.",
  unreadable_value: (label: string, column: string, problem: ValueProblem) =>
    `Could not read "${label}" (${column}): ${describeProblem(problem, "en")}.`,
  coded_title_without_number: (label: string, value: string) => `${label} "${value}" has no number.`,
  unreadable_sustainability_line: (text: string) => `Could not read the sustainability line "${text}".`,
  unusual_project_code: (code: string) => `Project code "${code}" is not of the usual form S12345.`,
  unusual_business_id: (id: string) => `Business ID "${id}" is not of the form 1234567-8.`,
  end_before_start: (end: string, start: string) => `The end date ${end} is before the start ${start}.`,
  template_mismatch: (code: string, codePeriod: string, period: string) =>
    `Project code ${code} belongs to ${codePeriod}, but the document uses the ${period} template.`,
  duplicate_identical: (code: string, kept: string) =>
    `Duplicate of project ${code}: an identical copy of ${kept}, which was kept.`,
  duplicate_differs: (code: string, kept: string, columns: string[]) =>
    `Duplicate of project ${code}: ${kept} was kept; this file differs in ${columns.join(", ")}.`,
  skipped_file: () => "Not read: only *.txt files are read from folders; name the file to read it anyway.",
  register_mismatch: (field: string, document: string, file: string, line: number, register: string) =>
    `${field}: the document gives ${document}, the register (${file} line ${line}) ${register}.`,
  register_row_without_code: () => "The row has no project code (Koodi); it was skipped.",
  register_unreadable_value: (column: string, problem: ValueProblem) => `${column}: ${describeProblem(problem, "en")}.`,
  register_unknown_fund: (fund: string) => `Rahasto "${fund}" is neither ESR nor EAKR.`,
});
