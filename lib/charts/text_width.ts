/**
 * How wide a text is in the charts' font (DejaVu Sans, shipped as TTF by npm
 * `dejavu-fonts-ttf`), read from the font's own advance widths: the chart
 * builders wrap subtitles and shorten names with it, and the renderer gives
 * it to Vega, so the layout Vega computes is the one resvg and browsers draw
 * (without it Vega guesses 0.8 em a character and leaves blank margins).
 *
 * @module
 */
import "dejavu-fonts-ttf/package.json" with { type: "json" };
import { fileURLToPath } from "node:url";

const FONT_DIR = fileURLToPath(new URL("./ttf/", import.meta.resolve("dejavu-fonts-ttf/package.json")));

/** The TTF files charts are drawn with: regular, bold and oblique. */
export const FONT_FILES = {
  regular: FONT_DIR + "DejaVuSans.ttf",
  bold: FONT_DIR + "DejaVuSans-Bold.ttf",
  oblique: FONT_DIR + "DejaVuSans-Oblique.ttf",
} as const;

/** Advance widths of a font, in em, by code point. */
interface Metrics {
  advance: (codePoint: number) => number;
}

const metricsCache = new Map<string, Metrics>();

function table(view: DataView, tag: string): number {
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}

/** Reads the `cmap` (format 4, Unicode BMP), `hhea`, `hmtx` and `head` tables of a TrueType font. */
function readMetrics(bytes: Uint8Array): Metrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unitsPerEm = view.getUint16(table(view, "head") + 18);
  const metricCount = view.getUint16(table(view, "hhea") + 34);
  const hmtx = table(view, "hmtx");
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)) / unitsPerEm;
  const cmap = table(view, "cmap");
  let format4 = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const [platform, encoding] = [view.getUint16(record), view.getUint16(record + 2)];
    const offset = cmap + view.getUint32(record + 4);
    if (platform === 3 && encoding === 1 && view.getUint16(offset) === 4) format4 = offset;
  }
  if (format4 < 0) throw new Error("The font has no Unicode BMP character map");
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphOf = (codePoint: number): number => {
    for (let s = 0; s < segments; s++) {
      if (view.getUint16(ends + 2 * s) < codePoint) continue;
      const start = view.getUint16(starts + 2 * s);
      if (start > codePoint) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    advance: (codePoint) => {
      let width = cache.get(codePoint);
      if (width === undefined) cache.set(codePoint, width = advanceOf(codePoint > 0xffff ? 0 : glyphOf(codePoint)));
      return width;
    },
  };
}

function metrics(style: keyof typeof FONT_FILES): Metrics {
  let found = metricsCache.get(style);
  if (!found) metricsCache.set(style, found = readMetrics(Deno.readFileSync(FONT_FILES[style])));
  return found;
}

/** A text's style: its size in pixels and whether it is bold. */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

/**
 * The width of a single line of text in pixels, in DejaVu Sans.
 *
 * @example Usage
 * ```ts
 * import { textWidth } from "./text_width.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(Math.round(textWidth("59,8 %", { fontSize: 11 })), 38);
 * assertEquals(textWidth("Hanke", { fontSize: 11, bold: true }) > textWidth("Hanke", { fontSize: 11 }), true);
 * ```
 */
export function textWidth(text: string, style: TextStyle): number {
  const font = metrics(style.bold ? "bold" : "regular");
  let em = 0;
  for (const char of text) em += font.advance(char.codePointAt(0)!);
  return em * style.fontSize;
}

/**
 * The text broken at spaces into lines no wider than `maxWidth` (a word wider
 * than that stands on a line of its own).
 *
 * @example Usage
 * ```ts
 * import { wrapText } from "./text_width.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(wrapText("Toteutuneet ÷ suunnitellut aloittaneet henkilöt", 150, { fontSize: 11 }), [
 *   "Toteutuneet ÷ suunnitellut",
 *   "aloittaneet henkilöt",
 * ]);
 * ```
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/).filter((w) => w !== "")) {
    const longer = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(longer, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const ELLIPSIS = "…".codePointAt(0)!;

/**
 * The text cut to fit `maxWidth` with "…", at a word boundary where one is
 * near (a long word is cut inside); the text as it is when it fits.
 *
 * @example Usage
 * ```ts
 * import { shortenText } from "./text_width.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const axis = "Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa";
 * assertEquals(shortenText(axis, 280, { fontSize: 11 }), "Jäsenvaltioiden ja alueiden välinen yhteistyö…");
 * assertEquals(shortenText(axis, 260, { fontSize: 11 }), "Jäsenvaltioiden ja alueiden välinen…");
 * assertEquals(shortenText("Lappi", 260, { fontSize: 11 }), "Lappi");
 * ```
 */
export function shortenText(text: string, maxWidth: number, style: TextStyle): string {
  if (textWidth(text, style) <= maxWidth) return text;
  const chars = [...text];
  // How many characters fit before "…": each longer head's width is the one before it and a character, summed
  // in textWidth's order (the same figure as measuring it anew, without a string a step).
  const font = metrics(style.bold ? "bold" : "regular");
  const ellipsis = font.advance(ELLIPSIS);
  let fit = 0;
  for (let em = 0; fit < chars.length; fit++) {
    em += font.advance(chars[fit]!.codePointAt(0)!);
    if ((em + ellipsis) * style.fontSize > maxWidth) break;
  }
  const head = chars.slice(0, fit).join("");
  const space = head.search(/[\s,;:(–-]*\S*$/);
  const cut = space > head.length * 0.5 ? head.slice(0, space) : head;
  return cut.replace(/[\s,;:(–-]+$/, "") + "…";
}
