/**
 * The selectors of a saved page's style sheets, read with css-what and
 * evaluated on the tree parse5 builds with css-select (the engine cheerio
 * uses), through an adapter of that tree. A selector is cut at its
 * descendant and child combinators into parts (`.sivu > [data-x] + .vanha`:
 * `.sivu` and `[data-x] + .vanha`), each a test of one element, so that
 * `html_style.ts` can match its ancestors' parts with a memo (linear time
 * however deep the page nests). A selector that selects no element (a
 * pseudo-element's, `::before`) hides no text of the page; one with a
 * pseudo-class that a saved page cannot answer (`:target`, `:focus-within`
 * aside, which no saved page has) is read without it, as the elements it
 * may select, and said to be doubtful.
 *
 * @module
 */
import { compile } from "css-select";
import { parse as parseSelectors, type Selector, SelectorType, stringify } from "css-what";
import { attr, type Element, type Node, parentElement, type TextNode } from "./html_tree.ts";

/** A part of a selector between descendant or child combinators: a test of one element. */
export interface Part {
  test: (element: Element) => boolean;
  /** The part as written again, e.g. `div.rivi[data-x]`: the key of its memo of nearest ancestors. */
  text: string;
}

/** A selector read: its parts left to right, its combinators, its specificity and the key it is indexed by. */
export interface ReadSelector {
  /** The selector as written again. */
  text: string;
  chain: Part[];
  /** `child[i]`: the combinator between `chain[i]` and `chain[i + 1]` is `>`. */
  child: boolean[];
  /** Ids, then classes, attributes and pseudo-classes, then tags, as the cascade weighs them (1e6, 1e3, 1). */
  specificity: number;
  /** `#id`, `.class`, `[attribute]` or a tag that every element it selects has, else `*`. */
  key: string;
  /** It names a pseudo-class a saved page cannot answer: it is read without it, as what it may select. */
  doubtful: boolean;
}

const children = (node: Node | { childNodes: Node[] }): Node[] => "childNodes" in node ? node.childNodes : [];
const isTag = (node: Node): node is Element => "tagName" in node;
const parentOf = (node: Node): Node | null => "parentNode" in node ? node.parentNode ?? null : null;

/** The work the selectors may do on one page, in nodes visited: past it the page is not read, and said. */
const STYLE_BUDGET = 20_000_000;
let budget = STYLE_BUDGET;

/** Thrown when a page's selectors would take longer than {@linkcode STYLE_BUDGET} allows (siblings by the 100,000). */
export class StyleCostError extends Error {
  constructor() {
    super("the page's style sheets select its elements at too great a cost to be evaluated");
  }
}

/** A page begins: the selectors' budget is whole again. */
export function resetStyleBudget(): void {
  budget = STYLE_BUDGET;
}

/** Counts work against the budget (see {@linkcode StyleCostError}). */
export function charge(cost: number): void {
  budget -= cost;
  if (budget < 0) throw new StyleCostError();
}

/** Each node's place among its parent's children, for a previous sibling in constant time. */
const places = new WeakMap<Node, number>();

/** css-select's view of parse5's tree; the walks css-select makes of it are counted (see {@linkcode charge}). */
const adapter = {
  isTag,
  getAttributeValue: (element: Element, name: string) => attr(element, name),
  getChildren: (node: Node): Node[] => {
    const list = children(node);
    charge(list.length + 1);
    return list;
  },
  getName: (element: Element) => element.tagName,
  getParent: (element: Element): Node | null => {
    charge(1);
    return element.parentNode ?? null;
  },
  getSiblings: (node: Node): Node[] => {
    const list = children(parentOf(node) ?? { childNodes: [node] });
    charge(list.length + 1);
    return list;
  },
  prevElementSibling: (node: Node): Element | null => {
    const siblings = children(parentOf(node) ?? { childNodes: [] });
    if (!places.has(node)) siblings.forEach((sibling, i) => places.set(sibling, i));
    for (let i = (places.get(node) ?? 0) - 1; i >= 0; i--) {
      charge(1);
      const sibling = siblings[i]!;
      if (isTag(sibling)) return sibling;
    }
    return null;
  },
  getText: (node: Node): string =>
    node.nodeName === "#text"
      ? (node as TextNode).value
      : children(node).map((child) => adapter.getText(child)).join(""),
  hasAttrib: (element: Element, name: string) => element.attrs.some((attribute) => attribute.name === name),
  removeSubsets: (nodes: Node[]): Node[] =>
    nodes.filter((node) => {
      for (let up = isTag(node) ? parentElement(node) : null; up; up = parentElement(up)) {
        if (nodes.includes(up)) return false;
      }
      return true;
    }),
};

/** No element of a saved page is hovered, focused or active. */
const NEVER = () => false;
const OPTIONS = {
  adapter,
  pseudos: { focus: NEVER, "focus-visible": NEVER, "focus-within": NEVER, active: NEVER, hover: NEVER },
};

const compiled = (selector: Selector[]) => compile<Node, Element>([selector], OPTIONS) as (element: Element) => boolean;

/** Whether css-select evaluates a selector. */
function evaluable(selector: Selector[]): boolean {
  try {
    compiled(selector);
    return true;
  } catch {
    return false;
  }
}

/** The selector with the pseudo-classes css-select cannot evaluate (and those holding them) as any element: what it may select. */
const widened = (selector: Selector[]): Selector[] =>
  selector.map((token) =>
    token.type !== SelectorType.Pseudo || evaluable([token]) ? token : { type: SelectorType.Universal, namespace: null }
  );

const isId = (token: Selector) =>
  token.type === SelectorType.Attribute && token.name === "id" && token.action === "equals" &&
  token.ignoreCase === "quirks";

/** The specificity of tokens (see {@linkcode ReadSelector.specificity}). */
function specificity(tokens: Selector[]): number {
  let sum = 0;
  for (const token of tokens) {
    if (token.type === SelectorType.Tag || token.type === SelectorType.PseudoElement) sum += 1;
    // An id as `#x` (css-what marks it "quirks"); `[id="x"]` is an attribute's weight, as a browser has it.
    else if (token.type === SelectorType.Attribute) sum += isId(token) ? 1e6 : 1e3;
    else if (token.type === SelectorType.Pseudo) {
      if (token.name === "where") continue;
      sum += Array.isArray(token.data) && ["not", "is", "has", "matches"].includes(token.name)
        ? Math.max(0, ...token.data.map(specificity))
        : 1e3;
    }
  }
  return sum;
}

/** The key of the last compound of tokens: its id, else its first class, else its tag, else `*`. */
function keyOf(tokens: Selector[]): string {
  const last: Selector[] = [];
  for (let i = tokens.length - 1; i >= 0 && !isTraversal(tokens[i]!); i--) last.push(tokens[i]!);
  const attribute = (name: string, action: string) =>
    last.find((t) =>
      t.type === SelectorType.Attribute && t.name === name && t.action === action && t.ignoreCase !== true
    );
  const id = attribute("id", "equals");
  const className = attribute("class", "element");
  const tag = last.find((token) => token.type === SelectorType.Tag);
  const named = last.find((t) => t.type === SelectorType.Attribute && t.action !== "not");
  if (id && "value" in id) return `#${id.value}`;
  if (className && "value" in className) return `.${className.value}`;
  // Tags and attributes named in any case, as HTML has them (css-select matches them so).
  if (named && "name" in named) return `[${named.name.toLowerCase()}]`;
  return tag && "name" in tag ? tag.name.toLowerCase() : "*";
}

const isTraversal = (token: Selector) =>
  !(["attribute", "pseudo", "pseudo-element", "tag", "universal"] as string[]).includes(token.type);

/**
 * One selector of a list: null when it selects no element of the page (a pseudo-element's, or one that starts with a
 * combinator, which a browser drops too); undefined when css-select cannot evaluate it even widened (a namespace).
 */
function readOne(tokens: Selector[]): ReadSelector | null | undefined {
  if (tokens.some((token) => token.type === SelectorType.PseudoElement)) return null;
  const doubtful = !evaluable(tokens);
  const read = doubtful ? widened(tokens) : tokens;
  if (doubtful && !evaluable(read)) return undefined;
  const chain: Part[] = [];
  const child: boolean[] = [];
  let part: Selector[] = [];
  const close = () => {
    const test = compiled(part);
    chain.push({ test, text: stringify([part]) });
  };
  for (const token of read) {
    if (token.type === SelectorType.Descendant || token.type === SelectorType.Child) {
      if (part.length === 0) return null;
      close();
      child.push(token.type === SelectorType.Child);
      part = [];
    } else part.push(token);
  }
  if (part.length === 0) return null;
  close();
  return { text: stringify([tokens]), chain, child, specificity: specificity(tokens), key: keyOf(read), doubtful };
}

/**
 * The selectors of a rule's selector list, read. A list css-what cannot read (`&` of CSS nesting) is read as what it
 * may select, doubtful: the elements with the classes, id or tag of its last compound, else any.
 *
 * @example Usage
 * ```ts
 * import { readSelectors } from "./html_selectors.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const selectors = readSelectors('.sivu > [data-tila="x"]:not(.auki), a::before, .tab:target');
 * assertEquals(selectors.map((s) => [s.chain.length, s.specificity, s.key, s.doubtful]), [
 *   [2, 3000, "[data-tila]", false],
 *   [1, 2000, ".tab", true],
 * ]);
 * ```
 */
export function readSelectors(list: string): ReadSelector[] {
  try {
    return parseSelectors(list).flatMap((tokens) => {
      const read = readOne(tokens);
      return read === undefined ? readUnread(stringify([tokens])) : read === null ? [] : [read];
    });
  } catch {
    // Each selector of the list apart: those css-what reads are read as they are.
    return list.includes(",") ? list.split(",").flatMap(readSelectors) : readUnread(list);
  }
}

/** A selector that cannot be read or evaluated, read as what it may select: its last compound's tag, classes, id. */
function readUnread(selector: string): ReadSelector[] {
  const last = selector.trim().split(/[\s>+~]+/).at(-1) ?? "";
  const simple = last.match(/^[a-z][a-z0-9-]*|[.#][\w-]+/gi)?.join("") || "*";
  return readSelectors(simple).map((read) => ({ ...read, text: selector.trim(), doubtful: true }));
}
