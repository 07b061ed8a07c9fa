/**
 * The messages of diagnostics, in both languages. Each message belongs to one
 * code of `lib/diagnostics.ts` (`MESSAGE_CODES`); `diagnostic()` makes them.
 *
 * @module
 */
import type { DocumentForm } from "../schema.ts";
import {
  amountText,
  comparedValue,
  differingText,
  lineList,
  named,
  startList,
  TEMPLATE_HEADER as HEADER,
} from "./diagnostic_values.ts";
import { formatDate, formatInteger } from "./format.ts";
import { defineMessages, type Language } from "./mod.ts";
import { describeProblem, type ValueProblem } from "./values.ts";
import { FORMS, SPECIAL_KINDS, type SpecialKind } from "./diagnostic_places.ts";
import { EXTRACTION_MESSAGES } from "./diagnostic_extraction.ts";
import { SHEET_MESSAGES } from "./diagnostic_sheets.ts";
import { PROGRAMME_TITLE_MESSAGES } from "./diagnostic_programme.ts";
import { FIELD_MESSAGES } from "./diagnostic_fields.ts";
import { REGISTER_MESSAGES } from "./diagnostic_register.ts";

export { placeNote, type SpecialKind } from "./diagnostic_places.ts";

const CODE_LINES = '"Projektikoodi:"/"Hankekoodi:"';
/** The rest of a list of starts that names only the first few (see `startList`). */
const MORE_FI = (n: number) => ` ja ${n} muulta`;
const MORE_EN = (n: number) => ` and ${n} more`;
/** What a `register_other_project` message says: the code, the document's name and dates, the register's row and its. */
type OtherProject = [
  code: string,
  name: string,
  start: string,
  end: string,
  file: string,
  line: number,
  theirName: string,
  theirStart: string,
  theirEnd: string,
];

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
  value_at_cut: (column: string) =>
    `Tiedosto päättyy tälle riville ennen pohjan seuraavia osioita: sen arvo (${named(column, "fi")}) voi olla ` +
    "katkennut, eikä sitä luettu.",
  value_at_document_end: (column: string) =>
    `Asiakirja päättyy tälle riville, ja tiedoston seuraava asiakirja alkaa heti sen jälkeen, ennen pohjan seuraavia ` +
    `osioita: arvo (${named(column, "fi")}) voi olla katkennut, eikä sitä luettu.`,
  missing_section: (section: string) => `Osiota "${section}" ei löytynyt; asiakirja voi olla katkennut.`,
  missing_section_near: (section: string, line: string) =>
    `Osiota "${section}" ei löytynyt otsikostaan; rivi "${line}" voi olla sen otsikko toisin kirjoitettuna. ` +
    "Osion arvoja ei luettu.",
  missing_field: (label: string, column: string) => `Riviä "${label}" ei löytynyt (${named(column, "fi")}).`,
  missing_fund: () => "Rahastoa (ESR tai EAKR) ei tunnistettu.",
  missing_women: (label: string, column: string) => `"${label}" ei kerro naisten määrää (${named(column, "fi")}).`,
  no_sustainability_scores: () => "Kestävän kehityksen osiossa ei ole pisteitä.",
  unreadable_value: (label: string, column: string, problem: ValueProblem) =>
    `Arvoa "${label}" ei voitu lukea (${named(column, "fi")}): ${describeProblem(problem, "fi")}.`,
  ...PROGRAMME_TITLE_MESSAGES.fi,
  ...FIELD_MESSAGES.fi,
  ...REGISTER_MESSAGES.fi,
  unreadable_sustainability_line: (text: string) => `Kestävän kehityksen riviä "${text}" ei voitu lukea.`,
  unusual_project_code: (code: string) => `Hankekoodi "${code}" ei ole tavallista muotoa S12345.`,
  unusual_business_id: (id: string) => `Y-tunnus "${id}" ei ole muotoa 1234567-8.`,
  business_id_check_digit: (id: string, expected: number | null) =>
    `Y-tunnuksen "${id}" tarkistusnumero on väärä: ${
      expected === null ? "sen numeroilla ei anneta Y-tunnusta" : `sen pitäisi olla ${expected}`
    }. Onko tunnus kirjoitettu väärin?`,
  unknown_status: (status: string) =>
    `Toiminnan tila "${status}" ei ole mikään EURA:n tiloista (Toiminnassa, Toiminta päättynyt, Keskeytynyt): ` +
    "ei tiedetä, ovatko hankkeen luvut lopullisia vai väliaikaisia.",
  end_before_start: (end: string, start: string) =>
    `Päättymispäivä ${formatDate(end, "fi")} on ennen alkamispäivää ${formatDate(start, "fi")}.`,
  template_mismatch: (code: string, codePeriod: string, period: string) =>
    `Hankekoodi ${code} kuuluu kauteen ${codePeriod}, mutta asiakirja on kauden ${period} pohjalla.`,
  duplicate_identical: (code: string, kept: string) =>
    `Hankkeen ${code} kaksoiskappale: identtinen kopio tiedostosta ${kept}, joka otettiin mukaan.`,
  duplicate_same_file: (kept: string) =>
    `Sama tiedosto kuin ${kept}, tavu tavulta: sen hankkeella ei ole koodia, joten se lasketaan kerran, tiedostosta ` +
    `${kept}.`,
  duplicate_differs: (code: string, kept: string, columns: string[], notRead: string[] = []) =>
    `Hankkeen ${code} kaksoiskappale: mukaan otettiin ${kept}; tämä tiedosto eroaa sarakkeissa ${
      differingText(columns, notRead, "fi")
    }.`,
  skipped_file: () =>
    "Ei luettu: kansioista luetaan vain *.txt-, *.html-, *.htm- ja *.pdf-tiedostot; nimeä tiedosto, jos haluat lukea sen.",
  register_mismatch: (field: string, document: unknown, file: string, line: number, register: unknown) =>
    `${named(field, "fi")}: asiakirjassa ${comparedValue(field, document, "fi")}, rekisterissä (${file} rivi ${line}) ${
      comparedValue(field, register, "fi")
    }.`,
  register_other_project: (...[code, name, start, end, file, line, theirName, theirStart, theirEnd]: OtherProject) =>
    `Nimi ja kumpikin päivä eroavat rekisterin koodin ${code} rivistä (${file} rivi ${line}): asiakirjassa "${name}", ` +
    `${formatDate(start, "fi")}–${formatDate(end, "fi")}, rekisterissä "${theirName}", ${
      formatDate(theirStart, "fi")
    }–` +
    `${formatDate(theirEnd, "fi")}. Koodi voi olla toisen hankkeen (kirjoitettu väärin?): muita tietoja ei verrattu.`,
  register_row_without_code: () => "Rivillä ei ole hankekoodia (Koodi); se ohitettiin.",
  register_unreadable_value: (column: string, problem: ValueProblem) => `${column}: ${describeProblem(problem, "fi")}.`,
  register_unknown_fund: (fund: string) => `Rahasto "${fund}" ei ole ESR eikä EAKR.`,
  ambiguous_amount_decided: (label: string, column: string, raw: string, value: number, how: AmountDecision) =>
    `"${label}" on "${raw}": luettu ${amountText(value, "fi")} (${named(column, "fi")}), koska ${
      DECISIONS.fi[how]
    }; pilkku tai piste ennen kolmea numeroa voisi merkitä myös desimaaleja.`,
  ambiguous_amount: (label: string, column: string, raw: string, thousands: number, decimal: number) =>
    `"${label}" on "${raw}": se voi olla ${amountText(thousands, "fi")} tai ${
      amountText(decimal, "fi")
    }, eikä asiakirja ratkaise kumpi; arvoa ei luettu (${named(column, "fi")}).`,
  women_exceed_total: (label: string, column: string, women: number, total: number) =>
    `"${label}": naisia ${women}, enemmän kuin kaikkiaan ${total} (${named(column, "fi")}); tarkista luvut.`,
  men_exceed_total: (label: string, men: number, total: number) =>
    `"${label}": miehiä ${men}, enemmän kuin kaikkiaan ${total}; tarkista luvut.`,
  part_exceeds_total: (label: string, part: number, totalLabel: string, total: number, totalLine: number) =>
    `"${label}" on ${amountText(part, "fi")}, enemmän kuin "${totalLabel}" ${
      amountText(total, "fi")
    } (rivi ${totalLine}), ` +
    "jonka osa se on; tarkista luvut.",
  parts_do_not_add_up: (label: string, women: number, men: number, total: number) =>
    `"${label}": naisia ${women} ja miehiä ${men} ei ole yhteensä ${total}; tarkista luvut.`,
  conflicting_values: (label: string, column: string, values: string[], lines: number[], more = 0) =>
    `"${label}" on annettu eri arvoin: ${lineList(values, lines, "rivi")}${
      more > 0 ? ` ja ${formatInteger(more, "fi")} muuta` : ""
    }; arvoa ei luettu (${named(column, "fi")}).`,
  encoding_repaired_bytes: (detail: string) =>
    `Tavut, jotka eivät ole UTF-8:aa, luettiin Windows-1252-merkkeinä: ${detail}.`,
  encoding_c1_controls: (detail: string) => `C1-ohjausmerkit luettiin Windows-1252-merkkeinä: ${detail}.`,
  encoding_bom_mismatch: () =>
    "Tiedosto alkaa UTF-8-tunnisteella (BOM), mutta sen teksti ei ole UTF-8:aa; se luettiin Windows-1252-merkistönä.",
  encoding_mac_roman: () => "Tiedosto luettiin Mac Roman -merkistönä (sen tavut ä- ja ö-kirjaimille); tarkista nimet.",
  encoding_dos: () => "Tiedosto luettiin DOS-merkistönä 850 (sen tavut ä- ja ö-kirjaimille); tarkista nimet.",
  encoding_quoted_printable: () =>
    "Teksti on quoted-printable-koodattua (=C3=A4 on ä, rivin lopun = jatkaa riviä), kuten sähköpostista " +
    "tallennettuna: tallenna viesti tekstinä tai pura koodaus; arvoja voi puuttua tai olla katkenneina.",
  encoding_mojibake: () =>
    'Teksti oli UTF-8:aa, joka oli luettu Windows-1252-merkkeinä ja tallennettu uudelleen ("Ã¤" eikä "ä"); se luettiin takaisin.',
  several_documents: (count: number, number: number, lines: number[]) =>
    `Tiedostossa on ${count} hankekuvausta, ja tämä on niistä ${number}. (ne alkavat riveiltä ${
      startList(lines, count, MORE_FI)
    }); kukin luettiin omaksi rivikseen.`,
  column_layout: () =>
    "Tekstissä nimikkeet ja arvot ovat välilyönnein tasatuissa sarakkeissa, kuten pdftotext -layout kirjoittaa " +
    "tulosteen: sarakkeessaan rivitetty nimike menettää arvonsa, ja rivitetty arvo on oma rivinsä. Lue itse PDF " +
    "(työkalu lukee .pdf-tiedostot) tai muunna se ilman -layout-valitsinta.",
  page_furniture: (count: number, lines: number[]) =>
    `Teksti on tulosteen teksti (sivut erotettu sivunvaihtomerkein, kuten pdftotext ne kirjoittaa): sen sivujen ylä- ja ` +
    `alatunnisteet ja sivunumerot jätettiin pois (rivit ${startList(lines, count, MORE_FI)}).`,
  several_documents_first_only: (count: number, lines: number[]) =>
    `Tekstissä on ${count} hankekuvausta (alkavat riveiltä ${
      startList(lines, count, MORE_FI)
    }); parseDocument luki vain ensimmäisen (käytä parseDocuments).`,
  normalised_project_code: (raw: string, code: string) => `Hankekoodi oli kirjoitettu "${raw}"; luettu ${code}.`,
  ambiguous_project_code: (raw: string, codes: string[]) =>
    `Hankekoodin rivillä "${raw}" on monta koodia (${codes.join(", ")}); koodia ei luettu.`,
  co_implementer_stray_id: (id: string) =>
    `Osatoteuttajien joukossa on Y-tunnus omalla rivillään ("${id}"), eikä voida tietää, kenen se on (ylempänä ` +
    "olevalla organisaatiolla on jo tunnus, ylempänä on useampi organisaatio ilman tunnusta tai ei yhtään): sitä ei luettu.",
  value_may_go_on: (label: string, column: string) =>
    `Rivillä ei ole nimikettä: se voi olla edellisen rivin arvon "${label}" (${
      named(column, "fi")
    }) jatko, ja arvo luettiin ilman ` +
    "sitä.",
  co_implementer_text_left_out: () =>
    "Osatoteuttajan Y-tunnuksen jälkeen on tekstiä (yhteyshenkilö?): sitä ei luettu, eikä sitä toisteta tässä.",
  co_implementers_end: () =>
    "Rivi ei näytä osatoteuttajalta (yhteystieto?): osatoteuttajien luettelo päättyy ennen sitä, eikä sitä luettu.",
  skipped_hidden_file: () => "Piilotiedosto (nimi alkaa pisteellä): ei luettu; nimeä tiedosto, jos haluat lukea sen.",
  special_file: (kind: SpecialKind) =>
    `Ei tavallinen tiedosto vaan ${
      SPECIAL_KINDS.fi[kind]
    }: ei avattu, koska sen lukeminen voisi jäädä odottamaan loputtomiin.`,
  broken_link: () => "Linkki, jonka kohdetta ei ole: ei luettu.",
  link_loop: () => "Linkki, joka johtaa kiertäen takaisin itseensä (silmukka): ei luettu.",
  file_name_not_utf8: () =>
    "Tiedoston nimi ei ole kelvollista UTF-8:aa, joten tiedostoa ei voi avata: nimeä se uudelleen (esim. convmv).",
  unreadable_folder: (reason: string) => `Kansiota ei voitu lukea: ${reason}; sen tiedostot puuttuvat aineistosta.`,
  folder_name_not_utf8: () =>
    "Kansion nimi ei ole kelvollista UTF-8:aa, joten sitä ei voi avata: nimeä se uudelleen; sen tiedostot puuttuvat aineistosta.",
  skipped_hidden_folder: () => "Piilokansio (nimi alkaa pisteellä): ei luettu; nimeä kansio, jos haluat lukea sen.",
  folder_read_already: () =>
    "Linkki kansioon, joka luetaan jo (silmukka tai toinen tie samaan kansioon): ei luettu toista kertaa.",
  register_truncated_row: (fields: number, expected: number) =>
    `Rivillä on vain ${fields} sen ${expected} kentästä (katkennut rivi?): puuttuvia kenttiä ei lueta eikä verrata.`,
  register_extra_fields: (fields: number, expected: number) =>
    `Rivillä on ${fields} kenttää, otsikkorivillä ${expected}: sarakkeet ovat siirtyneet, joten sen arvoja ei lueta eikä verrata.`,
  register_duplicate_identical: (code: string, line: number) =>
    `${code} on rekisterissä kahdesti: tämä rivi on identtinen kopio; käytetään riviä ${line}.`,
  register_mixed_encoding: (lines: number) =>
    `${lines} riviä ei ole UTF-8-merkistöä (ensimmäinen tämä); ne luettiin Windows-1252-merkistönä.`,
  ...EXTRACTION_MESSAGES.fi,
  ...SHEET_MESSAGES.fi,
  duplicate_other_form: (
    code: string,
    kept: string,
    keptForm: DocumentForm,
    form: DocumentForm,
    columns: string[],
    notRead: string[] = [],
  ) =>
    `Hankkeen ${code} kaksoiskappale toisessa muodossa: tämä ${FORMS.fi[form]} on sama hanke kuin ${
      FORMS.fi[keptForm]
    } ${kept}, joka otettiin mukaan; ${
      columns.length === 0 ? "arvot ovat samat" : `arvot eroavat sarakkeissa ${differingText(columns, notRead, "fi")}`
    }.`,
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
  value_at_cut: (column: string) =>
    `The file ends in this line, before the template's next sections: its value (${named(column, "en")}) may be ` +
    "cut off and was not read.",
  value_at_document_end: (column: string) =>
    `The document ends in this line, and the next one starts right after it, before the template's next sections: ` +
    `its value (${named(column, "en")}) may be cut off and was not read.`,
  missing_section: (section: string) => `Section "${section}" was not found; the document may be truncated.`,
  missing_section_near: (section: string, line: string) =>
    `Section "${section}" was not found by its heading; the line "${line}" may be its heading written otherwise. ` +
    "The section's values were not read.",
  missing_field: (label: string, column: string) => `No "${label}" line was found for ${named(column, "en")}.`,
  missing_fund: () => "The fund (ESR or EAKR) could not be recognised.",
  missing_women: (label: string, column: string) => `"${label}" gives no number of women (${named(column, "en")}).`,
  no_sustainability_scores: () => "The sustainability section has no scores.",
  unreadable_value: (label: string, column: string, problem: ValueProblem) =>
    `Could not read "${label}" (${named(column, "en")}): ${describeProblem(problem, "en")}.`,
  ...PROGRAMME_TITLE_MESSAGES.en,
  ...FIELD_MESSAGES.en,
  ...REGISTER_MESSAGES.en,
  unreadable_sustainability_line: (text: string) => `Could not read the sustainability line "${text}".`,
  unusual_project_code: (code: string) => `Project code "${code}" is not of the usual form S12345.`,
  unusual_business_id: (id: string) => `Business ID "${id}" is not of the form 1234567-8.`,
  business_id_check_digit: (id: string, expected: number | null) =>
    `Business ID "${id}" has a wrong check digit: ${
      expected === null ? "no business ID is issued with its digits" : `it should be ${expected}`
    }. Was the ID mistyped?`,
  unknown_status: (status: string) =>
    `Status "${status}" is none of EURA's (Toiminnassa, Toiminta päättynyt, Keskeytynyt): ` +
    "whether the project's figures are final or interim is not known.",
  end_before_start: (end: string, start: string) => `The end date ${end} is before the start ${start}.`,
  template_mismatch: (code: string, codePeriod: string, period: string) =>
    `Project code ${code} belongs to ${codePeriod}, but the document uses the ${period} template.`,
  duplicate_identical: (code: string, kept: string) =>
    `Duplicate of project ${code}: an identical copy of ${kept}, which was kept.`,
  duplicate_same_file: (kept: string) =>
    `The same file as ${kept}, byte for byte: its project has no code, so it is counted once, as ${kept}.`,
  duplicate_differs: (code: string, kept: string, columns: string[], notRead: string[] = []) =>
    `Duplicate of project ${code}: ${kept} was kept; this file differs in ${differingText(columns, notRead, "en")}.`,
  skipped_file: () =>
    "Not read: only *.txt, *.html, *.htm and *.pdf files are read from folders; name the file to read it anyway.",
  register_mismatch: (field: string, document: unknown, file: string, line: number, register: unknown) =>
    `${named(field, "en")}: the document gives ${
      comparedValue(field, document, "en")
    }, the register (${file} line ${line}) ${comparedValue(field, register, "en")}.`,
  register_other_project: (...[code, name, start, end, file, line, theirName, theirStart, theirEnd]: OtherProject) =>
    `The name and both dates differ from the register's row of code ${code} (${file} line ${line}): the document ` +
    `gives "${name}", ${formatDate(start, "en")}–${formatDate(end, "en")}, the register "${theirName}", ` +
    `${formatDate(theirStart, "en")}–${formatDate(theirEnd, "en")}. The code may be another project's (mistyped?): ` +
    "its other fields were not compared.",
  register_row_without_code: () => "The row has no project code (Koodi); it was skipped.",
  register_unreadable_value: (column: string, problem: ValueProblem) => `${column}: ${describeProblem(problem, "en")}.`,
  register_unknown_fund: (fund: string) => `The fund "${fund}" is neither the ESF nor the ERDF.`,
  ambiguous_amount_decided: (label: string, column: string, raw: string, value: number, how: AmountDecision) =>
    `"${label}" is "${raw}": read as ${amountText(value, "en")} (${named(column, "en")}) because ${
      DECISIONS.en[how]
    }; a comma or dot before three digits could also mark decimals.`,
  ambiguous_amount: (label: string, column: string, raw: string, thousands: number, decimal: number) =>
    `"${label}" is "${raw}": it may be ${amountText(thousands, "en")} or ${
      amountText(decimal, "en")
    }, and the document does not say which; not read (${named(column, "en")}).`,
  women_exceed_total: (label: string, column: string, women: number, total: number) =>
    `"${label}": ${women} women, more than the ${total} in all (${named(column, "en")}); check the figures.`,
  men_exceed_total: (label: string, men: number, total: number) =>
    `"${label}": ${men} men, more than the ${total} in all; check the figures.`,
  part_exceeds_total: (label: string, part: number, totalLabel: string, total: number, totalLine: number) =>
    `"${label}" is ${part.toLocaleString("en-GB")}, more than "${totalLabel}", ${total.toLocaleString("en-GB")} ` +
    `(line ${totalLine}), which it is part of; check the figures.`,
  parts_do_not_add_up: (label: string, women: number, men: number, total: number) =>
    `"${label}": ${women} women and ${men} men do not add up to ${total}; check the figures.`,
  conflicting_values: (label: string, column: string, values: string[], lines: number[], more = 0) =>
    `"${label}" is given with different values: ${lineList(values, lines, "line")}${
      more > 0 ? ` and ${formatInteger(more, "en")} more` : ""
    }; not read (${named(column, "en")}).`,
  encoding_repaired_bytes: (detail: string) => `Bytes that are not UTF-8 were read as Windows-1252: ${detail}.`,
  encoding_c1_controls: (detail: string) => `C1 control characters were read as Windows-1252: ${detail}.`,
  encoding_bom_mismatch: () =>
    "The file starts with a UTF-8 byte-order mark, but its text is not UTF-8: it was read as Windows-1252.",
  encoding_mac_roman: () => "The file was read as Mac Roman (from its bytes for ä and ö); check its names.",
  encoding_dos: () => "The file was read as DOS code page 850 (from its bytes for ä and ö); check its names.",
  encoding_quoted_printable: () =>
    "The text is quoted-printable encoded (=C3=A4 for ä, a line ending in = goes on), as saved from an e-mail: save " +
    "the message as text or decode it; values may be missing or cut.",
  encoding_mojibake: () => 'The text was UTF-8 read as Windows-1252 and saved again ("Ã¤" for "ä"); it was read back.',
  several_documents: (count: number, number: number, lines: number[]) =>
    `The file holds ${count} project descriptions, this one number ${number} (they start at lines ${
      startList(lines, count, MORE_EN)
    }); each was read as its own row.`,
  column_layout: () =>
    "The text has its labels and values in columns of spaces, as pdftotext -layout writes a print: a label wrapped " +
    "in its column loses its value, and a value wrapped in its column is a line of its own. Read the PDF itself (the " +
    "toolkit reads .pdf files), or convert it without -layout.",
  page_furniture: (count: number, lines: number[]) =>
    `The text is a print's (pages apart by form feeds, as pdftotext writes them): its page headers, footers and ` +
    `numbers were left out (lines ${startList(lines, count, MORE_EN)}).`,
  several_documents_first_only: (count: number, lines: number[]) =>
    `The text holds ${count} project descriptions (starting at lines ${
      startList(lines, count, MORE_EN)
    }); parseDocument read only the first (use parseDocuments).`,
  normalised_project_code: (raw: string, code: string) => `The project code was printed as "${raw}"; read as ${code}.`,
  ambiguous_project_code: (raw: string, codes: string[]) =>
    `The code line "${raw}" holds several codes (${codes.join(", ")}); no code was read.`,
  co_implementer_stray_id: (id: string) =>
    `A business ID on a line of its own among the co-implementers ("${id}"), and whose it is cannot be told (the ` +
    "organisation above has one already, several above have none, or there is none above): it was not read.",
  value_may_go_on: (label: string, column: string) =>
    `This line has no label: it may be the rest of the value of "${label}" (${
      named(column, "en")
    }) above it, which was read ` +
    "without it.",
  co_implementer_text_left_out: () =>
    "The co-implementer's business ID is followed by more text (a contact person?): it was not read, and is not repeated here.",
  co_implementers_end: () =>
    "This line does not look like a co-implementer (a contact detail?): the list of co-implementers ends before it, and it was not read.",
  skipped_hidden_file: () => "A hidden file (its name starts with a dot): not read; name the file to read it anyway.",
  special_file: (kind: SpecialKind) =>
    `Not a regular file but a ${SPECIAL_KINDS.en[kind]}: not opened, as reading it could wait forever.`,
  broken_link: () => "A link to something that does not exist: not read.",
  link_loop: () => "A link that leads round back to itself (a loop): not read.",
  file_name_not_utf8: () => "The file's name is not valid UTF-8, so it cannot be opened: rename it (e.g. with convmv).",
  unreadable_folder: (reason: string) => `Could not list the folder: ${reason}; its files are missing from the corpus.`,
  folder_name_not_utf8: () =>
    "The folder's name is not valid UTF-8, so it cannot be opened: rename it; its files are missing from the corpus.",
  skipped_hidden_folder: () => "A hidden folder (its name starts with a dot): not read; name the folder to read it.",
  folder_read_already: () =>
    "A link to a folder that is read already (a loop, or a second way into it): not read twice.",
  register_truncated_row: (fields: number, expected: number) =>
    `The row has only ${fields} of its ${expected} fields (cut short?): the missing fields are not read or compared.`,
  register_extra_fields: (fields: number, expected: number) =>
    `The row has ${fields} fields, the header ${expected}: its columns are shifted, so none of its values is read or compared.`,
  register_duplicate_identical: (code: string, line: number) =>
    `${code} is listed twice: this row is an identical copy; line ${line} is used.`,
  register_mixed_encoding: (lines: number) =>
    `${lines} lines are not UTF-8 (this is the first); they were read as Windows-1252.`,
  ...EXTRACTION_MESSAGES.en,
  ...SHEET_MESSAGES.en,
  duplicate_other_form: (
    code: string,
    kept: string,
    keptForm: DocumentForm,
    form: DocumentForm,
    columns: string[],
    notRead: string[] = [],
  ) =>
    `Duplicate of project ${code} in another form: this ${FORMS.en[form]} holds the same project as the ${
      FORMS.en[keptForm]
    } ${kept}, which was kept; ${
      columns.length === 0 ? "the values are the same" : `the values differ in ${differingText(columns, notRead, "en")}`
    }.`,
});
