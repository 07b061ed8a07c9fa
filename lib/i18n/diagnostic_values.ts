/**
 * How diagnostic messages write what they quote: amounts, columns, the
 * values a register comparison found, lists of values with their lines.
 *
 * @module
 */
import { columnName } from "./columns.ts";
import { formatDate, formatEuros, formatInteger } from "./format.ts";
import type { Language } from "./mod.ts";

/** An amount said unambiguously in either language: grouped by no-break spaces, decimal comma in Finnish. */
export function amountText(value: number, lang: Language): string {
  const text = value.toLocaleString("en-US", { maximumFractionDigits: 3 }).replaceAll(",", "\u00A0");
  return lang === "fi" ? text.replace(".", ",") : text;
}

/** A column as a person reads it: its name in the language (the data dictionary's name when it has none). */
export const named = (column: string, lang: Language) => columnName(column, lang) ?? column;

/** Columns as a person reads them, in a list. */
export const namedList = (columns: readonly string[], lang: Language) => columns.map((c) => named(c, lang)).join(", ");

/**
 * The columns two copies of a project differ in, each named once: the others, then the figures not read for it
 * (`Hankkeen nimi; luvuissa, joita ei siksi luettu: Julkinen rahoitus, toteutunut`).
 */
export function differingText(columns: readonly string[], notRead: readonly string[], lang: Language): string {
  const figures = new Set(notRead);
  const others = columns.filter((column) => !figures.has(column));
  const parts = others.length > 0 ? [namedList(others, lang)] : [];
  if (notRead.length > 0) {
    parts.push(
      lang === "fi"
        ? `luvuissa, joita ei siksi luettu: ${namedList(notRead, "fi")}`
        : `figures, not read for it: ${namedList(notRead, "en")}`,
    );
  }
  return parts.join("; ");
}

/** A value the register comparison found, as the language writes it: euros, counts, dates, texts in quotes. */
export function comparedValue(field: string, value: unknown, lang: Language): string {
  if (value === null || value === undefined) return lang === "fi" ? "ei arvoa" : "no value";
  if (typeof value === "number") {
    return field.startsWith("funding_") ? formatEuros(value, lang, true) : formatInteger(value, lang);
  }
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text, lang) : `"${text}"`;
}

/** Values, each with its line: `"614 153" (line 128), "700 000" (line 131)`. */
export const lineList = (values: string[], lines: number[], line: string) =>
  values.map((value, i) => `"${value}" (${line} ${lines[i]})`).join(", ");

/**
 * The lines a file's descriptions start at, as a message lists them: the first few given, and how many more there
 * are of `count` (a file of 300 joined descriptions is not listed whole in each of its warnings).
 */
export const startList = (lines: number[], count: number, more: (n: number) => string) =>
  lines.join(", ") + (count > lines.length ? more(count - lines.length) : "");

/** The template's header as the messages quote it. */
export const TEMPLATE_HEADER = '"… rahoittaman projektin/hankkeen kuvaus"';
