/**
 * A print's page furniture: the lines a browser or word processor prints at
 * each page's top and foot (a header, a footer, the page's number), which are
 * no part of the document. The PDF reader finds them by their place on the
 * page (`pdf_layout.ts`); a text made of a print by `pdftotext` keeps its pages
 * apart with form feeds, and {@linkcode withoutPageFurniture} finds them there:
 * at a page's top or foot, a line that repeats on most pages (digits aside), a
 * page number, or on a print of one page an address, or a date or time on a line
 * that is no sentence; never a line of the document's own (a `Label: value`
 * line, a heading, a code line, the header or preamble). They are left
 * out, with the blank lines between them and the text, so that a value a page
 * break cut reads as cut (`645` / `300`), a list goes on across the break, and a
 * running header that is the template's title starts no document.
 *
 * @module
 */
import { isCodeLine, isHeaderLine } from "./identity.ts";
import { headingKey, type Line } from "./sections.ts";
import { FIELD_LINE } from "./label_match.ts";
import { PREAMBLE } from "./split_documents.ts";
import { LINE_BREAK } from "./split_lines.ts";

/** A page number as printed: `Sivu 2`, `2/5`, `2 (5)`, `page 2 of 5`, or digits alone. */
export const PAGE_NUMBER = /^(?:(?:sivu|page|s\.)\s*)?\d{1,4}(?:\s*(?:\/|of|\(|-|–)\s*\d{1,4}\)?)?$/i;

/** A print's header or footer line: an address, a date or a time (the browser's). */
export const PRINT_HEADER = /(?:https?|file):\/\/|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;

/**
 * Whether a line at a page's top or foot is its number: `Sivu 2`, `2/5`, `2 (5)`, or digits alone that are the
 * page's own number (digits alone that are not are the end of a figure a page break cut, `645` / `300`: kept; never
 * led by a 0, `004` / `300` is a figure's end too).
 */
export function isPageNumber(text: string, page: number): boolean {
  if (!PAGE_NUMBER.test(text)) return false;
  const numbers = text.match(/\d+/g)!.map(Number);
  // `2 (5)`, `2/5`: a page of a count of pages (`2011 - 2014`, years, is none).
  if (numbers.length === 2) return numbers[0]! >= 1 && numbers[0]! <= numbers[1]! && numbers[1]! <= 999;
  return !/^\d+$/.test(text) || (text[0] !== "0" && Number(text) === page);
}

/**
 * A print's header or footer line on a print of one page: an address, or a date or time on a line that is no
 * sentence (`27.11.2026 klo 9.41  Rakennerahastot.fi`; `Hanke päättyi 28.2.2015.` is the document's).
 */
const isPrintHeader = (text: string) =>
  text.includes("://") || (PRINT_HEADER.test(text) && text.length <= 100 && !/[.!?]$/.test(text));

/**
 * A line of the document itself, never furniture: a `Label: value` line (`Suunniteltu: 21` may top two pages), a
 * heading, a code line, the template's header or preamble (a description's first lines, in a file of several).
 */
const isDocumentLine = (line: Line) =>
  (FIELD_LINE.test(line.text) && !line.text.includes("://")) || isCodeLine(line.text) || isHeaderLine(line.text) ||
  PREAMBLE.test(line.text) || headingKey(line) !== undefined;

/** Lines at a page's top and at its foot that may be its header or footer. */
const BAND = 2;
/** A template header with a code line this close under it opens a document: it is never furniture. */
const OPENING = 12;

/**
 * The lines of a text without the page furniture of its print (see the module's note), and the numbers of the lines
 * left out; a text without form feeds is returned as it is.
 *
 * @param text the text the lines were split from (its form feeds, which splitting trims, mark the pages)
 * @param lines the text's lines, numbered from 1 (see `splitLines`)
 */
export function withoutPageFurniture(
  text: string,
  lines: readonly Line[],
): { lines: readonly Line[]; dropped: number[] } {
  if (!text.includes("\f")) return { lines, dropped: [] };
  const pages = pagesOf(text, lines.length);
  if (pages.length < 2) return { lines, dropped: [] };
  // Descriptions joined with form feeds between them, each page its own description, are no print.
  const coded = pages.filter(([start, end]) => lines.slice(start, end).some((line) => isCodeLine(line.text)));
  if (coded.length > 1) return { lines, dropped: [] };
  const bands = pages.map(([start, end]) => bandsOf(lines, start, end));
  const key = (index: number) => lines[index]!.text.toLowerCase().replace(/\d+/g, "#");
  const seen = new Map<string, number>();
  for (const { top, foot } of bands) {
    for (const k of new Set([...top.map((i) => `top|${key(i)}`), ...foot.map((i) => `foot|${key(i)}`)])) {
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
  }
  const printedPages = bands.filter(({ top }) => top.length > 0).length;
  const often = Math.max(2, Math.ceil(printedPages * 0.5));
  /** The template's header repeated at a page's top with no code line under it: a running header, not a start. */
  const isRunningHeader = (index: number) =>
    isHeaderLine(lines[index]!.text) &&
    !lines.slice(index + 1, index + 1 + OPENING).some((line) => isCodeLine(line.text));
  const furniture = new Set<number>();
  bands.forEach(({ top, foot }, page) => {
    for (const [band, indexes] of [["top", top], ["foot", foot]] as const) {
      for (const index of indexes) {
        const text = lines[index]!.text;
        if (isDocumentLine(lines[index]!) && !isRunningHeader(index)) continue;
        if (
          (seen.get(`${band}|${key(index)}`) ?? 0) >= often || isPageNumber(text, page + 1) ||
          (printedPages === 1 && isPrintHeader(text))
        ) furniture.add(index);
      }
    }
  });
  if (furniture.size === 0) return { lines, dropped: [] };
  // At each page break, the blank lines between the text and the furniture (or the break) go too; those after the
  // last printed page's text stay (they show its last line whole).
  const lastPrinted = bands.findLastIndex(({ top }) => top.length > 0);
  pages.forEach(([start, end], page) => {
    if (page > 0) {
      for (let i = start; i < end && (lines[i]!.text === "" || furniture.has(i)); i++) furniture.add(i);
    }
    if (page < lastPrinted) {
      for (let i = end - 1; i >= start && (lines[i]!.text === "" || furniture.has(i)); i--) furniture.add(i);
    }
  });
  return {
    lines: lines.filter((_, i) => !furniture.has(i)),
    dropped: [...furniture].filter((i) => lines[i]!.text !== "").sort((a, b) => a - b).map((i) => lines[i]!.number),
  };
}

/** The pages of the text as ranges of line indexes `[start, end)`: a page starts at a line holding a form feed. */
function pagesOf(text: string, count: number): [number, number][] {
  const starts = [0];
  text.split(LINE_BREAK).forEach((raw, index) => {
    if (index > 0 && raw.includes("\f") && starts.at(-1) !== index) starts.push(index);
  });
  return starts.map((start, k) => [start, Math.min(starts[k + 1] ?? count, count)]);
}

/** The indexes of a page's first and last non-blank lines, up to {@linkcode BAND} each, not overlapping. */
function bandsOf(lines: readonly Line[], start: number, end: number): { top: number[]; foot: number[] } {
  const texts: number[] = [];
  for (let i = start; i < end; i++) if (lines[i]!.text !== "") texts.push(i);
  const top = texts.slice(0, BAND);
  return { top, foot: texts.slice(Math.max(top.length, texts.length - BAND)) };
}
