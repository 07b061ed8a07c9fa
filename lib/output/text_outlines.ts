/**
 * A chart's texts drawn as outlines before resvg draws the chart: resvg's
 * font database, built from font files, reads a font's file anew for every
 * glyph it lays out (1,677 reads of the 757 kB DejaVu Sans for one chart of
 * 72 labels; about half of the time the report spent drawing its PNGs). Here
 * each glyph is outlined once a process (with opentype.js), set where resvg
 * would set it (the font's advance widths and its Latin kerning, as
 * HarfBuzz, which resvg shapes with, applies them), and placed with `<use>`.
 * The PNG is the same to within rounding at the edges of the glyphs (a test
 * compares them pixel by pixel); the SVG files keep their texts.
 *
 * A text this does not know how to set exactly (another font or style, a
 * character DejaVu Sans lacks, attributes or spacing Vega does not write) is
 * left as it is, for resvg to draw.
 *
 * @module
 */
import opentype from "opentype.js";
import { FONT_FILES } from "../charts/text_width.ts";
import { FONT } from "../charts/theme.ts";

/** The parts of an opentype.js font used here. */
interface Glyph {
  index: number;
  advanceWidth: number;
  getPath(x: number, y: number, fontSize: number): { toPathData(decimals: number): string };
}
interface Font {
  unitsPerEm: number;
  charToGlyph(char: string): Glyph;
  position: {
    getKerningTables(script: string): unknown;
    getKerningValue(tables: unknown, left: number, right: number): number;
  };
}

const fonts = new Map<"regular" | "bold", Font>();

function fontOf(style: "regular" | "bold"): Font {
  let font = fonts.get(style);
  if (!font) {
    const bytes = Deno.readFileSync(FONT_FILES[style]);
    // Glyphs read when first asked for: the whole font is not parsed (20 ms against 75).
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
      lowMemory: true,
    }) as Font;
    fonts.set(style, font);
  }
  return font;
}

const kerningTables = new Map<Font, Map<string, unknown>>();

/** The font's kerning for a text: its Latin script's where the text has a Latin letter, else the default script's. */
function kerningOf(font: Font, text: string): unknown {
  const script = /\p{Script=Latin}/u.test(text) ? "latn" : "DFLT";
  let byScript = kerningTables.get(font);
  if (!byScript) kerningTables.set(font, byScript = new Map());
  if (!byScript.has(script)) byScript.set(script, font.position.getKerningTables(script));
  return byScript.get(script);
}

/** Attributes of the `<text>` that go on the group of its glyphs. */
const GROUP_ATTRIBUTES = [
  "transform",
  "fill",
  "fill-opacity",
  "opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
] as const;
/** Attributes of a `<text>` this sets itself; any other leaves the text to resvg. */
const TEXT_ATTRIBUTES = new Set<string>([
  ...GROUP_ATTRIBUTES,
  "text-anchor",
  "x",
  "y",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
]);
const TSPAN_ATTRIBUTES = new Set(["x", "y", "dx", "dy"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string | null {
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity[0] !== "#") return ENTITIES[entity] ?? (unknown = true, whole);
    const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : (unknown = true, whole);
  });
  return unknown || /&(?!#x[0-9a-fA-F]+;|#\d+;|[a-z]+;)/.test(text) ? null : decoded;
}

function attributesOf(text: string): Map<string, string> | null {
  const attributes = new Map<string, string>();
  const rest = text.replace(/\s([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => {
    attributes.set(name, value);
    return "";
  });
  return rest.trim() === "" ? attributes : null;
}

/** A length in pixels ("11", "11px"); null for any other unit. */
function pixels(value: string | undefined, fallback: number | null = null): number | null {
  if (value === undefined) return fallback;
  const match = /^\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?:px)?\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}

/** A line of a text: where it starts (before its anchor) and what it says. */
interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** The lines of a text's content: itself, or its `<tspan>`s; null when it holds anything else. */
function linesOf(content: string, x: number, y: number): TextLine[] | null {
  if (!content.includes("<")) return [{ x, y, text: content }];
  const lines: TextLine[] = [];
  const rest = content.replace(/<tspan\b([^>]*)>([^<]*)<\/tspan>/g, (_, attributeText: string, text: string) => {
    const attributes = attributesOf(attributeText);
    if (!attributes || [...attributes.keys()].some((name) => !TSPAN_ATTRIBUTES.has(name))) {
      lines.length = 0;
      return "\u0000";
    }
    const [ax, ay, dx, dy] = ["x", "y", "dx", "dy"].map((name) => pixels(attributes.get(name)));
    if ([ax, ay, dx, dy].some((value, i) => value === null && attributes.has(["x", "y", "dx", "dy"][i]!))) {
      lines.length = 0;
      return "\u0000";
    }
    x = (ax ?? x) + (dx ?? 0);
    y = (ay ?? y) + (dy ?? 0);
    lines.push({ x, y, text });
    return "";
  });
  return rest === "" && lines.length > 0 ? lines : null;
}

const round = (value: number) => Number(value.toFixed(3));

/**
 * The SVG with every text it can set exactly drawn as glyph outlines
 * (`<path>`s in `<defs>`, placed with `<use>`), the rest as they were.
 *
 * @example Usage
 * ```ts
 * import { outlineTexts } from "./text_outlines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20">' +
 *   '<text transform="translate(2,15)" font-family="DejaVu Sans" font-size="11px">Hä</text></svg>';
 * const outlined = outlineTexts(svg);
 * assertEquals(outlined.includes("<text"), false);
 * assertEquals(outlined.match(/<use /g)?.length, 2);
 * ```
 */
export function outlineTexts(svg: string): string {
  const glyphs = new Map<string, string>();
  const body = svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, attributeText: string, content: string) => {
    const outlined = outlineText(attributeText, content, glyphs);
    return outlined ?? whole;
  });
  if (glyphs.size === 0) return svg;
  const paths = [...glyphs].filter(([, d]) => d !== "").map(([id, d]) => `<path id="${id}" d="${d}"/>`);
  const defs = `<defs>${paths.join("")}</defs>`;
  return body.replace(/^(\s*(?:<\?xml[^>]*>\s*)?<svg\b[^>]*>)/, (root: string) => {
    const withXlink = root.includes("xmlns:xlink=")
      ? root
      : root.replace(/<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
    return withXlink + defs;
  });
}

/** One text as a group of placed glyphs; null when it is not one this sets exactly. */
function outlineText(attributeText: string, content: string, glyphs: Map<string, string>): string | null {
  const attributes = attributesOf(attributeText);
  if (!attributes || [...attributes.keys()].some((name) => !TEXT_ATTRIBUTES.has(name))) return null;
  if ((attributes.get("font-family") ?? "").split(",")[0]!.trim().replace(/^['"]|['"]$/g, "") !== FONT) return null;
  if ((attributes.get("font-style") ?? "normal") !== "normal") return null;
  const weight = attributes.get("font-weight") ?? "normal";
  const style = weight === "bold" || Number(weight) >= 600
    ? "bold"
    : weight === "normal" || Number(weight) < 600
    ? "regular"
    : null;
  const size = pixels(attributes.get("font-size"));
  const anchor = attributes.get("text-anchor") ?? "start";
  const [x, y] = [pixels(attributes.get("x"), 0), pixels(attributes.get("y"), 0)];
  if (style === null || size === null || !(size > 0) || x === null || y === null) return null;
  if (anchor !== "start" && anchor !== "middle" && anchor !== "end") return null;
  const lines = linesOf(content, x, y);
  if (!lines) return null;
  const font = fontOf(style);
  const scale = size / font.unitsPerEm;
  let uses = "";
  for (const line of lines) {
    const text = decodeXml(line.text);
    // Spacing as Vega writes it: none at either end, none doubled, no line breaks or tabs (resvg would change it).
    if (text === null || /^ | $| {2}|[\t\n\r]/.test(text)) return null;
    const placed = [...text].map((char) => font.charToGlyph(char));
    if (placed.some((glyph) => glyph.index === 0)) return null; // a character the font lacks
    const kerning = kerningOf(font, text);
    const offsets: number[] = [];
    let pen = 0;
    placed.forEach((glyph, i) => {
      if (i > 0) pen += font.position.getKerningValue(kerning, placed[i - 1]!.index, glyph.index);
      offsets.push(pen);
      pen += glyph.advanceWidth;
    });
    const width = pen * scale;
    const start = line.x - (anchor === "middle" ? width / 2 : anchor === "end" ? width : 0);
    placed.forEach((glyph, i) => {
      const id = `esf-glyph-${style[0]}${round(size)}-${glyph.index}`.replace(".", "_");
      if (!glyphs.has(id)) glyphs.set(id, glyph.getPath(0, 0, size).toPathData(3));
      if (glyphs.get(id) === "") return; // a space
      uses += `<use xlink:href="#${id}" x="${round(start + offsets[i]! * scale)}" y="${round(line.y)}"/>`;
    });
  }
  const group = GROUP_ATTRIBUTES.filter((name) => attributes.has(name))
    .map((name) => ` ${name}="${attributes.get(name)}"`).join("");
  return `<g${group}>${uses}</g>`;
}
