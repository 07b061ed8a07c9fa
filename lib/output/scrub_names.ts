/**
 * People's names next to a role in free text: summaries and plans name a
 * project manager or a contact person in passing ("lisätietoja antaa
 * projektipäällikkö Maija Mallikas"), and such a name, with the role beside
 * it, is a contact detail. A name is recognised only beside a role word, as
 * two or three capitalised words starting with a known first name (`Anna-Maija Virtanen`, see `first_names.ts`;
 * after a contact person's label and its colon, any such words), before the role
 * (`Maija Mallikas, projektipäällikkö`; `Maija Mallikas (rehtori)`) or after
 * it (`projektipäällikkö Maija Mallikas`, `Yhteyshenkilö: Pekka Puupää`, the name also on the line after the colon,
 * `koordinaattorina toimii Liisa Lahtinen`), a list of them too (`… ja Pekka
 * Puupää`). Finnish writes an organisation's common nouns in lower case
 * (`Kuopion kaupunki`), so a place or an organisation beside a role stays
 * (as does one whose name starts with a region's or a large town's genitive: `Helsingin Diakonissalaitos`),
 * and so does a run of four or more capitalised words; a word in capitals
 * (`ELY-keskus`) is no name. Names elsewhere are not recognised and stay.
 *
 * @module
 */
import { REGIONS } from "../analysis/region_names.ts";
import { isFirstName } from "./first_names.ts";

/** The ends of role words (`projektipäällikkö`, `toiminnanjohtaja`, …), with up to five letters of an ending. */
const ROLE_STEMS = [
  "päällik",
  "koordinaattor",
  "sihteer",
  "johtaj",
  "vetäj",
  "yhteyshenkilö",
  "vastuuhenkilö",
  "kontaktihenkilö",
  "asiantuntij",
  "työntekij",
  "suunnittelij",
  "ohjaaj",
  "valmentaj",
  "neuvoj",
  "rehtor",
  "opettaj",
  "tutkij",
  "kouluttaj",
  "kehittäj",
  "manager",
  "coordinator",
  "contact person",
];
/** A role word, its first letter in either case (the names beside it are told by their capitals: no `i` flag). */
const ROLE = String.raw`\p{L}*(?:${
  ROLE_STEMS.map((stem) => `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}`).join("|")
})\p{L}{0,5}(?!\p{L})`;
/** A capitalised word of a name, one part or two joined by a hyphen (`Anna-Maija`); not in capitals. */
const PART = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/**
 * Genitives that start an organisation's name, not a person's (`Helsingin Diakonissalaitos`, `Suomen Yrittäjät`,
 * `Pohjois-Savon Liitto`): the regions' and the largest towns', the country's and Europe's.
 */
const PLACES = [
  ...REGIONS.map((region) => region.genitive),
  ...["Suomen", "Euroopan", "Helsingin", "Espoon", "Vantaan", "Tampereen", "Turun", "Oulun", "Jyväskylän"],
  ...["Kuopion", "Lahden", "Porin", "Joensuun", "Lappeenrannan", "Vaasan", "Kotkan", "Seinäjoen", "Rovaniemen"],
  ...["Mikkelin", "Kajaanin", "Hämeenlinnan", "Kouvolan", "Kokkolan", "Savonlinnan", "Itä-Suomen", "Länsi-Suomen"],
];
const NOT_A_NAME = String.raw`(?!(?:${PLACES.join("|")})[ \u00A0])`;
/** A name: two or three such words, not followed by a fourth (a run of them is an organisation's name). */
const NAME = String
  .raw`(?<![\p{L}\p{N}-])${NOT_A_NAME}${PART}(?:[ \u00A0]${PART}){1,2}(?![ \u00A0]?\p{Lu}|[\p{L}\p{N}-])`;
/** Names one after another: `Anna Virtanen ja Pekka Puupää`, `A B, C D`. */
const NAMES = String.raw`${NAME}(?:(?:,[ \u00A0]|[ \u00A0](?:ja|sekä|and)[ \u00A0])${NAME})*`;
const AFTER_ROLE = new RegExp(
  String
    .raw`(?<=(?<!\p{L})(${ROLE})(?:[ \u00A0]?([:–-])(?:[ \u00A0]|\r?\n)?|,[ \u00A0]|[ \u00A0](?:on|oli|toimii|toimi|is)[ \u00A0]|[ \u00A0]))${NAMES}`,
  "gu",
);
/** A contact person's label (`Yhteyshenkilö:`): what follows its colon is a person, whatever the first name. */
const CONTACT_LABEL = /henkilö|contact person/i;
/** Where one name of a list ends and the next starts. */
const BETWEEN_NAMES = /(,[ \u00A0]|[ \u00A0](?:ja|sekä|and)[ \u00A0])/u;
/**
 * Before a role, a name is two words (a first name and a surname), not the end of a longer run of capitalised
 * words (`Kuopion Yliopiston Täydennyskoulutuskeskus, koordinaattori`).
 */
const BEFORE_ROLE = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}-]|\p{Lu}\p{L}*[ \u00A0])${NOT_A_NAME}${PART}[ \u00A0]${PART}(?=(?:,[ \u00A0]?|[ \u00A0]?\()${ROLE})`,
  "gu",
);

/**
 * The text with each person's name next to a role replaced by `marker`.
 *
 * @example Usage
 * ```ts
 * import { scrubNamesBesideRoles } from "./scrub_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(
 *   scrubNamesBesideRoles("Yhteyshenkilö: Pekka Puupää, Kuopion kaupunki.", "[nimi poistettu]"),
 *   "Yhteyshenkilö: [nimi poistettu], Kuopion kaupunki.",
 * );
 * ```
 */
export function scrubNamesBesideRoles(text: string, marker: string): string {
  return text
    .replace(AFTER_ROLE, (names: string, role: string, colon: string | undefined) => {
      const labelled = colon === ":" && CONTACT_LABEL.test(role);
      // Each name of a list on its own: a person's goes, an organisation's or a project's stays.
      const parts = names.split(BETWEEN_NAMES);
      const scrubbed = parts.map((part, k) => k % 2 === 1 || !isPersonName(part, labelled) ? part : marker);
      return scrubbed.every((part, k) => k % 2 === 1 || part === marker) ? marker : scrubbed.join("");
    })
    .replace(BEFORE_ROLE, (name: string) => isPersonName(name, false) ? marker : name);
}

/**
 * A company's form (`Oy`, `Oyj`, `Ab`, `Ry`), a conjunction, or a common noun of an organisation's name
 * (`Kaupunki`, `Ammattikorkeakoulu`, `Pankista`, `Media`): a word after the first that no surname is.
 */
const ORGANISATION_WORD =
  /^(?:Oyj?|Ab|Ry|Ky|Tmi|Ltd|Inc|Ja|Sekä|And|Of|The)$|pankki|pankis|media|kaupun|kunta|kunna|yliopisto|koulu|opisto|säätiö|liitt?o|keskus|yhtymä|yhdistys|seurakun|ministeriö|virasto|rahasto|ohjelma|hanke|hankkee|programme|project/iu;

/**
 * A word of six letters or more in a local case (`Tulevaisuuteen`, `Lapselle`, `Ryhmässä`): after a first name
 * that is also a common word, a project's name (`Toivo Tulevaisuuteen`), not a person's (`Anna Virtaselta`).
 */
const INFLECTED =
  /^(?=\p{L}{6})\p{L}+(?:lle|ll[aä]|lt[aä]|ss[aä]|st[aä]|ksi|tt[aä]|seen|aan|ään|een|iin|oon|uun|yyn)$/u;

/** First names that are also common words (hope, luck, gift, pearl, …), and so start projects' names too. */
const WORD_NAMES = new Set(
  ["toivo", "onni", "lahja", "helmi", "sisko", "veli", "lilja", "satu", "usko", "sulo", "armas", "voitto", "taisto"],
);

/** Whether capitalised words beside a role are a person's: a known first name (or any after a contact label), then no organisation's word. */
function isPersonName(name: string, labelled: boolean): boolean {
  const words = name.split(/[ \u00A0]/);
  if (words.slice(1).some((word) => ORGANISATION_WORD.test(word))) return false;
  // `Toivo Tulevaisuuteen` is a project's name; `Anna Virtaselta` a person's, inflected.
  if (WORD_NAMES.has(words[0]!.toLowerCase()) && words.slice(1).some((word) => INFLECTED.test(word))) return false;
  return labelled || isFirstName(words[0]!);
}
