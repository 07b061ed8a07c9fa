/**
 * The messages of diagnostics, in both languages. Each message belongs to one
 * code of `lib/diagnostics.ts` (`MESSAGE_CODES`); `diagnostic()` makes them.
 *
 * @module
 */
import { formatDate } from "./format.ts";
import { defineMessages, type Language } from "./mod.ts";
import { describeProblem, type ValueProblem } from "./values.ts";

const HEADER = '"… rahoittaman projektin/hankkeen kuvaus"';
const CODE_LINES = '"Projektikoodi:"/"Hankekoodi:"';

/** An amount said unambiguously in either language: grouped by no-break spaces, decimal comma in Finnish. */
function amountText(value: number, lang: Language): string {
  const text = value.toLocaleString("en-US", { maximumFractionDigits: 3 }).replaceAll(",", "\u00A0");
  return lang === "fi" ? text.replace(".", ",") : text;
}

/** How an ambiguous amount was decided. */
export type AmountDecision = "whole_euros" | "parts";

const DECISIONS: Record<Language, Record<AmountDecision, string>> = {
  fi: {
    whole_euros: "asiakirjan muut summat ovat täysiä euroja",
    parts: "vain niin EU- ja valtion rahoitus mahtuu julkiseen rahoitukseen",
  },
  en: {
    whole_euros: "the document's other amounts are whole euros",
    parts: "only so does EU and state funding fit within the public funding",
  },
};

const lineList = (values: string[], lines: number[], line: string) =>
  values.map((value, i) => `"${value}" (${line} ${lines[i]})`).join(", ");

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
  ambiguous_amount_decided: (label: string, column: string, raw: string, value: number, how: AmountDecision) =>
    `"${label}" on "${raw}": luettu ${amountText(value, "fi")} (${column}), koska ${
      DECISIONS.fi[how]
    }; pilkku tai piste ennen kolmea numeroa voisi merkitä myös desimaaleja.`,
  ambiguous_amount: (label: string, column: string, raw: string, thousands: number, decimal: number) =>
    `"${label}" on "${raw}": se voi olla ${amountText(thousands, "fi")} tai ${
      amountText(decimal, "fi")
    }, eikä asiakirja ratkaise kumpi; arvoa ei luettu (${column}).`,
  women_exceed_total: (label: string, column: string, women: number, total: number) =>
    `"${label}": naisia ${women}, enemmän kuin kaikkiaan ${total} (${column}); tarkista luvut.`,
  men_exceed_total: (label: string, men: number, total: number) =>
    `"${label}": miehiä ${men}, enemmän kuin kaikkiaan ${total}; tarkista luvut.`,
  parts_do_not_add_up: (label: string, women: number, men: number, total: number) =>
    `"${label}": naisia ${women} ja miehiä ${men} ei ole yhteensä ${total}; tarkista luvut.`,
  conflicting_values: (label: string, column: string, values: string[], lines: number[]) =>
    `"${label}" on annettu eri arvoin: ${lineList(values, lines, "rivi")}; arvoa ei luettu (${column}).`,
  encoding_repaired_bytes: (detail: string) =>
    `Tavut, jotka eivät ole UTF-8:aa, luettiin Windows-1252-merkkeinä: ${detail}.`,
  encoding_c1_controls: (detail: string) => `C1-ohjausmerkit luettiin Windows-1252-merkkeinä: ${detail}.`,
  encoding_bom_mismatch: () =>
    "Tiedosto alkaa UTF-8-tunnisteella (BOM), mutta sen teksti ei ole UTF-8:aa; se luettiin Windows-1252-merkistönä.",
  encoding_mac_roman: () => "Tiedosto luettiin Mac Roman -merkistönä (sen tavut ä- ja ö-kirjaimille); tarkista nimet.",
  encoding_mojibake: () =>
    'Teksti oli UTF-8:aa, joka oli luettu Windows-1252-merkkeinä ja tallennettu uudelleen ("Ã¤" eikä "ä"); se luettiin takaisin.',
  several_documents: (count: number, lines: number[]) =>
    `Tiedostossa on ${count} hankekuvausta (alkavat riveiltä ${lines.join(", ")}); kukin luettiin omaksi rivikseen.`,
  several_documents_first_only: (count: number, lines: number[]) =>
    `Tekstissä on ${count} hankekuvausta (alkavat riveiltä ${
      lines.join(", ")
    }); parseDocument luki vain ensimmäisen (käytä parseDocuments).`,
  normalised_project_code: (raw: string, code: string) => `Hankekoodi oli kirjoitettu "${raw}"; luettu ${code}.`,
  ambiguous_project_code: (raw: string, codes: string[]) =>
    `Hankekoodin rivillä "${raw}" on monta koodia (${codes.join(", ")}); koodia ei luettu.`,
  co_implementers_end: () =>
    "Rivi ei näytä osatoteuttajalta (yhteystieto?): osatoteuttajien luettelo päättyy ennen sitä, eikä sitä luettu.",
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
  ambiguous_amount_decided: (label: string, column: string, raw: string, value: number, how: AmountDecision) =>
    `"${label}" is "${raw}": read as ${amountText(value, "en")} (${column}) because ${
      DECISIONS.en[how]
    }; a comma or dot before three digits could also mark decimals.`,
  ambiguous_amount: (label: string, column: string, raw: string, thousands: number, decimal: number) =>
    `"${label}" is "${raw}": it may be ${amountText(thousands, "en")} or ${
      amountText(decimal, "en")
    }, and the document does not say which; not read (${column}).`,
  women_exceed_total: (label: string, column: string, women: number, total: number) =>
    `"${label}": ${women} women, more than the ${total} in all (${column}); check the figures.`,
  men_exceed_total: (label: string, men: number, total: number) =>
    `"${label}": ${men} men, more than the ${total} in all; check the figures.`,
  parts_do_not_add_up: (label: string, women: number, men: number, total: number) =>
    `"${label}": ${women} women and ${men} men do not add up to ${total}; check the figures.`,
  conflicting_values: (label: string, column: string, values: string[], lines: number[]) =>
    `"${label}" is given with different values: ${lineList(values, lines, "line")}; not read (${column}).`,
  encoding_repaired_bytes: (detail: string) => `Bytes that are not UTF-8 were read as Windows-1252: ${detail}.`,
  encoding_c1_controls: (detail: string) => `C1 control characters were read as Windows-1252: ${detail}.`,
  encoding_bom_mismatch: () =>
    "The file starts with a UTF-8 byte-order mark, but its text is not UTF-8: it was read as Windows-1252.",
  encoding_mac_roman: () => "The file was read as Mac Roman (from its bytes for ä and ö); check its names.",
  encoding_mojibake: () => 'The text was UTF-8 read as Windows-1252 and saved again ("Ã¤" for "ä"); it was read back.',
  several_documents: (count: number, lines: number[]) =>
    `The file holds ${count} project descriptions (starting at lines ${
      lines.join(", ")
    }); each was read as its own row.`,
  several_documents_first_only: (count: number, lines: number[]) =>
    `The text holds ${count} project descriptions (starting at lines ${
      lines.join(", ")
    }); parseDocument read only the first (use parseDocuments).`,
  normalised_project_code: (raw: string, code: string) => `The project code was printed as "${raw}"; read as ${code}.`,
  ambiguous_project_code: (raw: string, codes: string[]) =>
    `The code line "${raw}" holds several codes (${codes.join(", ")}); no code was read.`,
  co_implementers_end: () =>
    "This line does not look like a co-implementer (a contact detail?): the list of co-implementers ends before it, and it was not read.",
});
