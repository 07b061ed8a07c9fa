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
import { attr, childElements, type Element, parentElement, type TextNode } from "./html_tree.ts";
import { charge, type Part, readSelectors } from "./html_selectors.ts";
import { bothApply, type MediaAnswer, mediaApplies } from "./html_media.ts";

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
  doubts: { sets: boolean | null; text: string }[];
}

/** The rules of a page's sheets about one declaration, indexed by the last compound's id, class or tag. */
export interface StyleRules {
  declaration: RegExp;
  undo: RegExp;
  /** A declaration that takes the parent's (`visibility: inherit`), as though none were set. */
  inherit: RegExp;
  index: Map<string, Rule[]>;
  cache: WeakMap<Element, Styled>;
}

/** A pattern that matches nothing, not even an empty style. */
const NEVER = /(?!)/;

/** No rules: nothing is hidden but by its own inline style. */
export const noRules = (): StyleRules => ({
  declaration: NEVER,
  undo: NEVER,
  inherit: NEVER,
  index: new Map(),
  cache: new WeakMap(),
});

/**
 * The text of the style sheet a page's `<link>` names by its `href` (as written: `Hanke_files/tyyli.css`), decoded as
 * a browser decodes it (`decodeSheet` of `html_charset.ts`); null when it cannot be read (not saved beside the page,
 * on the web).
 */
export type LinkedSheet = (href: string) => string | null;

/** A sheet of the page: its text, and the media its element names (`<style media="print">`), if any. */
interface Sheet {
  text: string;
  media: string | undefined;
}

/**
 * The sheets' rules (in `<style>` elements and the sheets `<link>` elements name, in the page's order; screen media)
 * that set `declaration` or undo it (`undo`). An element's `media` is the outermost condition of its sheet's rules:
 * a `<style media="print">` or a sheet linked for print hides nothing on screen, whatever it holds. A declaration
 * `inherit` matches takes the parent's, as an inherited property's `inherit` does.
 */
export function styleRules(
  html: Element,
  declaration: RegExp,
  undo: RegExp,
  linked?: LinkedSheet,
  inherit = NEVER,
): StyleRules {
  const rules: StyleRules = { ...noRules(), declaration, undo, inherit };
  const sheets: Sheet[] = [];
  const collect = (element: Element) => {
    if (element.tagName === "style") {
      // A `<style>` of another type (`text/plain`, `text/less`) is no sheet: a browser applies none of it.
      const type = attr(element, "type")?.trim();
      if (type === undefined || type === "" || type.toLowerCase() === "text/css") {
        sheets.push({
          text: element.childNodes.map((child) => child.nodeName === "#text" ? (child as TextNode).value : "").join(""),
          media: attr(element, "media"),
        });
      }
    } else if (element.tagName === "link" && linked) {
      const sheet = linkedSheet(element, linked);
      if (sheet !== null) sheets.push(sheet);
    }
    childElements(element).forEach(collect);
  };
  collect(html);
  let order = 0;
  for (const sheet of sheets) {
    for (const { selectors, declarations, media } of screenRules(sheet)) {
      // What a string says (`content: "display: none"`) sets nothing: its characters are blanked, its place kept.
      const last = lastDeclaration(blankStrings(declarations), rules);
      if (!last) continue;
      const { found, important } = last;
      // The declaration whole, as the page has it (`display: block`, not the pattern's `display: b`).
      const start = found.index! + found[0].match(/^[\s;]*/)![0].length;
      const said = declarations.slice(start).split(";")[0]!.replace(/!\s*important[\s\S]*$/i, "").trim()
        .replace(/\s+/g, " ");
      for (const read of readSelectors(selectors)) {
        const own = `${read.text.replace(/\s+/g, " ")} { ${said}${important ? " !important" : ""} }`;
        const text = media === null ? own : `${media} { ${own} }`;
        const weight = (important ? 1e9 : 0) + read.specificity;
        const doubtful = read.doubtful || media !== null;
        const rule: Rule = { ...read, doubtful, weight, order: order++, sets: last.sets, text, at: [], under: [] };
        rules.index.set(read.key, [...rules.index.get(read.key) ?? [], rule]);
      }
    }
  }
  return rules;
}

/**
 * The sheet a `<link>` names, as a browser applies it: a style sheet of the page (`rel` has `stylesheet`, not
 * `alternate`, and it is not `disabled`), under its `media`; null for any other link, for a sheet that cannot be
 * read, and for one whose media a screen never matches (`print`: not read at all).
 */
function linkedSheet(link: Element, linked: LinkedSheet): Sheet | null {
  const rel = (attr(link, "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attr(link, "href")?.trim();
  if (!rel.includes("stylesheet") || rel.includes("alternate") || attr(link, "disabled") !== undefined) return null;
  const media = attr(link, "media");
  const type = attr(link, "type")?.trim().toLowerCase();
  if (type !== undefined && type !== "" && !/^text\/css\s*(;|$)/.test(type)) return null;
  if (!href || (media !== undefined && mediaApplies(media) === "no")) return null;
  const text = linked(href);
  return text === null ? null : { text, media };
}

/** Whether the declaration a match begins is `!important` (`display: block !important`: after its value). */
const isImportant = (declarations: string, found: RegExpMatchArray): boolean =>
  /!\s*important/i.test(declarations.slice(found.index! + found[0].length).split(";")[0]!);

const globally = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace("g", "") + "g");

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

/** The element's inline style, else the sheets' winning rule; and the doubtful rules that would win over it. */
export function cascade(element: Element, rules: StyleRules): Styled {
  const cached = rules.cache.get(element);
  if (cached !== undefined) return cached;
  // An inline style beats the sheets' rules but their `!important` ones, as a rule of its own, the latest.
  const last = lastDeclaration(attr(element, "style") ?? "", rules);
  const inline = last ? { sets: last.sets, weight: last.important ? INLINE_IMPORTANT : INLINE, order: Infinity } : null;
  let result: Styled = { own: inline?.sets ?? null, doubts: [] };
  if (inline?.weight !== INLINE_IMPORTANT) {
    const id = attr(element, "id");
    const keys = [
      element.tagName,
      "*",
      ...classesOf(element).map((name) => `.${name}`),
      ...(id ? [`#${id}`] : []),
      ...element.attrs.map((attribute) => `[${attribute.name}]`),
    ];
    let best: Pick<Rule, "sets" | "weight" | "order"> | null = inline;
    const doubtful: Rule[] = [];
    const beats = (rule: Rule) =>
      !best || rule.weight > best.weight || (rule.weight === best.weight && rule.order > best.order);
    for (const key of new Set(keys)) {
      for (const rule of rules.index.get(key) ?? []) {
        charge(1);
        if (rule.doubtful) {
          if (matches(element, rule)) doubtful.push(rule);
        } else if (beats(rule) && matches(element, rule)) best = rule;
      }
    }
    const own = (best as Pick<Rule, "sets"> | null)?.sets ?? null;
    result = { own, doubts: doubtful.length === 0 ? [] : doubtful.filter(beats) };
  }
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

/**
 * The style rules of a sheet that apply on screen: top-level ones and those in `@media` blocks that may apply on a
 * computer's screen (`html_media.ts`), with the condition of those that may only (`media`: `@media (min-width:
 * 1400px)`), else null. The sheet's own media (its element's `media`) is the outermost condition: no `}` of the
 * sheet's closes it.
 */
function screenRules(sheet: Sheet): { selectors: string; declarations: string; media: string | null }[] {
  const css = sheet.text.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: { selectors: string; declarations: string; media: string | null }[] = [];
  const outer: MediaAnswer = sheet.media === undefined ? "yes" : mediaApplies(sheet.media);
  if (outer === "no") return rules;
  const base: { applies: MediaAnswer; media: string | null } = {
    applies: outer,
    media: outer === "maybe" ? `@media ${sheet.media!.trim().replace(/\s+/g, " ")}` : null,
  };
  // The conditions of the blocks the reading is in (a stack, not recursion: 20,000 nested blocks run no stack out).
  const open: { applies: MediaAnswer; media: string | null }[] = [];
  let { applies, media } = base;
  let prelude = "";
  let i = 0;
  while (i < css.length) {
    const char = css[i]!;
    i++;
    if (char === '"' || char === "'") {
      // A string's `{`, `}` and `;` are its own (`[title="{"]`): it is read whole into what it stands in.
      const end = stringEnd(css, i - 1);
      prelude += css.slice(i - 1, end);
      i = end;
    } else if (char === "{") {
      const head = prelude.trim();
      prelude = "";
      if (head.startsWith("@")) {
        const at = head.match(/^@([a-z-]+)\s*([\s\S]*)$/i);
        const name = at?.[1]?.toLowerCase() ?? "";
        // A container's size is not known either: what it holds may apply.
        const own = name === "media" ? mediaApplies(at![2]!) : name === "container" ? "maybe" : "yes";
        if (["media", "supports", "layer", "container"].includes(name)) {
          open.push({ applies, media });
          [applies, media] = [bothApply(applies, own), own === "maybe" ? head.replace(/\s+/g, " ") : media];
        } else i = skipBlock(css, i);
      } else {
        const stop = closingBrace(css, i);
        if (applies !== "no") rules.push({ selectors: head, declarations: css.slice(i, stop), media });
        i = stop + 1;
      }
    } else if (char === "}") {
      // A stray `}` outside every block ends none: the sheet's own media still holds.
      ({ applies, media } = open.pop() ?? base);
      prelude = "";
    } else if (char === ";") prelude = "";
    else prelude += char;
  }
  return rules;
}

/** Where a block whose `{` is before `i` ends: past its `}`, or at the sheet's end; its strings' braces none. */
function skipBlock(css: string, i: number): number {
  let depth = 1;
  while (i < css.length && depth > 0) {
    const char = css[i];
    if (char === '"' || char === "'") i = stringEnd(css, i) - 1;
    else if (char === "{") depth++;
    else if (char === "}") depth--;
    i++;
  }
  return i;
}

/** Where a rule's declarations from `i` end: at the first `}` outside a string (`content: "}"`), or the sheet's end. */
function closingBrace(css: string, i: number): number {
  for (; i < css.length; i++) {
    const char = css[i];
    if (char === "}") return i;
    if (char === '"' || char === "'") i = stringEnd(css, i) - 1;
  }
  return css.length;
}

/**
 * Where the CSS string whose quote is at `start` ends: past its closing quote, at an unescaped line break (a
 * string CSS ends there, unclosed) or at the sheet's end. A backslash escapes the character after it.
 */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length) {
    const char = css[i]!;
    if (char === "\\") i += 2;
    else if (char === quote) return i + 1;
    else if (char === "\n") return i;
    else i++;
  }
  return css.length;
}

/** Declarations with each string (from its opening quote) as spaces: the same length, no words of their own. */
function blankStrings(declarations: string): string {
  if (!declarations.includes('"') && !declarations.includes("'")) return declarations;
  let blanked = "";
  let i = 0;
  while (i < declarations.length) {
    const char = declarations[i]!;
    if (char !== '"' && char !== "'") {
      blanked += char;
      i++;
      continue;
    }
    const end = stringEnd(declarations, i);
    blanked += " ".repeat(end - i);
    i = end;
  }
  return blanked;
}
