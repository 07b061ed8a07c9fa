/**
 * Putting the text that pdf.js finds on the pages of a browser's print back
 * into the lines of the exported text: runs on one baseline make a printed
 * line, and a wide gap splits it into columns; the print's header, footer
 * and page numbers are left out; a row of a label column and a value column
 * becomes `Label: value`; a line the print wrapped is joined to the one
 * before it; and a blank line goes where the gap between lines, a change of
 * font size or a page break says a paragraph ends. Where the PDF is tagged,
 * its marked content decides what is one text and its artifacts what is the
 * print's own.
 *
 * @module
 */
import { type ExtractionProblem, LineWriter } from "./_lines.ts";
import { joinWrapped } from "./join_wrapped.ts";
import { isPageNumber, PRINT_HEADER } from "./page_furniture.ts";
import { oneLayer } from "./pdf_layers.ts";
import { ocrProblem } from "./pdf_invisible.ts";
import { BULLET } from "./list_marker.ts";
import { crosses, gutterOf } from "./pdf_columns.ts";

/** Where an extracted line came from: the page (1-based) and the line of text on it, counted from the top (1-based). */
export interface PdfLineOrigin {
  page: number;
  line: number;
}

/** A piece of text as pdf.js gives it, on one baseline. */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The marked-content id (one text of the page in a tagged PDF), or null. */
  mc: string | null;
  artifact: boolean;
  /** The table cell the text is in, from the structure tree: "TH", "TD" or null. */
  cell: "TH" | "TD" | null;
  /** The structure-tree cell the text is in (its identity only). */
  cellNode: object | null;
  /** The structure-tree row the cell is in (its identity only). */
  row: object | null;
  /** Drawn invisibly (render mode 3): a scan's OCR layer (see `pdf_invisible.ts`). */
  invisible?: boolean;
}

/** A stretch of a line between column gaps. */
interface Segment {
  x0: number;
  x1: number;
  runs: Run[];
  text: string;
}

/** A line of text as printed. */
interface PrintedLine {
  page: number;
  /** 1-based, counted from the top of the page. */
  number: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  runs: Run[];
  segments: Segment[];
  text: string;
  /** Text printed over text on the line (see `pdf_layers.ts`): "same" made one, "differing" kept apart. */
  layers: "one" | "same" | "differing";
}

/** Groups a page's runs into printed lines, top to bottom, each left to right. */
function linesOf(page: number, runs: Run[]): PrintedLine[] {
  const sorted = [...runs].sort((r, s) => s.y - r.y || r.x - s.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const last = group?.[0];
    if (group && last && Math.abs(last.y - run.y) <= 0.4 * Math.min(last.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group, index) => {
    const layered = oneLayer(group.sort((r, s) => r.x - s.x));
    const line = layered.runs;
    const size = Math.max(...line.map((run) => run.size));
    const segments: Segment[] = [];
    for (const run of line) {
      const segment = segments.at(-1);
      if (segment && run.x - segment.x1 <= 0.8 * size) {
        segment.text += joinRuns(segment.runs.at(-1)!, run) + run.text;
        segment.runs.push(run);
        segment.x1 = Math.max(segment.x1, run.x + run.width);
      } else segments.push({ x0: run.x, x1: run.x + run.width, runs: [run], text: run.text });
    }
    // Spaces made one, a tab between cells' figures kept (see `joinRuns`).
    for (const segment of segments) {
      segment.text = segment.text.replace(/\s*\t\s*/g, "\t").replace(/[^\S\t]+/g, " ").trim();
    }
    return {
      page,
      number: index + 1,
      y: line[0]!.y,
      x0: segments[0]!.x0,
      x1: segments.at(-1)!.x1,
      size,
      runs: line,
      segments,
      text: segments.map((segment) => segment.text).join(" "),
      layers: layered.differing ? "differing" : layered.doubled ? "same" : "one",
    };
  });
}

/** A page's printed lines, a column at a time when it is printed in two (see `pdf_columns.ts`). */
function columnsOf(page: number, runs: Run[]): PrintedLine[] {
  const lines = linesOf(page, runs);
  const gutter = gutterOf(lines);
  if (gutter === null) return lines;
  const across = new Set(lines.filter((line) => crosses(line, gutter + 2)).flatMap((line) => line.runs));
  const left = linesOf(page, runs.filter((run) => run.x < gutter || across.has(run)));
  const right = linesOf(page, runs.filter((run) => run.x >= gutter && !across.has(run)));
  return [...left, ...right.map((line) => ({ ...line, number: line.number + left.length }))];
}

/**
 * What goes between two runs on a line: a space where the gap is one; a tab between a figure's digits and another's
 * in another table cell (a tagged print: a right-aligned figure touching the next cell's, `21` and `4`), which no
 * figure is read across (see `amounts.ts`); texts of one cell (`1<span> </span>200`) are one figure.
 */
function joinRuns(before: Run, after: Run): string {
  const cells = before.cellNode !== null && after.cellNode !== null && before.cellNode !== after.cellNode;
  if (cells && /\d\s*$/.test(before.text) && /^\s*\d/.test(after.text)) return "\t";
  if (/\s$/.test(before.text) || /^\s/.test(after.text)) return "";
  return after.x - (before.x + before.width) > 0.15 * Math.min(before.size, after.size) ? " " : "";
}

/**
 * The lines that are the print's header and footer, not the document: the
 * tagged PDF's artifacts; lines at the top or bottom of the page that repeat
 * at the same place on most pages (digits aside); page numbers there; and,
 * on a single page, a date, time or address there.
 */
function headerFooter(pages: { height: number; lines: PrintedLine[] }[]): Set<PrintedLine> {
  const dropped = new Set<PrintedLine>();
  const band = (line: PrintedLine, height: number) => line.y > height * 0.92 || line.y < height * 0.08;
  // A page's first and last lines too: a footer above a wide margin (`Sivu 2 / 5` at 3 cm) is past the band.
  const edge = (line: PrintedLine, lines: PrintedLine[]) => line === lines[0] || line === lines.at(-1);
  const key = (line: PrintedLine) => `${Math.round(line.y / 2)}|${line.text.toLowerCase().replace(/\d+/g, "#")}`;
  const seen = new Map<string, number>();
  for (const { height, lines } of pages) {
    const keys = lines.filter((line) => band(line, height) || edge(line, lines)).map(key);
    for (const k of new Set(keys)) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const often = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const { height, lines } of pages) {
    for (const line of lines) {
      const furniture = (seen.get(key(line)) ?? 0) >= often || isPageNumber(line.text, line.page);
      if (line.runs.every((run) => run.artifact)) dropped.add(line);
      else if (!band(line, height)) {
        if (edge(line, lines) && furniture) dropped.add(line);
      } else if (furniture) dropped.add(line);
      else if (pages.length === 1 && PRINT_HEADER.test(line.text)) dropped.add(line);
    }
  }
  return dropped;
}

/** The usual distance between the baselines of lines of a font size: the most common one. */
function pitches(lines: PrintedLine[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const gap = a.y - b.y;
    if (a.page !== b.page || Math.abs(a.size - b.size) > 0.5 || gap <= 0 || gap > 3 * b.size) continue;
    const size = Math.round(b.size);
    const bySize = counts.get(size) ?? new Map<number, number>();
    const rounded = Math.round(gap * 4) / 4;
    bySize.set(rounded, (bySize.get(rounded) ?? 0) + 1);
    counts.set(size, bySize);
  }
  return (size: number) => {
    const bySize = counts.get(Math.round(size));
    if (!bySize) return 1.25 * size;
    return [...bySize].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  };
}

/** A `Label  value` row being read: the label column and the value column, each possibly wrapped. */
interface Row {
  origin: PrintedLine;
  labelX: number;
  valueX: number;
  label: string;
  value: string[];
  lastLabel: Run | null;
  lastValue: Run | null;
  lastLine: PrintedLine;
}

/**
 * Puts the printed lines back into the lines of the exported text.
 *
 * @param pages Each page read: its number (1-based), its height and its runs.
 * @param pageCount The pages of the document, read or not (for the message when none holds text).
 * @param chromium Whether Chromium printed the PDF: then a line whose marked content differs from that of the line
 * before it on the same page starts a line of its own.
 */
export function layOut(
  pages: { number: number; height: number; runs: Run[] }[],
  pageCount: number,
  chromium: boolean,
): { lines: string[]; origins: PdfLineOrigin[]; problems: ExtractionProblem[] } {
  const problems: ExtractionProblem[] = [];
  const printed = pages.map((page) => ({ height: page.height, lines: columnsOf(page.number, page.runs) }));
  const dropped = headerFooter(printed);
  const lines = printed.flatMap((page) => page.lines.filter((line) => !dropped.has(line)));
  for (const page of new Set(lines.filter((line) => line.layers === "differing").map((line) => line.page))) {
    problems.push({
      level: "warning",
      code: "text_layers",
      message: "Text is printed over other text that reads otherwise (two text layers); both were kept apart.",
      line: page,
    });
  }
  const ocr = ocrProblem(lines.filter((line) => line.runs.some((run) => run.invisible)).map((line) => line.page));
  if (ocr) problems.push(ocr);
  if (lines.length === 0) {
    if (pages.length > 0 || pageCount > 0) {
      problems.push({
        level: "error",
        code: "no_text_layer",
        message: `No text layer: the PDF's ${pageCount} page(s) hold no text, only images; a scanned PDF cannot be ` +
          "read; OCR it first.",
        line: null,
      });
    }
    return { lines: [], origins: [], problems };
  }
  const pitch = pitches(lines);
  const rightEdge = Math.max(...lines.map((line) => line.x1));
  const lastOnPage = new Map<number, number>();
  for (const line of lines) lastOnPage.set(line.page, Math.min(lastOnPage.get(line.page) ?? Infinity, line.y));
  const lowest = Math.min(...lastOnPage.values());

  const writer = new LineWriter<PdfLineOrigin>();
  const origin = (line: PrintedLine): PdfLineOrigin => ({ page: line.page, line: line.number });
  let row: Row | null = null;
  let flow: { text: string; origin: PdfLineOrigin } | null = null;
  let previous: PrintedLine | null = null;

  const flushFlow = () => {
    if (flow) writer.line(flow.text, flow.origin);
    flow = null;
  };

  const flushRow = () => {
    if (!row) return;
    const label = row.label === "" || row.label.endsWith(":") ? row.label : `${row.label}:`;
    const [first, ...rest] = row.value;
    writer.line([label, first ?? ""].filter((part) => part !== "").join(" "), origin(row.origin));
    for (const text of rest) writer.line(text, origin(row.lastLine));
    row = null;
  };

  /** Whether the line goes on the text of the one before (wrapped), or starts a line of its own. */
  const wraps = (before: PrintedLine, beforeRun: Run, line: PrintedLine, firstRun: Run): boolean => {
    if (before.page === line.page && beforeRun.mc !== null && firstRun.mc !== null) {
      if (beforeRun.mc === firstRun.mc) return true;
      if (chromium) return false;
    }
    // A browser never breaks a line before a hyphen: a line that starts with a list mark starts a line of its own.
    if (BULLET.test(line.text) || (/^\d+[.)]\s/.test(line.text) && /[.!?:]$/.test(before.text))) return false;
    const word = firstRun.text.trim().split(/\s+/)[0] ?? "";
    // The run's width less its spaces (about 0.3 em each), shared by its other characters.
    const spaces = firstRun.text.match(/\s/g)?.length ?? 0;
    const charWidth = Math.max(0, firstRun.width - spaces * 0.3 * firstRun.size) /
      Math.max(1, firstRun.text.length - spaces);
    return before.x1 + 0.25 * line.size + word.length * charWidth > rightEdge - 0.5 * line.size;
  };

  /** Whether a new line after this one starts a paragraph (a blank line between). */
  const paragraphBetween = (before: PrintedLine, line: PrintedLine): boolean => {
    if (Math.abs(before.size - line.size) > 0.12 * line.size) return true;
    if (before.page !== line.page) {
      // The gap does not show across a page break. A page that ends early ends a paragraph; else a sentence that
      // ends at the foot of the page and a next page that does not go on with a list are taken for a paragraph's end.
      if (before.y > lowest + 1.5 * pitch(before.size)) return true;
      return /[.!?:]$/.test(before.text) && !BULLET.test(line.text) && !/^\d+[.)]\s/.test(line.text);
    }
    return before.y - line.y > 1.3 * pitch(line.size);
  };

  for (const line of lines) {
    const two = line.segments.length >= 2;
    const firstRun = line.runs[0]!;
    if (row) {
      const open: Row = row;
      // A figure alone under a value, past a paragraph's gap (`<p>120</p><p>100</p>` in a cell), is the value's too:
      // a line of it, so that the figure above is never read without it (see `FieldFinder.wrappedRest`).
      const figureAlone = /^\d[\d \u00A0.,]*$/.test(line.text);
      const samePlace = open.lastLine.page === line.page
        ? open.lastLine.y - line.y <= (figureAlone ? 3 : 1.5) * pitch(line.size)
        : true;
      const atValue = Math.abs(line.x0 - open.valueX) < 2;
      const atLabel = Math.abs(line.x0 - open.labelX) < 2 && line.x1 < open.valueX;
      // A label wraps at its line's pitch, in its font, on its page: a line past a paragraph's gap, in another size or
      // atop the next page (a heading after a row) starts anew; a label cut by a page break is left unread, not joined.
      // (A line's pitch is at most 1.7 of its size, whatever gap is most common: a print of rows apart by a gap each.)
      const continuesLabel = atLabel && samePlace && open.lastLine.page === line.page &&
        !paragraphBetween(open.lastLine, line) && open.lastLine.y - line.y <= 1.7 * line.size &&
        (open.lastLabel && open.lastLabel.mc !== null && firstRun.mc !== null && open.lastLine.page === line.page
          ? firstRun.mc === open.lastLabel.mc
          : open.value.length > 0 && !two);
      if (!two && atValue && samePlace) {
        if (open.lastValue && wraps(open.lastLine, open.lastValue, line, firstRun)) {
          open.value[open.value.length - 1] = joinWrapped(open.value.at(-1)!, line.text);
        } else open.value.push(line.text);
        open.lastValue = line.runs.at(-1)!;
        open.lastLine = line;
        previous = line;
        continue;
      }
      if (continuesLabel) {
        const labelPart = line.segments[0]!;
        open.label = joinWrapped(open.label, labelPart.text);
        open.lastLabel = labelPart.runs.at(-1)!;
        if (two) {
          const valueText = line.segments.slice(1).map((segment) => segment.text).join("\t");
          open.value.push(valueText);
          open.lastValue = line.runs.at(-1)!;
        }
        open.lastLine = line;
        previous = line;
        continue;
      }
      flushRow();
    }
    const labelOnly = !two && firstRun.cell === "TH" && line.runs.every((run) => run.row === firstRun.row) &&
      !lines.some((other) => other !== line && other.runs.some((run) => run.row === firstRun.row && run.cell === "TD"));
    if (two || labelOnly) {
      flushFlow();
      if (previous && paragraphBetween(previous, line)) writer.paragraph();
      const [label, ...values] = line.segments;
      row = {
        origin: line,
        labelX: label!.x0,
        valueX: values[0]?.x0 ?? Infinity,
        label: label!.text,
        // Columns apart by a tab, as cells pasted into text: no figure is read across two of them.
        value: values.length > 0 ? [values.map((segment) => segment.text).join("\t")] : [],
        lastLabel: label!.runs.at(-1)!,
        lastValue: values.length > 0 ? line.runs.at(-1)! : null,
        lastLine: line,
      };
      previous = line;
      continue;
    }
    if (
      flow && previous && !paragraphBetween(previous, line) && wraps(previous, previous.runs.at(-1)!, line, firstRun)
    ) {
      flow.text = joinWrapped(flow.text, line.text);
    } else {
      flushFlow();
      if (previous && paragraphBetween(previous, line)) writer.paragraph();
      flow = { text: line.text, origin: origin(line) };
    }
    previous = line;
  }
  flushFlow();
  flushRow();
  const { lines: out, origins } = writer.finish();
  return { lines: out, origins, problems };
}
