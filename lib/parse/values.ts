/**
 * Normalising the values printed in EURA documents: Finnish amounts, dates,
 * comma-separated lists, Kyllä/Ei, coded titles and statuses.
 *
 * Every reader returns a {@linkcode ValueResult}: a value, or null together
 * with the reason it could not be read. Ambiguous input is never guessed at:
 * a wrong figure in an evaluation report is worse than a missing one.
 *
 * @module
 */
import type { ValueProblem } from "../i18n/values.ts";
import { readAmount, readCount } from "./amounts.ts";
import type { Status } from "../schema.ts";
import { BULLET } from "./list_marker.ts";

/** A value read from the text, or null with the reason why not. */
export type ValueResult<T> = { value: T; problem?: undefined } | {
  value: null;
  problem: ValueProblem;
};

const ok = <T>(value: T): ValueResult<T> => ({ value });
const fail = <T>(key: ValueProblem["key"], raw: string): ValueResult<T> => ({ value: null, problem: { key, raw } });

/**
 * Reads an amount of euros (see {@linkcode readAmount} for the forms): a
 * comma or dot followed by exactly three digits (`645,300`, `1.122`) could be
 * thousands or decimals, so it is null with the problem `ambiguous_amount`
 * here; the funding reader decides it from the document where it can.
 *
 * @example Usage
 * ```ts
 * import { parseAmount } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseAmount("1\u00A0122 206").value, 1122206);
 * assertEquals(parseAmount("401 955,50").value, 401955.5);
 * assertEquals(parseAmount("1.122").problem?.key, "ambiguous_amount");
 * ```
 */
export function parseAmount(raw: string): ValueResult<number> {
  const read = readAmount(raw);
  if (read.kind === "amount") return ok(read.value);
  return read.kind === "ambiguous" ? fail("ambiguous_amount", raw) : { value: null, problem: read.problem };
}

/**
 * Reads a whole, non-negative count such as `199` or `1 200`; a negative
 * count is refused with the problem `negative_count`.
 *
 * @example Usage
 * ```ts
 * import { parseCount } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseCount(" 1 200 ").value, 1200);
 * assertEquals(parseCount("12,5").value, null);
 * ```
 */
export function parseCount(raw: string): ValueResult<number> {
  return readCount(raw);
}

/**
 * Reads a Finnish date `D.M.YYYY` into an ISO date `YYYY-MM-DD`, rejecting
 * dates that do not exist (31.2.2020).
 *
 * @example Usage
 * ```ts
 * import { parseFinnishDate } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseFinnishDate("1.8.2008").value, "2008-08-01");
 * ```
 */
export function parseFinnishDate(raw: string): ValueResult<string> {
  const match = raw.trim().match(/^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/);
  if (!match) return fail("not_date", raw);
  const [day, month, year] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  // Years before 100 are refused as Date.UTC would read them (as 19xx), and were before it was left out.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail("not_calendar_date", raw);
  }
  const digits = (n: number, width: number) => String(n).padStart(width, "0");
  return ok(`${digits(year, 4)}-${digits(month, 2)}-${digits(day, 2)}`);
}

/** The days of a month (1–12) in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The planned implementation period: start and end as ISO dates. */
export interface DateRange {
  start: ValueResult<string>;
  end: ValueResult<string>;
}

/**
 * A word of starting at a word's start (alkaa, alkoi, alku, alkupäivä, alkamispäivä, alkaen, aloituspäivä,
 * käynnistyi; not the "alkaa" of "palkaa").
 */
const SECOND_START = /(?<![\p{L}])(?:alk|aloit|käynnist)/iu;
/** A date as the documents print it (with or without its year), or as ISO, anywhere in a text. */
const DATE_IN_TEXT = /\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}/g;

/**
 * Reads `Alkaa 1.1.2011 ja päättyy 28.2.2015`.
 *
 * @example Usage
 * ```ts
 * import { parseDateRange } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const range = parseDateRange("Alkaa 1.1.2011 ja päättyy 28.2.2015");
 * assertEquals([range.start.value, range.end.value], ["2011-01-01", "2015-02-28"]);
 * ```
 */
export function parseDateRange(raw: string): DateRange {
  const match = raw.match(/alkaa\s+(\S+)\s+ja\s+päättyy\s+(\S+)/i);
  if (!match) {
    return { start: fail("not_date_range", raw), end: fail("not_date_range", raw) };
  }
  // The end is the value's last word: anything after it (a second end, "(jatkettu 31.12.2015)") leaves it unread;
  // a second start after it (a word of starting, or two more dates: a whole period again) leaves the start unread
  // too, and a date before the range (an earlier plan) both: which plan is meant is unsaid.
  const after = raw.slice(match.index! + match[0].length);
  const earlier = (raw.slice(0, match.index!).match(DATE_IN_TEXT)?.length ?? 0) > 0;
  if (earlier) return { start: fail("not_date_range", raw), end: fail("not_date_range", raw) };
  const restarted = SECOND_START.test(after) || (after.match(DATE_IN_TEXT)?.length ?? 0) >= 2;
  return {
    start: restarted ? fail("not_date_range", raw) : projectDate(match[1]!),
    end: after.trim() === "" ? projectDate(match[2]!) : fail("not_date_range", raw),
  };
}

/**
 * The years a structural-fund project in Finland can start or end in: the programmes began in 1995 (the 1995–1999
 * period), and the 2014–2020 programme's projects ended by 2023 (the 2021–2027 programme's run to 2029, with time
 * to spare). A date outside them is a typo (`28.2.2105`), never a project's.
 */
export const PROJECT_YEARS = { first: 1995, last: 2030 } as const;

/** {@linkcode parseFinnishDate} of a project's start or end: a date outside {@linkcode PROJECT_YEARS} is no value. */
function projectDate(raw: string): ValueResult<string> {
  const read = parseFinnishDate(raw);
  if (read.value === null) return read;
  const year = Number(read.value.slice(0, 4));
  return year < PROJECT_YEARS.first || year > PROJECT_YEARS.last ? fail("implausible_date", raw) : read;
}

/**
 * Splits a comma-separated list, dropping empty items.
 *
 * @example Usage
 * ```ts
 * import { parseList } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseList("Kemi, Tornio,, Simo "), ["Kemi", "Tornio", "Simo"]);
 * ```
 */
export function parseList(raw: string): string[] {
  return raw.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

/** The words that say a list goes on or is no list (`ym.`, `jne.`, `kaikki`, `koko`, `muut`), as whole words. */
const LIST_WORDS = String.raw`(?<!\p{L})(?:ym|yms|jne|tms|etc|kaikki|koko|muut)(?!\p{L})`;

/** What joins two names of an area list in a sentence: "Tervo ja Rautalampi", "Tervo sekä Rautalampi", "A & B". */
const NAME_JOINER = /\s+(?:ja|sekä|&)\s+/iu;
/**
 * What no place's name holds: a slash (two names of one place, or two places?), a colon (another label run into the
 * list), brackets (a remark: `Tervo (osittain)`), a digit, a word that the list goes on or is no list (`ym.`, `jne.`,
 * `kaikki`, `koko`, `muut`), or three words or more (names run together without commas, or a sentence).
 */
const NO_NAME = new RegExp(String.raw`[/:()[\]\d]|${LIST_WORDS}|^\S+\s+\S+\s+\S`, "iu");
/** A word that the list goes on or is no list (see {@linkcode NO_NAME}) anywhere in a list. */
const LIST_WORD = new RegExp(LIST_WORDS, "iu");
/**
 * A list as the template prints it: names of one word each (letters and hyphens), a comma and a space between them.
 * Without a {@linkcode LIST_WORD}, each of its names is read as it is: split at its commas, it is what the rules of
 * {@linkcode parseAreaList} read it as, without them (measured: `Tornio, Rovaniemi, Keminmaa` read in 100 ns against 620).
 */
const PLAIN_LIST = /^\p{L}[\p{L}-]*(?:, \p{L}[\p{L}-]*)*$/u;

/**
 * Reads an area list (`Maakunnat`, `Seutukunnat`, `Kunnat`): names split by commas or semicolons, or joined by `ja`,
 * `sekä` or `&`, each without a bullet before it, the last without a full stop after it. A list with an item that
 * is no name (see {@linkcode NO_NAME}) is not read: which names it means is not said.
 *
 * @example Usage
 * ```ts
 * import { parseAreaList } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseAreaList("Kemi, Tornio ja Simo.").value, ["Kemi", "Tornio", "Simo"]);
 * assertEquals(parseAreaList("Kemi / Tornio").value, null);
 * ```
 */
export function parseAreaList(raw: string): ValueResult<string[]> {
  if (PLAIN_LIST.test(raw) && !LIST_WORD.test(raw)) return ok(raw.split(", "));
  const names = raw.split(/[,;]/).flatMap((item) => item.split(NAME_JOINER))
    .map((item) => item.trim().replace(BULLET, "").trim()).filter((item) => item !== "");
  const last = names.at(-1);
  if (last !== undefined && /^\p{L}[\p{L}-]{2,}\.$/u.test(last)) names[names.length - 1] = last.slice(0, -1);
  return names.some((name) => NO_NAME.test(name) || BULLET.test(name)) ? fail("not_name_list", raw) : ok(names);
}

/**
 * Reads `Kyllä` (yes) or `Ei` (no).
 *
 * @example Usage
 * ```ts
 * import { parseYesNo } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseYesNo("Kyllä").value, true);
 * assertEquals(parseYesNo("ei").value, false);
 * ```
 */
export function parseYesNo(raw: string): ValueResult<boolean> {
  const word = raw.trim().toLowerCase();
  if (word === "kyllä" || word === "kylla") return ok(true);
  if (word === "ei") return ok(false);
  if (word === "") return fail("no_answer", raw);
  return fail("not_yes_no", raw);
}

/** A numbered title such as a priority axis: `4: Jäsenvaltioiden …` or `6.1. Nuorten …`. */
export interface CodedTitle {
  code: string | null;
  title: string | null;
}

/**
 * Splits a numbered title into its number and its text: the number set off by a full stop, a colon or a dash between
 * spaces (`4 - Yhteistyö`, as a hand-edited copy prints it).
 *
 * @example Usage
 * ```ts
 * import { parseCodedTitle } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseCodedTitle("6.1. Nuorten työllistyminen"), { code: "6.1", title: "Nuorten työllistyminen" });
 * assertEquals(parseCodedTitle("4: Yhteistyö"), { code: "4", title: "Yhteistyö" });
 * assertEquals(parseCodedTitle("4 – Yhteistyö"), { code: "4", title: "Yhteistyö" });
 * ```
 */
export function parseCodedTitle(raw: string): CodedTitle {
  const trimmed = raw.trim();
  const match = trimmed.match(/^(\d+(?:\.\d+)*)\s*[.:]?(?:\s+[-\u2010-\u2015])?\s+(.*)$/);
  if (!match) {
    return /^\d+(\.\d+)*\.?$/.test(trimmed)
      ? { code: trimmed.replace(/\.$/, ""), title: null }
      : { code: null, title: trimmed === "" ? null : trimmed };
  }
  return { code: match[1]!, title: match[2]!.trim() || null };
}

/**
 * Normalises `Toiminnan tila`.
 *
 * @example Usage
 * ```ts
 * import { normaliseStatus } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(normaliseStatus("Toiminta päättynyt"), "ended");
 * assertEquals(normaliseStatus("Toiminnassa"), "active");
 * ```
 */
export function normaliseStatus(raw: string): Status {
  // A remark in brackets after the status ("Toiminnassa (jatkoaika haettu)") is no part of it.
  // Only a status that ends in a bracket may have a remark (measured: readStatus in 400 ns against 600).
  const spaced = raw.trim().toLowerCase().replace(/\s+/g, " ");
  const status = spaced.endsWith(")") ? spaced.replace(/\s*\([^()]*\)$/, "") : spaced;
  if (status === "toiminta päättynyt" || status === "päättynyt") return "ended";
  if (status === "toiminnassa") return "active";
  if (status === "keskeytynyt") return "interrupted";
  return "other";
}

/** A status named in a text, unless said not to hold (`ei keskeytynyt`): EURA's three, by the word that tells each. */
const STATUS_WORDS = /(?<!(?<!\p{L})ei\s+)(?<!\p{L})(toiminnassa|päättynyt|keskeytynyt)(?!\p{L})/giu;

/**
 * The statuses a `Toiminnan tila` text names, each once (in brackets too: `Keskeytynyt (Toiminta päättynyt)`).
 *
 * @example Usage
 * ```ts
 * import { statusesNamed } from "./values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(statusesNamed("Keskeytynyt (Toiminta päättynyt)"), ["interrupted", "ended"]);
 * assertEquals(statusesNamed("Toiminnassa (ei keskeytynyt)"), ["active"]);
 * ```
 */
export function statusesNamed(text: string): Status[] {
  const named = new Set<Status>();
  // Matched one by one, not by matchAll (which copies the pattern each time): measured, 125 ns a status against 220.
  STATUS_WORDS.lastIndex = 0;
  for (let match = STATUS_WORDS.exec(text); match !== null; match = STATUS_WORDS.exec(text)) {
    named.add(normaliseStatus(match[1]!));
  }
  return [...named];
}

/** `Toiminnan tila` normalised (see {@linkcode normaliseStatus}); a text that names two statuses is none, said. */
export function readStatus(raw: string): ValueResult<Status> {
  return statusesNamed(raw).length > 1 ? fail("two_statuses", raw) : ok(normaliseStatus(raw));
}
