/**
 * Searching the projects' texts (name, summary, target groups, final
 * report) for words: whole words (`nuoret`), Finnish stems (`nuor*` finds
 * nuoret, nuorten, nuorille), quoted phrases (`"heikossa työmarkkina-asemassa"`),
 * all terms required unless `OR` separates alternatives. Case does not
 * matter; letters with diacritics are letters of their own (ä ≠ a, ö ≠ o,
 * å ≠ a), as in Finnish and Swedish.
 *
 * @module
 */
import pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";

/** The texts searched by default, columns of the projects frame. */
export const SEARCHED_FIELDS = [
  "name",
  "summary",
  "target_groups",
  "indirect_target_groups",
  "final_report_summary",
] as const;

/** Every free text of a project: the searched ones and the 2007-2013 communication and dissemination plans. */
export const TEXT_FIELDS = [...SEARCHED_FIELDS, "communication_plan", "dissemination_plan"] as const;

/** One word of a term: the word itself, or a stem that any ending may follow. */
interface Word {
  text: string;
  stem: boolean;
}

/** A term: one word, or a phrase of words that must follow one another. */
export interface Term {
  words: Word[];
  /** As the query wrote it. */
  source: string;
}

/** A query: alternatives (separated by OR), each a list of terms that must all be found. */
export type Query = Term[][];

/** A word as compared: NFC (a decomposed ä is ä) and lower case; diacritics kept. */
const fold = (word: string) => (/\p{M}/u.test(word) ? word.normalize("NFC") : word).toLowerCase();

/** Words of a text: runs of letters (with their combining marks) and digits; a dash or an apostrophe separates. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(source: string): Word[] {
  return [...source.matchAll(/([\p{L}\p{M}\p{N}]+)(\*?)/gu)].map((m) => ({ text: fold(m[1]!), stem: m[2] === "*" }));
}

/**
 * Reads a query: terms separated by spaces, `"…"` for a phrase, `*` after a
 * word for any ending, `OR` between alternatives; an unclosed quote runs
 * to the end. Terms without a letter or digit are dropped.
 *
 * @example Usage
 * ```ts
 * import { parseQuery } from "./text_search.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const query = parseQuery('nuor* "heikossa työmarkkina-asemassa" OR maahanmuuttajat');
 * assertEquals(query.map((terms) => terms.map((t) => t.source)), [["nuor*", '"heikossa työmarkkina-asemassa"'], ["maahanmuuttajat"]]);
 * assertEquals(query[0]![1]!.words.map((w) => w.text), ["heikossa", "työmarkkina", "asemassa"]);
 * ```
 */
export function parseQuery(query: string): Query {
  const alternatives: Query = [[]];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1] !== undefined;
    const source = m[0]!;
    if (!phrase && source === "OR") {
      if (alternatives.at(-1)!.length > 0) alternatives.push([]);
      continue;
    }
    const words = wordsOf(phrase ? m[1]! : source);
    if (words.length > 0) alternatives.at(-1)!.push({ words, source });
  }
  return alternatives.filter((terms) => terms.length > 0);
}

/** Where a term was found in a text: character offsets of the matched words. */
export interface Match {
  start: number;
  end: number;
}

/** A word of a text, as compared, and where it stands. */
interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of a text, folded, with their offsets. */
function tokenise(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index!, end: m.index! + m[0].length }));
}

/**
 * Letters a text lower-cased at once may fold otherwise than word by word: combining marks (a word with one is
 * made NFC first) and capital sigma (σ or ς by what follows it).
 */
const FOLDED_BY_CONTEXT = /[\p{M}\u03A3]/u;

/**
 * Whether the text may hold a word that equals or starts with one of the folded `words`: false only when it
 * holds none, so a search need not split it into words. Exact: without the letters of `FOLDED_BY_CONTEXT`, the
 * text lower-cased at once is its words folded one by one, with what lies between them.
 *
 * @example Usage
 * ```ts
 * import { mayContainWord } from "./text_search.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([mayContainWord("Nuorten polku", ["nuor"]), mayContainWord("Aikuiset", ["nuor"])], [true, false]);
 * ```
 */
export function mayContainWord(text: string, words: readonly string[]): boolean {
  if (FOLDED_BY_CONTEXT.test(text)) return true;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
}

/** Every place a term is found in a text, in order. */
export function findTerm(text: string, term: Term): Match[] {
  return findInTokens(tokenise(text), term);
}

function findInTokens(tokens: readonly Token[], term: Term): Match[] {
  const fits = (token: { word: string }, word: Word) =>
    word.stem ? token.word.startsWith(word.text) : token.word === word.text;
  const matches: Match[] = [];
  for (let i = 0; i + term.words.length <= tokens.length; i++) {
    if (term.words.every((word, k) => fits(tokens[i + k]!, word))) {
      matches.push({ start: tokens[i]!.start, end: tokens[i + term.words.length - 1]!.end });
    }
  }
  return matches;
}

/** A piece of a snippet: text, and whether it is a match. */
export interface Segment {
  text: string;
  match: boolean;
}

/** One field of a project where the query was found. */
export interface SearchHit {
  project_code: string | null;
  name: string | null;
  field: string;
  /** How many times the query's terms were found in the field. */
  hits: number;
  /** Some words either side of the first match, the matches marked. */
  segments: Segment[];
}

/** Options of {@linkcode searchProjects}. */
export interface SearchOptions {
  /**
   * The text columns searched.
   * @default {SEARCHED_FIELDS}
   */
  fields?: readonly string[];
  /**
   * Characters of context either side of the first match in a snippet.
   * @default {70}
   */
  context?: number;
}

/** What a search found. */
export interface SearchResult {
  query: Query;
  /** The codes of the projects found, in the frame's order: feed them to any other analysis. */
  codes: string[];
  /** The projects found: the projects frame filtered, every column kept. */
  projects: pl.DataFrame;
  /** Every project searched, with a `found` column (true for the projects found): to compare them with the rest. */
  flagged: pl.DataFrame;
  /** One entry per project and field where a term of a matching alternative was found. */
  hits: SearchHit[];
}

/** The matches inside [from, to) and the text between them, as segments. */
function segmentsOf(text: string, matches: readonly Match[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const m of matches.filter((m) => m.start >= from && m.end <= to)) {
    if (m.start < at) continue; // overlapping matches of two terms: the first one wins the marking
    if (m.start > at) segments.push({ text: text.slice(at, m.start), match: false });
    segments.push({ text: text.slice(m.start, m.end), match: true });
    at = m.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), match: false });
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ") }));
}

/** The segments of a snippet around the first match, cut at word boundaries, with "…" where cut. */
function snippet(text: string, matches: readonly Match[], context: number): Segment[] {
  const first = matches[0]!;
  let from = Math.max(0, first.start - context);
  let to = Math.min(text.length, first.end + context);
  while (from > 0 && /\S/.test(text[from - 1]!)) from--;
  while (to < text.length && /\S/.test(text[to]!)) to++;
  const segments = segmentsOf(text, matches, from, to);
  if (from > 0) segments.unshift({ text: "…", match: false });
  if (to < text.length) segments.push({ text: "…", match: false });
  return segments;
}

/**
 * Searches the projects' texts. A project is found when every term of one
 * alternative is found in any of its fields. Returns the codes, the
 * projects frame filtered to them, and per field the count of matches and
 * a snippet.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { plainSnippet, searchProjects } from "./text_search.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ project_code: ["S1", "S2"], name: ["Nuorten polku", "Aikuiset"], summary: ["Nuorille ohjausta.", null] });
 * const result = searchProjects(projects, "nuor*");
 * assertEquals(result.codes, ["S1"]);
 * assertEquals(result.hits.map((h) => [h.field, h.hits, plainSnippet(h.segments)]), [["name", 1, "«Nuorten» polku"], ["summary", 1, "«Nuorille» ohjausta."]]);
 * ```
 */
export function searchProjects(projects: pl.DataFrame, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseQuery(query);
  const fields = (options.fields ?? SEARCHED_FIELDS).filter((field) => projects.columns.includes(field));
  const context = options.context ?? 70;
  const rows = toJsonRecords(projects.select(...new Set(["project_code", "name", ...fields])));
  const words = [...new Set(parsed.flat().flatMap((term) => term.words.map((word) => word.text)))];
  const found: boolean[] = [];
  const hits: SearchHit[] = [];
  for (const row of rows) {
    // Each text is split into words once, for every term of every alternative; one without any of the query's
    // words not at all (it has no match: 10,000 projects' texts, 1.1 s split).
    const texts = fields.map((field) => {
      const text = typeof row[field] === "string" ? row[field] as string : "";
      return [field, text, mayContainWord(text, words) ? tokenise(text) : []] as const;
    });
    const matching = parsed.filter((terms) =>
      terms.every((term) => texts.some(([, , tokens]) => findInTokens(tokens, term).length > 0))
    );
    found.push(matching.length > 0);
    if (matching.length === 0) continue;
    const terms = [...new Set(matching.flat())];
    for (const [field, text, tokens] of texts) {
      const matches = terms.flatMap((term) => findInTokens(tokens, term))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      if (matches.length === 0) continue;
      hits.push({
        project_code: (row.project_code as string | null) ?? null,
        name: (row.name as string | null) ?? null,
        field,
        hits: matches.length,
        segments: snippet(text, matches, context),
      });
    }
  }
  const flagged = projects.withColumns(pl.Series("found", found, pl.Bool));
  const filtered = projects.filter(pl.Series("found", found, pl.Bool));
  const codes = (filtered.columns.includes("project_code") ? filtered.getColumn("project_code").toArray() : [])
    .filter((code): code is string => typeof code === "string");
  return { query: parsed, codes, projects: filtered, flagged, hits };
}

/** A snippet as plain text, the matches in «guillemets». */
export function plainSnippet(segments: readonly Segment[]): string {
  return segments.map((s) => s.match ? `«${s.text}»` : s.text).join("");
}

/**
 * The hits as a table: `project_code`, `name`, `field`, `hits` and the
 * plain-text `snippet` (matches in «»), one row per project and field.
 */
export function searchTable(result: SearchResult): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("project_code", result.hits.map((h) => h.project_code), pl.Utf8),
    pl.Series("name", result.hits.map((h) => h.name), pl.Utf8),
    pl.Series("field", result.hits.map((h) => h.field), pl.Utf8),
    pl.Series("hits", result.hits.map((h) => h.hits), pl.Int64),
    pl.Series("snippet", result.hits.map((h) => plainSnippet(h.segments)), pl.Utf8),
  ]);
}
