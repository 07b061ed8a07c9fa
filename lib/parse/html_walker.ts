/**
 * Walking a saved page's document part, writing its text as lines (see
 * `html_text.ts`): headings and paragraphs with a blank line between them,
 * `<br>` a line break, a table row or a `dt`/`dd` pair of label and value a
 * `Label: value` line; what the page hides or shows as deleted is left out,
 * and what a style rule a saved page cannot answer may hide is written as
 * `[?]` (no figure is read from it or across it), said with the rule.
 *
 * @module
 */
import { LineWriter } from "./_lines.ts";
import {
  DROPPED,
  hiddenByMarkup,
  type HiddenRules,
  isHidden,
  isInvisibleText,
  isLandmark,
  isStruck,
  type StyleRules,
} from "./html_content.ts";
import { doubtOf } from "./html_style.ts";
import { hidingDoubt, sameColour, showingDoubt } from "./html_hiding.ts";
import { attr, childElements, type Element, type Node, parentElement, type TextNode } from "./html_tree.ts";
import { BULLET } from "./list_marker.ts";

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

/** Elements whose text the page shows as deleted: a tracked change's deletion, struck-through text. */
const DELETED = new Set(["del", "s", "strike"]);

/** An element a style rule may hide by a selector a saved page cannot answer: its source line, and the rule. */
export interface Doubt {
  line: number;
  /** The rule, as the page has it; empty for the kinds no rule makes. */
  rule: string;
  /**
   * `hiding`: the rule may hide what the page shows (`doubtful_hiding`); `showing`: it may show what the page hides
   * (`doubtful_showing`); `same_colour`: text of its background's colour (white on white); `first_line`: a block whose first line an
   * indent moves off the screen, which holds more (`first_line_hidden`).
   */
  kind: "hiding" | "showing" | "same_colour" | "first_line";
}

/** What is written for the text of an element a style rule may hide: no figure is read from it or across it. */
const DOUBTFUL = " [?] ";

/** Walks the content, writing its text. */
export class Walker {
  constructor(
    readonly writer: LineWriter<number>,
    readonly hidden: HiddenRules,
    /** The page's rules that strike text through: what they select is deleted text, as `<del>` is. */
    readonly struck: StyleRules,
    readonly keep: ReadonlySet<Element>,
    /** The source lines of text marked as deleted, left out. */
    readonly deleted: number[],
    /** The elements a style rule may hide, written as `[?]`. */
    readonly doubts: Doubt[],
    /** The source lines of values whose label the page hides, written as `[?]`. */
    readonly unlabelled: number[] = [],
  ) {}

  /** Writes the children of an element; `[?]` for them when a style rule may hide it (see {@linkcode Doubt}). */
  block(element: Element): void {
    if (this.doubtful(element)) {
      this.writer.text(DOUBTFUL, line(element));
      return;
    }
    for (const child of element.childNodes) this.node(child);
  }

  /**
   * Whether a rule a saved page cannot answer may hide the element, strike it through, or show it though the page
   * hides it (said in `doubts`).
   */
  doubtful(element: Element): boolean {
    if (this.keep.has(element)) return false;
    const showing = this.mayShow(element);
    const doubt: Omit<Doubt, "line"> | null = showing !== null
      ? { rule: showing, kind: "showing" }
      : hidingDoubt(element, this.hidden) ?? this.struckDoubt(element);
    if (doubt !== null) this.doubts.push({ line: line(element), ...doubt });
    return doubt !== null;
  }

  /** A rule a saved page cannot answer that may strike the element through, or undo its strike (`hiding`); else null. */
  struckDoubt(element: Element): Omit<Doubt, "line"> | null {
    const rule = doubtOf(element, this.struck);
    return rule === null ? null : { rule, kind: "hiding" };
  }

  /** A rule a saved page cannot answer that may show the element its rules hide (see `showingDoubt`); else null. */
  mayShow(element: Element): string | null {
    if (!isHidden(element, this.hidden) || hiddenByMarkup(element)) return null;
    return showingDoubt(element, this.hidden);
  }

  node(node: Node): void {
    if (node.nodeName === "#text") {
      const text = node as TextNode;
      if (isInvisibleText(text, this.hidden)) return;
      const parent = text.parentNode as Element;
      if (/\S/.test(text.value) && sameColour(parent, this.hidden)) {
        // Of its background's colour (white on white): shown, yet no reader sees it; no figure is read from it.
        this.doubts.push({ line: textLine(text), rule: "", kind: "same_colour" });
        this.writer.text(DOUBTFUL, textLine(text));
      } else this.writer.text(text.value, textLine(text));
      return;
    }
    if (!("tagName" in node)) return;
    const element = node as Element;
    if (this.dropped(element)) return;
    if (this.doubtful(element)) {
      this.writer.text(DOUBTFUL, line(element));
      return;
    }
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
    // What a rule the page cannot answer may show is kept, to be written as `[?]` (see `doubtful`).
    return isHidden(element, this.hidden) && this.mayShow(element) === null;
  }

  /** The lines of an element's content, written apart. */
  linesOf(element: Element): { lines: string[]; origins: number[] } {
    const writer = new LineWriter<number>();
    new Walker(writer, this.hidden, this.struck, this.keep, this.deleted, this.doubts, this.unlabelled).block(element);
    const { lines, origins } = writer.finish();
    const kept = lines.flatMap((text, index) => text === "" ? [] : [{ text, origin: origins[index]! }]);
    return { lines: kept.map((line) => line.text), origins: kept.map((line) => line.origin) };
  }

  /** A table row: `Label: value` for a label cell and a value cell, else the cells side by side. */
  row(row: Element): void {
    const all = childElements(row).filter((cell) => CELLS.has(cell.tagName));
    const cells = all.filter((cell) => !this.dropped(cell));
    const origin = line(row);
    const contents = cells.map((cell) => this.linesOf(cell));
    this.writer.newline();
    // A row whose label cell the page hides: its values are no label's, nor is the first of them a label.
    if (all[0]?.tagName === "th" && !cells.includes(all[0]) && cells.some((cell) => cell.tagName === "td")) {
      if (contents.some((content) => content.lines.length > 0)) {
        this.unlabelled.push(origin);
        this.writer.line(DOUBTFUL.trim(), origin);
      }
      return;
    }
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
    /** The `dt`s the page hides: the `dd`s after one have no label the page shows. */
    const hiddenLabels = new Set<Element>();
    const collect = (parent: Element) => {
      for (const child of childElements(parent)) {
        if (this.dropped(child)) {
          if (child.tagName === "dt") {
            hiddenLabels.add(child);
            items.push(child);
          }
          continue;
        }
        if (child.tagName === "dt" || child.tagName === "dd") items.push(child);
        else if (child.tagName === "div" && (hidingDoubt(child, this.hidden) ?? this.struckDoubt(child)) === null) {
          collect(child);
        } else this.node(child);
      }
    };
    collect(list);
    /** The label of the last `dt`: a `dd` after a `dd` is another value of it (two values, one label). */
    let label: string | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (hiddenLabels.has(item)) {
        label = null;
        // A value whose label is hidden is no value of the label before: `[?]`, no figure read from it.
        for (; items[i + 1]?.tagName === "dd"; i++) {
          if (this.linesOf(items[i + 1]!).lines.length === 0) continue;
          this.unlabelled.push(line(items[i + 1]!));
          this.writer.line(DOUBTFUL.trim(), line(items[i + 1]!));
        }
        continue;
      }
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
      } else if (!BULLET.test(first)) marker = "- ";
      this.writer.line(marker + first, content.origins[0]!);
    }
    rest.forEach((text, index) => this.writer.line(text, content.origins[index + 1]!));
  }

  /** Preformatted text keeps its line breaks. */
  preformatted(element: Element): void {
    this.writer.paragraph();
    const texts: TextNode[] = [];
    const collect = (node: Node) => {
      if (node.nodeName === "#text") {
        if (!isInvisibleText(node as TextNode, this.hidden)) texts.push(node as TextNode);
      } else if ("tagName" in node && !this.dropped(node as Element)) {
        const element = node as Element;
        if (this.doubtful(element)) {
          texts.push({ ...element, nodeName: "#text", value: DOUBTFUL } as unknown as TextNode);
        } else element.childNodes.forEach(collect);
      }
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
