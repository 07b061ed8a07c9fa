/**
 * The inherited properties by which a page shows no ink of an element's text, though the element keeps its place:
 * `font-size: 0` and a transparent colour (`color: transparent`, an alpha of 0). Each is inherited, as
 * `visibility` is: a descendant's own non-zero size or colour shows its text again. Each is read as a cascade of its
 * own (`html_style.ts`): the patterns of the declaration that hides, the one that shows, and the one that takes the
 * parent's.
 *
 * @module
 */
import { parentElement } from "./html_tree.ts";
import type { Element } from "./html_tree.ts";
import { cascade, KEEPS_TEXT_COLOUR, PARENTS_VALUE, type Styled, type StyleRules } from "./html_style.ts";

/** The declaration that hides, the one that shows, the one that takes the parent's. */
export type InheritedPatterns = [RegExp, RegExp, RegExp];

/** A length of zero, whatever its unit (`0`, `0px`, `0.0em`, `0%`). */
const ZERO = String.raw`\+?(?:0+\.?0*|\.0+)(?:[a-z]+|%)?(?![\w.%])`;
/** A non-zero number. */
const NON_ZERO = String.raw`\+?[\d.]*[1-9][\d.]*`;
/**
 * The `font` shorthand's size, after its style, variant, weight and stretch (`italic bold 0/0 a`), before its line
 * height and family: `size` the size's pattern.
 */
const FONT = (size: string) =>
  String.raw`(?:font-size\s*:\s*${size}|font\s*:\s*(?:(?:[a-z-]+|\d+(?:\.\d+)?)\s+)*?${size}` +
  String.raw`(?:\s*\/\s*[^\s;/]+)?\s+[^\s;])`;
/** The `font` shorthand's system fonts, each of a size of its own; and its keywords that keep the parent's. */
const SYSTEM_FONT = String
  .raw`font\s*:\s*(?:caption|icon|menu|message-box|small-caption|status-bar|initial)\s*(?:;|!|$)`;
const FONT_KEEPS = String.raw`font\s*:\s*${PARENTS_VALUE}\s*(?:;|!|$)`;
/**
 * A size a function reckons with a length of its own (`calc(1rem + .2vw)`, `clamp(14px, 1vw, 18px)`), or a
 * variable's (`var(--font-size)`: a theme's size, not its parent's 0).
 */
const SIZED_FUNCTION = String
  .raw`(?:(?:calc|clamp|min|max)\([^;]*?\d(?:px|pt|pc|cm|mm|in|q|rem|vw|vh|vmin|vmax|vi|vb)(?![\w-])|var\()`;
/**
 * `font-size: 0` (or the `font` shorthand's: `font: 0/0 a`); a non-zero size of its own (`12px`, `1rem`, `small`,
 * `initial`, `font: caption`, `calc(1rem + .2vw)`: {@linkcode SIZED_FUNCTION}); and one relative to the parent's, which
 * is 0 under a 0 (`1.2em`, `120%`, `larger`, `inherit`).
 */
export const FONT_SIZE: InheritedPatterns = [
  new RegExp(String.raw`(^|;)\s*${FONT(ZERO)}`, "i"),
  new RegExp(
    String.raw`(^|;)\s*(?:${
      FONT(
        String.raw`(?:${NON_ZERO}(?:px|pt|pc|cm|mm|in|q|rem|vw|vh|vmin|vmax|vi|vb)|${SIZED_FUNCTION}|` +
          String.raw`(?:xx?-small|small|medium|large|xx?x?-large|initial|math)(?![\w-]))`,
      )
    }|${SYSTEM_FONT})`,
    "i",
  ),
  new RegExp(
    String.raw`(^|;)\s*(?:${
      FONT(String.raw`(?:${NON_ZERO}(?:em|ex|ch|cap|ic|lh|rlh|%)|(?:smaller|larger|inherit|unset|revert)(?![\w-]))`)
    }|${FONT_KEEPS})`,
    "i",
  ),
];

/** An alpha of 0: `0`, `0.0`, `0%`. */
const NO_ALPHA = String.raw`\s*(?:0+\.?0*|\.0+)%?\s*\)`;
/**
 * A colour of no ink: `transparent`, `rgba(…, 0)`, `hsla(…, 0)`, `rgb(0 0 0 / 0)`, `#rgb0`, `#rrggbb00`. The comma
 * form's alpha is its fourth value (`rgb(0, 0, 0)` is black).
 */
const TRANSPARENT = String.raw`(?:transparent(?![\w-])|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((?:` +
  String.raw`[^,)]*,[^,)]*,[^,)]*,${NO_ALPHA}|[^)/]*\/${NO_ALPHA})|#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)(?![0-9a-f]))`;
/**
 * `color` transparent; any other colour of its own (`initial`: the text's own); and one that keeps the parent's. The
 * fill (`-webkit-text-fill-color`), which paints the letters instead of the colour, is read with it, after it.
 */
const INK = String.raw`(^|;)\s*(?:-webkit-text-fill-)?color\s*:\s*`;
export const COLOUR: InheritedPatterns = [
  new RegExp(String.raw`${INK}${TRANSPARENT}`, "i"),
  new RegExp(String.raw`${INK}(?!${TRANSPARENT}|${KEEPS_TEXT_COLOUR})[#a-z]`, "i"),
  new RegExp(String.raw`${INK}${KEEPS_TEXT_COLOUR}`, "i"),
];

/** A length (`1px`, `-.1em`, `0`). */
const LENGTH = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[a-z]+)?`;
/** A blur that leaves letters readable: none, up to 2px, up to .15em. */
const SHARP = String
  .raw`\+?(?:(?:0+\.?0*|\.0+)(?:[a-z]+)?|0*(?:[01](?:\.\d*)?|\.\d+|2(?:\.0*)?)px|0*\.(?:0\d*|1[0-5]?)r?em)`;
/** A colour a shadow names, of some ink (not transparent, not the text's own: `currentcolor`). */
const SHADOW_INK = String.raw`(?!${TRANSPARENT}|currentcolor(?![\w-]))` +
  String.raw`(?:#[0-9a-f]{3,8}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([^)]*\)|[a-z]+)(?![\w-])`;
/** One shadow, its colour first or last, sharp (see {@linkcode SHARP}). */
const SHADOW = String.raw`(?:${SHADOW_INK}\s+${LENGTH}\s+${LENGTH}(?:\s+${SHARP})?|` +
  String.raw`${LENGTH}\s+${LENGTH}(?:\s+${SHARP})?\s+${SHADOW_INK})\s*(?:,|;|!|$)`;
/** One shadow of the text's own colour (`color`, which a transparent fill leaves: none named, or `currentcolor`), sharp. */
const SHADOW_OF_TEXT = String.raw`(?:currentcolor\s+)?${LENGTH}\s+${LENGTH}(?:\s+${SHARP})?(?:\s+currentcolor)?` +
  String.raw`\s*(?:,|;|!|$)`;
/** A `text-shadow` of which one shadow is as `shadow` says: the first, or one after a comma. */
const ONE_OF = (shadow: string) => new RegExp(String.raw`^\s*text-shadow\s*:\s*(?:[^;]*?,\s*)?${shadow}`, "i");
const [READABLE, READABLE_OF_TEXT] = [ONE_OF(SHADOW), ONE_OF(SHADOW_OF_TEXT)];
/**
 * Any `text-shadow` (what it paints read from it by {@linkcode shadowOf}), none (no declaration undoes one: each is
 * one of its own), and one that keeps the parent's (it is inherited).
 */
export const TEXT_SHADOW: InheritedPatterns = [
  new RegExp(String.raw`(^|;)\s*text-shadow\s*:\s*(?!${PARENTS_VALUE})[^;\s]`, "i"),
  /(?!)/,
  new RegExp(String.raw`(^|;)\s*text-shadow\s*:\s*${PARENTS_VALUE}`, "i"),
];

/**
 * What a `text-shadow` declaration paints readably, a browser painting it though the text's own ink is transparent
 * (see {@linkcode SHADOW}): letters of a colour of its own (`own`: `0 0 0 #000`), of the text's `color` (`text`: `0 0
 * 0`, readable when the fill alone is transparent), or nothing readable (null: `none`, blurred past reading).
 */
export function shadowOf(declaration: string): "own" | "text" | null {
  return READABLE.test(declaration) ? "own" : READABLE_OF_TEXT.test(declaration) ? "text" : null;
}

/**
 * Whether an inherited property's declaration holds for the element: its own, else its parent's, and so on up
 * (`<dd style="visibility: hidden"><span style="visibility: visible">`: the `span`'s is shown). `memo` keeps each
 * element's answer, so a page is walked up once.
 */
export const inherited = (element: Element, rules: StyleRules, memo: WeakMap<Element, boolean>): boolean =>
  nearest(element, rules, memo, false, (styled) => styled.own!);

/**
 * What the nearest of the element and its ancestors whose rules say (`own` not null) has, by `value`; `unset` where
 * none says. `memo` keeps each element's, so a page is walked up once. A background, though not inherited, shows
 * through so: the nearest that an element or an ancestor sets is the one behind its text (`html_same_colour.ts`).
 */
export function nearest<T>(
  element: Element,
  rules: StyleRules,
  memo: WeakMap<Element, T>,
  unset: T,
  value: (styled: Styled) => T,
): T {
  const path: Element[] = [];
  let found = unset;
  for (let node: Element | null = element; node; node = parentElement(node)) {
    if (memo.has(node)) {
      found = memo.get(node)!;
      break;
    }
    path.push(node);
    const styled = cascade(node, rules);
    if (styled.own !== null) {
      found = value(styled);
      break;
    }
  }
  for (const node of path) memo.set(node, found);
  return found;
}
