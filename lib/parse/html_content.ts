/**
 * Where the document is on a saved page, and what of the page is not part of
 * it: the document's heading ("… rahoittaman projektin/hankkeen kuvaus"),
 * the element around it that holds the document, the elements whose content
 * is never text, and the elements the page hides (by attribute, inline
 * style, a well-known class (`html_framework.ts`), or a rule of its own style sheets: `html_hiding.ts`).
 *
 * @module
 */
import { attr, childElements, type Element, findFirst, type Node, parentElement, type TextNode } from "./html_tree.ts";
import { type LinkedSheet, styled, type StyleRules, styleRules } from "./html_style.ts";
import { type HiddenRules, hidesWhole, invisible, noHiding } from "./html_hiding.ts";
import { hiddenByClass } from "./html_framework.ts";

const HEADER = /rahoittaman\s+(projektin|hankkeen)\s+kuvaus/i;
const CODE_LABEL = /(projekti|hanke)koodi/i;

/** Elements whose content is never part of the document's text. */
export const DROPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "title",
  "meta",
  "link",
  "base",
  "img",
  "picture",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "iframe",
  "object",
  "embed",
  "map",
  "button",
  "select",
  "input",
  "textarea",
  "datalist",
]);
const CONTENT_HINT = /(^|[\s_-])(content|main|sisalto|sisältö|primary|page-content|main-content)([\s_-]|$)/i;

export type { StyleRules } from "./html_style.ts";
export { type HiddenRules, hiddenRules } from "./html_hiding.ts";

/** A declaration that strikes text through: the page shows it as deleted. */
const STRIKING = /(^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i;
/** A declaration that takes a strike-through away. */
const UNSTRIKING = /(^|;)\s*text-decoration(?:-line)?\s*:\s*none\b/i;

/** The text of an element with dropped and hidden parts left out, spaces made one. */
function textOf(element: Element, hidden: HiddenRules, limit = 400): string {
  let text = "";
  const visit = (node: Node) => {
    if (text.length > limit) return;
    if (node.nodeName === "#text") {
      if (!isInvisibleText(node as TextNode, hidden)) text += (node as TextNode).value;
    } else if ("tagName" in node) {
      const child = node as Element;
      if (DROPPED.has(child.tagName) || isHidden(child, hidden)) return;
      child.childNodes.forEach(visit);
    }
  };
  visit(element);
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The document's heading: the first heading (else the first short block) that reads "… rahoittaman … kuvaus",
 * outside the page's chrome (a banner that repeats the header as a heading is no document's), else anywhere.
 */
export function findHeading(body: Element, hidden: HiddenRules): Element | undefined {
  return searchHeading(body, hidden, true) ?? searchHeading(body, hidden, false);
}

/** {@linkcode findHeading}, with or without the page's chrome (see {@linkcode isLandmark}). */
function searchHeading(body: Element, hidden: HiddenRules, chromeApart: boolean): Element | undefined {
  const matches = (element: Element) => {
    const text = textOf(element, hidden);
    return text.length <= 200 && HEADER.test(text);
  };
  const skip = (element: Element) =>
    DROPPED.has(element.tagName) || isHidden(element, hidden) || (chromeApart && isLandmark(element));
  const inChrome = (element: Element) => {
    for (let node = parentElement(element); chromeApart && node && node !== body; node = parentElement(node)) {
      if (isLandmark(node)) return true;
    }
    return false;
  };
  // Nothing inside an element the page hides is searched: a hidden preview's heading is none the page shows.
  const search = (test: (element: Element) => boolean) =>
    findFirst(
      body,
      (element) => !skip(element) && test(element) && matches(element) && !inChrome(element),
      (element) => element !== body && (DROPPED.has(element.tagName) || isHidden(element, hidden)),
    );
  const heading = search((element) => /^h[1-6]$/.test(element.tagName));
  if (heading) return heading;
  // The deepest short element that reads so, e.g. <div class="otsikko"><span>…</span></div>.
  let found = search((element) => element !== body);
  while (found) {
    const deeper = childElements(found).find((child) => !skip(child) && matches(child));
    if (!deeper) break;
    found = deeper;
  }
  return found;
}

/** Landmarks around the content (navigation, banner, footer, sidebar): page chrome, no description's text. */
export const LANDMARKS = new Set(["nav", "header", "footer", "aside"]);
export const LANDMARK_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);

/** Whether an element is a landmark around the content (see {@linkcode LANDMARKS}). */
export const isLandmark = (element: Element): boolean =>
  LANDMARKS.has(element.tagName) || LANDMARK_ROLES.has(attr(element, "role") ?? "");

/**
 * The elements that hold the page's descriptions, in page order, with their headings: {@linkcode contentRoot} of the
 * first heading, and of each other heading (`h1`–`h6`, or an element whose own text is the header, shown, outside the
 * page's chrome) whose own content holds a
 * project code and lies apart from the others' (pages saved one after another, `cat a.html b.html`; a page of
 * several articles), so no description is left out unread and no chrome between them is read into one. A title,
 * breadcrumb, footer or hidden preview that repeats the header is none: it holds no code of its own apart.
 */
export function documentRoots(
  heading: Element,
  body: Element,
  hidden: HiddenRules,
): { roots: Element[]; headings: Element[] } {
  const found = [{ root: contentRoot(heading, body), heading }];
  const inside = (element: Element, around: Element) => {
    for (let node: Element | null = element; node; node = parentElement(node)) if (node === around) return true;
    return false;
  };
  // One walk over the page, past what it hides, drops or frames as chrome, and past the roots found.
  const stack = [body];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (found.some(({ root }) => root === element)) continue;
    if (element !== body && (DROPPED.has(element.tagName) || isLandmark(element) || isHidden(element, hidden))) {
      continue;
    }
    const named = /^h[1-6]$/.test(element.tagName) || ownTextIsHeader(element);
    if (named && !inside(element, heading) && !inside(heading, element) && isHeading(element, hidden)) {
      const root = contentRoot(element, body);
      const apart = found.every((other) => !inside(root, other.root) && !inside(other.root, root));
      if (apart && CODE_LABEL.test(textOf(root, hidden, 100_000))) found.push({ root, heading: element });
      continue;
    }
    const children = childElements(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const starts = (root: Element) => root.sourceCodeLocation?.startOffset ?? 0;
  found.sort((a, b) => starts(a.root) - starts(b.root));
  return { roots: found.map(({ root }) => root), headings: found.map(({ heading }) => heading) };
}

/** Whether an element's own text (not its children's) reads the template's header: a header printed in a `div`. */
function ownTextIsHeader(element: Element): boolean {
  return element.childNodes.some((node) => node.nodeName === "#text" && HEADER.test((node as TextNode).value));
}

/** Whether an element's text is the template's header, and nothing much more (see {@linkcode findHeading}). */
function isHeading(element: Element, hidden: HiddenRules): boolean {
  const text = textOf(element, hidden);
  return text.length <= 200 && HEADER.test(text);
}

/**
 * The element that holds the document: the nearest `main`, `article` or
 * element whose id or class says "content" around the heading; else the
 * smallest one around it that also holds the project code; else the body.
 */
export function contentRoot(heading: Element, body: Element): Element {
  for (let node = parentElement(heading); node && node !== body; node = parentElement(node)) {
    const tag = node.tagName;
    if (tag === "main" || tag === "article" || attr(node, "role") === "main") return node;
    if (CONTENT_HINT.test(attr(node, "id") ?? "") || CONTENT_HINT.test(attr(node, "class") ?? "")) return node;
  }
  for (let node = parentElement(heading); node && node !== body; node = parentElement(node)) {
    if (CODE_LABEL.test(textOf(node, noHiding(), 100_000))) return node;
  }
  return body;
}

/**
 * Whether the page hides an element: by its `hidden` attribute, its inline
 * style, a well-known class or a rule of the page's style sheets. Not by
 * `aria-hidden`: it hides an element from screen readers only, and the page
 * shows it (its copy for screen readers is the one hidden from the eye). An element `visibility: hidden` hides is
 * hidden only when it holds none that shows itself again: else its own text is left out (see
 * {@linkcode isInvisibleText}) and what is shown in it read.
 */
export function isHidden(element: Element, rules: HiddenRules): boolean {
  return isHiddenWhole(element, rules) || (invisible(element, rules) && !shownInside(element, rules));
}

/**
 * Whether the page hides an element with all it holds, whatever its descendants say: by a well-known class, its
 * `hidden` attribute (unless the page gives it a display), `display: none`, a clip, an effect or a move out of sight
 * (`html_hiding.ts`).
 */
function isHiddenWhole(element: Element, rules: HiddenRules): boolean {
  return hiddenByMarkup(element) || hidesWhole(element, rules);
}

/**
 * Whether the page's markup hides an element, not a rule: a hidden input, a well-known class, what a closed
 * `<details>` holds but its summary. (The `hidden` attribute is the browser's own `display: none`, which the page's
 * style may undo: `html_hiding.ts`.)
 */
export function hiddenByMarkup(element: Element): boolean {
  if (element.tagName === "input" && attr(element, "type")?.toLowerCase() === "hidden") return true;
  const parent = parentElement(element);
  if (parent && closedDetails(parent) && element !== childElements(parent).find(isSummary)) return true;
  return hiddenByClass((attr(element, "class") ?? "").split(/\s+/).filter((name) => name !== ""));
}

/**
 * Whether an element `visibility` hides holds one it shows: a descendant whose own `visibility: visible` (or an
 * ancestor's under it) shows it, and nothing hides whole on the way (`display: none`, `hidden`…).
 */
function shownInside(element: Element, rules: HiddenRules): boolean {
  const known = rules.shownInside.get(element);
  if (known !== undefined) return known;
  const shown = childElements(element).some((child) =>
    !DROPPED.has(child.tagName) && !isHiddenWhole(child, rules) &&
    (!invisible(child, rules) || shownInside(child, rules))
  );
  rules.shownInside.set(element, shown);
  return shown;
}

/** Whether a text is hidden by `visibility`, its element's (see `html_hiding.ts`): left out, though that shows. */
export function isInvisibleText(text: TextNode, rules: HiddenRules): boolean {
  const parent = text.parentNode;
  return parent !== null && "tagName" in parent &&
    (closedDetails(parent as Element) || invisible(parent as Element, rules));
}

/**
 * Whether the element is a closed `<details>` (no `open`), which shows its first `<summary>` only: what else it holds,
 * its text and elements, the browser hides, as the markup says.
 */
const closedDetails = (element: Element) => element.tagName === "details" && attr(element, "open") === undefined;
const isSummary = (element: Element) => element.tagName === "summary";

/** Whether the page strikes an element's text through: by its inline style or a rule of its style sheets. */
export function isStruck(element: Element, rules: StyleRules): boolean {
  return styled(element, rules);
}

/** The rules of the page's screen style sheets that strike text through or take it away. */
export function struckRules(html: Element, linked?: LinkedSheet): StyleRules {
  return styleRules(html, STRIKING, UNSTRIKING, linked);
}
