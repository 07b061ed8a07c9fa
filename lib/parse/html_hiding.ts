/**
 * What a page's style declarations hide, each property its own cascade (`html_style.ts`) and as a browser applies
 * it: `display: none`, a clip to nothing and `opacity: 0` hide an element with all it holds, whatever its
 * descendants say; `visibility: hidden` is inherited, and a descendant that sets `visibility: visible` is shown inside
 * it. `clip` clips only an element positioned `absolute` or `fixed` (the screen readers' copy of `.sr-only`); `clip-path` any.
 *
 * @module
 */
import { attr, type Element } from "./html_tree.ts";
import {
  cascade,
  type LinkedSheet,
  noRules,
  otherwise,
  PARENTS_VALUE,
  type StyleRules,
  styleRules,
} from "./html_style.ts";
import { allOf, type Verdict, verdict } from "./html_verdict.ts";
import { offScreen, type OffScreenRules, offScreenRules } from "./html_offscreen.ts";
import { once } from "./once.ts";
import { CONTENT_VISIBILITY, FILTER, SCALE, TRANSFORM } from "./html_effects.ts";
import { animated } from "./html_animation.ts";
import { COLOUR, FONT_SIZE, inherited, type InheritedPatterns, nearest, shadowOf, TEXT_SHADOW } from "./html_ink.ts";
import { type ColourRules, colourRules, sameColour as sameColourOf, textColour } from "./html_same_colour.ts";

/** How a page hides elements: the rules of its style sheets about each property that hides, apart. */
export interface HiddenRules {
  display: StyleRules;
  visibility: StyleRules;
  clip: StyleRules;
  clipPath: StyleRules;
  opacity: StyleRules;
  /** `filter: opacity(0)` and `transform: scale(0)` (`html_effects.ts`). */
  filter: StyleRules;
  transform: StyleRules;
  scale: StyleRules;
  /** `content-visibility: hidden`: the element shows nothing it holds (`html_effects.ts`). */
  contentVisibility: StyleRules;
  /** `font-size: 0` and a transparent colour: inherited, as `visibility` is (`html_ink.ts`). */
  fontSize: StyleRules;
  colour: StyleRules;
  /** `background-clip: text`: the text is painted with the background, whatever its colour (see {@linkcode noInk}). */
  clipText: StyleRules;
  /** `text-shadow`: letters it paints readably, whatever the text's ink (see {@linkcode noInk}). */
  shadow: StyleRules;
  /** Text colours and backgrounds: text of its background's colour no reader sees, though shown (`html_same_colour.ts`). */
  colours: ColourRules;
  /** `position: absolute` or `fixed`, without which `clip` clips nothing: read from the sheets once first asked. */
  position: () => StyleRules;
  /** What moves an element out of sight (`text-indent: -9999px`…: `html_offscreen.ts`), read once first asked. */
  offScreen: OffScreenRules;
  /** Whether each inherited property hides an element's own text (see {@linkcode invisible}). */
  invisible: WeakMap<Element, boolean>;
  noSize: WeakMap<Element, boolean>;
  noColour: WeakMap<Element, boolean>;
  paintedText: WeakMap<Element, boolean>;
  shadowed: WeakMap<Element, "own" | "text" | null>;
  /** Each element's verdicts of the properties that hide it whole (see {@linkcode wholly}), made once. */
  wholly: WeakMap<Element, Verdict[]>;
  /** Whether an element hidden by `visibility` holds one shown (see `html_content.ts`). */
  shownInside: WeakMap<Element, boolean>;
}

/**
 * The declarations that hide an element, each with the one that undoes it: `display: none`, `visibility: hidden`, or a
 * clip to nothing, as a copy for screen readers only is hidden from the eye (`clip: rect(0 0 0 0)`, `clip-path:
 * inset(50%)`). Each property is its own: `display: block` does not undo `visibility: hidden`.
 */
const DISPLAY: [RegExp, RegExp] = [
  /(^|;)\s*display\s*:\s*none\b/i,
  /(^|;)\s*display\s*:\s*(?!none\b|revert(?:-layer)?(?![\w-]))[a-z]/i,
];
/** `display: revert`: the browser's own, `none` for an element with the `hidden` attribute (see {@linkcode displayed}). */
const DISPLAY_REVERT = /(^|;)\s*display\s*:\s*revert(?:-layer)?(?![\w-])/i;
const VISIBILITY: [RegExp, RegExp] = [
  /(^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/i,
  /(^|;)\s*visibility\s*:\s*(?:visible|initial)(?![\w-])/i,
];
/** `visibility` takes the parent's: `inherit`, `unset` (it is inherited), `revert` (the browser's own: inherited). */
const VISIBILITY_INHERITED = new RegExp(String.raw`(^|;)\s*visibility\s*:\s*${PARENTS_VALUE}`, "i");
const CLIP: [RegExp, RegExp] = [
  /(^|;)\s*clip\s*:\s*rect\(\s*0[a-z]*[\s,]+0[a-z]*[\s,]+0[a-z]*[\s,]+0[a-z]*\s*\)/i,
  /(^|;)\s*clip\s*:\s*auto\b/i,
];
/** `position: absolute` or `fixed`, and a position that is neither (`static`, `relative`, `sticky`, `initial`…). */
const POSITION: [RegExp, RegExp] = [
  /(^|;)\s*position\s*:\s*(?:absolute|fixed)\b/i,
  /(^|;)\s*position\s*:\s*(?:static|relative|sticky|initial|unset|revert)(?![\w-])/i,
];
const CLIP_PATH: [RegExp, RegExp] = [/(^|;)\s*clip-path\s*:\s*inset\(\s*50%\s*\)/i, /(^|;)\s*clip-path\s*:\s*none\b/i];
/** `opacity: 0` (`0.0`, `0%`), and an opacity above it (`0.5`, `1`) or its initial one. */
const OPACITY: [RegExp, RegExp] = [
  /(^|;)\s*opacity\s*:\s*\+?(?:0+\.?0*|\.0+)%?(?![\w.%])/i,
  /(^|;)\s*opacity\s*:\s*(?:\+?[\d.]*[1-9]|(?:initial|unset|revert|inherit)(?![\w-]))/i,
];

/** The rules of the page's screen style sheets that hide elements or show them after all (see `html_style.ts`). */
export function hiddenRules(html: Element, linked?: LinkedSheet): HiddenRules {
  const rules = ([hiding, showing]: [RegExp, RegExp]) => styleRules(html, hiding, showing, linked);
  return {
    ...noHiding(),
    display: styleRules(html, ...DISPLAY, linked, DISPLAY_REVERT),
    visibility: animated(styleRules(html, ...VISIBILITY, linked, VISIBILITY_INHERITED), html, VISIBILITY, linked),
    fontSize: inheritedRules(html, FONT_SIZE, linked),
    colour: inheritedRules(html, COLOUR, linked),
    clipText: rules(CLIP_TEXT),
    shadow: inheritedRules(html, TEXT_SHADOW, linked),
    colours: colourRules(html, linked),
    clip: rules(CLIP),
    clipPath: rules(CLIP_PATH),
    opacity: animated(rules(OPACITY), html, OPACITY, linked),
    filter: rules(FILTER),
    transform: rules(TRANSFORM),
    scale: rules(SCALE),
    contentVisibility: rules(CONTENT_VISIBILITY),
    position: once(() => rules(POSITION)),
    offScreen: offScreenRules(html, linked),
  };
}

const inheritedRules = (html: Element, [hides, shows, keeps]: InheritedPatterns, linked?: LinkedSheet) =>
  styleRules(html, hides, shows, linked, keeps);

/** No rules: nothing is hidden but by its own inline style. */
export function noHiding(): HiddenRules {
  return {
    display: noRules(),
    visibility: noRules(),
    clip: noRules(),
    clipPath: noRules(),
    opacity: noRules(),
    filter: noRules(),
    transform: noRules(),
    scale: noRules(),
    contentVisibility: noRules(),
    fontSize: noRules(),
    colour: noRules(),
    clipText: noRules(),
    shadow: noRules(),
    colours: colourRules(null),
    position: once(noRules),
    offScreen: offScreenRules(null),
    invisible: new WeakMap(),
    noSize: new WeakMap(),
    noColour: new WeakMap(),
    paintedText: new WeakMap(),
    shadowed: new WeakMap(),
    shownInside: new WeakMap(),
    wholly: new WeakMap(),
  };
}

/**
 * Whether `display: none` holds: the page's, else the browser's own for an element with the `hidden` attribute
 * (`[hidden] { display: none }`, which any display of the page's undoes, by a rule or the element's own style;
 * `hidden="until-found"` hides what it holds instead, as `content-visibility: hidden`).
 */
const displayed = (element: Element, rules: HiddenRules): Verdict =>
  verdict(element, rules.display, hiddenAs(element) === "hidden");

/** The `hidden` attribute's state: `hidden`, `until-found`, or none. */
function hiddenAs(element: Element): "hidden" | "until-found" | null {
  const value = attr(element, "hidden");
  if (value === undefined) return null;
  return value.trim().toLowerCase() === "until-found" ? "until-found" : "hidden";
}

/**
 * Whether `clip` clips the element to nothing: with `position: absolute` or `fixed`, each in its own cascade; a
 * doubtful rule of one may hide it when the other is set, or may be; and may show it when both are.
 */
function clipped(element: Element, rules: HiddenRules): Verdict {
  return allOf([() => verdict(element, rules.clip), () => verdict(element, rules.position())]);
}

/**
 * The properties that hide an element with all it holds, each's verdict: `display: none`, a clip to nothing,
 * `opacity: 0` (it multiplies: no descendant's opacity shows one again), `filter: opacity(0)`, a transform that
 * scales to nothing (a descendant's own transform is applied within its ancestor's: it shows nothing again),
 * `content-visibility: hidden` (the element's box is kept, but nothing it holds is shown: no text of it is read),
 * and what moves it out of sight (`html_offscreen.ts`).
 */
function wholly(element: Element, rules: HiddenRules): Verdict[] {
  let known = rules.wholly.get(element);
  if (!known) rules.wholly.set(element, known = whollyOf(element, rules));
  return known;
}

const whollyOf = (element: Element, rules: HiddenRules): Verdict[] => [
  displayed(element, rules),
  clipped(element, rules),
  verdict(element, rules.clipPath),
  verdict(element, rules.opacity),
  verdict(element, rules.filter),
  verdict(element, rules.transform),
  verdict(element, rules.scale),
  verdict(element, rules.contentVisibility, hiddenAs(element) === "until-found"),
  ...offScreen(element, rules.offScreen, () => verdict(element, rules.position())),
];

/** Whether a declaration hides the element with all it holds (see {@linkcode wholly}). */
export function hidesWhole(element: Element, rules: HiddenRules): boolean {
  return wholly(element, rules).some((part) => part.set);
}

/**
 * Whether the page shows no ink of the element's own text: `visibility: hidden`, `font-size: 0` or a transparent
 * colour, each its own or inherited (`<dd style="visibility: hidden"><span style="visibility: visible">`: the
 * `span`'s is shown).
 */
export function invisible(element: Element, rules: HiddenRules): boolean {
  return inherited(element, rules.visibility, rules.invisible) || inherited(element, rules.fontSize, rules.noSize) ||
    noInk(element, rules);
}

/**
 * `background-clip: text` (the `-webkit-` one too), and any other: the gradient text of a heading or a figure, whose
 * colour is transparent so that the background painted into its letters shows.
 */
const CLIP_TEXT: [RegExp, RegExp] = [
  /(^|;)\s*(?:-webkit-)?background-clip\s*:\s*text(?![\w-])/i,
  /(^|;)\s*(?:-webkit-)?background-clip\s*:\s*(?!text(?![\w-]))[a-z]/i,
];

/**
 * Whether a transparent colour leaves the element's text without ink: not when it, or the nearest that says, clips
 * its background to the text (not inherited, but its letters are those of all it holds), nor under a readable shadow
 * (`text-shadow: 0 0 0 #000`: a browser paints the shadow's letters; `0 0 0`, of the text's `color`, when that is
 * known, the fill alone transparent).
 */
const noInk = (element: Element, rules: HiddenRules) =>
  inherited(element, rules.colour, rules.noColour) && !inherited(element, rules.clipText, rules.paintedText) &&
  !shadowed(element, rules);

/** Whether a `text-shadow`, the element's own or inherited, paints its letters readably (see `shadowOf`). */
function shadowed(element: Element, rules: HiddenRules): boolean {
  const shadow = nearest(element, rules.shadow, rules.shadowed, null, (styled) => shadowOf(styled.said ?? ""));
  return shadow === "own" || (shadow === "text" && textColour(element, rules.colours) !== null);
}

/**
 * What may hide an element the page shows: a rule a saved page cannot answer (`.tab:target { display: none }`), as
 * the page has it (`hiding`); or an indent that moves its first line of several out of sight (`first_line`, no rule:
 * see `html_offscreen.ts`); else null. One that may show an element the page hides leaves it hidden.
 */
export function hidingDoubt(element: Element, rules: HiddenRules): HidingDoubt | null {
  const [display, ...others] = wholly(element, rules);
  if (display!.set || others.some((part) => part.set)) return null;
  const ink = invisible(element, rules) ? null : [rules.visibility, rules.fontSize, rules.colour]
    .map((each) => otherwise(cascade(element, each), false)).find((rule) => rule !== null) ?? null;
  const rule = display!.doubt ?? ink;
  if (rule !== null) return { rule, kind: "hiding" };
  const part = others.find((part) => part.doubt !== null || part.kind === "first_line");
  return !part
    ? null
    : part.kind === "first_line"
    ? { rule: "", kind: "first_line" }
    : { rule: part.doubt!, kind: "hiding" };
}

/** What may hide an element the page shows (see {@linkcode hidingDoubt}): its rule (empty for `first_line`), and kind. */
export interface HidingDoubt {
  rule: string;
  kind: "hiding" | "first_line";
}

/**
 * A rule a saved page cannot answer that may show an element the page hides by its rules (`.tab:target { display:
 * block }`), as the page has it; else null. Each property that hides it must have one: one that may undo
 * `display: none` leaves an element `clip-path` hides hidden.
 */
export function showingDoubt(element: Element, rules: HiddenRules): string | null {
  const doubts = wholly(element, rules).filter((part) => part.set).map((part) => part.doubt);
  const ink: [StyleRules, WeakMap<Element, boolean>][] = [
    [rules.visibility, rules.invisible],
    [rules.fontSize, rules.noSize],
    [rules.colour, rules.noColour],
  ];
  for (const [each, memo] of ink) {
    const hides = each === rules.colour ? noInk(element, rules) : inherited(element, each, memo);
    if (hides) doubts.push(otherwise(cascade(element, each), true));
  }
  return doubts.length > 0 && doubts.every((doubt) => doubt !== null) ? doubts[0]! : null;
}

/**
 * The rules, to read what the elements hold as though they hid none of it by an inherited property (`visibility`,
 * `font-size`, `color`): a page whose `<body>` hides all is read from a part it does not hide itself (`html_text.ts`).
 */
export function shownDespite(elements: Element[], rules: HiddenRules): HiddenRules {
  const memo = () => new WeakMap<Element, boolean>(elements.map((element) => [element, false]));
  return {
    ...rules,
    invisible: memo(),
    noSize: memo(),
    noColour: memo(),
    paintedText: new WeakMap(),
    shadowed: new WeakMap(),
    shownInside: new WeakMap(),
  };
}

/** Whether the element's text is of its background's colour, both known exactly (`html_same_colour.ts`). */
export const sameColour = (element: Element, rules: HiddenRules): boolean => sameColourOf(element, rules.colours);
