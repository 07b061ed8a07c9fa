/**
 * What a CSS animation leaves an element once it has ended: `opacity: 0` with `animation: fadeIn .3s forwards` and
 * `@keyframes fadeIn { to { opacity: 1 } }` is shown, as a browser shows the page after it; `visibility` alike. Only
 * an animation filled `forwards` or `both` keeps its final frame; one whose keyframes are not found, or without that
 * fill, leaves the element as its style says. One whose end a saved page cannot decide (`paused`, `infinite`) makes
 * the element doubtful. A final frame that hides (`to { opacity: 0 }`) hides a shown element, filled alike.
 *
 * @module
 */
import type { Element } from "./html_tree.ts";
import { type LinkedSheet, type Styled, styled, type StyleRules, styleRules } from "./html_style.ts";
import { pageKeyframes } from "./html_sheets.ts";

/** A longhand of `animation` (or the shorthand, which sets it too) whose value has one of `words`, and one without. */
function longhand(property: string, words: string[]): [RegExp, RegExp] {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const head = String.raw`(^|;)\s*(?:-webkit-)?animation(?:-${property})?\s*:`;
  const has = String.raw`[^;]*(?<![\w-])(?:${escaped})(?![\w-])`;
  return [new RegExp(`${head}(?=${has})`), new RegExp(`${head}(?!${has})`)];
}

/** The names of the keyframes whose final frame hides (`hides`: true) or shows (false) by the property's patterns. */
function namesBy(keyframes: Map<string, string>, [hides, shows]: [RegExp, RegExp], hiding: boolean): string[] {
  const last = (pattern: RegExp, final: string) =>
    Math.max(-1, ...[...final.matchAll(new RegExp(pattern.source, "gi"))].map((found) => found.index!));
  return [...keyframes].filter(([, final]) => {
    const [hide, show] = [last(hides, final), last(shows, final)];
    return hiding ? hide > show : show > hide;
  }).map(([name]) => name);
}

/**
 * The property's rules (`rules`, read by `patterns`: what hides, what shows) with what the page's animations leave
 * each element once ended (see the module); the rules as they were when the page has no keyframes that set it.
 */
export function animated(
  rules: StyleRules,
  html: Element,
  patterns: [RegExp, RegExp],
  linked?: LinkedSheet,
): StyleRules {
  const keyframes = pageKeyframes(html, linked);
  if (keyframes.size === 0) return rules;
  const cascadeOf = (property: string, words: string[]) =>
    words.length === 0 ? null : styleRules(html, ...longhand(property, words), linked);
  const showing = cascadeOf("name", namesBy(keyframes, patterns, false));
  const hiding = cascadeOf("name", namesBy(keyframes, patterns, true));
  if (!showing && !hiding) return rules;
  const fill = cascadeOf("fill-mode", ["forwards", "both"])!;
  const paused = cascadeOf("play-state", ["paused"])!;
  const infinite = cascadeOf("iteration-count", ["infinite"])!;
  const adjust = (element: Element, style: Styled): Styled => {
    const hidden = style.own === true;
    const names = hidden ? showing : hiding;
    if (!names || !styled(element, names)) return style;
    const undecided = styled(element, paused)
      ? "animation-play-state: paused"
      : styled(element, infinite)
      ? "animation-iteration-count: infinite"
      : null;
    if (undecided !== null) return { ...style, doubts: [...style.doubts, { sets: !hidden, text: undecided }] };
    return styled(element, fill) ? { ...style, own: !hidden } : style;
  };
  return { ...rules, adjust };
}
