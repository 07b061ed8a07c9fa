/**
 * The text of a project description saved from the browser as a web page
 * ("Save page as…"), in the lines the text parser reads: the page is parsed
 * with parse5 (the HTML standard's parser, as a browser builds the page),
 * the site's navigation, header, footer, scripts, styles and hidden parts
 * are dropped, and the document's blocks become lines: headings and
 * paragraphs with a blank line between them, `<br>` a line break, and a
 * table row or a `dt`/`dd` pair of label and value a `Label: value` line.
 *
 * @module
 */
import { parse } from "parse5";
import { type ExtractionProblem, LineWriter } from "./_lines.ts";
import { decodePage } from "./html_charset.ts";
import {
  documentRoots,
  DROPPED,
  findHeading,
  type HiddenRules,
  hiddenRules,
  isHidden,
  isLandmark,
  isStruck,
  struckRules,
  type StyleRules,
} from "./html_content.ts";
import { attr, childElements, type Element, findFirst, type Node, parentElement, type TextNode } from "./html_tree.ts";

export type { ExtractionProblem } from "./_lines.ts";

/** The text of a saved page. */
export interface HtmlText {
  /** The document's text, lines separated by "\n"; empty when nothing could be read (see `problems`). */
  text: string;
  /** The WHATWG name of the encoding the page was read from, e.g. `utf-8`, `windows-1252`; null when not read. */
  encoding: string | null;
  /**
   * For each line of `text` (index 0 is line 1), the 1-based line of the HTML
   * source where that line's text begins (for a table row or a `dt`/`dd` pair,
   * where the row or the `dt` begins); a blank line has the origin of the
   * line before it, or of the `<br>` that made it.
   */
  lineOrigins: number[];
  problems: ExtractionProblem[];
}

/** A value of at most this many lines, each at most {@linkcode SHORT_LINE} characters, is read as one line. */
const MAX_JOINED_LINES = 3;
const SHORT_LINE = 80;

/** Blocks that stand apart from the text around them by a blank line. */
const PARAGRAPHS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "dl",
  "ul",
  "ol",
  "menu",
  "blockquote",
  "pre",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "address",
  "details",
  "hr",
  "center",
]);
/** Blocks that start a new line without a blank line. */
const LINES = new Set(["div", "li", "dt", "dd", "caption", "legend", "summary", "tr", "tbody", "thead", "tfoot"]);
const CELLS = new Set(["td", "th"]);

/**
 * Extracts the document text from the bytes of a saved web page. Never
 * throws: bytes that are not a page, a page without text or a charset that
 * does not fit the bytes give problems.
 *
 * @example Usage
 * ```ts
 * import { htmlToText } from "./html_text.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>S1</title></head>
 * <body><nav><a href="/">Etusivu</a></nav>
 * <main><h1>Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus</h1>
 * <h2>7. Projektin julkinen rahoitus, euroa</h2>
 * <table><tr><th>Suunniteltu julkinen rahoitus yhteensä</th><td>645&nbsp;300</td></tr></table>
 * </main><footer>Yhteystiedot</footer></body></html>`;
 * const { text, lineOrigins } = htmlToText(new TextEncoder().encode(page));
 * assertEquals(text.split("\n"), [
 *   "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus",
 *   "",
 *   "7. Projektin julkinen rahoitus, euroa",
 *   "",
 *   "Suunniteltu julkinen rahoitus yhteensä: 645 300",
 * ]);
 * assertEquals(lineOrigins, [3, 3, 4, 4, 5]);
 * ```
 */
export function htmlToText(bytes: Uint8Array): HtmlText {
  try {
    return extract(bytes);
  } catch (error) {
    // Not expected, but said rather than thrown; elements nested thousands deep run the walk out of stack.
    const tooDeep = error instanceof RangeError;
    return {
      text: "",
      encoding: null,
      lineOrigins: [],
      problems: [{
        level: "error",
        code: tooDeep ? "html_too_deep" : "unreadable_html",
        message: tooDeep
          ? "The page nests its elements too deeply to be read."
          : `The page could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        line: null,
      }],
    };
  }
}

function extract(bytes: Uint8Array): HtmlText {
  const failed = (code: string, message: string): HtmlText => ({
    text: "",
    encoding: null,
    lineOrigins: [],
    problems: [{ level: "error", code, message, line: null }],
  });
  if (bytes.length === 0) return failed("empty_file", "The file is empty.");
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return failed("not_html", "The file is not a web page: it contains NUL bytes.");

  const decoded = decodePage(bytes);
  const problems = [...decoded.problems];
  const document = parse(decoded.text, { sourceCodeLocationInfo: true });
  const html = childElements(document).find((element) => element.tagName === "html");
  const body = html ? childElements(html).find((element) => element.tagName === "body") : undefined;
  if (!html || !body) return failed("not_html", "The file is not a web page: it has no body.");

  const hidden = hiddenRules(html);
  const heading = findHeading(body, hidden);
  const { roots, headings } = heading ? documentRoots(heading, body, hidden) : { roots: [], headings: [] };
  if (!heading) {
    const root = findFirst(body, (element) => element.tagName === "main" || attr(element, "role") === "main") ??
      findFirst(body, (element) => element.tagName === "article") ?? body;
    roots.push(root);
    problems.push({
      level: "warning",
      code: "no_document_heading",
      message: 'The page has no "… rahoittaman projektin/hankkeen kuvaus" heading; the text was taken from the ' +
        `<${root.tagName}> element.`,
      line: root.sourceCodeLocation?.startLine ?? null,
    });
  }
  const keep = new Set<Element>();
  for (const each of headings) for (let node: Element | null = each; node; node = parentElement(node)) keep.add(node);

  const writer = new LineWriter<number>();
  const deleted: number[] = [];
  for (const root of roots) new Walker(writer, hidden, struckRules(html), keep, deleted).block(root);
  for (const at of new Set(deleted)) {
    problems.push({
      level: "warning",
      code: "deleted_text",
      message: "Text marked as deleted (struck through, a tracked change) was left out.",
      line: at,
    });
  }
  const { lines, origins } = writer.finish();
  if (lines.length === 0) {
    problems.push({ level: "error", code: "no_text", message: "The page has no text.", line: null });
  }
  return { text: lines.join("\n"), encoding: decoded.encoding, lineOrigins: origins, problems };
}

/** Elements whose text the page shows as deleted: a tracked change's deletion, struck-through text. */
const DELETED = new Set(["del", "s", "strike"]);

/** Walks the content, writing its text. */
class Walker {
  constructor(
    readonly writer: LineWriter<number>,
    readonly hidden: HiddenRules,
    /** The page's rules that strike text through: what they select is deleted text, as `<del>` is. */
    readonly struck: StyleRules,
    readonly keep: ReadonlySet<Element>,
    /** The source lines of text marked as deleted, left out. */
    readonly deleted: number[],
  ) {}

  /** Writes the children of an element. */
  block(element: Element): void {
    for (const child of element.childNodes) this.node(child);
  }

  node(node: Node): void {
    if (node.nodeName === "#text") {
      const text = node as TextNode;
      this.writer.text(text.value, textLine(text));
      return;
    }
    if (!("tagName" in node)) return;
    const element = node as Element;
    if (this.dropped(element)) return;
    const tag = element.tagName;
    if (tag === "br") {
      this.writer.lineBreak(line(element));
      return;
    }
    if (DELETED.has(tag) || isStruck(element, this.struck)) {
      // What the page shows as deleted (a tracked change, struck through) is not the document's text.
      this.deleted.push(line(element));
      return;
    }
    if (tag === "tr") return this.row(element);
    if (tag === "dl") return this.definitions(element);
    if (tag === "pre") return this.preformatted(element);
    if (tag === "li") return this.listItem(element);
    if (PARAGRAPHS.has(tag)) {
      this.writer.paragraph();
      this.block(element);
      this.writer.paragraph();
      return;
    }
    if (LINES.has(tag)) {
      this.writer.newline();
      this.block(element);
      this.writer.newline();
      return;
    }
    if (tag === "sup" || tag === "sub") {
      // A footnote mark or an index stands apart: "199<sup>1</sup>" is 199 and a mark, never 1991.
      this.writer.text(" ", line(element));
      this.block(element);
      this.writer.text(" ", line(element));
      return;
    }
    if (CELLS.has(tag)) {
      // A cell outside a row: its text stands apart from its neighbours by a space.
      this.writer.text(" ", line(element));
      this.block(element);
      this.writer.text(" ", line(element));
      return;
    }
    this.block(element);
  }

  dropped(element: Element): boolean {
    if (this.keep.has(element)) return false;
    if (DROPPED.has(element.tagName)) return true;
    // Landmarks around the content are dropped unless they hold a document's heading.
    if (isLandmark(element)) return true;
    return isHidden(element, this.hidden);
  }

  /** The lines of an element's content, written apart. */
  linesOf(element: Element): { lines: string[]; origins: number[] } {
    const writer = new LineWriter<number>();
    new Walker(writer, this.hidden, this.struck, this.keep, this.deleted).block(element);
    const { lines, origins } = writer.finish();
    const kept = lines.flatMap((text, index) => text === "" ? [] : [{ text, origin: origins[index]! }]);
    return { lines: kept.map((line) => line.text), origins: kept.map((line) => line.origin) };
  }

  /** A table row: `Label: value` for a label cell and a value cell, else the cells side by side. */
  row(row: Element): void {
    const cells = childElements(row).filter((cell) => CELLS.has(cell.tagName) && !this.dropped(cell));
    const origin = line(row);
    const contents = cells.map((cell) => this.linesOf(cell));
    this.writer.newline();
    const isLabel = (k: number) => contents[k]!.lines.length === 1 && contents[k]!.lines[0]!.length <= 120;
    if (cells.length === 2 && isLabel(0)) {
      const header = cells.every((cell) => cell.tagName === "th") && parentElement(row)?.tagName === "thead";
      if (!header) return this.labelled(contents[0]!.lines[0]!, contents[1]!, origin);
    }
    // Rows run together (a page whose <tr> went missing): label and value cells in turn, each pair a line.
    const pairs = cells.length >= 4 && cells.length % 2 === 0 &&
      cells.every((cell, k) => cell.tagName === (k % 2 === 0 ? "th" : "td") && (k % 2 === 1 || isLabel(k)));
    if (pairs) {
      for (let k = 0; k < cells.length; k += 2) {
        this.labelled(contents[k]!.lines[0]!, contents[k + 1]!, line(cells[k]!));
      }
      return;
    }
    if (contents.every((content) => content.lines.length <= 1)) {
      // Cells apart by a tab, as a table pasted into text has them: no figure is read across two cells.
      const text = contents.map((content) => content.lines[0] ?? "").filter((text) => text !== "").join("\t");
      if (text !== "") this.writer.line(text, origin);
      return;
    }
    for (const content of contents) {
      content.lines.forEach((text, index) => this.writer.line(text, content.origins[index]!));
    }
  }

  /**
   * `Label: value`, the value's further lines after it; a value of a few short lines (`614 153<br>(korjattu
   * 620 000)`, an address) is one line, so nothing after a figure goes unseen.
   */
  labelled(label: string, value: { lines: string[]; origins: number[] }, origin: number): void {
    const head = label === "" ? "" : /:$/.test(label) ? label : `${label}:`;
    const short = value.lines.length <= MAX_JOINED_LINES && value.lines.every((text) => text.length <= SHORT_LINE);
    // The lines apart by a tab: a figure is not read across them (`119<br>125`), words go on as after a space.
    const [first, ...rest] = short && value.lines.length > 1 ? [value.lines.join("\t")] : value.lines;
    const line = [head, first ?? ""].filter((part) => part !== "").join(" ");
    if (line !== "") this.writer.line(line, origin);
    rest.forEach((text, index) => this.writer.line(text, value.origins[index + 1]!));
  }

  /** A definition list: each `dt` with its `dd` as `Label: value`. */
  definitions(list: Element): void {
    this.writer.paragraph();
    const items: Element[] = [];
    const collect = (parent: Element) => {
      for (const child of childElements(parent)) {
        if (this.dropped(child)) continue;
        if (child.tagName === "dt" || child.tagName === "dd") items.push(child);
        else if (child.tagName === "div") collect(child);
        else this.node(child);
      }
    };
    collect(list);
    /** The label of the last `dt`: a `dd` after a `dd` is another value of it (two values, one label). */
    let label: string | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const content = this.linesOf(item);
      if (item.tagName === "dt") {
        const next = items[i + 1];
        label = content.lines.join(" ");
        if (next?.tagName === "dd") {
          this.labelled(label, this.linesOf(next), line(item));
          i++;
        } else if (label !== "") this.writer.line(label, line(item));
      } else if (label !== null && label !== "") this.labelled(label, content, line(item));
      else content.lines.forEach((text, index) => this.writer.line(text, content.origins[index]!));
    }
    this.writer.paragraph();
  }

  /** A list item on a line of its own, marked as the text exports mark them. */
  listItem(item: Element): void {
    this.writer.newline();
    const list = parentElement(item);
    const content = this.linesOf(item);
    const [first, ...rest] = content.lines;
    if (first !== undefined) {
      let marker = "";
      if (list?.tagName === "ol") {
        const items = childElements(list).filter((child) => child.tagName === "li");
        marker = `${Number(attr(list, "start") ?? 1) + items.indexOf(item)}. `;
      } else if (!/^[-–•*]\s/.test(first)) marker = "- ";
      this.writer.line(marker + first, content.origins[0]!);
    }
    rest.forEach((text, index) => this.writer.line(text, content.origins[index + 1]!));
  }

  /** Preformatted text keeps its line breaks. */
  preformatted(element: Element): void {
    this.writer.paragraph();
    const texts: TextNode[] = [];
    const collect = (node: Node) => {
      if (node.nodeName === "#text") texts.push(node as TextNode);
      else if ("tagName" in node && !this.dropped(node as Element)) (node as Element).childNodes.forEach(collect);
    };
    element.childNodes.forEach(collect);
    for (const text of texts) {
      const start = text.sourceCodeLocation?.startLine ?? 1; // its tabs and runs of spaces kept, as the page shows them
      text.value.split("\n").forEach((part, index) => {
        if (index > 0) this.writer.lineBreak(start + index);
        this.writer.raw(part.replace(/\r$/, ""), start + index);
      });
    }
    this.writer.paragraph();
  }
}

function line(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 1;
}

/** The source line of a text node's first visible character. */
function textLine(text: TextNode): number {
  const start = text.sourceCodeLocation?.startLine ?? 1;
  const leading = text.value.match(/^[ \t\n\r\f]*/)![0];
  return start + (leading.match(/\n/g)?.length ?? 0);
}
