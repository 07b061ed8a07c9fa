/**
 * Numbers and dates as each language writes them: in Finnish `19 940`,
 * `59,8 %`, `1 234 567 €`, `1.8.2008` and `25.11.2026 klo 20.59`; in English
 * `19,940`, `59.8%`, `€1,234,567`… and `1 Aug 2008`. A missing value is `–`.
 *
 * @module
 */
import type { Language } from "./mod.ts";

/** How a missing value is shown. */
export const MISSING = "–";

const LOCALES: Record<Language, string> = { fi: "fi-FI", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) cache.set(key, format = new Intl.NumberFormat(LOCALES[lang], options));
  return format;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * A whole number with the language's thousands separator (a no-break space in Finnish).
 *
 * @example Usage
 * ```ts
 * import { formatInteger } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatInteger(19940, "fi"), "19\u00A0940");
 * assertEquals(formatInteger(19940, "en"), "19,940");
 * assertEquals(formatInteger(null, "fi"), "–");
 * ```
 */
export function formatInteger(value: unknown, lang: Language): string {
  return isNumber(value) ? numberFormat(lang, { maximumFractionDigits: 0 }).format(value) : MISSING;
}

/**
 * Any other number: whole ones as they are, others to at most two decimals (a count summed as a float stays `283`),
 * with the language's separators.
 *
 * @example Usage
 * ```ts
 * import { formatNumber } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatNumber(1234.567, "fi"), "1\u00A0234,57");
 * assertEquals(formatNumber(283, "en"), "283");
 * assertEquals(formatNumber(Infinity, "fi"), "–");
 * ```
 */
export function formatNumber(value: unknown, lang: Language): string {
  return isNumber(value) ? numberFormat(lang, { maximumFractionDigits: 2 }).format(value) : MISSING;
}

/**
 * A whole number grouped by threes with spaces, as SI writes it in any
 * language (`10 000`): for terminal output, which is not localised.
 */
export function groupedInteger(value: unknown): string {
  return isNumber(value) ? Math.round(value).toLocaleString("en-US").replaceAll(",", " ") : MISSING;
}

/** A number with a fixed count of decimals (decimal comma in Finnish). */
export function formatDecimal(value: unknown, lang: Language, decimals = 1): string {
  return isNumber(value)
    ? numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)
    : MISSING;
}

/**
 * A fraction as a percentage with one decimal by default.
 *
 * @example Usage
 * ```ts
 * import { formatPercent } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatPercent(119 / 199, "fi"), "59,8\u00A0%");
 * assertEquals(formatPercent(119 / 199, "en"), "59.8%");
 * ```
 */
export function formatPercent(value: unknown, lang: Language, decimals = 1): string {
  return isNumber(value)
    ? numberFormat(lang, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      .format(value)
    : MISSING;
}

/**
 * Whole euros: `1 234 567 €` in Finnish, `€1,234,567` in English; with `cents`, an amount that has cents keeps them
 * (`614 153,50 €`).
 */
export function formatEuros(value: unknown, lang: Language, cents = false): string {
  const decimals = cents && isNumber(value) && !Number.isInteger(value) ? 2 : 0;
  return isNumber(value)
    ? numberFormat(lang, {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: decimals,
      minimumFractionDigits: decimals,
    }).format(value)
    : MISSING;
}

/** Two years joined by a hyphen, as the data writes a programme period (`2007-2013`); not inside a name or code. */
const HYPHENED_PERIOD = /(?<![\p{L}\p{N}_])((?:19|20)\d\d)-((?:19|20)\d\d)(?![\p{L}\p{N}_])/gu;

/**
 * A text with each programme period as a person reads it, the years joined by an en dash (`2007–2013`), as both
 * languages write a span of years; the data's value (`2007-2013`) stays in the tables for programs and in file names.
 *
 * @example Usage
 * ```ts
 * import { periodText } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(periodText("2007-2013"), "2007\u20132013");
 * assertEquals(periodText("Kausi 2014-2020 (eura2014-2016-esr.csv)"), "Kausi 2014\u20132020 (eura2014-2016-esr.csv)");
 * ```
 */
export function periodText(text: string): string {
  return text.includes("-") ? text.replace(HYPHENED_PERIOD, "$1\u2013$2") : text;
}

/**
 * An ISO date (`YYYY-MM-DD`) as the language writes it.
 *
 * @example Usage
 * ```ts
 * import { formatDate } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatDate("2008-08-01", "fi"), "1.8.2008");
 * assertEquals(formatDate("2008-08-01", "en"), "1 Aug 2008");
 * assertEquals(formatDate("2019-09-16", "en"), "16 Sep 2019");
 * ```
 */
export function formatDate(value: unknown, lang: Language): string {
  if (typeof value !== "string") return MISSING;
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (lang === "fi") return `${day}.${month}.${year}`;
  return `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
}

/**
 * A span of two dates as a sentence says it: `1.1.2010–1.12.2020` (Finnish), `between 1 Jan 2010 and 1 Dec 2020`
 * (English); one date once when both are the same (`1.12.2020`, `on 1 Dec 2020`).
 *
 * @example Usage
 * ```ts
 * import { formatDateSpan } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatDateSpan("2020-12-01", "2020-12-01", "en"), "on 1 Dec 2020");
 * assertEquals(formatDateSpan("2010-01-01", "2020-12-01", "fi"), "1.1.2010–1.12.2020");
 * ```
 */
export function formatDateSpan(first: unknown, last: unknown, lang: Language): string {
  const [from, to] = [formatDate(first, lang), formatDate(last, lang)];
  if (lang === "fi") return from === to ? from : `${from}–${to}`;
  return from === to ? `on ${from}` : `between ${from} and ${to}`;
}

/**
 * The months as an English date writes them, three letters each as a workbook's `mmm` shows them (`Sep`, where the
 * platform's locale data may write `Sept`).
 */
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A moment in the local time of the machine (or the given time zone), to the
 * minute: `25.11.2026 klo 20.59` in Finnish, `25 Nov 2026, 20:59` in English.
 */
export function formatDateTime(moment: Date, lang: Language, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return lang === "fi"
    ? `${Number(part("day"))}.${Number(part("month"))}.${part("year")} klo ${part("hour")}.${part("minute")}`
    : `${Number(part("day"))} ${MONTHS_EN[Number(part("month")) - 1]} ${part("year")}, ${part("hour")}:${
      part("minute")
    }`;
}

/**
 * The time zone a report gives its time in: Finland's, whatever the zone of the machine that made it (a run at
 * 23.23 UTC is made on the next day in Finland), so that the page and the Word report give one date.
 */
export const REPORT_TIME_ZONE = "Europe/Helsinki";

const ZONE_WORDS: Record<Language, string> = { fi: "Suomen aikaa", en: "Finnish time" };

/** When a report was made, in Finnish time and said so: `27.11.2026 klo 01.23 Suomen aikaa`. */
export function formatReportMoment(moment: Date, lang: Language): string {
  return `${formatDateTime(moment, lang, REPORT_TIME_ZONE)} ${ZONE_WORDS[lang]}`;
}

/** The day a report was made, in Finnish time: `27.11.2026`, `27 November 2026`. */
export function formatReportDay(moment: Date, lang: Language): string {
  const month = lang === "fi" ? "numeric" : "long";
  return new Intl.DateTimeFormat(LOCALES[lang], { day: "numeric", month, year: "numeric", timeZone: REPORT_TIME_ZONE })
    .format(moment);
}

/** The noun the texts count projects with, in each language (see {@linkcode formatCount}). */
export const HANKE = { one: "hanke", other: "hanketta" };
export const PROJECT = { one: "project", other: "projects" };
/** Other nouns the notebooks' sentences count, each language's in its own words. */
// A table, one entry per noun: the entries share their shape by design.
export const NOUNS = {
  error: { one: "error", other: "errors" },
  warning: { one: "warning", other: "warnings" },
  diagnostic: { one: "diagnostic", other: "diagnostics" },
  file: { one: "file", other: "files" },
  keyFigureWas: { one: "key figure was", other: "key figures were" },
  valueToCheck: { one: "value to check", other: "values to check" },
  merkinta: { one: "diagnostiikkamerkintä", other: "diagnostiikkamerkintää" },
  avainluku: { one: "avainluku", other: "avainlukua" },
  tarkistettavaArvo: { one: "tarkistettava arvo", other: "tarkistettavaa arvoa" },
};

/** A count with its noun in the right number: `1 hanke`, `2 hanketta`; `1 project`, `2 projects`. */
export function formatCount(count: number, lang: Language, noun: { one: string; other: string }): string {
  return `${formatInteger(count, lang)} ${count === 1 ? noun.one : noun.other}`;
}

/**
 * "Out of n" in Finnish, the number's ending as it is read aloud: `786:sta` (kuudesta), `2 775:stä` (viidestä),
 * `1 143:sta` (kolmesta), `20:stä` (kahdestakymmenestä), `300:sta` (kolmestasadasta).
 *
 * @example Usage
 * ```ts
 * import { formatFiOutOf } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([786, 2775, 341, 1143, 20, 300, 11].map(formatFiOutOf), [
 *   "786:sta", "2\u00A0775:stä", "341:stä", "1\u00A0143:sta", "20:stä", "300:sta", "11:stä",
 * ]);
 * ```
 */
export function formatFiOutOf(n: number): string {
  // The last word read decides: yhdestä, kahdesta, kolmesta, neljästä, viidestä, kuudesta, seitsemästä,
  // kahdeksasta, yhdeksästä; -kymmenestä; sadasta, tuhannesta, miljoonasta, nollasta.
  const digit = Math.abs(Math.trunc(n)) % 10;
  const back = digit === 0 ? Math.abs(Math.trunc(n)) % 100 === 0 : [2, 3, 6, 8].includes(digit);
  return `${formatInteger(n, "fi")}:${back ? "sta" : "stä"}`;
}
