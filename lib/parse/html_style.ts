/**
 * What a saved page's own style sheets do to an element: whether their rules
 * hide it (`display: none`) or strike its text through. Selectors of tags,
 * classes and ids, alone or with descendant and child combinators
 * (`.sivu .arkisto`, `#sisalto > .vanha`), are read, with the cascade's order
 * (`!important`, then specificity, then the later rule) deciding between a
 * rule that sets the declaration and one that undoes it (`.tab { display:
 * none }` and `.tab.active { display: block }`); an inline style beats them.
 * Selectors with attributes or pseudo-classes are left out: they would need a
 * whole CSS engine.
 *
 * @module
 */
import { attr, childElements, type Element, parentElement, type TextNode } from "./html_tree.ts";

/** A compound selector: a tag (or any), classes and an id, e.g. `div.rivi.vanha`. */
interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
  /** The compound as written, e.g. `div.rivi.vanha`: the key of its memo of nearest ancestors. */
  text: string;
}

/** A rule of the sheets for one selector: the compounds left to right, and whether each combinator is a child's. */
interface Rule {
  chain: Compound[];
  /** `child[i]`: the combinator between `chain[i]` and `chain[i + 1]` is `>`. */
  child: boolean[];
  /** `!important`, then ids, classes and tags, as the cascade weighs them. */
  weight: number;
  order: number;
  /** The rule sets the declaration (true) or undoes it (false). */
  sets: boolean;
}

/** The rules of a page's sheets about one declaration, indexed by the last compound's id, class or tag. */
export interface StyleRules {
  declaration: RegExp;
  undo: RegExp;
  index: Map<string, Rule[]>;
  cache: WeakMap<Element, boolean>;
  /** For each compound (by its text), each element's nearest ancestor-or-self that has it: matching stays linear. */
  nearest: Map<string, WeakMap<Element, Element | null>>;
}

/** No rules: nothing is hidden but by its own inline style. */
export const noRules = (): StyleRules => ({
  declaration: /$^/,
  undo: /$^/,
  index: new Map(),
  cache: new WeakMap(),
  nearest: new Map(),
});

/** The sheets' rules (in `<style>` elements, screen media) that set `declaration` or undo it (`undo`). */
export function styleRules(html: Element, declaration: RegExp, undo: RegExp): StyleRules {
  const rules: StyleRules = { ...noRules(), declaration, undo };
  const sheets: string[] = [];
  const collect = (element: Element) => {
    if (element.tagName === "style") {
      sheets.push(
        element.childNodes.map((child) => child.nodeName === "#text" ? (child as TextNode).value : "").join(""),
      );
    }
    childElements(element).forEach(collect);
  };
  collect(html);
  let order = 0;
  for (const sheet of sheets) {
    for (const { selectors, declarations } of screenRules(sheet)) {
      const set = declarations.match(declaration);
      const undone = set ? null : declarations.match(undo);
      const found = set ?? undone;
      if (!found) continue;
      const important = /^\s*!\s*important/i.test(declarations.slice(found.index! + found[0].length));
      for (const selector of selectors.split(",")) {
        const parsed = parseSelector(selector);
        if (!parsed) continue;
        const count = (pick: (c: Compound) => number) => parsed.chain.reduce((sum, c) => sum + pick(c), 0);
        const weight = (important ? 1e9 : 0) + count((c) => c.id ? 1 : 0) * 1e6 + count((c) => c.classes.length) * 1e3 +
          count((c) => c.tag ? 1 : 0);
        const rule: Rule = { ...parsed, weight, order: order++, sets: set !== null };
        const last = parsed.chain.at(-1)!;
        const key = last.id !== null
          ? `#${last.id}`
          : last.classes[0] !== undefined
          ? `.${last.classes[0]}`
          : last.tag ?? "*";
        rules.index.set(key, [...rules.index.get(key) ?? [], rule]);
      }
    }
  }
  return rules;
}

/** A selector of compounds and descendant or child combinators; null for any other (attributes, pseudo-classes). */
function parseSelector(selector: string): Pick<Rule, "chain" | "child"> | null {
  const chain: Compound[] = [];
  const child: boolean[] = [];
  let toChild = false;
  for (const part of selector.trim().replace(/\s*>\s*/g, " > ").split(/\s+/)) {
    if (part === ">") {
      if (chain.length === 0 || toChild) return null;
      toChild = true;
      continue;
    }
    const match = part.match(/^([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)*)$/i);
    if (!match || part === "") return null;
    const parts = match[2]!.match(/[.#][\w-]+/g) ?? [];
    if (chain.length > 0) child.push(toChild);
    toChild = false;
    chain.push({
      tag: match[1] === undefined || match[1] === "*" ? null : match[1].toLowerCase(),
      classes: parts.filter((p) => p.startsWith(".")).map((p) => p.slice(1)),
      id: parts.find((p) => p.startsWith("#"))?.slice(1) ?? null,
      text: part,
    });
  }
  return chain.length === 0 || chain.length > 8 || toChild ? null : { chain, child };
}

const classesOf = (element: Element) => (attr(element, "class") ?? "").split(/\s+/).filter((name) => name !== "");

function compoundMatches(element: Element, compound: Compound): boolean {
  if (compound.tag !== null && compound.tag !== element.tagName) return false;
  if (compound.id !== null && attr(element, "id") !== compound.id) return false;
  const classes = classesOf(element);
  return compound.classes.every((name) => classes.includes(name));
}

/** The nearest of an element and its ancestors that has the compound, or null (memoised: see `StyleRules.nearest`). */
function nearest(element: Element | null, compound: Compound, rules: StyleRules): Element | null {
  let memo = rules.nearest.get(compound.text);
  if (!memo) rules.nearest.set(compound.text, memo = new WeakMap());
  const path: Element[] = [];
  let found: Element | null = null;
  for (let node = element; node; node = parentElement(node)) {
    const known = memo.get(node);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(node);
    if (compoundMatches(node, compound)) {
      found = node;
      break;
    }
  }
  for (const node of path) memo.set(node, found);
  return found;
}

/** Whether a rule's selector matches the element (each ancestor compound at the nearest ancestor that has it). */
function matches(element: Element, rule: Rule, rules: StyleRules): boolean {
  if (!compoundMatches(element, rule.chain.at(-1)!)) return false;
  let node: Element | null = element;
  for (let i = rule.chain.length - 2; i >= 0 && node; i--) {
    const parent: Element | null = parentElement(node);
    if (rule.child[i]) node = parent && compoundMatches(parent, rule.chain[i]!) ? parent : null;
    else node = nearest(parent, rule.chain[i]!, rules);
  }
  return node !== null;
}

/** Whether the element's inline style, else the sheets' winning rule, sets the declaration. */
export function styled(element: Element, rules: StyleRules): boolean {
  const cached = rules.cache.get(element);
  if (cached !== undefined) return cached;
  const style = attr(element, "style");
  let result = false;
  if (style && rules.declaration.test(style)) result = true;
  else if (!(style && rules.undo.test(style))) {
    const id = attr(element, "id");
    const keys = [element.tagName, "*", ...classesOf(element).map((name) => `.${name}`), ...(id ? [`#${id}`] : [])];
    let best: Rule | null = null;
    for (const key of new Set(keys)) {
      for (const rule of rules.index.get(key) ?? []) {
        const wins = !best || rule.weight > best.weight || (rule.weight === best.weight && rule.order > best.order);
        if (wins && matches(element, rule, rules)) best = rule;
      }
    }
    result = best?.sets ?? false;
  }
  rules.cache.set(element, result);
  return result;
}

/** The style rules of a sheet that apply on screen: top-level ones and those in `@media` blocks that are not print-only. */
function screenRules(sheet: string): { selectors: string; declarations: string }[] {
  const css = sheet.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: { selectors: string; declarations: string }[] = [];
  let i = 0;
  const block = (end: number, include: boolean): void => {
    let prelude = "";
    while (i < end) {
      const char = css[i]!;
      if (char === "{") {
        i++;
        const head = prelude.trim();
        prelude = "";
        if (head.startsWith("@")) {
          const nested = /^@(media|supports|layer|container)\b/i.test(head);
          const printOnly = /^@media\b/i.test(head) && /\bprint\b/i.test(head) && !/\b(screen|all)\b/i.test(head);
          if (nested) block(end, include && !printOnly);
          else skipBlock();
        } else {
          const close = css.indexOf("}", i);
          const stop = close < 0 ? end : close;
          if (include) rules.push({ selectors: head, declarations: css.slice(i, stop) });
          i = stop + 1;
        }
      } else if (char === "}") {
        i++;
        return;
      } else if (char === ";") {
        prelude = "";
        i++;
      } else {
        prelude += char;
        i++;
      }
    }
  };
  const skipBlock = () => {
    let depth = 1;
    while (i < css.length && depth > 0) {
      if (css[i] === "{") depth++;
      else if (css[i] === "}") depth--;
      i++;
    }
  };
  block(css.length, true);
  return rules;
}
