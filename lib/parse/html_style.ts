/**
 * What a saved page's own style sheets do to an element: whether their rules
 * hide it (`display: none`) or strike its text through. Every selector
 * css-select evaluates is read (`html_selectors.ts`: tags, classes, ids,
 * attributes, `:not()`, `:is()`, `:has()`, sibling combinators…), with the
 * cascade's order (`!important`, then specificity, then the later rule)
 * deciding between a rule that sets the declaration and one that undoes it
 * (`.tab { display: none }` and `.tab.active { display: block }`); an inline
 * style beats them, but for their `!important`, which an inline `!important` beats. `@media` rules apply as on a
 * computer's screen (`html_media.ts`); one under a condition that screen does not decide is doubtful, as below. A rule whose selector a saved page cannot answer
 * (`:target`) makes what it may select doubtful: {@linkcode doubtOf}.
 *
 * @module
 */
import { attr, type Element, parentElement } from "./html_tree.ts";
import { charge, type Part } from "./html_selectors.ts";
import { type LinkedSheet, pageRules, readsOf } from "./html_sheets.ts";

export type { LinkedSheet } from "./html_sheets.ts";

/** A rule of the sheets for one selector: its parts left to right, and whether each combinator is a child's. */
interface Rule {
  chain: Part[];
  /** `child[i]`: the combinator between `chain[i]` and `chain[i + 1]` is `>`. */
  child: boolean[];
  /** `!important`, then ids, classes and tags, as the cascade weighs them. */
  weight: number;
  order: number;
  /** The rule sets the declaration (true), undoes it (false) or takes the parent's (null: `inherit`). */
  sets: boolean | null;
  /** The selector names what a saved page cannot answer (`:target`): it may select what it matches read without. */
  doubtful: boolean;
  /** The rule as the page has it, for a message: `.tab:target { display: none }`. */
  text: string;
  /** Its declaration that counts, as the page has it: `animation: fadeIn 1s forwards`. */
  said: string;
  /** For each part `i`, whether the chain up to it matches at an element; and at it or an ancestor. */
  at: WeakMap<Element, boolean>[];
  under: WeakMap<Element, boolean>[];
}

/**
 * How the sheets style an element: the declaration its inline style or the sheets' winning rule gives it (true: set,
 * false: undone, null: neither, as for an inherited property), and the doubtful rules that would win over that one.
 */
export interface Styled {
  own: boolean | null;
  /** Each with its declaration that counts, and its place among the page's rules (one rule, one place). */
  doubts: { sets: boolean | null; text: string; said?: string; order?: number }[];
  /** The declaration that gives it `own`, as the page has it (`animation: fadeIn 1s forwards`); none if unset. */
  said?: string;
}

/** The rules of a page's sheets about one declaration, indexed by the last compound's id, class or tag. */
export interface StyleRules {
  declaration: RegExp;
  undo: RegExp;
  /** A declaration that takes the parent's (`visibility: inherit`), as though none were set. */
  inherit: RegExp;
  index: Map<string, Rule[]>;
  cache: WeakMap<Element, Styled>;
  /** What else sets it on an element, after the cascade (an animation's end: `html_animation.ts`). */
  adjust?: (element: Element, styled: Styled) => Styled;
}

/** A pattern that matches nothing, not even an empty style. */
const NEVER = /(?!)/;

/** No rules: nothing is hidden but by its own inline style. */
/**
 * The CSS-wide keywords by which a property takes its parent's value (`inherit`; `unset` and `revert` of an inherited
 * property), as a pattern's part: the one list every inherited property's patterns share.
 */
export const PARENTS_VALUE = String.raw`(?:inherit|unset|revert)(?![\w-])`;

/** A text colour that keeps the parent's: {@linkcode PARENTS_VALUE}, or `currentcolor` (the colour it inherits). */
export const KEEPS_TEXT_COLOUR = String.raw`(?:${PARENTS_VALUE}|currentcolor(?![\w-]))`;

export const noRules = (): StyleRules => ({
  declaration: NEVER,
  undo: NEVER,
  inherit: NEVER,
  index: new Map(),
  cache: new WeakMap(),
});

/**
 * The sheets' rules (in `<style>` elements and the sheets `<link>` elements name, in the page's order; screen media;
 * read once a page, `html_sheets.ts`) that set `declaration` or undo it (`undo`). An element's `media` is the
 * outermost condition of its sheet's rules: a `<style media="print">` or a sheet linked for print hides nothing on
 * screen, whatever it holds. A declaration `inherit` matches takes the parent's, as an inherited property's
 * `inherit` does.
 */
export function styleRules(
  html: Element,
  declaration: RegExp,
  undo: RegExp,
  linked?: LinkedSheet,
  inherit = NEVER,
): StyleRules {
  const rules: StyleRules = { ...noRules(), declaration, undo, inherit };
  for (const sheetRule of pageRules(html, linked)) {
    const { declarations, blanked, media, index } = sheetRule;
    // What a string says (`content: "display: none"`) sets nothing: its characters are blanked, its place kept.
    const last = lastDeclaration(blanked, rules);
    if (!last) continue;
    const { found, important } = last;
    const said = saidOf(declarations, found);
    readsOf(sheetRule).forEach((read, k) => {
      const own = `${read.text.replace(/\s+/g, " ")} { ${said}${important ? " !important" : ""} }`;
      const text = media === null ? own : `${media} { ${own} }`;
      const weight = (important ? 1e9 : 0) + read.specificity;
      const doubtful = read.doubtful || media !== null;
      // In the page's order: the rule's place, then the selector's in its list.
      const rule: Rule = { ...read, doubtful, weight, order: index * 65536 + k, sets: last.sets, text, said };
      const same = rules.index.get(read.key);
      if (same) same.push(rule);
      else rules.index.set(read.key, [rule]);
    });
  }
  return rules;
}

/** The declaration a match begins whole, as the page has it (`display: block`, not the pattern's `display: b`). */
function saidOf(declarations: string, found: RegExpMatchArray): string {
  const start = found.index! + found[0].match(/^[\s;]*/)![0].length;
  return declarations.slice(start).split(";")[0]!.replace(/!\s*important[\s\S]*$/i, "").trim().replace(/\s+/g, " ");
}

/** Whether the declaration a match begins is `!important` (`display: block !important`: after its value). */
const isImportant = (declarations: string, found: RegExpMatchArray): boolean =>
  /!\s*important/i.test(declarations.slice(found.index! + found[0].length).split(";")[0]!);

/** Each pattern's global copy, made once (a page asks for it at each rule and element). */
const globals = new WeakMap<RegExp, RegExp>();
const globally = (pattern: RegExp): RegExp => {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, global = new RegExp(pattern.source, pattern.flags.replace("g", "") + "g"));
  return global;
};

/**
 * The declaration of a block that counts, of those setting the property (`declaration`), undoing it (`undo`) or
 * taking the parent's (`inherit`): the last `!important` one, else the last (`display: block; display: none` hides).
 */
function lastDeclaration(
  declarations: string,
  { declaration, undo, inherit }: Pick<StyleRules, "declaration" | "undo" | "inherit">,
): { found: RegExpMatchArray; sets: boolean | null; important: boolean } | null {
  const all = [
    ...[...declarations.matchAll(globally(declaration))].map((found) => ({ found, sets: true as boolean | null })),
    ...[...declarations.matchAll(globally(undo))].map((found) => ({ found, sets: false })),
    ...[...declarations.matchAll(globally(inherit))].map((found) => ({ found, sets: null })),
  ].map((each) => ({ ...each, important: isImportant(declarations, each.found) }))
    .sort((a, b) => a.found.index! - b.found.index!);
  return all.findLast((each) => each.important) ?? all.at(-1) ?? null;
}

/** The weight of an inline style in the cascade: above every rule of the sheets, but below their `!important`. */
const INLINE = 1e9 - 1;
/** The weight of an inline `!important`: above everything. */
const INLINE_IMPORTANT = 4e9;

const classesOf = (element: Element) => (attr(element, "class") ?? "").split(/\s+/).filter((name) => name !== "");

/** Whether `rule.chain[0..i]` matches with its part `i` at the element (memoised per rule: matching stays linear). */
function matchesAt(element: Element, rule: Rule, i: number): boolean {
  const memo = rule.at[i] ??= new WeakMap();
  const known = memo.get(element);
  if (known !== undefined) return known;
  charge(1);
  let result = rule.chain[i]!.test(element);
  if (result && i > 0) {
    const parent = parentElement(element);
    result = rule.child[i - 1] ? parent !== null && matchesAt(parent, rule, i - 1) : under(parent, rule, i - 1);
  }
  memo.set(element, result);
  return result;
}

/** Whether `rule.chain[0..i]` matches at the element or one of its ancestors (memoised per rule, as above). */
function under(element: Element | null, rule: Rule, i: number): boolean {
  const memo = rule.under[i] ??= new WeakMap();
  const path: Element[] = [];
  let found = false;
  for (let node = element; node; node = parentElement(node)) {
    const known = memo.get(node);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(node);
    if (matchesAt(node, rule, i)) {
      found = true;
      break;
    }
  }
  for (const node of path) memo.set(node, found);
  return found;
}

const matches = (element: Element, rule: Rule) => matchesAt(element, rule, rule.chain.length - 1);

/** The keys of the rules that may match the element (see {@linkcode StyleRules.index}), made once an element. */
const keys = new WeakMap<Element, Set<string>>();
function keysOf(element: Element): Set<string> {
  let known = keys.get(element);
  if (!known) {
    const id = attr(element, "id");
    known = new Set([
      element.tagName,
      "*",
      ...classesOf(element).map((name) => `.${name}`),
      ...(id ? [`#${id}`] : []),
      ...element.attrs.map((attribute) => `[${attribute.name}]`),
    ]);
    keys.set(element, known);
  }
  return known;
}

const UNSET: Styled = Object.freeze({ own: null, doubts: [] }) as Styled;

/** The element's inline style, else the sheets' winning rule; and the doubtful rules that would win over it. */
export function cascade(element: Element, rules: StyleRules): Styled {
  const style = attr(element, "style");
  // No rule of the sheets about it, no inline style: nothing set (most elements, for most properties).
  if (!style && rules.index.size === 0 && !rules.adjust) return UNSET;
  const cached = rules.cache.get(element);
  if (cached !== undefined) return cached;
  // An inline style beats the sheets' rules but their `!important` ones, as a rule of its own, the latest.
  const last = style ? lastDeclaration(style, rules) : null;
  const inline = last
    ? {
      sets: last.sets,
      weight: last.important ? INLINE_IMPORTANT : INLINE,
      order: Infinity,
      said: saidOf(style!, last.found),
    }
    : null;
  let result: Styled = { own: inline?.sets ?? null, doubts: [], said: inline?.said };
  if (inline?.weight !== INLINE_IMPORTANT) {
    let best: Pick<Rule, "sets" | "weight" | "order" | "said"> | null = inline;
    const doubtful: Rule[] = [];
    const beats = (rule: Rule) =>
      !best || rule.weight > best.weight || (rule.weight === best.weight && rule.order > best.order);
    for (const key of keysOf(element)) {
      for (const rule of rules.index.get(key) ?? []) {
        charge(1);
        if (rule.doubtful) {
          if (matches(element, rule)) doubtful.push(rule);
        } else if (beats(rule) && matches(element, rule)) best = rule;
      }
    }
    const winner = best as Pick<Rule, "sets" | "said"> | null;
    result = {
      own: winner?.sets ?? null,
      doubts: doubtful.length === 0 ? [] : doubtful.filter(beats),
      said: winner?.said,
    };
  }
  if (rules.adjust) result = rules.adjust(element, result);
  rules.cache.set(element, result);
  return result;
}

/** Whether the element's inline style, else the sheets' winning rule, sets the declaration. */
export function styled(element: Element, rules: StyleRules): boolean {
  return cascade(element, rules).own ?? false;
}

/**
 * A doubtful rule that would win over the element's and set the declaration otherwise than `value`; else null. One
 * that takes the parent's (`inherit`) sets neither.
 */
export const otherwise = (styled: Styled, value: boolean): string | null =>
  styled.doubts.find((rule) => rule.sets === !value)?.text ?? null;

/**
 * A rule that may set the declaration on the element otherwise than {@linkcode styled} says, by a selector a saved
 * page cannot answer (`.tab:target { display: none }`), as the page has it; else null.
 */
export function doubtOf(element: Element, rules: StyleRules): string | null {
  const styled = cascade(element, rules);
  return otherwise(styled, styled.own ?? false);
}
