/**
 * A chart's texts drawn as outlines before resvg draws the chart: resvg's
 * font database, built from font files, reads a font's file anew for every
 * glyph it lays out (1,677 reads of the 757 kB DejaVu Sans for one chart of
 * 72 labels; about half of the time the report spent drawing its PNGs). Here
 * each glyph is outlined once a process (with opentype.js), set where resvg
 * would set it (the font's advance widths, and its Latin ligatures and
 * kerning, as HarfBuzz, which resvg shapes with, applies them), and placed
 * with `<use>`.
 * The PNG is the same to within rounding at the edges of the glyphs (a test
 * compares them pixel by pixel); the SVG files keep their texts.
 *
 * A text this does not know how to set exactly is left as it is, for resvg to
 * draw: another font or style; a character DejaVu Sans lacks, of a script but
 * Latin (or none), a mark, an invisible or right-to-left character; attributes,
 * values or spacing Vega does not write. An SVG whose texts take anything from
 * elsewhere (a stylesheet, a parent's text attributes), holds a text in a clip
 * path, mask or the like, or already has this module's glyph ids is left whole.
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
  substitution: { getLigatures(feature: string, script: string, language: string): Ligature[] };
  glyphs: { get(index: number): Glyph };
}

/** A ligature of the font: the glyphs it replaces, and its own. */
interface Ligature {
  sub: number[];
  by: number;
}

/** A face as set here: the font, its Latin ligatures, and its kerning by script. */
interface Face {
  font: Font;
  /** `liga` of the Latin script (ff, fi, fl, ffi, ffl in DejaVu Sans), in the font's order (longest first). */
  ligatures: Ligature[];
  /** Latin's kerning (`latn`), and the default (`DFLT`, for a text of digits and signs). */
  kerning: Record<"latn" | "DFLT", unknown>;
}

const faces = new Map<"regular" | "bold", Face>();

/** The face, read once a process. */
function faceOf(style: "regular" | "bold"): Face {
  let face = faces.get(style);
  if (!face) {
    const bytes = Deno.readFileSync(FONT_FILES[style]);
    // Glyphs read when first asked for: the whole font is not parsed (20 ms against 75).
    const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
      lowMemory: true,
    }) as Font;
    face = {
      font,
      ligatures: font.substitution.getLigatures("liga", "latn", "dflt"),
      kerning: { latn: font.position.getKerningTables("latn"), DFLT: font.position.getKerningTables("DFLT") },
    };
    faces.set(style, face);
  }
  return face;
}

/** The glyphs with the face's ligatures put in, as HarfBuzz does: at each glyph, the first ligature that matches. */
function ligated({ font, ligatures }: Face, glyphs: readonly Glyph[]): Glyph[] {
  const out: Glyph[] = [];
  for (let i = 0; i < glyphs.length;) {
    const match = ligatures.find((ligature) => ligature.sub.every((index, k) => glyphs[i + k]?.index === index));
    if (match) {
      out.push(font.glyphs.get(match.by));
      i += match.sub.length;
    } else out.push(glyphs[i++]!);
  }
  return out;
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

/** A length in pixels ("11", "11px", as Vega writes it); null for anything else. */
function pixels(value: string | undefined, fallback: number | null = null): number | null {
  if (value === undefined) return fallback;
  const match = /^(-?\d+(?:\.\d+)?)(?:px)?$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** A font weight's face: "normal", "bold" or a whole number 1–1000 (600 and up bold); null for anything else. */
function styleOf(weight: string): "regular" | "bold" | null {
  if (weight === "normal") return "regular";
  if (weight === "bold") return "bold";
  const number = /^\d{1,4}$/.test(weight) ? Number(weight) : 0;
  return number >= 1 && number <= 1000 ? (number >= 600 ? "bold" : "regular") : null;
}

/**
 * Characters set here: Latin letters and characters of no script (digits, signs, spaces), without marks, invisible
 * or format characters, right-to-left ones or the tone letters DejaVu Sans composes (HarfBuzz would shape those).
 */
const SETTABLE = /^[\p{Script=Latin}\p{Script=Common}]*$/u;
const NOT_SETTABLE =
  /[\p{M}\p{Default_Ignorable_Code_Point}\p{Cf}\u02E5-\u02E9\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** A line of a text: where it starts (before its anchor) and what it says. */
interface TextLine {
  x: number;
  y: number;
  text: string;
}

const TSPAN = /<tspan\b([^>]*)>([^<]*)<\/tspan>/g;

/** The lines of a text's content: itself, or its `<tspan>`s; null when it holds anything else. */
function linesOf(content: string, x: number, y: number): TextLine[] | null {
  if (!content.includes("<")) return [{ x, y, text: content }];
  if (content.replace(TSPAN, "") !== "") return null;
  const lines: TextLine[] = [];
  for (const [, attributeText, text] of content.matchAll(TSPAN)) {
    const attributes = attributesOf(attributeText!);
    if (!attributes || [...attributes.keys()].some((name) => !TSPAN_ATTRIBUTES.has(name))) return null;
    // Its position: its own x and y, else the text's (null: a length not set here), moved by dx and dy.
    const [ax, ay] = [pixels(attributes.get("x"), x), pixels(attributes.get("y"), y)];
    const [dx, dy] = [pixels(attributes.get("dx"), 0), pixels(attributes.get("dy"), 0)];
    if (ax === null || ay === null || dx === null || dy === null) return null;
    // A later tspan without its own x goes on where the one before ends: not set here.
    if (lines.length > 0 && !attributes.has("x")) return null;
    x = ax + dx;
    y = ay + dy;
    lines.push({ x, y, text: text! });
  }
  return lines.length > 0 ? lines : null;
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
  const root = ROOT.exec(svg);
  if (!root) return svg;
  const [head, tag] = [svg.slice(0, root[0].length - root[1]!.length), root[1]!];
  const inside = svg.slice(root[0].length);
  if (!outlinable(svg, inside)) return svg;
  const glyphs = new Map<string, string>();
  const body = inside.replace(TEXT, (whole, attributeText: string, content: string) => {
    const outlined = outlineText(attributeText, content, glyphs);
    return outlined ?? whole;
  });
  if (glyphs.size === 0) return svg;
  const paths = [...glyphs].filter(([, d]) => d !== "").map(([id, d]) => `<path id="${id}" d="${d}"/>`);
  const withXlink = tag.includes("xmlns:xlink=")
    ? tag
    : tag.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
  return `${head}${withXlink}<defs>${paths.join("")}</defs>${body}`;
}

/** A text element: its attributes and its content. */
const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;

/** The root element's tag, after any prolog, comments and document type (its attributes may hold ">"). */
const ROOT =
  /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*(<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>)/;

/** Attributes that give texts their font, spacing or direction from elsewhere than the text itself. */
const INHERITED_TEXT =
  /\s(?:font(?:-[a-z]+)?|text-[a-z]+|letter-spacing|word-spacing|kerning|direction|writing-mode|unicode-bidi|dominant-baseline|alignment-baseline|baseline-shift|style)=/;

/**
 * Whether the SVG's texts can be outlined one by one: nothing outside a text gives it properties (no stylesheet,
 * no text attributes on other elements), no text is inside a clip path, mask, pattern, marker, symbol or defs (a
 * group may not stand there), and no element has this module's glyph ids.
 */
function outlinable(svg: string, inside: string): boolean {
  if (/<style\b/.test(svg) || svg.includes("esf-glyph-")) return false;
  if (INHERITED_TEXT.test(inside.replace(TEXT, ""))) return false;
  for (const container of svg.matchAll(/<(clipPath|mask|pattern|marker|symbol|defs)\b[\s\S]*?<\/\1>/g)) {
    if (container[0].includes("<text")) return false;
  }
  return true;
}

/** Each glyph's outline by face, size and glyph, made once a process: the charts of a report share most glyphs. */
const glyphPaths = new Map<string, string>();

/** A glyph's outline at a size, as path data ({@linkcode glyphPaths}). */
function glyphPath(style: "regular" | "bold", size: number, glyph: Glyph): string {
  const key = `${style} ${size} ${glyph.index}`;
  let path = glyphPaths.get(key);
  if (path === undefined) glyphPaths.set(key, path = glyph.getPath(0, 0, size).toPathData(3));
  return path;
}

/** One text as a group of placed glyphs; null when it is not one this sets exactly. */
function outlineText(attributeText: string, content: string, glyphs: Map<string, string>): string | null {
  const attributes = attributesOf(attributeText);
  if (!attributes || [...attributes.keys()].some((name) => !TEXT_ATTRIBUTES.has(name))) return null;
  if ((attributes.get("font-family") ?? "").split(",")[0]!.trim().replace(/^['"]|['"]$/g, "") !== FONT) return null;
  if ((attributes.get("font-style") ?? "normal") !== "normal") return null;
  const style = styleOf(attributes.get("font-weight") ?? "normal");
  const size = pixels(attributes.get("font-size"));
  const anchor = attributes.get("text-anchor") ?? "start";
  const [x, y] = [pixels(attributes.get("x"), 0), pixels(attributes.get("y"), 0)];
  if (style === null || size === null || !(size > 0) || x === null || y === null) return null;
  if (anchor !== "start" && anchor !== "middle" && anchor !== "end") return null;
  const lines = linesOf(content, x, y);
  if (!lines) return null;
  const face = faceOf(style);
  const { font } = face;
  const scale = size / font.unitsPerEm;
  let uses = "";
  for (const line of lines) {
    const text = decodeXml(line.text);
    // Spacing as Vega writes it: none at either end, none doubled, no line breaks or tabs (resvg would change it).
    if (text === null || /^ | $| {2}|[\t\n\r]/.test(text)) return null;
    if (!SETTABLE.test(text) || NOT_SETTABLE.test(text)) return null;
    const characters = [...text].map((char) => font.charToGlyph(char));
    if (characters.some((glyph) => glyph.index === 0)) return null; // a character the font lacks
    // A text with a Latin letter is set as Latin (ligatures, Latin kerning); one of digits and signs by default.
    const latin = /\p{Script=Latin}/u.test(text);
    const placed = latin ? ligated(face, characters) : characters;
    const kerning = face.kerning[latin ? "latn" : "DFLT"];
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
      if (!glyphs.has(id)) glyphs.set(id, glyphPath(style, size, glyph));
      if (glyphs.get(id) === "") return; // a space
      uses += `<use xlink:href="#${id}" x="${round(start + offsets[i]! * scale)}" y="${round(line.y)}"/>`;
    });
  }
  const group = GROUP_ATTRIBUTES.filter((name) => attributes.has(name))
    .map((name) => ` ${name}="${attributes.get(name)}"`).join("");
  return `<g${group}>${uses}</g>`;
}
