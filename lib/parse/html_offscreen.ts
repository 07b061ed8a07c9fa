/**
 * What a page moves out of sight, as a copy for screen readers only is (`.sr-only`, `.screen-reader-text`): a first
 * line indented far off the screen (`text-indent: -9999px`, inherited by all the element holds), an element positioned
 * `absolute` or `fixed` far off it (`left: -9999px`, `top: -9999px`), or a box of no width or height, or a pixel's,
 * whose overflow is hidden (`width: 1px; height: 1px; overflow: hidden`; a collapsed panel's `max-height: 0`). Each
 * hides only as a browser lays it out: an indent, a width or a height only on a block (a `div`, a `dd`, an element
 * the page makes `display: block`, or positioned), a left or top only when positioned; a width or height not on a
 * table's box or cell (its layout widens it to what it holds), a width not on a flex item that grows, a height not on
 * a box whose bottom padding holds a line of what it holds (the aspect-ratio box's `padding-bottom: 56%`). Each part
 * is its own cascade (`html_style.ts`), and a rule a saved page cannot answer that may set one is doubtful
 * (`html_verdict.ts`).
 *
 * @module
 */
import { childElements, type Element, parentElement } from "./html_tree.ts";
import { type LinkedSheet, noRules, PARENTS_VALUE, type StyleRules, styleRules } from "./html_style.ts";
import { allOf, eitherOf, type Verdict, verdict } from "./html_verdict.ts";
import { inherited } from "./html_ink.ts";
import { once } from "./once.ts";

/** A length far off the screen: -999px or less, -100em (`rem`) or less. */
const FAR = String.raw`-\s*(?:0*(?:999|[1-9]\d{3,})(?:\.\d*)?px|0*[1-9]\d{2,}(?:\.\d*)?r?em)(?![\w.%])`;
/** No length, or a pixel's (`0`, `0px`, `1px`). */
const NOTHING = String.raw`(?:\+?(?:0+\.?0*|\.0+)(?:[a-z]+|%)?|0*1(?:\.0*)?px)(?![\w.%])`;

/** The declaration that sets the property to `value`, and any other of it. */
const pair = (property: string, value: string): [RegExp, RegExp] => [
  new RegExp(String.raw`(^|;)\s*${property}\s*:\s*${value}`, "i"),
  new RegExp(String.raw`(^|;)\s*${property}\s*:\s*(?!${value})[-+.\w]`, "i"),
];

/** An indent far off; any other of its own; one that takes the parent's (it is inherited). */
const TEXT_INDENT: [RegExp, RegExp, RegExp] = [
  pair("text-indent", FAR)[0],
  pair("text-indent", `(?:${FAR}|${PARENTS_VALUE})`)[1],
  new RegExp(String.raw`(^|;)\s*text-indent\s*:\s*${PARENTS_VALUE}`, "i"),
];
const LEFT = pair("left", FAR);
const TOP = pair("top", FAR);
const WIDTH = pair("width", NOTHING);
const HEIGHT = pair("height", NOTHING);
/** A collapsed panel's (`max-height: 0; overflow: hidden`): each its own property, as `height` and `max-height` are. */
const MAX_WIDTH = pair("max-width", NOTHING);
const MAX_HEIGHT = pair("max-height", NOTHING);
/**
 * A bottom padding that holds a line of what a box of no height shows (`padding-bottom: 56%`, the aspect-ratio box;
 * `padding: 1em`): its content is drawn in it, above the box's end. At least 12px, .75em, 5% (of the width) or 1vw:
 * a sliver below the content (`2px`) shows no line of it.
 */
const ROOMY =
  String.raw`\+?0*(?:(?:1[2-9]|[2-9]\d|\d{3,})(?:\.\d*)?px|(?:\.(?:7[5-9]|[89])\d*|[1-9]\d*(?:\.\d*)?)r?em|` +
  String.raw`(?:[5-9]|\d{2,})(?:\.\d*)?%|[1-9]\d*(?:\.\d*)?v(?:w|h|min|max))(?![\w.%])`;
/** The shorthand's values, its bottom's third (of three or four) or first (of one or two). */
const ANY = String.raw`[^\s;!]+`;
const PADDED_BELOW = String.raw`(?:padding-bottom\s*:\s*${ROOMY}|padding\s*:\s*(?:${ROOMY}(?:\s+${ANY})?|` +
  String.raw`${ANY}\s+${ANY}\s+${ROOMY}(?:\s+${ANY})?))\s*(?:;|!|$)`;
const PADDING: [RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*${PADDED_BELOW}`, "i"),
  new RegExp(String.raw`(^|;)\s*(?!${PADDED_BELOW})padding(?:-bottom)?\s*:\s*[^;\s]`, "i"),
];
/**
 * An overflow hidden, across or down (`overflow-y: hidden`): the other, were it visible, is made `auto`, which clips
 * too; and the shorthand's other value, which undoes both (a longhand's `visible` does not undo the other).
 */
const OVERFLOW: [RegExp, RegExp] = [
  /(^|;)\s*overflow(?:-[xy])?\s*:\s*(?:hidden|clip)(?![\w-])/i,
  /(^|;)\s*overflow\s*:\s*(?!(?:hidden|clip)(?![\w-]))[a-z]/i,
];
/** A display that lays the element out as a block (of its own or in a line), and one that does not. */
const BLOCK: [RegExp, RegExp] = [
  /(^|;)\s*display\s*:\s*(?:block|inline-block|flow-root|list-item|table|table-cell|table-caption|flex|inline-flex|grid|inline-grid)(?![\w-])/i,
  /(^|;)\s*display\s*:\s*(?:inline|contents|ruby|table-row|table-row-group|initial|unset)(?![\w-])/i,
];

/**
 * A table or its cell (`td`, `th`, `display: table-cell`), and any other display: a table's auto layout widens it,
 * and heightens it, to what it holds, whatever its width, height or `max-width: 0` (the ellipsis's cell) say.
 */
const TABLE_BOX: [RegExp, RegExp] = [
  /(^|;)\s*display\s*:\s*(?:table|inline-table|table-cell)(?![\w-])/i,
  /(^|;)\s*display\s*:\s*(?!(?:table|inline-table|table-cell)(?![\w-]))[a-z]/i,
];
/** A flex container, and any other display. */
const FLEX_BOX: [RegExp, RegExp] = [
  /(^|;)\s*display\s*:\s*(?:flex|inline-flex)(?![\w-])/i,
  /(^|;)\s*display\s*:\s*(?!(?:flex|inline-flex)(?![\w-]))[a-z]/i,
];
/** A flex item that grows (`flex: 1`, `flex: auto`, `flex-grow: 1`), and one that does not (`flex: none`, `0 0 35%`). */
const GROWS = String.raw`(?:flex\s*:\s*(?:auto(?![\w-])|\+?\d*\.?\d*[1-9]\d*(?:\.\d*)?(?![\w%])|\+?\d[\d.]*[a-z]+)|` +
  String.raw`flex-grow\s*:\s*\+?\d*\.?\d*[1-9])`;
const FLEX_GROW: [RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*${GROWS}`, "i"),
  new RegExp(String.raw`(^|;)\s*(?!${GROWS})flex(?:-grow)?\s*:\s*[-+.\w]`, "i"),
];

/** The elements a browser lays out as blocks of their own. */
const BLOCKS = new Set([
  ..."html body div p dl dt dd ul ol menu li table caption td th form fieldset legend blockquote pre address"
    .split(" "),
  ..."h1 h2 h3 h4 h5 h6 section article main header footer nav aside figure figcaption details summary center hr"
    .split(" "),
]);

/** The rules of the page's sheets about each part, each read from the sheets the first time it is asked for. */
export interface OffScreenRules {
  textIndent: () => StyleRules;
  /** Whether each element's inherited indent is far off (see `html_ink.ts`'s `inherited`). */
  indented: WeakMap<Element, boolean>;
  left: () => StyleRules;
  top: () => StyleRules;
  width: () => StyleRules;
  height: () => StyleRules;
  maxWidth: () => StyleRules;
  maxHeight: () => StyleRules;
  /** A bottom padding that shows what a box of no height holds (see {@linkcode ROOMY}). */
  padding: () => StyleRules;
  overflow: () => StyleRules;
  block: () => StyleRules;
  table: () => StyleRules;
  flex: () => StyleRules;
  grow: () => StyleRules;
}

export function offScreenRules(html: Element | null, linked?: LinkedSheet): OffScreenRules {
  const rules = ([sets, undoes, keeps]: [RegExp, RegExp, RegExp?]) =>
    once(() => html ? styleRules(html, sets, undoes, linked, keeps) : noRules());
  return {
    textIndent: rules(TEXT_INDENT),
    indented: new WeakMap(),
    left: rules(LEFT),
    top: rules(TOP),
    width: rules(WIDTH),
    height: rules(HEIGHT),
    maxWidth: rules(MAX_WIDTH),
    maxHeight: rules(MAX_HEIGHT),
    padding: rules(PADDING),
    overflow: rules(OVERFLOW),
    block: rules(BLOCK),
    table: rules(TABLE_BOX),
    flex: rules(FLEX_BOX),
    grow: rules(FLEX_GROW),
  };
}

/**
 * Each way the page moves the element out of sight, its verdict (see the module's note); `positioned` the verdict of
 * `position: absolute` or `fixed`.
 */
export function offScreen(element: Element, rules: OffScreenRules, positioned: () => Verdict): Verdict[] {
  const block = () => eitherOf(verdict(element, rules.block(), BLOCKS.has(element.tagName)), positioned());
  const own = (each: () => StyleRules) => () => verdict(element, each());
  // Its own indent, else its nearest ancestor's: a block inside an inline element that sets it is moved too.
  const indented = () => {
    const own = verdict(element, rules.textIndent());
    return { set: inherited(element, rules.textIndent(), rules.indented), doubt: own.doubt };
  };
  const indent = allOf([indented, block]);
  // A box a table's layout or a flex container's growth widens to what it holds keeps no size of its own.
  // (A cell positioned `absolute` or `fixed` is a block: its width holds, as a screen readers' copy's does.)
  const sized = () =>
    not(allOf([() => verdict(element, rules.table(), TABLE_TAGS.has(element.tagName)), () => not(positioned())]));
  // A bottom padding shows what a box of no height holds, in it (the aspect-ratio box's `padding-bottom: 56%`).
  const unpadded = () => not(verdict(element, rules.padding()));
  const grown = () =>
    not(allOf([() => verdict(element, rules.grow()), () => flexItem(element, rules), () => not(positioned())]));
  return [
    // Its first line off the screen: all it holds, but for a line after it (a `<br>`, a block), which is shown.
    indent.set && moreLines(element) ? { set: false, doubt: null, kind: "first_line" } : indent,
    allOf([own(rules.left), positioned]),
    allOf([own(rules.top), positioned]),
    allOf([own(rules.width), own(rules.overflow), block, sized, grown]),
    allOf([own(rules.height), own(rules.overflow), block, sized, unpadded]),
    allOf([own(rules.maxWidth), own(rules.overflow), block, sized]),
    allOf([own(rules.maxHeight), own(rules.overflow), block, sized, unpadded]),
  ];
}

const TABLE_TAGS = new Set(["table", "td", "th"]);
const not = (part: Verdict): Verdict => ({ set: !part.set, doubt: part.doubt });

/** Whether the element's parent is a flex container: its size, along a row, is the flex's, not its width. */
function flexItem(element: Element, rules: OffScreenRules): Verdict {
  const parent = parentElement(element);
  return parent ? verdict(parent, rules.flex()) : { set: false, doubt: null };
}

/** Whether the element holds a line after its first: a `<br>`, a block (its text on lines of its own). */
function moreLines(element: Element): boolean {
  return childElements(element).some((child) =>
    child.tagName === "br" || BLOCKS.has(child.tagName) || moreLines(child)
  );
}
