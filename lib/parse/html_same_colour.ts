/**
 * Text of its background's colour (black on black, `#fff` on `rgb(255, 255, 255)`, navy on `#000080`): shown, yet no
 * reader sees it. Its colour is its own, else its nearest ancestor's that sets one, else the page's black; its
 * background its own, else the nearest ancestor's that sets one, else the page's white canvas. Only colours known
 * exactly are compared, opaque, as a name, a hex, or an `rgb()` or `hsl()` that makes whole numbers (`!important` or
 * not): any other (`hsl(200 50% 50%)`, a variable, half transparent, an image over it) is no colour known, and its
 * text is read.
 *
 * @module
 */
import { attr, type Element } from "./html_tree.ts";
import {
  KEEPS_TEXT_COLOUR,
  type LinkedSheet,
  noRules,
  PARENTS_VALUE,
  type Styled,
  type StyleRules,
  styleRules,
} from "./html_style.ts";
import { nearest } from "./html_ink.ts";

/** The named colours of CSS, each with its red, green and blue in hex. */
const NAMED = new Map(
  `
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc
bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed
cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b
darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b
darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a
darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1
darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff
firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff
gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0
hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa
lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080
lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3
lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899
lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6
magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3
mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a
mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1
moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23
orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee
palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd
powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1
saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d
silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa
springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0
violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
`.trim().split(/\s+/).flatMap((word, i, words) => i % 2 === 0 ? [[word, words[i + 1]!] as const] : []),
);

/**
 * `color` of its own (its value read by {@linkcode exactColour}), none (no declaration it undoes: any colour is one of
 * its own), and one that keeps the parent's.
 */
const TEXT_COLOUR: [RegExp, RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*color\s*:\s*(?!${KEEPS_TEXT_COLOUR})[^;\s]`, "i"),
  /(?!)/,
  new RegExp(String.raw`(^|;)\s*color\s*:\s*${KEEPS_TEXT_COLOUR}`, "i"),
];
/** No background of its own (`transparent`, `none`): its nearest ancestor's shows through. */
const NO_BACKGROUND = String.raw`(?:transparent|none|initial|${PARENTS_VALUE})\s*(?:;|!|$)`;
/**
 * A background of its own, a colour or an image (`background-image: url(…)`: a dark theme's, drawn over its colour),
 * none (see {@linkcode TEXT_COLOUR}), and none of its own (see {@linkcode NO_BACKGROUND}).
 */
const BACKGROUND: [RegExp, RegExp, RegExp] = [
  new RegExp(
    String.raw`(^|;)\s*(?:background(?:-color)?\s*:\s*(?!${NO_BACKGROUND})[^;\s]|` +
      String.raw`background-image\s*:\s*(?!(?:none|initial|${PARENTS_VALUE})\s*(?:;|!|$))[^;\s])`,
    "i",
  ),
  /(?!)/,
  new RegExp(String.raw`(^|;)\s*background(?:-color)?\s*:\s*${NO_BACKGROUND}`, "i"),
];

/** An alpha that leaves a colour opaque, after its `,` or `/`: `1`, `1.0`, `100%`. */
const OPAQUE = String.raw`(?:\s*[,/]\s*(?:1(?:\.0*)?|100(?:\.0*)?%)\s*)?`;
/** A number, and one with its unit (`%`, `deg`, `turn`). */
const NUMBER = String.raw`([+-]?(?:\d+(?:\.\d*)?|\.\d+))`;
const PERCENT = String.raw`${NUMBER}%`;
const RGB = new RegExp(
  String.raw`^rgba?\(\s*${NUMBER}(%?)\s*(?:,\s*|\s+)${NUMBER}(%?)\s*(?:,\s*|\s+)${NUMBER}(%?)${OPAQUE}\)$`,
);
const HSL = new RegExp(
  String.raw`^hsla?\(\s*${NUMBER}(deg|turn)?\s*(?:,\s*|\s+)${PERCENT}\s*(?:,\s*|\s+)${PERCENT}${OPAQUE}\)$`,
);

/** A channel of 0 to 255 as two hex digits, when it is a whole number (to a billionth); else null. */
function channel(value: number): string | null {
  const whole = Math.round(value);
  return Math.abs(value - whole) > 1e-9 || whole < 0 || whole > 255 ? null : whole.toString(16).padStart(2, "0");
}

/** Red, green and blue (0 to 255) in hex, when each is whole; else null. */
function hexOf(channels: number[]): string | null {
  const hex = channels.map(channel);
  return hex.every((each) => each !== null) ? hex.join("") : null;
}

/** The red, green and blue (0 to 255) of a hue (degrees), saturation and lightness (0 to 1), as CSS defines them. */
function hslToRgb(hue: number, saturation: number, lightness: number): number[] {
  const h = ((hue % 360) + 360) % 360;
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    return (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
  };
  return [f(0), f(8), f(4)];
}

/**
 * A colour as written, when known exactly and opaque (a name, `#rgb`, `#rrggbb`, their alpha `f`/`ff`, `rgb()` or
 * `rgba()` of whole numbers or of percentages that make whole numbers, `hsl()` or `hsla()` that make whole numbers,
 * and an alpha of 1), `!important` after it or not: its red, green and blue in hex; else null.
 *
 * @example Usage
 * ```ts
 * import { exactColour } from "./html_same_colour.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(["Navy", "#00f", "rgb(0 0 128 / 1)", "rgba(0, 0, 128, .5)", "hsl(0, 0%, 0%)", "rgb(100% 100% 100%)"].map(exactColour),
 *   ["000080", "0000ff", "000080", null, "000000", "ffffff"]);
 * assertEquals(["black !important", "hsl(0 100% 50%)", "hsl(200 50% 50%)", "rgb(50% 0% 0%)"].map(exactColour),
 *   ["000000", "ff0000", null, null]);
 * ```
 */
export function exactColour(written: string): string | null {
  const value = written.trim().toLowerCase().replace(/\s*!\s*important$/, "");
  const named = NAMED.get(value);
  if (named !== undefined) return named;
  const hex = value.match(/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join("") : hex;
    return full.length === 8 && !full.endsWith("ff") ? null : full.slice(0, 6);
  }
  const rgb = value.match(RGB);
  if (rgb) {
    const parts = [1, 3, 5].map((at) => rgb[at + 1] === "%" ? Number(rgb[at]) * 2.55 : Number(rgb[at]));
    return hexOf(parts);
  }
  const hsl = value.match(HSL);
  if (!hsl) return null;
  const [saturation, lightness] = [Number(hsl[3]), Number(hsl[4])];
  if (saturation < 0 || saturation > 100 || lightness < 0 || lightness > 100) return null;
  const hue = Number(hsl[1]) * (hsl[2] === "turn" ? 360 : 1);
  return hexOf(hslToRgb(hue, saturation / 100, lightness / 100));
}

/**
 * What the element's text has, by the rules (`rules`: {@linkcode TEXT_COLOUR} or {@linkcode BACKGROUND}), its own
 * else its nearest ancestor's that says, else `unset`: the colour known exactly, or null.
 */
const colourOf = (element: Element, rules: StyleRules, memo: WeakMap<Element, string | null>, unset: string) =>
  nearest<string | null>(
    element,
    rules,
    memo,
    unset,
    (styled) => exactColour(styled.said?.replace(/^[^:]*:/, "") ?? ""),
  );

/** The rules of a page's text colours and backgrounds, and each element's, known once asked. */
export interface ColourRules {
  text: StyleRules;
  background: StyleRules;
  texts: WeakMap<Element, string | null>;
  backgrounds: WeakMap<Element, string | null>;
}

/**
 * The page's rules of text colours and backgrounds (none without a page), with the browser's own colours of its own
 * where the page sets none: a link's (`a[href]`, blue or purple as visited) and a `mark`'s background (yellow), each
 * no colour known.
 */
export function colourRules(html: Element | null, linked?: LinkedSheet): ColourRules {
  const rules = ([declaration, undo, keeps]: [RegExp, RegExp, RegExp], browsers: (element: Element) => boolean) => ({
    ...(html ? styleRules(html, declaration, undo, linked, keeps) : noRules()),
    adjust: (element: Element, styled: Styled): Styled =>
      styled.own === null && browsers(element) ? { ...styled, own: true, said: "color: the browser's own" } : styled,
  });
  return {
    text: rules(TEXT_COLOUR, (element) => element.tagName === "a" && attr(element, "href") !== undefined),
    background: rules(BACKGROUND, (element) => element.tagName === "mark"),
    texts: new WeakMap(),
    backgrounds: new WeakMap(),
  };
}

/** The element's text colour (`color`: its own, else its nearest ancestor's, else black), when known exactly; else null. */
export const textColour = (element: Element, rules: ColourRules): string | null =>
  colourOf(element, rules.text, rules.texts, "000000");

/** Whether the element's text is of its background's colour, both known exactly (see the module). */
export function sameColour(element: Element, rules: ColourRules): boolean {
  const text = textColour(element, rules);
  return text !== null && text === colourOf(element, rules.background, rules.backgrounds, "ffffff");
}
