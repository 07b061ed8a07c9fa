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
import { decodePage, decodeSheet } from "./html_charset.ts";
import { documentRoots, findHeading, hiddenRules, isHidden, struckRules } from "./html_content.ts";
import { shownDespite } from "./html_hiding.ts";
import { attr, childElements, type Element, findFirst, parentElement } from "./html_tree.ts";
import { type Doubt, Walker } from "./html_walker.ts";
import { resetStyleBudget, StyleCostError } from "./html_selectors.ts";
import type { LinkedSheet } from "./html_style.ts";
import { pageUnreadSheets } from "./html_sheets.ts";
import { onceEach, type UnreadReason } from "./html_unread.ts";

export type { ExtractionProblem } from "./_lines.ts";

/** Options of {@linkcode htmlToText}. */
export interface HtmlTextOptions {
  /**
   * The bytes of a style sheet the page links (`<link rel="stylesheet" href="Hanke_files/tyyli.css">`), by its
   * `href`, or null when it cannot be read: decoded as a browser decodes it (its byte-order mark, its `@charset`,
   * the page's charset, UTF-8), its rules hide and strike through as the page's own sheets' do. Why it cannot be
   * read, if known (`{ unread: "web" }`; null is `missing`): each sheet a screen may apply that is not read is a
   * `sheet_not_read` warning, as what it may hide is read as shown.
   * @default {none: only the page's own `<style>` elements are read, and no sheet is said to be unread}
   */
  linkedSheet?: (href: string) => Uint8Array | null | { unread: UnreadReason };
}

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
export function htmlToText(bytes: Uint8Array, options: HtmlTextOptions = {}): HtmlText {
  try {
    return extract(bytes, options);
  } catch (error) {
    if (error instanceof StyleCostError) {
      const message = `The page could not be read: ${error.message}.`;
      return {
        text: "",
        encoding: null,
        lineOrigins: [],
        problems: [{ level: "error", code: "style_cost", message, line: null }],
      };
    }
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

function extract(bytes: Uint8Array, { linkedSheet }: HtmlTextOptions): HtmlText {
  const failed = (code: string, message: string): HtmlText => ({
    text: "",
    encoding: null,
    lineOrigins: [],
    problems: [{ level: "error", code, message, line: null }],
  });
  if (bytes.length === 0) return failed("empty_file", "The file is empty.");
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) return failed("not_html", "The file is not a web page: it contains NUL bytes.");

  resetStyleBudget();
  const decoded = decodePage(bytes);
  const problems = [...decoded.problems];
  const document = parse(decoded.text, { sourceCodeLocationInfo: true });
  const html = childElements(document).find((element) => element.tagName === "html");
  const body = html ? childElements(html).find((element) => element.tagName === "body") : undefined;
  if (!html || !body) return failed("not_html", "The file is not a web page: it has no body.");

  // Each linked sheet read once, though both the hiding and the striking rules are read from it; decoded as a
  // browser decodes it, in the page's charset unless it says its own (a selector then matches the page's words).
  // An imported sheet falls back to its importing sheet's encoding (CSS Syntax 3): decoded once for each.
  const bytesOf = new Map<string, ReturnType<NonNullable<HtmlTextOptions["linkedSheet"]>>>();
  const read = new Map<string, ReturnType<LinkedSheet>>();
  const linked: LinkedSheet | undefined = linkedSheet && ((href: string, fallback = decoded.encoding) => {
    const key = `${fallback} ${href}`;
    if (!read.has(key)) {
      if (!bytesOf.has(href)) bytesOf.set(href, linkedSheet(href));
      const bytes = bytesOf.get(href)!;
      if (bytes === null || !(bytes instanceof Uint8Array)) read.set(key, { unread: bytes?.unread ?? "missing" });
      else read.set(key, decodeSheet(bytes, fallback));
    }
    return read.get(key)!;
  });
  let hidden = hiddenRules(html, linked);
  if (linked) {
    for (const unread of onceEach(pageUnreadSheets(html, linked))) {
      problems.push({
        level: "warning",
        code: "sheet_not_read",
        message:
          `The page's style sheet ${unread.sheet} was not read (${unread.reason}): what it may hide is read as ` +
          "shown.",
        line: unread.line,
        unread,
      });
    }
  }
  const hiding = [html, body].find((element) => isHidden(element, hidden));
  let fallback: Element | undefined;
  if (hiding) {
    // A page that hides all it holds shows nothing: its first main or article not hidden itself is read, said so.
    hidden = shownDespite([html, body], hidden);
    const hides = (element: Element) => element !== body && isHidden(element, hidden);
    fallback = findFirst(body, (element) => ["main", "article"].includes(element.tagName) && !hides(element), hides);
    problems.push({
      level: "error",
      code: "page_hidden",
      message: `The page's style hides its <${hiding.tagName}>: a browser shows nothing of it. ` +
        (fallback
          ? `The text was read from its first <${fallback.tagName}>, which is not hidden itself.`
          : "No text was read."),
      line: hiding.sourceCodeLocation?.startLine ?? null,
      detail: fallback?.tagName ?? "",
    });
  }
  const heading = hiding ? undefined : findHeading(body, hidden);
  const { roots, headings } = heading ? documentRoots(heading, body, hidden) : { roots: [], headings: [] };
  if (fallback) roots.push(fallback);
  if (!heading && !hiding) {
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
  const doubts: Doubt[] = [];
  const unlabelled: number[] = [];
  const struck = struckRules(html, linked);
  for (const root of roots) new Walker(writer, hidden, struck, keep, deleted, doubts, unlabelled).block(root);
  /** A warning on each line once. */
  const warnAt = (lines: number[], code: string, message: string) => {
    for (const at of new Set(lines)) problems.push({ level: "warning", code, message, line: at });
  };
  const linesOf = (kind: Doubt["kind"]) => doubts.filter((doubt) => doubt.kind === kind).map((doubt) => doubt.line);
  /** Each rule once, at the first element it may hide (or show). */
  const rulesOf = (kind: Doubt["kind"]) =>
    new Map(doubts.filter((doubt) => doubt.kind === kind).toReversed().map(({ rule, line }) => [rule, line]));
  warnAt(deleted, "deleted_text", "Text marked as deleted (struck through, a tracked change) was left out.");
  warnAt(
    unlabelled,
    "unlabelled_value",
    "The page hides this value's label: the value was left unlabelled (read as [?]), so no figure was read from it.",
  );
  for (const [rule, at] of rulesOf("hiding")) {
    problems.push({
      level: "warning",
      code: "doubtful_hiding",
      message: `A rule of the page's style sheet, ${rule}, may hide this element, by a selector a saved page cannot ` +
        "answer: its text was left out (read as [?]), so no figure was read from it.",
      line: at,
      detail: rule,
    });
  }
  for (const [rule, at] of rulesOf("showing")) {
    problems.push({
      level: "warning",
      code: "doubtful_showing",
      message: `A rule of the page's style sheet, ${rule}, may show this element, which the page hides, by a ` +
        "selector a saved page cannot answer: its text was left out (read as [?]), so no figure was read from it.",
      line: at,
      detail: rule,
    });
  }
  warnAt(
    linesOf("same_colour"),
    "same_colour",
    "The page prints this text in its background's colour (white on white, black on black): no reader sees it, so " +
      "it was left out (read as [?]) " +
      "and no figure was read from it.",
  );
  warnAt(
    linesOf("first_line"),
    "first_line_hidden",
    "The page moves this element's first line off the screen (a text-indent of -999px or less), and it holds more " +
      "lines: which of its text the page shows cannot be told, so it was left out (read as [?]) and no figure was " +
      "read from it.",
  );
  const { lines, origins } = writer.finish();
  if (lines.length === 0) {
    problems.push({ level: "error", code: "no_text", message: "The page has no text.", line: null });
  }
  return { text: lines.join("\n"), encoding: decoded.encoding, lineOrigins: origins, problems };
}
