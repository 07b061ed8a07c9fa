/**
 * What a page's CSS animations leave an element once they have ended: `opacity: 0` with `animation: fadeIn .3s
 * forwards` and `@keyframes fadeIn { to { opacity: 1 } }` is shown, as a browser shows the page after it;
 * `visibility` alike. Of an element's animations (`html_animation_list.ts`: names paired with fill modes, counts,
 * directions and play states by position), each whose keyframes set the property counts, the last in the list
 * winning: one filled `forwards` or `both` that ends on its final frame keeps it (a delay changes nothing of that);
 * one without that fill leaves the element as its style says. One whose end a saved page cannot decide (`paused`,
 * `infinite`, a count not whole, a direction that ends elsewhere than the final frame) makes the element doubtful, as
 * does a rule of the animation or keyframes under a condition a screen may not meet (`@media (prefers-reduced-motion:
 * no-preference)`) that would end it otherwise. A final frame that hides (`to { opacity: 0 }`) hides a shown element,
 * alike. A transition runs on no page as it loads: it changes nothing.
 *
 * @module
 */
import type { Element } from "./html_tree.ts";
import type { LinkedSheet, Styled, StyleRules } from "./html_style.ts";
import { pageKeyframes } from "./html_sheets.ts";
import { type Animation, elementAnimations } from "./html_animation_list.ts";

/** What keyframes of a name do to the property: hide it (true), show it (false), or neither (null). */
type Effect = boolean | null;

/** How an element's animations end, for the property: what the last that sets it leaves, and why a page cannot say. */
interface End {
  hides: boolean;
  undecided: string | null;
}

/** What the keyframes' final frame does to the property, by its patterns (what hides, what shows): the last says. */
function effectOf(final: string | null, [hides, shows]: [RegExp, RegExp]): Effect {
  if (final === null) return null;
  const last = (pattern: RegExp) =>
    Math.max(-1, ...[...final.matchAll(new RegExp(pattern.source, "gi"))].map((found) => found.index!));
  const [hide, show] = [last(hides), last(shows)];
  return hide > show ? true : show > hide ? false : null;
}

/** Why an animation's end is not its final frame for certain (see the module), else null. */
function undecided(animation: Animation): string | null {
  const count = animation["iteration-count"];
  if (animation["play-state"] === "paused") return "animation-play-state: paused";
  if (!/^\+?\d*\.?\d+$/.test(count) || !Number.isInteger(Number(count)) || Number(count) < 1) {
    return `animation-iteration-count: ${count}`;
  }
  const odd = Number(count) % 2 === 1;
  const direction = animation.direction;
  const final = direction === "normal" || (direction === "alternate" && odd) ||
    (direction === "alternate-reverse" && !odd);
  return final ? null : `animation-direction: ${direction}`;
}

/** How the animations end for the property (see the module), by each name's effect; null when none sets it. */
function ending(animations: Animation[], effect: (name: string) => Effect): End | null {
  let end: End | null = null;
  for (const animation of animations) {
    const hides = effect(animation.name);
    if (hides === null) continue;
    const why = undecided(animation);
    if (why !== null) end = { hides, undecided: why };
    else if (/^(?:forwards|both)$/.test(animation["fill-mode"])) end = { hides, undecided: null };
  }
  return end;
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
  // Each name's keyframes: what the last on every screen does, and those after it a screen may not apply.
  const effects = new Map<string, { certain: Effect; maybe: { effect: Effect; text: string }[] }>();
  for (const [name, blocks] of pageKeyframes(html, linked)) {
    const certain = blocks[0]!.media === null ? effectOf(blocks[0]!.final, patterns) : null;
    const maybe = blocks.filter((block) => block.media !== null)
      .map((block) => ({ effect: effectOf(block.final, patterns), text: `${block.media} { @keyframes ${name} }` }))
      .filter((block) => block.effect !== certain);
    if (certain !== null || maybe.length > 0) effects.set(name, { certain, maybe });
  }
  if (effects.size === 0) return rules;
  const animationsOf = elementAnimations(html, linked);
  const certainly = (name: string) => effects.get(name)?.certain ?? null;
  const adjust = (element: Element, style: Styled): Styled => {
    const alternatives = animationsOf(element);
    if (alternatives === null) return style;
    const hidden = style.own === true;
    const end = ending(alternatives[0]!.animations, certainly);
    let result = style;
    if (end?.undecided === null) result = { ...style, own: end.hides };
    else if (end && end.hides !== hidden) {
      result = { ...style, doubts: [...style.doubts, { sets: end.hides, text: end.undecided }] };
    }
    // A rule a screen may not apply, of the animation or its keyframes, that would end it otherwise: doubtful.
    const after = result.own === true;
    const doubts: { sets: boolean; text: string }[] = [];
    const otherwise = (end: End | null, text: string) => {
      const hides = end === null ? hidden : end.hides;
      if (hides !== after && !doubts.some((doubt) => doubt.text === text)) doubts.push({ sets: hides, text });
    };
    for (const { animations, rule } of alternatives) {
      if (rule !== null) otherwise(ending(animations, certainly), rule);
      for (const { name } of animations) {
        for (const maybe of effects.get(name)?.maybe ?? []) {
          const effect = (other: string) => other === name ? maybe.effect : certainly(other);
          otherwise(ending(animations, effect), rule ?? maybe.text);
        }
      }
    }
    return doubts.length === 0 ? result : { ...result, doubts: [...result.doubts, ...doubts] };
  };
  return { ...rules, adjust };
}
