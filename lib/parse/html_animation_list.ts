/**
 * An element's list of CSS animations, as a browser reads it from the declarations that win each longhand's cascade
 * (`html_style.ts`): `animation-name: a, b` with `animation-fill-mode: none, forwards`, or the shorthand `animation: a
 * 1s, b 2s forwards`. Each name is paired with the other lists' values by its position, a shorter list repeated to
 * the names' length, as CSS pairs them. Read once a page and element, for every property an animation may set.
 *
 * @module
 */
import type { Element } from "./html_tree.ts";
import { cascade, type LinkedSheet, styleRules } from "./html_style.ts";

/** The longhands of `animation` that decide how an animation ends. */
export const LONGHANDS = ["name", "fill-mode", "iteration-count", "direction", "play-state"] as const;
export type Longhand = typeof LONGHANDS[number];

/** One animation of an element's list: each longhand's value for it, lower-cased (the name as written). */
export type Animation = Record<Longhand, string>;

/** Each longhand's initial value: what the shorthand sets it to when it does not say. */
const INITIAL: Animation = {
  name: "none",
  "fill-mode": "none",
  "iteration-count": "1",
  direction: "normal",
  "play-state": "running",
};

/** The keywords of each longhand but the name; a time or a timing function is none of these. */
const KEYWORDS: [Longhand, RegExp][] = [
  ["iteration-count", /^(?:infinite|[+]?\d*\.?\d+(?:e[+-]?\d+)?)$/],
  ["direction", /^(?:normal|reverse|alternate|alternate-reverse)$/],
  ["fill-mode", /^(?:none|forwards|backwards|both)$/],
  ["play-state", /^(?:running|paused)$/],
];
const TIME = /^[+-]?\d*\.?\d+m?s$/;
const TIMING = /^(?:ease|ease-in|ease-out|ease-in-out|linear|step-start|step-end|(?:steps|cubic-bezier|linear)\(.*\))$/;

/**
 * The values a declaration gives the longhand, one an animation, in order: its own (`animation-fill-mode: none,
 * forwards`), or what each of the shorthand's animations says, the initial value where it says nothing; the initial
 * value alone when no declaration sets it.
 *
 * @example Usage
 * ```ts
 * import { valuesOf } from "./html_animation_list.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(valuesOf("animation: a 1s, fadeIn 2s ease-in 3 forwards", "fill-mode"), ["none", "forwards"]);
 * assertEquals(valuesOf("animation-name: a, fadeIn", "name"), ["a", "fadeIn"]);
 * ```
 */
export function valuesOf(said: string | undefined, longhand: Longhand): string[] {
  const declaration = said?.match(/^\s*(?:-webkit-)?animation(?:-([a-z-]+))?\s*:\s*([\s\S]*)$/i);
  if (!declaration) return [INITIAL[longhand]];
  const items = splitOutside(declaration[2]!, ",").map((item) => item.trim());
  if (declaration[1] === undefined) return items.map((item) => shorthand(item)[longhand]);
  if (declaration[1].toLowerCase() !== longhand) return [INITIAL[longhand]];
  return items.map((item) => longhand === "name" ? unquoted(item) : item.toLowerCase());
}

/** The animations of the longhands' lists: one a name, paired with the other lists' values by position. */
export function paired(lists: Record<Longhand, string[]>): Animation[] {
  return lists.name.map((_, i) =>
    Object.fromEntries(LONGHANDS.map((longhand) => {
      const list = lists[longhand];
      return [longhand, list[i % list.length]!];
    })) as Animation
  );
}

/**
 * An element's animations as the rules a saved page answers say (`rule` null), then as each doubtful rule that says
 * any of their longhands (`@media (prefers-reduced-motion: no-preference) { .x { animation: fadeIn 1s forwards } }`)
 * would make them, with that rule as the page has it.
 */
export type Alternatives = { animations: Animation[]; rule: string | null }[];

/** Each page's reading of its elements' animations (see {@linkcode elementAnimations}), by its `<html>`. */
const pages = new WeakMap<
  Element,
  { linked: LinkedSheet | undefined; of: (element: Element) => Alternatives | null }
>();

/**
 * The page's reading of each element's animations (see {@linkcode Alternatives}), read once an element; null for an
 * element no rule gives an animation's name.
 */
export function elementAnimations(html: Element, linked?: LinkedSheet): (element: Element) => Alternatives | null {
  const known = pages.get(html);
  if (known && known.linked === linked) return known.of;
  const longhands = LONGHANDS.map((longhand) => {
    const declaration = new RegExp(String.raw`(^|;)\s*(?:-webkit-)?animation(?:-${longhand})?\s*:`, "i");
    return [longhand, styleRules(html, declaration, /(?!)/, linked)] as const;
  });
  const memo = new WeakMap<Element, Alternatives | null>();
  const of = (element: Element): Alternatives | null => {
    if (memo.has(element)) return memo.get(element)!;
    const named = cascade(element, longhands[0]![1]);
    let alternatives: Alternatives | null = null;
    if (named.said !== undefined || named.doubts.length > 0) {
      const styled = longhands.map(([longhand, each]) => [longhand, cascade(element, each)] as const);
      // The animations as the certain rules say, or with a doubtful rule's declarations in place of theirs.
      const lists = (order?: number) =>
        paired(Object.fromEntries(styled.map(([longhand, { said, doubts }]) => {
          const instead = order === undefined ? undefined : doubts.find((doubt) => doubt.order === order);
          return [longhand, valuesOf(instead ? instead.said : said, longhand)];
        })) as Record<Longhand, string[]>);
      // Each doubtful rule once, though it says several longhands (`animation-name: a; animation-fill-mode: both`).
      const doubtful = new Map(styled.flatMap(([, each]) => each.doubts.map((doubt) => [doubt.order, doubt.text])));
      alternatives = [
        { animations: lists(), rule: null },
        ...doubtful.entries().map(([order, rule]) => ({ animations: lists(order), rule })),
      ];
    }
    memo.set(element, alternatives);
    return alternatives;
  };
  pages.set(html, { linked, of });
  return of;
}

/** One animation of the shorthand: each keyword to the first longhand it may be that no keyword has set, else the name. */
function shorthand(item: string): Animation {
  const animation = { ...INITIAL };
  const said = new Set<Longhand>();
  for (const token of splitOutside(item, " ").filter((token) => token !== "")) {
    const lower = token.toLowerCase();
    if (TIME.test(lower) || TIMING.test(lower)) continue;
    const [longhand] = KEYWORDS.find(([each, pattern]) => !said.has(each) && pattern.test(lower)) ??
      [said.has("name") ? null : "name" as const];
    if (longhand === null) continue;
    said.add(longhand);
    animation[longhand] = longhand === "name" ? unquoted(token) : lower;
  }
  return animation;
}

const unquoted = (name: string) => name.trim().replace(/^(["'])(.*)\1$/, "$2");

/** The parts of a value between separators (a comma, or white space) outside brackets. */
function splitOutside(text: string, separator: "," | " "): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (separator === "," ? char === "," : /\s/.test(char))) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
