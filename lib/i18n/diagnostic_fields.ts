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
  stray_figure: (text: string) =>
    `Rahoituksen luvuissa on luku omalla rivillään ("${text}") ilman nimiötä: kenen se on, ei tiedetä, eikä sitä luettu.`,
  shifted_figure: (label: string, column: string, raw: string, emptyLine: number, strayLine: number) =>
    `"${label}" on "${raw}", mutta rivin ${emptyLine} nimiö on tyhjä ja rivillä ${strayLine} on luku ilman nimiötä: ` +
    `luvut voivat olla kukin viereisen nimiön rivillä. Arvoa ei luettu (${named(column, "fi")}).`,
}, {
  stray_figure: (text: string) =>
    `A figure on a line of its own among the funding figures ("${text}"), under no label: whose it is is not known, ` +
    "and it was not read.",
  shifted_figure: (label: string, column: string, raw: string, emptyLine: number, strayLine: number) =>
    `"${label}" is "${raw}", but the label of line ${emptyLine} is empty and line ${strayLine} holds a figure under ` +
    `no label: the figures may each be printed on the next label's line. Not read (${named(column, "en")}).`,
});
