/**
 * The blocks of a Word report that carry content: a figure (the chart as a
 * picture at its print width, its SVG beside the PNG where given) and a
 * table (a real Word table over the text width, its header row repeated on
 * each page), each under a numbered caption with a SEQ field, a figure's
 * note below it; and the text runs, clean of what XML cannot hold, that
 * every paragraph of the report is made of.
 *
 * @module
 */
import { formatNumber, MISSING } from "../i18n/format.ts";
import { pngInfo } from "./png_metadata.ts";
import { CHAR_TWIPS, columnNeeds, columnWidths, wordsFit } from "./docx_columns.ts";
import {
  AlignmentType,
  BorderStyle,
  hashedId,
  type IBorderOptions,
  ImageRun,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/** Languages of the document. */
export type WordLanguage = "fi" | "en";

/** A chart as a picture: the PNG at print resolution, and the SVG where Word can use it. */
export interface WordFigure {
  type: "figure";
  /** The caption's title, after "Kuvio N." / "Figure N.". */
  title: string;
  /** A note under the figure: source, n, how to read it. Empty for none. */
  caption: string;
  /** The picture as PNG bytes (its aspect ratio gives the height). */
  png: Uint8Array;
  /**
   * The same picture as SVG. Word 2016 and later show it (sharp at any zoom);
   * older programs show the PNG.
   * @default {undefined}
   */
  svg?: string;
  /**
   * Printed width in cm: 16 for the full text width, 8 for half. At most 16. A figure that would print taller than
   * {@linkcode FIGURE_MAX_HEIGHT_CM} is set smaller, width and height alike.
   */
  widthCm: number;
  /**
   * Printed height in cm, above 0 (at most {@linkcode FIGURE_MAX_HEIGHT_CM}: see `widthCm`).
   * @default {from the PNG's aspect ratio}
   */
  heightCm?: number;
}

/** A table, written as a real Word table whose header row repeats on each page. */
export interface WordTable {
  type: "table";
  /** The caption's title, after "Taulukko N." / "Table N.". */
  caption: string;
  /** Header cells, in the report's language. */
  header: string[];
  /**
   * Rows of cells: text as given, numbers with the language's separators and at
   * most 2 decimals (pass text for percentages, euros and other formats), null as "–".
   */
  rows: (string | number | null)[][];
  /**
   * Alignment per column.
   * @default {"right" for a column whose cells are all numbers, null or texts such as `645 300 €` or `59,8 %`; else "left" (so codes such as `6.1` stay left)}
   */
  align?: ("left" | "right")[];
}

/** The text width of the page in cm: A4 (21 cm) less two 2.5 cm margins. */
export const TEXT_WIDTH_CM = 16;
/**
 * The tallest a figure is printed, in cm: the text height of the page (A4, 29.7 cm, less two 2.5 cm margins:
 * 24.7 cm) less room for its caption above and a note of two lines below. A taller picture is set smaller,
 * whole and in its proportions.
 */
export const FIGURE_MAX_HEIGHT_CM = 22;
const CM_PER_INCH = 2.54;
const TWIPS_PER_INCH = 1440;
/** The text width in twips, rounded down so that tables never overflow it. */
const TEXT_WIDTH_TWIPS = Math.floor(TEXT_WIDTH_CM / CM_PER_INCH * TWIPS_PER_INCH);

/** The words and language tags of each document language. */
export const LABELS = {
  fi: { figure: "Kuvio", table: "Taulukko", generated: "Laadittu", tag: "fi-FI" },
  en: { figure: "Figure", table: "Table", generated: "Generated", tag: "en-GB" },
} as const;

/** The width and height in pixels of a PNG, from its header ({@linkcode pngInfo}). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const { width, height } = pngInfo(png);
  return { width, height };
}

/**
 * The width in cm a PNG prints at, from the resolution in its pHYs chunk
 * (pixels per metre); undefined when the file gives no resolution.
 *
 * @example Usage
 * ```ts
 * import { pngPrintWidthCm } from "./docx_blocks.ts";
 * import { withResolution } from "./png_metadata.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const png = Uint8Array.from(atob(
 *   "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==",
 * ), (c) => c.charCodeAt(0));
 * assertEquals(pngPrintWidthCm(png), undefined);
 * assertEquals(pngPrintWidthCm(withResolution(png, 300))?.toFixed(4), "0.0085"); // 1 px at 11811 px/m
 * ```
 */
export function pngPrintWidthCm(png: Uint8Array): number | undefined {
  const { width, pixelsPerMetre } = pngInfo(png);
  return pixelsPerMetre && pixelsPerMetre.x > 0 ? width / pixelsPerMetre.x * 100 : undefined;
}

/** Text without the control characters XML 1.0 cannot hold; CR and CRLF become LF. */
export function cleanText(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Runs of a text, a line break for each LF. */
export function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return cleanText(text).split("\n").map((line, k) => new TextRun({ text: line, break: k > 0 ? 1 : 0, ...options }));
}

/** cm → pixels at 96 to the inch, which docx turns into EMUs (914400 to the inch) exactly. */
function cmToPixels(cm: number): number {
  return cm / CM_PER_INCH * 96;
}

/** How many figures and tables the report has numbered so far. */
export interface Counters {
  figure: number;
  table: number;
}

/**
 * The pictures of a report, each given to docx as a short stand-in: docx names a picture's file by the SHA-1 of its
 * bytes, taken in JavaScript (a 1,000-document report's 25 charts, 4.8 MB: 150 ms), so it hashes the stand-in, and
 * the package is written with each picture in its stand-in's file (see `wordReportBytes`).
 */
export class Pictures {
  readonly #byPath = new Map<string, Uint8Array>();

  /** The stand-in for a PNG picture, its file in the package noted. */
  standIn(png: Uint8Array): Uint8Array {
    const standIn = new TextEncoder().encode(`esf-toolkit picture ${this.#byPath.size + 1}`);
    this.#byPath.set(`word/media/${hashedId(standIn)}.png`, png);
    return standIn;
  }

  /** Each picture by its path in the package. */
  get byPath(): ReadonlyMap<string, Uint8Array> {
    return this.#byPath;
  }
}

/** "Kuvio 1. Title" with a SEQ field that Word renumbers (F9) and lists of figures find. */
function captionParagraph(label: string, number: number, title: string): Paragraph {
  return new Paragraph({
    style: "Caption",
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun(`${label} `),
      new SimpleField(`SEQ ${label} \\* ARABIC`, String(number)),
      new TextRun(". "),
      ...textRuns(title),
    ],
  });
}

/** A figure: its caption, the picture at its print size, and its note below it where it has one. */
export function figureBlocks(
  figure: WordFigure,
  lang: WordLanguage,
  counters: Counters,
  pictures?: Pictures,
): Paragraph[] {
  if (!(figure.widthCm > 0 && figure.widthCm <= TEXT_WIDTH_CM)) {
    throw new RangeError(`Figure "${figure.title}": widthCm must be above 0 and at most ${TEXT_WIDTH_CM}`);
  }
  if (figure.heightCm !== undefined && !(figure.heightCm > 0)) {
    throw new RangeError(`Figure "${figure.title}": heightCm must be above 0`);
  }
  const { width, height } = pngSize(figure.png);
  const asked = { width: figure.widthCm, height: figure.heightCm ?? figure.widthCm * height / width };
  // Taller than the page allows: smaller, in the same proportions (a picture taller than the page is cut off).
  const fit = Math.min(1, FIGURE_MAX_HEIGHT_CM / asked.height);
  const transformation = { width: cmToPixels(asked.width * fit), height: cmToPixels(asked.height * fit) };
  // Each drawing gets an id of its own (docx writes 1 for every one, which Word may take for damage).
  const altText = {
    name: cleanText(figure.title),
    title: cleanText(figure.title),
    description: cleanText(figure.title),
    id: String(counters.figure + 1),
  };
  const picture = figure.svg === undefined
    ? new ImageRun({ type: "png", data: pictures?.standIn(figure.png) ?? figure.png, transformation, altText })
    : new ImageRun({
      type: "svg",
      data: new TextEncoder().encode(figure.svg),
      fallback: { type: "png", data: figure.png },
      transformation,
      altText,
    });
  counters.figure += 1;
  const blocks = [
    captionParagraph(LABELS[lang].figure, counters.figure, figure.title),
    new Paragraph({ keepNext: figure.caption.trim() !== "", spacing: { after: 60 }, children: [picture] }),
  ];
  if (figure.caption.trim() !== "") {
    blocks.push(new Paragraph({ spacing: { after: 240 }, children: textRuns(figure.caption, { size: 18 }) }));
  }
  return blocks;
}

/** A cell's text: numbers with the language's separators, null as a dash, a count `(n = 192)` never broken. */
function cellText(value: string | number | null, lang: WordLanguage): string {
  if (value === null) return MISSING;
  // A number that is none (Infinity) is a dash too.
  return typeof value === "number" ? formatNumber(value, lang) : unbroken(cleanText(value));
}

/** A text with its count `(n = 192)` and a closing unit (`toteutumisaste, %`) kept on one line in Word. */
function unbroken(text: string): string {
  return text.replace(COUNT_SPACES, "\u00A0").replace(UNIT_AT_END, ",\u00A0$1");
}

/** The space before a unit that ends a name (`Osallistujien toteutumisaste, %`): Word would leave `%` alone. */
const UNIT_AT_END = /, ([%€])$/;

/** The spaces inside a count after a figure, `(n = 192)`: Word would break it as `(n =` / `192)`. */
const COUNT_SPACES = /(?<=\(n) (?==)|(?<=\(n =) (?=\d)/g;

/** A formatted amount or share such as `645 300 €`, `59,8 %` or `59.8%`; not a code such as `6.1`. */
const FORMATTED_FIGURE = /^[-\u2212+]?\d[\d\s\u00a0\u202f.,]*\s?[%€]$/;

/** Whether a cell is right-aligned: a number, null, or a formatted amount or share. */
function isFigure(value: string | number | null | undefined): boolean {
  return value === null || typeof value === "number" || (typeof value === "string" && FORMATTED_FIGURE.test(value));
}

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** The paragraph style of the tables' cells: no space before or after, 9-point text (see `wordDocument`). */
export const TABLE_TEXT_STYLE = "TableText";
/**
 * {@linkcode TABLE_TEXT_STYLE}'s spacing and text size (half-points), for `wordDocument`'s styles. The size is
 * the paragraph mark's too, so a row is as high as its 9-point text needs (with the size set on each cell's text
 * only, the 11-point mark of the document's default made each row 0.2 pt higher, as LibreOffice lays it out).
 */
export const TABLE_TEXT = { spacing: { before: 0, after: 0 }, size: 18 } as const;
/**
 * The paragraph style of a crowded table's cells: 8-point text, for a table whose words do not all fit the text
 * width whole in 9-point text (the distributions table's eight columns broke `Hankkei`/`ta` and `Poikkea`/`via`).
 */
export const TABLE_TEXT_SMALL_STYLE = "TableTextSmall";
/** {@linkcode TABLE_TEXT_SMALL_STYLE}'s spacing and text size (half-points). */
export const TABLE_TEXT_SMALL = { ...TABLE_TEXT, size: 16 } as const;

/** A table: its caption, the Word table over the text width, and a paragraph of space after it. */
export function tableBlocks(table: WordTable, lang: WordLanguage, counters: Counters): (Paragraph | Table)[] {
  const columns = table.header.length;
  if (columns === 0) throw new RangeError(`Table "${table.caption}" has no columns`);
  table.rows.forEach((row, k) => {
    if (row.length !== columns) {
      throw new RangeError(`Table "${table.caption}": row ${k + 1} has ${row.length} cells, the header ${columns}`);
    }
  });
  const body = table.rows.map((row) => row.map((value) => cellText(value, lang)));
  const header = table.header.map((text) => unbroken(cleanText(text)));
  const align = table.align ?? header.map((_, k) => table.rows.every((row) => isFigure(row[k])) ? "right" : "left");
  const padding = CELL_MARGINS.left + CELL_MARGINS.right;
  // Words broken in a narrow column read worst: a table whose words do not fit whole is set a point smaller.
  const crowded = !wordsFit(columnNeeds(header, body, align), TEXT_WIDTH_TWIPS, padding);
  const text = crowded ? TABLE_TEXT_SMALL : TABLE_TEXT;
  const widths = columnWidths(
    header,
    body,
    align,
    TEXT_WIDTH_TWIPS,
    padding,
    Math.round(CHAR_TWIPS * text.size / TABLE_TEXT.size),
  );
  // A cell says only what is its own (width, alignment, the header's bold and shading): its margins are the
  // table's, its spacing and size the TableText style's (a 1,000-document report's 3,100 cells: 1.5 MB of XML
  // with each cell saying them all, 0.7 MB so; Word written in 0.25 s instead of 0.38 s).
  const cell = (text: string, k: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[k]!, type: WidthType.DXA },
      shading: bold ? { type: ShadingType.CLEAR, fill: "D9E1F2", color: "auto" } : undefined,
      children: [
        new Paragraph({
          style: crowded ? TABLE_TEXT_SMALL_STYLE : TABLE_TEXT_STYLE,
          alignment: align[k] === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: textRuns(text, bold ? { bold } : {}),
        }),
      ],
    });
  counters.table += 1;
  return [
    captionParagraph(LABELS[lang].table, counters.table, table.caption),
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, k) => cell(text, k, true)) }),
        // A row may break across pages: LibreOffice left out every row after the first of a table whose rows
        // could not, once it went on to the next page (the 300-document report's distributions table).
        ...body.map((row) => new TableRow({ children: row.map((text, k) => cell(text, k, false)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}
