/**
 * The messages of a register's header and of a code it lists twice (see `lib/register/load_register.ts`), in both
 * languages: part of `DIAGNOSTIC_MESSAGES` (`diagnostics.ts`).
 *
 * @module
 */
import { defineMessages } from "./mod.ts";
import { namedList } from "./diagnostic_values.ts";
import { formatDate } from "./format.ts";

/** The messages of a register's column missing or named twice, and of a code listed twice with different values. */
export const REGISTER_MESSAGES = defineMessages({
  register_missing_column: (column: string) =>
    `Otsikkorivillä ei ole saraketta "${column}" (nimetty toisin tai jätetty pois): sen arvot ovat tyhjiä, eikä ` +
    "niitä verrata.",
  register_date_outside: (column: string, date: string, from: string, to: string) =>
    `${column}: ${formatDate(date, "fi")} on ohjelmakauden hankkeiden aikojen (${formatDate(from, "fi")}–` +
    `${formatDate(to, "fi")}) ulkopuolella: kirjoitusvirhe? Arvo on tyhjä eikä sitä verrata.`,
  register_column_twice: (column: string) =>
    `Otsikkorivillä on sarake "${column}" kahdesti: kummasta arvot luetaan, ei tiedetä, joten ne ovat tyhjiä.`,
  register_duplicate_differs: (code: string, line: number, columns: string[], nulled: string[]) =>
    `${code} on rekisterissä kahdesti eri arvoin (${namedList(columns, "fi")}): käytetään riviä ${line}, ei tätä` +
    (nulled.length > 0
      ? `; kumpi arvo on oikea, ei tiedetä, joten nämä ovat tyhjiä eikä niitä verrata: ` +
        `${namedList(nulled, "fi")}.`
      : "."),
}, {
  register_missing_column: (column: string) =>
    `The header has no column "${column}" (renamed or left out): its values are null and not compared.`,
  register_date_outside: (column: string, date: string, from: string, to: string) =>
    `${column}: ${formatDate(date, "en")} is outside the dates of the programme period's projects ` +
    `(${formatDate(from, "en")} to ${formatDate(to, "en")}): a typo? It is null and not compared.`,
  register_column_twice: (column: string) =>
    `The header names the column "${column}" twice: which to read is not known, so its values are null.`,
  register_duplicate_differs: (code: string, line: number, columns: string[], nulled: string[]) =>
    `${code} is listed twice with different values (${namedList(columns, "en")}): line ${line} is used, not this row` +
    (nulled.length > 0
      ? `; which value is right is not known, so these are null and not compared: ` +
        `${namedList(nulled, "en")}.`
      : "."),
});
