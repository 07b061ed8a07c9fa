/**
 * The messages of a field's value out of its place (a figure on a line of its own, figures shifted one label), in
 * both languages: part of `DIAGNOSTIC_MESSAGES` (`diagnostics.ts`).
 *
 * @module
 */
import { named } from "./diagnostic_values.ts";
import { defineMessages } from "./mod.ts";

/** The messages of values out of their place. */
export const FIELD_MESSAGES = defineMessages({
  stray_figure: (section: string, text: string) =>
    `Otsikon "${section}" alla on luku omalla rivillään ("${text}") ilman nimikettä: kenen se on, ei tiedetä, eikä ` +
    "sitä luettu.",
  figure_under_other_label: (section: string, text: string) =>
    `Otsikon "${section}" alla on rivi, jonka luku ei ole minkään pohjan nimikkeen alla ("${text}"): sitä ei luettu.`,
  shifted_figure: (label: string, column: string, raw: string, emptyLine: number, strayLine: number) =>
    `"${label}" on "${raw}", mutta rivin ${emptyLine} nimike on tyhjä ja rivillä ${strayLine} on luku ilman ` +
    `nimikettä: luvut voivat olla kukin viereisen nimikkeen rivillä. Arvoa ei luettu (${named(column, "fi")}).`,
  score_columns_both_ways: (first: string, firstLine: number, text: string) =>
    `Pisteiden sarakeotsikko on painettu kahdella tavalla: "${first}" (rivi ${firstLine}) ja "${text}" tässä. ` +
    "Kumpi sarake on välitön vaikutus, ei tiedetä, joten kriteerin kahta eri suurta pistettä ei luettu.",
  name_with_own_code: (code: string, rest: string) =>
    `Hankkeen nimessä on sen oma koodi ${code}: nimi säilytettiin sellaisenaan; ilman koodia se on "${rest}".`,
  name_with_other_code: (code: string, own: string | null) =>
    `Hankkeen nimessä on koodi ${code}, ${
      own === null
        ? "eikä asiakirjassa ole omaa koodia: koodi voi olla tämän tai toisen hankkeen"
        : `ei tämän hankkeen ${own}: nimi voi olla toisen hankkeen (kopioitu?)`
    }. Nimi säilytettiin sellaisenaan; tarkista se.`,
}, {
  stray_figure: (section: string, text: string) =>
    `A figure on a line of its own under "${section}" ("${text}"), under no label: whose it is is not known, and it ` +
    "was not read.",
  figure_under_other_label: (section: string, text: string) =>
    `A line under "${section}" with a figure under none of the template's labels ("${text}"): it was not read.`,
  shifted_figure: (label: string, column: string, raw: string, emptyLine: number, strayLine: number) =>
    `"${label}" is "${raw}", but the label of line ${emptyLine} is empty and line ${strayLine} holds a figure under ` +
    `no label: the figures may each be printed on the next label's line. Not read (${named(column, "en")}).`,
  score_columns_both_ways: (first: string, firstLine: number, text: string) =>
    `The score columns' header is printed both ways: "${first}" (line ${firstLine}), and "${text}" here. Which ` +
    "column holds the direct effect is not known, so a criterion's two scores that differ were not read.",
  name_with_own_code: (code: string, rest: string) =>
    `The project's name holds its own code ${code}: the name is kept as printed; without the code it reads ` +
    `"${rest}".`,
  name_with_other_code: (code: string, own: string | null) =>
    `The project's name holds the code ${code}, ${
      own === null
        ? "and the document prints no code of its own: the code may be this project's or another's"
        : `not this project's ${own}: the name may be another project's (copied?)`
    }. It is kept as printed; check it.`,
});
