/**
 * Building an evaluation report as a Word document (`.docx`) that evaluators
 * can edit: headings, paragraphs, charts as pictures at their print size and
 * tables as real Word tables.
 *
 * Layout: A4, 2.5 cm margins (16 cm of text width), Calibri (LibreOffice
 * shows it with the metric-compatible Carlito where that is installed, else
 * with its default sans serif), the document language `fi-FI` or `en-GB`
 * for spelling and hyphenation, a title page, and page numbers in the footer
 * from page 2 on.
 *
 * Captions follow the convention of Finnish government and evaluation
 * reports: the numbered caption ("Kuvio 1. …", "Taulukko 1. …" / "Figure 1.
 * …", "Table 1. …") goes ABOVE both figures and tables, in Word's caption
 * style (`Caption`, shown as "Kuvaotsikko" in Finnish Word) with a real SEQ
 * field, so Word's list of figures and cross-references work; a figure's
 * explanatory note (source, n, what the marks mean) goes BELOW it in smaller
 * type. A caption is kept on the page of what it captions.
 *
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  type IBorderOptions,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
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
  /** Printed width in cm: 16 for the full text width, 8 for half. At most 16. */
  widthCm: number;
  /**
   * Printed height in cm.
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

/** A paragraph of plain text; a line break inside stays a line break. */
export interface WordParagraph {
  type: "paragraph";
  text: string;
}

/** What a section holds, in order. */
export type WordBlock = WordParagraph | WordFigure | WordTable;

/** A section of the report: a heading and its content. */
export interface WordSection {
  /** The section's heading. */
  heading: string;
  /**
   * Heading level: 1 for a chapter, 2 for a section within it.
   * @default {1}
   */
  level?: 1 | 2;
  /** The content, in order. */
  content: WordBlock[];
}

/** The whole report. */
export interface WordReport {
  /** Document language: captions' labels, dates and the language tag (`fi-FI` / `en-GB`). */
  lang: WordLanguage;
  /** Title on the title page and in the document properties. */
  title: string;
  /**
   * A line under the title.
   * @default {undefined}
   */
  subtitle?: string;
  /** When the report was made (an ISO string or a Date); shown on the title page. */
  generatedAt: string | Date;
  /** The chapters, in order. */
  sections: WordSection[];
}

/** The text width of the page in cm: A4 (21 cm) less two 2.5 cm margins. */
export const TEXT_WIDTH_CM = 16;
const CM_PER_INCH = 2.54;
const TWIPS_PER_INCH = 1440;
/** A4 in twips, as Word writes it (universal measures such as "21cm" are not read by every program). */
const A4_TWIPS = { width: 11906, height: 16838 };
/** 2.5 cm in twips, as Word writes it. */
const MARGIN_TWIPS = 1417;
/** The text width in twips, rounded down so that tables never overflow it. */
const TEXT_WIDTH_TWIPS = Math.floor(TEXT_WIDTH_CM / CM_PER_INCH * TWIPS_PER_INCH);
const FONT = "Calibri";

const LABELS = {
  fi: { figure: "Kuvio", table: "Taulukko", generated: "Laadittu", tag: "fi-FI", locale: "fi-FI" },
  en: { figure: "Figure", table: "Table", generated: "Generated", tag: "en-GB", locale: "en-GB" },
} as const;

/**
 * The width and height in pixels of a PNG, from its IHDR chunk.
 *
 * @example Usage
 * ```ts
 * import { pngSize } from "./docx.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const header = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 3, 192, 0, 0, 2, 128]);
 * assertEquals(pngSize(header), { width: 960, height: 640 });
 * ```
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdr = png.length >= 24 && String.fromCharCode(...png.subarray(12, 16)) === "IHDR";
  if (!ihdr || signature.some((byte, k) => png[k] !== byte)) throw new TypeError("Not a PNG image");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Text without the control characters XML 1.0 cannot hold; CR and CRLF become LF. */
function cleanText(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Runs of a text, a line break for each LF. */
function textRuns(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return cleanText(text).split("\n").map((line, k) => new TextRun({ text: line, break: k > 0 ? 1 : 0, ...options }));
}

/** cm → pixels at 96 to the inch, which docx turns into EMUs (914400 to the inch) exactly. */
function cmToPixels(cm: number): number {
  return cm / CM_PER_INCH * 96;
}

interface Counters {
  figure: number;
  table: number;
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

function figureBlocks(figure: WordFigure, lang: WordLanguage, counters: Counters): Paragraph[] {
  if (!(figure.widthCm > 0 && figure.widthCm <= TEXT_WIDTH_CM)) {
    throw new RangeError(`Figure "${figure.title}": widthCm must be above 0 and at most ${TEXT_WIDTH_CM}`);
  }
  const { width, height } = pngSize(figure.png);
  const heightCm = figure.heightCm ?? figure.widthCm * height / width;
  const transformation = { width: cmToPixels(figure.widthCm), height: cmToPixels(heightCm) };
  const altText = {
    name: cleanText(figure.title),
    title: cleanText(figure.title),
    description: cleanText(figure.title),
  };
  const picture = figure.svg === undefined
    ? new ImageRun({ type: "png", data: figure.png, transformation, altText })
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

/** A cell's text: numbers with the language's separators, null as a dash. */
function cellText(value: string | number | null, lang: WordLanguage): string {
  if (value === null) return "–";
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? new Intl.NumberFormat(LABELS[lang].locale, { maximumFractionDigits: 2 }).format(value)
      : "–";
  }
  return cleanText(value);
}

/**
 * Column widths in twips summing to the text width, by content: a column gets
 * the room of its longest cell (up to 40 characters) or of the longest word of
 * its header, whichever is more (headers wrap); each at least 1.5 cm.
 */
function columnWidths(header: string[], body: string[][]): number[] {
  const columns = header.length;
  const longestWord = (text: string) => text.split(/\s+/).reduce((most, word) => Math.max(most, word.length), 0);
  const weights = header.map((title, k) => {
    const content = body.reduce((most, row) => Math.max(most, Math.min((row[k] ?? "").length, 40)), 0);
    return Math.max(4, content, Math.min(longestWord(title), 25));
  });
  const minimum = Math.min(850, Math.floor(TEXT_WIDTH_TWIPS / columns));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.max(minimum, Math.floor(TEXT_WIDTH_TWIPS * weight / total)));
  // Scale back what the minimum added, then give the rounding remainder to the widest column.
  const over = widths.reduce((sum, width) => sum + width, 0) - TEXT_WIDTH_TWIPS;
  const room = widths.reduce((sum, width) => sum + width - minimum, 0);
  if (over > 0 && room > 0) {
    const flexible = widths.map((width) => width - minimum);
    widths.forEach((width, k) => widths[k] = width - Math.floor(over * flexible[k]! / room));
  }
  const rest = TEXT_WIDTH_TWIPS - widths.reduce((sum, width) => sum + width, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = widths[widest]! + rest;
  return widths;
}

/** A formatted amount or share such as `645 300 €`, `59,8 %` or `59.8%`; not a code such as `6.1`. */
const FORMATTED_FIGURE = /^[-\u2212+]?\d[\d\s\u00a0\u202f.,]*\s?[%€]$/;

/** Whether a cell is right-aligned: a number, null, or a formatted amount or share. */
function isFigure(value: string | number | null | undefined): boolean {
  return value === null || typeof value === "number" || (typeof value === "string" && FORMATTED_FIGURE.test(value));
}

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

function tableBlocks(table: WordTable, lang: WordLanguage, counters: Counters): (Paragraph | Table)[] {
  const columns = table.header.length;
  if (columns === 0) throw new RangeError(`Table "${table.caption}" has no columns`);
  table.rows.forEach((row, k) => {
    if (row.length !== columns) {
      throw new RangeError(`Table "${table.caption}": row ${k + 1} has ${row.length} cells, the header ${columns}`);
    }
  });
  const body = table.rows.map((row) => row.map((value) => cellText(value, lang)));
  const header = table.header.map(cleanText);
  const align = table.align ?? header.map((_, k) => table.rows.every((row) => isFigure(row[k])) ? "right" : "left");
  const widths = columnWidths(header, body);
  const cell = (text: string, k: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[k]!, type: WidthType.DXA },
      margins: CELL_MARGINS,
      shading: bold ? { type: ShadingType.CLEAR, fill: "D9E1F2", color: "auto" } : undefined,
      children: [
        new Paragraph({
          alignment: align[k] === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 0, after: 0 },
          children: textRuns(text, { bold, size: 18 }),
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
        ...body.map((row) => new TableRow({ cantSplit: true, children: row.map((text, k) => cell(text, k, false)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function sectionBlocks(section: WordSection, lang: WordLanguage, counters: Counters): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: section.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
    keepNext: true,
    children: textRuns(section.heading),
  });
  return [
    heading,
    ...section.content.flatMap((block): (Paragraph | Table)[] => {
      switch (block.type) {
        case "paragraph":
          return [new Paragraph({ children: textRuns(block.text) })];
        case "figure":
          return figureBlocks(block, lang, counters);
        case "table":
          return tableBlocks(block, lang, counters);
      }
    }),
  ];
}

function formatDate(value: string | Date, lang: WordLanguage): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return cleanText(String(value));
  const options: Intl.DateTimeFormatOptions = lang === "fi"
    ? { day: "numeric", month: "numeric", year: "numeric", timeZone: "Europe/Helsinki" }
    : { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Helsinki" };
  return new Intl.DateTimeFormat(LABELS[lang].locale, options).format(date);
}

function titlePage(report: WordReport): Paragraph[] {
  const children: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(report.title) }),
  ];
  if (report.subtitle) {
    children.push(
      new Paragraph({ spacing: { after: 480 }, children: textRuns(report.subtitle, { size: 28 }) }),
    );
  }
  children.push(
    new Paragraph({
      children: [
        new TextRun(`${LABELS[report.lang].generated} ${formatDate(report.generatedAt, report.lang)}`),
        new PageBreak(),
      ],
    }),
  );
  return children;
}

function wordDocument(report: WordReport): Document {
  const counters: Counters = { figure: 0, table: 0 };
  const labels = LABELS[report.lang];
  const run = { font: FONT, color: "000000" };
  return new Document({
    title: cleanText(report.title),
    description: report.subtitle ? cleanText(report.subtitle) : undefined,
    creator: "esf-toolkit",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: labels.tag } },
          paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { ...run, size: 48, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { ...run, size: 32, bold: true },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { ...run, size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
      // Word's built-in caption style: its id is "Caption" and its name "caption" (Word shows it localised,
      // e.g. "Kuvaotsikko"), so Insert Caption, lists of figures and cross-references recognise these captions.
      paragraphStyles: [{
        id: "Caption",
        name: "caption",
        basedOn: "Normal",
        next: "Normal",
        uiPriority: 35,
        quickFormat: true,
        run: { ...run, size: 20, bold: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      }],
    },
    sections: [{
      properties: {
        titlePage: true,
        page: {
          size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
          margin: {
            top: MARGIN_TWIPS,
            bottom: MARGIN_TWIPS,
            left: MARGIN_TWIPS,
            right: MARGIN_TWIPS,
            header: 709,
            footer: 709,
          },
        },
      },
      footers: {
        first: new Footer({ children: [new Paragraph({ children: [] })] }),
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })],
            }),
          ],
        }),
      },
      children: [
        ...titlePage(report),
        ...report.sections.flatMap((section) => sectionBlocks(section, report.lang, counters)),
      ],
    }],
  });
}

/**
 * The report as `.docx` bytes.
 *
 * @example Usage
 * ```ts
 * import { wordReportBytes } from "./docx.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bytes = await wordReportBytes({
 *   lang: "fi",
 *   title: "ESR-hankkeiden arviointi",
 *   generatedAt: "2026-11-05T10:00:00Z",
 *   sections: [{
 *     heading: "Rahoitus",
 *     content: [{ type: "table", caption: "Rahoitus", header: ["Hanke", "Euroa"], rows: [["S11547", 645300]] }],
 *   }],
 * });
 * assertEquals([bytes[0], bytes[1]], [0x50, 0x4b]); // a zip file, as every .docx
 * ```
 */
export async function wordReportBytes(report: WordReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(wordDocument(report)));
}

/** Writes the report of {@linkcode wordReportBytes} to `path` (conventionally ending in `.docx`). */
export async function writeWordReport(path: string, report: WordReport): Promise<void> {
  await Deno.writeFile(path, await wordReportBytes(report));
}
