/**
 * Why a printed value could not be read, in both languages: the problems the
 * value readers of `lib/parse/values.ts` return.
 *
 * @module
 */
import { defineMessages, type Language } from "./mod.ts";

/** The reasons, in Finnish and English; `raw` is the text as printed. */
export const VALUE_PROBLEMS = defineMessages({
  no_amount: (_raw: string) => "summaa ei ole merkitty",
  not_amount: (raw: string) => `"${raw}" ei ole euromäärä`,
  no_number: (_raw: string) => "lukua ei ole merkitty",
  not_whole_number: (raw: string) => `"${raw}" ei ole kokonaisluku`,
  not_date: (raw: string) => `"${raw}" ei ole päivämäärä muodossa P.K.VVVV`,
  not_calendar_date: (raw: string) => `"${raw}" ei ole olemassa oleva päivämäärä`,
  not_date_range: (raw: string) => `"${raw}" ei ole muotoa "Alkaa P.K.VVVV ja päättyy P.K.VVVV"`,
  implausible_date: (raw: string) => `"${raw}" ei ole rakennerahastohankkeen vuosilta (1995–2030): kirjoitusvirhe?`,
  no_answer: (_raw: string) => "vastausta ei ole merkitty",
  not_yes_no: (raw: string) => `"${raw}" ei ole Kyllä eikä Ei`,
  no_women_number: (raw: string) => `"${raw}" ei kerro naisten määrää`,
  ambiguous_amount: (raw: string) =>
    `"${raw}": pilkun tai pisteen jälkeiset kolme numeroa voivat olla tuhansia tai desimaaleja`,
  negative_count: (raw: string) => `"${raw}" on negatiivinen, eikä lukumäärä voi olla`,
  negative_plan: (raw: string) => `"${raw}" on negatiivinen, eikä suunniteltu tai myönnetty rahoitus voi olla`,
  negative_amount: (raw: string) =>
    `"${raw}" on negatiivinen, eikä hankkeen suunniteltu, myönnetty tai toteutunut rahoitus yhteensä voi olla alle nollan`,
  implausible_amount: (raw: string) =>
    `"${raw}" on yli 100 miljoonaa euroa, enemmän kuin minkään hankkeen rahoitus: kaksi lukua lienee painettu yhteen`,
  implausible_count: (raw: string) =>
    `"${raw}" on miljoona tai enemmän, enemmän kuin minkään hankkeen luku: numeroita lienee painettu yhteen`,
  wrapped_figure: (raw: string) =>
    `luku jatkuu seuraavalle riville ("${raw}"): se on voinut katketa rivinvaihtoon, eikä sitä luettu`,
  figure_on_next_line: (raw: string) =>
    `luku on painettu nimikkeen alle seuraavalle riville ("${raw}"), ei sen perään; sitä ei luettu`,
  women_on_next_line: (raw: string) =>
    `naisten määrä on painettu seuraavalle riville ("${raw}"), ei kokonaismäärän perään; sitä ei luettu`,
  another_total_after_parts: (raw: string) =>
    `"${raw}": osien jälkeen on toinen luku (muutettu, alkuperäinen tai toinen sarake?), eikä asiakirja kerro, ` +
    "kumpi on kokonaismäärä; ei luettu",
  part_of_unread_total: (raw: string) =>
    `"${raw}": kokonaismäärää ei voitu lukea, eikä siksi sen osiakaan: naisten määrä voi olla toisen luvun`,
  list_past_blank_line: (raw: string) => `luettelo voi jatkua tyhjän rivin jälkeen ("${raw}"), eikä sitä luettu`,
  text_into_missing_section: (raw: string) =>
    `teksti voi jatkua osion "${raw}" riveille (sen otsikkoa ei löytynyt), eikä tiedetä, mihin se päättyy`,
  contact_in_value: (raw: string) =>
    `"${raw}" on yhteystieto (sähköpostiosoite tai puhelinnumero) eikä tämän kentän arvo`,
  label_in_value: (raw: string) =>
    `"${raw}" jatkuu toisen kentän nimikkeeseen ja arvoon (rivit yhdistyneet?), eikä tiedetä, mihin arvo päättyy`,
  list_on_next_line: (raw: string) =>
    `luettelo jatkuu seuraavalle riville ilman pilkkua ("${raw}"), eikä tiedetä, katkesiko nimi; sitä ei luettu`,
  not_name_list: (raw: string) =>
    `"${raw}" ei ole luettelo nimiä (pilkuin, puolipistein tai ja-sanalla erotettuina), eikä sitä luettu`,
  detached_sign: (raw: string) =>
    `"${raw}": luvusta erillään oleva viiva voi olla miinusmerkki tai luettelomerkki; ei luettu`,
  qualified_figure: (raw: string) =>
    `nimikkeen ja kaksoispisteen välissä on "${raw}" (yksikkö, arvio, tavoite, vuosi?): ` +
    "luku voi olla muuta kuin nimike sanoo, eikä sitä luettu",
  figures_side_by_side: (raw: string) =>
    `"${cells(raw)}": kaksi lukua vierekkäisissä soluissa tai riveillä, ei yksi luku tuhansittain ryhmiteltynä; ` +
    "ei luettu",
  two_statuses: (raw: string) =>
    `"${raw}" kertoo kaksi tilaa: kumpi pätee, ja ovatko hankkeen luvut siis lopullisia, ei tiedetä; ei luettu`,
  code_as_name: (raw: string) => `"${raw}" on hankekoodi eikä nimi`,
  another_theme: (raw: string) =>
    `"${raw}" on toisen teeman luokka kuin nimikkeen (painettu väärän nimikkeen kohdalle?), eikä sitä luettu`,
  answer_out_of_place: (raw: string) =>
    `vastaus "${raw}" on painettu kysymyksen alle tai ennen sen kaksoispistettä, ei sen perään; sitä ei luettu`,
  status_on_next_line: (raw: string) =>
    `seuraavalla rivillä on ilman nimikettä toinen tila ("${raw}"): kumpi pätee, ei tiedetä; ei luettu`,
}, {
  no_amount: (_raw: string) => "no amount was printed",
  not_amount: (raw: string) => `"${raw}" is not an amount of euros`,
  no_number: (_raw: string) => "no number was printed",
  not_whole_number: (raw: string) => `"${raw}" is not a whole number`,
  not_date: (raw: string) => `"${raw}" is not a date D.M.YYYY`,
  not_calendar_date: (raw: string) => `"${raw}" is not a calendar date`,
  not_date_range: (raw: string) => `"${raw}" is not of the form "Alkaa D.M.YYYY ja päättyy D.M.YYYY"`,
  implausible_date: (raw: string) => `"${raw}" is outside the years of structural-fund projects (1995–2030): a typo?`,
  no_answer: (_raw: string) => "no answer was printed",
  not_yes_no: (raw: string) => `"${raw}" is neither Kyllä nor Ei`,
  no_women_number: (raw: string) => `"${raw}" has no number of women`,
  ambiguous_amount: (raw: string) => `"${raw}": the three digits after the comma or dot may be thousands or decimals`,
  negative_count: (raw: string) => `"${raw}" is negative, which a count cannot be`,
  negative_plan: (raw: string) => `"${raw}" is negative, which planned or granted funding cannot be`,
  negative_amount: (raw: string) =>
    `"${raw}" is negative, which a project's planned, granted or realised funding in all cannot be`,
  implausible_amount: (raw: string) =>
    `"${raw}" is over 100 million euros, more than any project's funding: two figures have likely run together`,
  implausible_count: (raw: string) =>
    `"${raw}" is a million or more, more than any project counts: digits have likely run together`,
  wrapped_figure: (raw: string) =>
    `the figure goes on to the next line ("${raw}"): it may have been cut at the line break, and was not read`,
  figure_on_next_line: (raw: string) =>
    `the figure is printed on the next line ("${raw}"), under its label, not after it, and was not read`,
  women_on_next_line: (raw: string) =>
    `the number of women is printed on the next line ("${raw}"), not after the total, and was not read`,
  another_total_after_parts: (raw: string) =>
    `"${raw}": another figure follows the parts (amended, original, another column?), and the document ` +
    "does not say which is the total; not read",
  part_of_unread_total: (raw: string) =>
    `"${raw}": the total could not be read, so its parts were not read either: the women's number may be another figure's`,
  list_past_blank_line: (raw: string) => `the list may go on past a blank line ("${raw}"), and was not read`,
  text_into_missing_section: (raw: string) =>
    `the text may run on into the lines of the section "${raw}" (its heading was not found), and where it ends is unknown`,
  contact_in_value: (raw: string) =>
    `"${raw}" is a contact detail (an e-mail address or a phone number), not this field's value`,
  label_in_value: (raw: string) =>
    `"${raw}" runs into another field's label and value (lines joined?), and where the value ends is unknown`,
  list_on_next_line: (raw: string) =>
    `the list goes on on the next line without a comma ("${raw}"), and whether a name was cut is unknown; not read`,
  not_name_list: (raw: string) =>
    `"${raw}" is no list of names (split by commas or semicolons, or joined by "ja"), and was not read`,
  detached_sign: (raw: string) => `"${raw}": a dash apart from the figure may be a minus sign or a bullet; not read`,
  qualified_figure: (raw: string) =>
    `the label carries "${raw}" before its colon (a unit, an estimate, a target, a year?): ` +
    "the figure may be other than the label says, and was not read",
  figures_side_by_side: (raw: string) =>
    `"${cells(raw)}": two figures in cells or lines side by side, not one figure grouped by thousands; not read`,
  two_statuses: (raw: string) =>
    `"${raw}" names two statuses: which holds, and so whether the project's figures are final, is not known; not read`,
  code_as_name: (raw: string) => `"${raw}" is a project code, not a name`,
  another_theme: (raw: string) =>
    `"${raw}" is a class of another theme than the label's (printed under the wrong label?), and was not read`,
  answer_out_of_place: (raw: string) =>
    `the answer "${raw}" is printed under the question or before its colon, not after it, and was not read`,
  status_on_next_line: (raw: string) =>
    `the next line names another status under no label ("${raw}"): which holds is not known; not read`,
});

/** A text as printed, its cells apart (tabs, as a pasted table has them) shown as ` | `. */
function cells(raw: string): string {
  return raw.replace(/\s*\t\s*/g, " | ");
}

/** A reason a value could not be read, and the text as printed. */
export interface ValueProblem {
  key: keyof typeof VALUE_PROBLEMS.en;
  raw: string;
}

/** The problem in words. */
export function describeProblem(problem: ValueProblem, lang: Language): string {
  return VALUE_PROBLEMS[lang][problem.key](problem.raw);
}
