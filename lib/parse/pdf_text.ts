/**
 * The text of a project description printed to PDF from the browser, in the
 * lines the text parser reads. The text items pdf.js finds are put back
 * into lines by their position; the browser's print header and footer and
 * page numbers are dropped; a `Label  value` row of two columns becomes
 * `Label: value`; lines the print wrapped are joined again, so that a
 * paragraph is one line as in the exported text; and a blank line goes
 * where the vertical gap says a paragraph ends.
 *
 * A tagged PDF (Chromium tags its prints) says more than positions do: its
 * marked content tells which pieces of text are one text of the page, so a
 * wrapped line is told from a line break for certain, and its artifacts are
 * the print header and footer. An untagged PDF is read from positions alone.
 *
 * This module opens the PDF and reads its pages (text runs, marked content,
 * table cells); `pdf_layout.ts` puts the runs back into lines.
 *
 * @module
 */
import type { ExtractionProblem } from "./_lines.ts";
import { layOut, type PdfLineOrigin, type Run } from "./pdf_layout.ts";
import { turnOf, upright } from "./pdf_upright.ts";
import { invisibleTexts } from "./pdf_invisible.ts";

export type { ExtractionProblem } from "./_lines.ts";
export { type PdfLineOrigin } from "./pdf_layout.ts";
export { joinWrapped } from "./join_wrapped.ts";

/** The text of a PDF. */
export interface PdfText {
  /** The document's text, lines separated by "\n"; empty when nothing could be read (see `problems`). */
  text: string;
  /** The number of pages, 0 when the file could not be opened. */
  pages: number;
  /**
   * For each line of `text` (index 0 is line 1), where it begins: the page
   * and the line on that page, counting every line of text printed on it
   * from the top (the print header too); a blank line has the origin of the
   * line before it.
   */
  lineOrigins: PdfLineOrigin[];
  problems: ExtractionProblem[];
}

/** Options of {@linkcode pdfToText}. */
export interface PdfTextOptions {
  /**
   * Give up after this many milliseconds with a `timeout` problem.
   * @default {30000}
   */
  timeoutMs?: number;
  /**
   * Use the marked content of a tagged PDF. False reads positions alone, as
   * for an untagged PDF.
   * @default {true}
   */
  useTags?: boolean;
}

let pdfjsModule: Promise<typeof import("pdfjs-dist")> | undefined;

/** Loads pdf.js once; its notice that Node.js should use the legacy build does not apply to Deno, so it is not printed. */
function loadPdfjs(): Promise<typeof import("pdfjs-dist")> {
  pdfjsModule ??= (async () => {
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === "string" && args[0].includes("Please use the `legacy` build")) return;
      warn(...args);
    };
    try {
      return await import("pdfjs-dist");
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjsModule;
}

/**
 * Extracts the document text from the bytes of a PDF. Never throws and never
 * waits longer than the timeout: a file that is no PDF, a damaged or
 * truncated one, an encrypted one and a scan without a text layer give
 * problems.
 *
 * @example Usage
 * ```ts
 * import { pdfToText } from "./pdf_text.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const pdf = await pdfToText(await Deno.readFile("testing/fixtures/forms/000_0083efce40fb50fc.pdf"));
 * const lines = pdf.text.split("\n");
 * assertEquals(lines.includes("Suunniteltu julkinen rahoitus yhteensä: 645 300"), true);
 * assertEquals(pdf.lineOrigins[0], { page: 1, line: 2 });
 * ```
 */
export async function pdfToText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const failed = (code: string, message: string, pages = 0): PdfText => ({
    text: "",
    pages,
    lineOrigins: [],
    problems: [{ level: "error", code, message, line: null }],
  });
  if (bytes.length === 0) return failed("empty_file", "The file is empty.");
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) return failed("not_pdf", "The file is not a PDF: it does not begin with %PDF-.");

  const state: { destroy?: () => Promise<void> } = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PdfText>((resolve) => {
    timer = setTimeout(() => {
      resolve(failed("timeout", `Reading the PDF took longer than ${timeoutMs} ms; it was given up.`));
    }, timeoutMs);
  });
  const deadline = performance.now() + timeoutMs;
  const work = extract(bytes, options.useTags ?? true, state, deadline, timeoutMs).catch((error) =>
    failed("damaged_pdf", `The PDF could not be read: ${describe(error)}.`)
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // Stop pdf.js, and let the abandoned reading end before returning, so that nothing runs on afterwards.
    await state.destroy?.().catch(() => {});
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([work, new Promise((resolve) => grace = setTimeout(resolve, 1000))]);
    clearTimeout(grace);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
}

async function extract(
  bytes: Uint8Array,
  useTags: boolean,
  state: { destroy?: () => Promise<void> },
  deadline: number,
  timeoutMs: number,
): Promise<PdfText> {
  const problems: ExtractionProblem[] = [];
  const pdfjs = await loadPdfjs();
  // The end-of-file marker near the end, past any padding of NUL bytes and spaces a download may add.
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0 || bytes[end - 1]! <= 0x20)) end--;
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, end - 1024), end));
  if (!tail.includes("%%EOF")) {
    problems.push({
      level: "warning",
      code: "truncated_pdf",
      message: "The PDF ends without its end-of-file marker: it is truncated, and what comes after the cut is missing.",
      line: null,
    });
  }
  // pdf.js takes the buffer over: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    // No page is drawn: its images are not decoded when its operators are read (see `pdf_invisible.ts`).
    maxImageSize: 0,
  });
  state.destroy = () => task.destroy();
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    const code = name === "PasswordException" ? "encrypted_pdf" : "damaged_pdf";
    const why = code === "encrypted_pdf" ? "it is encrypted" : describe(error);
    return {
      text: "",
      pages: 0,
      lineOrigins: [],
      problems: [...problems, { level: "error", code, message: `The PDF could not be opened: ${why}.`, line: null }],
    };
  }
  const producer = await document.getMetadata().then(
    (metadata) => String((metadata.info as Record<string, unknown>)?.Producer ?? ""),
    () => "",
  );
  const chromium = /Skia\/PDF|Chrom/i.test(producer);
  const pages: { number: number; height: number; runs: Run[] }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    // pdf.js may work through a page without giving the timer a turn: look at the clock between pages too.
    if (performance.now() > deadline) {
      return {
        text: "",
        pages: document.numPages,
        lineOrigins: [],
        problems: [...problems, {
          level: "error",
          code: "timeout",
          message: `Reading the PDF took longer than ${timeoutMs} ms; it was given up at page ${number}.`,
          line: number,
        }],
      };
    }
    try {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const cells = useTags ? await cellsOf(page).catch(() => new Map()) : new Map();
      // A browser's print draws every text it holds; another PDF's text may be a scan's invisible OCR layer.
      const texts = content.items.flatMap((item) => "str" in item ? [item.str] : []);
      const invisible = chromium ? null : await invisibleTexts(pdfjs, page, texts);
      // A page whose text runs up or down it (a landscape print turned) is turned back first.
      const turned = upright(runsOf(content.items, useTags, cells, invisible), page.view);
      pages.push({ number, height: turned.height, runs: turned.runs });
    } catch (error) {
      problems.push({
        level: "warning",
        code: "damaged_pdf",
        message: `Page ${number} could not be read: ${describe(error)}.`,
        line: number,
      });
    }
  }
  const result = layOut(pages, document.numPages, chromium);
  problems.push(...result.problems);
  return { text: result.lines.join("\n"), pages: document.numPages, lineOrigins: result.origins, problems };
}

type ContentItem = Awaited<ReturnType<import("pdfjs-dist").PDFPageProxy["getTextContent"]>>["items"][number];
type StructNode = Awaited<ReturnType<import("pdfjs-dist").PDFPageProxy["getStructTree"]>>;

/** A table cell of the structure tree: its role, the cell itself and its row (their identities only). */
interface TreeCell {
  cell: "TH" | "TD";
  cellNode: object;
  row: object;
}

/** For each marked-content id in a table cell: the cell's role, the cell and its row. */
async function cellsOf(page: import("pdfjs-dist").PDFPageProxy): Promise<Map<string, TreeCell>> {
  const cells = new Map<string, TreeCell>();
  const tree = await page.getStructTree();
  const walk = (
    node: StructNode | { type?: string; id?: string },
    cell: Omit<TreeCell, "row"> | null,
    row: object | null,
  ) => {
    if ("type" in node && node.type === "content" && node.id && cell && row) {
      cells.set(node.id, { ...cell, row });
      return;
    }
    if (!("role" in node)) return;
    const role = node.role;
    const nextRow = role === "TR" ? node : row;
    const nextCell = role === "TH" || role === "TD" ? { cell: role as "TH" | "TD", cellNode: node } : cell;
    for (const child of node.children ?? []) walk(child as StructNode, nextCell, nextRow);
  };
  if (tree) walk(tree, null, null);
  return cells;
}

function runsOf(
  items: ContentItem[],
  useTags: boolean,
  cells: Map<string, TreeCell>,
  invisible: boolean[] | null,
): (Run & { turn: number })[] {
  const runs: (Run & { turn: number })[] = [];
  let text = -1;
  const marks: { id: string | null; artifact: boolean }[] = [];
  for (const item of items) {
    if ("type" in item) {
      if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
        // The tag is there at run time but missing from pdf.js's type.
        const tag = (item as { tag?: string }).tag;
        marks.push({ id: item.id ?? null, artifact: tag === "Artifact" });
      } else if (item.type === "endMarkedContent") marks.pop();
      continue;
    }
    if (!("str" in item)) continue;
    text++;
    if (item.str.trim() === "") continue;
    const [a, b, , d, x, y] = item.transform as number[];
    const size = Math.hypot(a!, b!) || Math.abs(d!) || item.height;
    const mc = useTags ? marks.findLast((mark) => mark.id !== null)?.id ?? null : null;
    const cell = mc ? cells.get(mc) : undefined;
    runs.push({
      text: item.str,
      x: x!,
      y: y!,
      width: item.width,
      size,
      mc,
      artifact: useTags && marks.some((mark) => mark.artifact),
      cell: cell?.cell ?? null,
      cellNode: cell?.cellNode ?? null,
      row: cell?.row ?? null,
      turn: turnOf(a!, b!),
      invisible: invisible?.[text] ?? false,
    });
  }
  return runs;
}
