/**
 * Splitting a text into its lines: numbered from 1, each trimmed, its odd
 * spaces (tabs, no-break and thin spaces, doubled spaces) made plain, cells
 * side by side kept apart by a tab; and the characters that print as nothing.
 *
 * @module
 */
import type { Line } from "./sections.ts";
import { RARE, type RareRuns } from "./rare_runs.ts";

/** A line break as lines are numbered: LF, CRLF or CR (never a form feed, which editors show on its line). */
export const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Splits text into 1-based lines (LF, CRLF or CR), spaces made plain (a tab between digits kept: see `plainSpaces`).
 * A byte-order mark inside the text (a file joined to another without a line break: `…yrittäjyyttä.\uFEFFEuroopan
 * unioni`) prints as nothing and is dropped, so the joined file's start is seen where it is glued (see
 * `split_documents.ts`); so is a form feed before the joined file's preamble (see `GLUED_PAGE_BREAK`).
 */
export function splitLines(text: string): Line[] {
  return splitIndentedLines(text).lines;
}

/**
 * {@linkcode splitLines}, and how many of the lines start with two spaces or tabs, as the text prints them (a page's
 * margin: see `column_layout.ts`, which a text with fewer such lines than it asks for skips), and whether any line
 * keeps a tab (cells apart, see `plainSpaces`).
 *
 * @example Usage
 * ```ts
 * import { splitIndentedLines } from "./split_lines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { lines, indented } = splitIndentedLines("Otsikko\n    Nimike   123\n\t\tNimike   456\n Nimike");
 * assertEquals([lines[1]!.text, indented], ["Nimike 123", 2]);
 * ```
 */
export function splitIndentedLines(text: string): { lines: Line[]; indented: number; tabbed: boolean } {
  // Glued to the next character only: a mark between two cells with a space beside it keeps them apart.
  const unmarked = text.indexOf("\uFEFF", 1) < 0 ? text : text.replace(/\uFEFF(?=\S)/g, "");
  const plain = unmarked.includes("\f") ? unmarked.replace(GLUED_PAGE_BREAK, "") : unmarked;
  const raws = plain.includes("\r") ? plain.split(LINE_BREAK) : plain.split("\n");
  const lines: Line[] = new Array(raws.length);
  // Dropping a mark or a page break never starts a line with spaces, nor makes one that did start otherwise: they
  // follow a printing character on their line.
  let indented = 0;
  // Whether a line keeps a tab (cells apart): only a line made plain can (every tab is an odd space), so only those ask.
  let tabbed = false;
  // Where the raw lines start in the text, and the next odd space or double space in it at or after the current line:
  // a line that starts after it holds none, so its trimmed text (a part of it) holds none either, and is not tested.
  let start = 0;
  let nextOdd = nextOddAt(plain, 0);
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index]!;
    if (isSpaceOrTab(raw.charCodeAt(0)) && isSpaceOrTab(raw.charCodeAt(1))) indented++;
    // Trimmed first: every odd space is a space to trim (a BOM too), so only spaces inside are made plain.
    const trimmed = raw.trim();
    const end = start + raw.length;
    if (nextOdd < end) {
      const text = INNER_ODD.test(trimmed) ? plainSpaces(trimmed) : trimmed;
      if (!tabbed) tabbed = text.includes("\t");
      lines[index] = { number: index + 1, text };
      nextOdd = nextOddAt(plain, end);
    } else lines[index] = { number: index + 1, text: trimmed };
    // Past the line break: CRLF is two characters, LF or CR one (no break character is an odd space).
    start = end + (plain.charCodeAt(end) === 0x0d && plain.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return { lines, indented, tabbed };
}

/** A text's lines (see {@linkcode splitIndentedLines}), split from its NFC form `normal`. */
export interface NormalLines {
  normal: string;
  lines: Line[];
  indented: number;
  tabbed: boolean;
}

/**
 * {@linkcode splitIndentedLines} of the text's NFC form, and that form. Most texts hold no carriage return, form feed
 * or byte-order mark inside: one scan (see {@linkcode RARE}) finds so, and where their odd spaces are, and whether
 * they are NFC already (most are), and their lines are split straight away, not scanned again for each of those
 * (measured on 3,000 generated documents: 15 µs a document against 21, the same lines). `runs`: RARE's runs in the
 * text, when the decoder found them (see `rare_runs.ts`): the text is not scanned for them again.
 *
 * @example Usage
 * ```ts
 * import { splitNormalLines } from "./split_lines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { normal, lines } = splitNormalLines("Nimi: Ka\u0308rsa\n  Summa: 1\u00A0000  ");
 * assertEquals([normal.length, lines[0]!.text, lines[1]!.text], [28, "Nimi: Kärsa", "Summa: 1 000"]);
 * ```
 */
export function splitNormalLines(text: string, runs: RareRuns | null = null): NormalLines {
  const quick = quickLines(text, false, runs?.text === text ? runs : null);
  if (typeof quick === "object") return quick;
  const normal = text.normalize("NFC");
  const again = quick === NOT_NFC ? quickLines(normal, true) : GENERAL;
  return typeof again === "object" ? again : { normal, ...splitIndentedLines(normal) };
}

/** What a character {@linkcode RARE} finds is to the quick split (see {@linkcode rareKind}). */
const ODD_SPACE = 0;
const IGNORED = 1;
const NOT_NFC = 2;
const GENERAL = 3;

/**
 * What a character {@linkcode RARE} finds asks of the quick split: an odd space (a space of two, one of {@linkcode ODD}
 * that NFC keeps) marks its line; a control character is nothing; a line break other than LF, a form feed and a
 * byte-order mark inside the text send the text the general way, and so does any other character unless the text is
 * known to be NFC (`normal`): NFC may change it.
 */
function rareKind(code: number, index: number, normal: boolean): number {
  if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0xa0) return ODD_SPACE;
  if (code === 0x0d || code === 0x0c || (code === 0xfeff && index > 0)) return GENERAL;
  if (code < 0x300) return IGNORED;
  if (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a && (normal || code >= 0x2002)) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  ) return ODD_SPACE;
  return normal ? IGNORED : NOT_NFC;
}

/**
 * {@linkcode splitNormalLines} of a text that holds no carriage return, form feed or byte-order mark inside, and is NFC
 * (`normal`: known to be; else only if it has no character NFC may change); else why not ({@linkcode NOT_NFC},
 * {@linkcode GENERAL}): so is a text with more runs of odd spaces or other characters than lines, which are looked at
 * faster by `splitIndentedLines`. Its lines are those `splitIndentedLines` splits: a line with none of {@linkcode RARE}'s
 * odd spaces holds none of {@linkcode INNER_ODD}'s either, and is not tested.
 */
function quickLines(text: string, normal: boolean, given: RareRuns | null = null): NormalLines | number {
  // The runs as the decoder found them (see `rare_runs.ts`), else as RARE finds them here: where the next one starts
  // (-1: none), and where it ends (`runEnd`).
  let next = 0;
  let runEnd = 0;
  const nextRun = (): number => {
    if (given !== null) {
      if (next === given.starts.length) return -1;
      runEnd = given.ends[next]!;
      return given.starts[next++]!;
    }
    const run = RARE.exec(text);
    runEnd = RARE.lastIndex;
    return run === null ? -1 : run.index;
  };
  RARE.lastIndex = 0;
  let rare = nextRun();
  let runs = 0;
  const lines: Line[] = [];
  let indented = 0;
  let tabbed = false;
  for (let start = 0;;) {
    const found = text.indexOf("\n", start);
    const end = found < 0 ? text.length : found;
    let odd = false;
    for (; rare >= 0 && rare < end; rare = nextRun()) {
      if (++runs > lines.length + LEAST_RUNS) return GENERAL;
      for (let i = rare; i < runEnd; i++) {
        const kind = rareKind(text.charCodeAt(i), i, normal);
        if (kind === ODD_SPACE) odd = true;
        else if (kind !== IGNORED) return kind;
      }
    }
    const raw = text.slice(start, end);
    if (isSpaceOrTab(raw.charCodeAt(0)) && isSpaceOrTab(raw.charCodeAt(1))) indented++;
    const trimmed = raw.trim();
    if (odd) {
      const plain = INNER_ODD.test(trimmed) ? plainSpaces(trimmed) : trimmed;
      if (!tabbed) tabbed = plain.includes("\t");
      lines.push({ number: lines.length + 1, text: plain });
    } else lines.push({ number: lines.length + 1, text: trimmed });
    if (found < 0) return { normal: text, lines, indented, tabbed };
    start = found + 1;
  }
}

/** Runs {@linkcode RARE} finds that the quick split takes beyond one a line (see {@linkcode quickLines}). */
const LEAST_RUNS = 32;

/** Where the text's first odd space or double space (see {@linkcode INNER_ODD}) at or after `from` is; else Infinity. */
function nextOddAt(text: string, from: number): number {
  INNER_ODD_ANYWHERE.lastIndex = from;
  return INNER_ODD_ANYWHERE.exec(text)?.index ?? Infinity;
}

/** Whether a character code is a plain space or a tab. */
const isSpaceOrTab = (code: number) => code === 0x20 || code === 0x09;

/**
 * A form feed between a line's text and the template's preamble or header (a print's text, whose last page ends in a
 * form feed and no line break, with another file joined after it): dropped, so the joined file's start is seen where
 * it is glued, as a byte-order mark's is. Elsewhere a form feed is a space.
 */
const GLUED_PAGE_BREAK = /(?<=\S)[ \t]*\f+(?=Euroopan (?:unioni|sosiaalirahaston))/g;

/**
 * A line's odd spaces made one plain space each run, but a tab or two spaces or more between two digits made one tab:
 * cells side by side (`Suunniteltu⇥199⇥100`, a table pasted from a spreadsheet; `21        100`, columns lined up
 * with spaces), which no figure is read across (see `amounts.ts`).
 */
function plainSpaces(text: string): string {
  if (!CELLS_APART.test(text)) return text.replace(ODD_SPACES, " ");
  return text.split(CELLS_APART).map((part) => part.replace(ODD_SPACES, " ")).join("\t");
}

/**
 * A text with each run between digits that keeps cells apart (see `CELLS_APART`) made one tab, the rest as it is: for
 * the page and print extractors, which make spaces plain before the text reaches {@linkcode splitLines}.
 *
 * @example Usage
 * ```ts
 * import { cellsApart } from "./split_lines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(cellsApart("Suunniteltu: 21\u00A0\u00A0100, 645\u00A0300"), "Suunniteltu: 21\t100, 645\u00A0300");
 * ```
 */
export function cellsApart(text: string): string {
  return text.split(CELLS_APART).join("\t");
}

/** Spaces other than the plain one and line breaks: tabs, no-break and other odd spaces (a character class). */
const ODD = "\\t\\v\\f\\u00A0\\u202F\\u2007\\u2009\\uFEFF\\u2028\\u2029\\u1680\\u2000-\\u200A\\u205F\\u3000";
/** A line that has an odd space or two spaces in a row (see {@linkcode ODD_SPACES}). */
const INNER_ODD = new RegExp(`[${ODD}]| {2}`);
/** {@linkcode INNER_ODD} searched for through a whole text (see `splitIndentedLines`). */
const INNER_ODD_ANYWHERE = new RegExp(INNER_ODD.source, "g");
/** Runs of spaces other than line breaks: tabs, no-break and other odd spaces, doubled spaces. */
const ODD_SPACES = new RegExp(`[${ODD}][ ${ODD}]*| {2,}`, "g");
/**
 * A tab between two digits, with any spaces beside it, or two spaces or more of any kind (`21 &nbsp; &nbsp; 100`): cells
 * side by side, or columns lined up with spaces (see {@linkcode plainSpaces}); one space groups a figure's thousands,
 * never two.
 */
const CELLS_APART = new RegExp(`(?<=\\d)(?:[ ${ODD}]*\\t[ ${ODD}]*|[ ${ODD}]{2,})(?=\\d)`);

/** Characters that print as nothing: soft hyphen, zero-width space and joiners, word joiner, BOM, marks, selectors. */
export const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const HAS_INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
/** Whether a text holds a character that prints as nothing (see {@linkcode INVISIBLE}). */
export const hasInvisible = (text: string): boolean => HAS_INVISIBLE.test(text);
/** Whether a character prints as nothing (see {@linkcode INVISIBLE}). */
export const isInvisible = (char: string): boolean => char.length > 0 && HAS_INVISIBLE.test(char);

/**
 * The cells of a row of a table drawn with pipes (`| Paremmin Yhdessä ry | 2312333-7 |`, as a plain-text or Markdown
 * table prints it): none for a rule row (`|------|:---:|`), undefined for a line that is no such row.
 *
 * @example Usage
 * ```ts
 * import { pipeCells } from "./split_lines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(pipeCells("| Materiaalit ja jätteet | 4 | 2 |"), ["Materiaalit ja jätteet", "4", "2"]);
 * assertEquals([pipeCells("|---|---|"), pipeCells("Materiaalit ja jätteet 4 2")], [[], undefined]);
 * ```
 */
export function pipeCells(text: string): string[] | undefined {
  if (!text.includes("|")) return undefined;
  if (/^[|\-:+=\s]+$/.test(text)) return [];
  return text.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((cell) => cell.trim());
}
