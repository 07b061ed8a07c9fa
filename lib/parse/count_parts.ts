/**
 * A count with its parts by sex, as the 2007–2013 template prints them:
 * `119, joista naisia 102`, and as people write them: `119 joista naisia
 * 102 ja miehiä 17`, `119, joista 17 miehiä, 102 naista`. Each part is read
 * by its label, never by its place: a number is women only when a women's
 * word (naisia, naiset, naisten, …) is beside it.
 *
 * @module
 */
import type { ValueProblem } from "../i18n/values.ts";
import { PLAIN_COUNT, readCount } from "./amounts.ts";
import type { ValueResult } from "./values.ts";

/** What a part says: its count, null with a problem, or two different counts. */
export type PartReading = ValueResult<number> | { value: null; problem?: undefined; conflict: string[] };

/** A count and its parts: `women`/`men` undefined when no such label is printed. */
export interface CountParts {
  total: ValueResult<number>;
  women: PartReading | undefined;
  men: PartReading | undefined;
  /** Text after "joista" that names no sex, e.g. the 102 of `119, joista 102`: null with a problem. */
  unlabelled: ValueProblem | undefined;
}

/** Clauses after "joista": split at "ja", "sekä", ";" or a comma that is not between digits (`1,234`, `50,4`). */
const CLAUSES = /\s*(?:(?<!\d),|,(?!\d)|;|(?<![\p{L}])(?:ja|sekä)(?![\p{L}]))\s*/iu;
const NUMBER = /[-\u2212\u2013]?\d+(?:[\s\u00A0'\u2019.,]\d{3}(?!\d))*/g;
/**
 * A case of "nainen" (naisia, naista, naiset, naisten, naisille, …), or women participants (naisosallistujia): a
 * compound names a group of women (naisyrittäjiä, women entrepreneurs), not their count.
 */
const WOMEN_WORD =
  /^(?:nainen|nais(?:en|ta|een|ena|eksi|essa|esta|elle|ella|elta|et|ten|ia|iin|ina|iksi|issa|ista|ille|illa|ilta)|naisosallistuj\p{L}*)$/iu;
/** A case of "mies" (miehiä, miestä, miehet, miesten, …), or men participants: see {@linkcode WOMEN_WORD}. */
const MEN_WORD =
  /^(?:mies|miestä|miesta|miesten|mieh(?:en|een|enä|ena|eksi|essä|essa|estä|esta|elle|ellä|ella|eltä|elta|et|iä|ia|iin|inä|ina|iksi|issä|issa|istä|ista|ille|illä|illa|iltä|ilta)|miesosallistuj\p{L}*)$/iu;
const isWomen = (word: string) => WOMEN_WORD.test(word);
const isMen = (word: string) => MEN_WORD.test(word);

/**
 * Reads `total, joista <parts>`.
 *
 * @example Usage
 * ```ts
 * import { readCountParts } from "./count_parts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const parts = readCountParts("119, joista naisia 102 ja miehiä 17");
 * assertEquals([parts.total.value, parts.women?.value, parts.men?.value], [119, 102, 17]);
 * ```
 */
export function readCountParts(raw: string): CountParts {
  const plain = readPlainParts(raw);
  if (plain !== undefined) return plain;
  const at = partsStart(raw);
  const left = (at < 0 ? raw : raw.slice(0, at)).replace(/[,(;]\s*$/, "");
  const total = readCount(left);
  if (at < 0) return { total, women: undefined, men: undefined, unlabelled: undefined };
  const found: Record<"women" | "men", string[]> = { women: [], men: [] };
  let unlabelled: ValueProblem | undefined;
  for (const clause of raw.slice(at).replace(JOISTA, "").replace(/\)\s*$/, "").split(CLAUSES)) {
    const words = clause.split(/[^\p{L}]+/u);
    const sex = words.some(isWomen) ? "women" : words.some(isMen) ? "men" : undefined;
    const numbers = clause.match(NUMBER) ?? [];
    if (sex === undefined) {
      if (numbers.length > 0) unlabelled ??= { key: "no_women_number", raw: clause.trim() };
      continue;
    }
    if (words.some(isWomen) && words.some(isMen)) {
      unlabelled ??= { key: "no_women_number", raw: clause.trim() };
      continue;
    }
    // A label with one number beside it, and nothing else, is that part; anything else is read as unreadable.
    found[sex].push(
      numbers.length === 1 && isPlainPart(clause.replace(numbers[0]!, " ")) ? numbers[0]! : clause.trim(),
    );
  }
  // A total printed as more than a number (`199 (toteutunut 119, joista naisia 102)`, two columns on one line): the
  // parts after it may be another figure's, so they are not read either. (A number too large or negative is one.)
  if (total.problem !== undefined && holdsAnotherFigure(left, total.problem.key)) {
    return { total, women: unreadPart(found.women, raw), men: unreadPart(found.men, raw), unlabelled };
  }
  // Parts followed by another figure's (`150, joista naisia 80 (muutettu: 199, joista naisia 100)`, `…; toteutunut
  // 119, joista …`): the line gives two totals, and which one holds the document does not say.
  if (total.value !== null && holdsAnotherTotal(raw.slice(at))) {
    const problem = { key: "another_total_after_parts" as const, raw: raw.trim() };
    return {
      total: { value: null, problem },
      women: unreadPart(found.women, raw),
      men: unreadPart(found.men, raw),
      unlabelled,
    };
  }
  return { total, women: part(found.women), men: part(found.men), unlabelled };
}

/**
 * Whether the text from "joista" on holds another total: another label (a word and a colon, a word of the planned or
 * actual label: see {@linkcode ANOTHER_LABEL}) or a second "joista".
 */
function holdsAnotherTotal(parts: string): boolean {
  return ANOTHER_LABEL.test(parts) || (parts.match(/(?<![\p{L}])joista(?![\p{L}])/giu) ?? []).length >= 2;
}

const JOISTA = /^\s*joista(?![\p{L}])/iu;

/** A part printed (its clauses) beside a total that was not read: not read either, said so; none printed, undefined. */
const unreadPart = (clauses: readonly string[], raw: string): PartReading | undefined =>
  clauses.length === 0 ? undefined : { value: null, problem: { key: "part_of_unread_total", raw } };

/**
 * Whether a total not read holds another figure beside its own (`199 (toteutunut 119`, `199 (2012: 150`, two cells
 * side by side), or is another label's (see {@linkcode ANOTHER_LABEL}): its parts may be that figure's. A unit, a note
 * or a mark beside one number (`199 henkilöä`, `199 (arvio)`, `199*`) holds none.
 */
function holdsAnotherFigure(total: string, problem: ValueProblem["key"]): boolean {
  if (problem === "figures_side_by_side") return true;
  return problem === "not_whole_number" && ((total.match(FIGURES) ?? []).length >= 2 || ANOTHER_LABEL.test(total));
}

/**
 * A label in a total (`Toteutunut seurantatietojen mukaan: 119`, `toteutunut 119`: a line shifted onto the next
 * one's): a colon after a word, or a word of the planned or actual label; its number and parts are that label's.
 */
const ANOTHER_LABEL = /\p{L}\s*:|(?<!\p{L})(?:suunnit\p{L}*|toteutu\p{L}*)(?!\p{L})/iu;

/** The figures of a text: digits, grouped by thousands or not. */
const FIGURES = /\d+(?:[\s\u00A0'.,]\d{3}(?!\d))*/g;

/**
 * The nouns the template prints after a sex's genitive: `naisten työpaikkoja 2`, `naisten perustamia 1`,
 * `naisten tutkintoja 3` (yrityksiä, as people write it).
 */
const PART_NOUN = /^(?:työpaik\p{L}*|perustam\p{L}*|tutkint\p{L}*|yrity\p{L}*)$/iu;
const isGenitive = (word: string) => /^(?:naisten|miesten)$/iu.test(word);

/**
 * Whether the words of a part beside its number are only its label (`naisia`, `102 naista`) or a genitive and
 * the template's noun (`naisten työpaikkoja`): a qualifier (`yli`, `n.`), a subgroup (`nuoria naisia`), a share
 * (`naisten osuus`) or a sign (`%`) says the number is not the plain count of that part.
 */
function isPlainPart(words: string): boolean {
  const rest = words.trim().split(/\s+/).filter((word) => word !== "");
  if (!rest.every((word) => /^\p{L}+$/u.test(word))) return false;
  const [label, noun] = rest;
  if (label === undefined || !(isWomen(label) || isMen(label))) return false;
  return rest.length === 1 || (rest.length === 2 && isGenitive(label) && PART_NOUN.test(noun!));
}

/**
 * The template's `215, joista naisia 29` (or `naisten työpaikkoja`, …): a women's word, and at most the noun of a
 * genitive.
 */
const PLAIN_PARTS = /^(\d{1,6}), joista (nais\p{L}*)(?: (\p{L}+))? (\d{1,6})$/u; // the word checked by isWomen
const CLAUSE_WORD = /^(?:ja|sekä)$/i;

/**
 * The two printings of nearly every count, read without the general rules (which give the same reading of
 * them): the digits of a count alone, or the total and the women's number beside one women's word and at
 * most one other word that names no men and splits no clause. Undefined for anything else.
 */
function readPlainParts(raw: string): CountParts | undefined {
  if (PLAIN_COUNT.test(raw)) {
    return { total: { value: Number(raw) }, women: undefined, men: undefined, unlabelled: undefined };
  }
  const match = PLAIN_PARTS.exec(raw);
  if (match === null || !plainPartWords(match[2]!, match[3])) return undefined;
  return {
    total: { value: Number(match[1]) },
    women: { value: Number(match[4]) },
    men: undefined,
    unlabelled: undefined,
  };
}

/**
 * Whether the words of a plain printing (see {@linkcode PLAIN_PARTS}) are a women's word and at most one other that
 * names no men and splits no clause, each pair judged once: every document prints the same few (measured:
 * `0, joista naisten työpaikkoja 0` read in 150 ns against 340).
 */
function plainPartWords(women: string, word: string | undefined): boolean {
  const key = word === undefined ? women : `${women} ${word}`;
  let plain = PLAIN_WORDS.get(key);
  if (plain === undefined) {
    plain = isWomen(women) && (word === undefined || (!isMen(word) && !CLAUSE_WORD.test(word) && isPlainPart(key)));
    if (PLAIN_WORDS.size < MAX_PLAIN_WORDS) PLAIN_WORDS.set(key, plain);
  }
  return plain;
}

/** The words judged by {@linkcode plainPartWords}, at most {@linkcode MAX_PLAIN_WORDS} of them (a file of odd words). */
const PLAIN_WORDS = new Map<string, boolean>();
const MAX_PLAIN_WORDS = 1000;

/** Where the parts begin: at "joista", or at a comma or parenthesis followed by a sex's label ("119 (naisia 102)"). */
function partsStart(raw: string): number {
  const joista = raw.search(/(?<![\p{L}])joista(?![\p{L}])/iu);
  if (joista >= 0) return joista;
  // A comma between digits groups a figure's thousands (`1,200 (naisia 700)`): the parts begin at none of them.
  const bracket = raw.search(/[(;]|(?<!\d),|,(?!\d)/);
  if (bracket < 0) return -1;
  const words = raw.slice(bracket).split(/[^\p{L}]+/u);
  return words.some(isWomen) || words.some(isMen) ? bracket + 1 : -1;
}

function part(texts: string[]): PartReading | undefined {
  if (texts.length === 0) return undefined;
  const readings = texts.map((text) => readCount(text));
  const distinct = [...new Set(readings.map((reading) => JSON.stringify(reading.value ?? reading.problem)))];
  if (distinct.length > 1) return { value: null, conflict: texts };
  return readings[0]!;
}
