/**
 * Rendering a Vega-Lite spec to SVG and PNG, headless, with real fonts, at
 * the size it is printed: the SVG declares its paper size in centimetres
 * (`width="16cm"`, the layout in its `viewBox`), the PNG is drawn at 300 dpi
 * for it and says so in a `pHYs` chunk, so Word inserts either at its real
 * size.
 *
 * Vega is given the font's real text widths ({@linkcode textWidth}): its own
 * guess (0.8 em a character) made charts wider than what they draw.
 *
 * @module
 */
import "./quiet_node.ts";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { FONT_FILES as TTF, textWidth } from "../charts/text_width.ts";
import { FONT, PRINT_DPI, PRINT_WIDTHS } from "../charts/theme.ts";
import { printWidthOf } from "../charts/spec.ts";
import { opaquePng } from "./png_encode.ts";
import { outlineTexts } from "./text_outlines.ts";
import { withResolution } from "./png_metadata.ts";
import { svgSize } from "./svg_size.ts";

export { type SvgSize, svgSize } from "./svg_size.ts";

/** The TTF files PNG rendering draws text with (resvg draws no text without them). */
export const FONT_FILES: string[] = Object.values(TTF);

/** The part of a Vega text item its width depends on. */
interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

/** vega-scenegraph's text metrics, which vega exports but does not declare. */
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;

// Vega measures text with this function wherever it lays out (axes, legends, titles, truncation).
metrics.width = (item, text) =>
  textWidth(text == null ? "" : String(text).trim(), {
    fontSize: item.fontSize ?? 11,
    bold: item.fontWeight === "bold" || Number(item.fontWeight) >= 600,
  });

/** Options of {@linkcode svgToPng}. */
export interface PngOptions {
  /**
   * PNG pixels per SVG pixel, in place of the print resolution.
   * @default {the factor that gives 300 dpi at the SVG's paper width (16 cm: 1 890 px)}
   */
  scale?: number;
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function titleText(spec: TopLevelSpec): string {
  const title = spec.title;
  const text = typeof title === "object" && title !== null && "text" in title ? title.text : title;
  return Array.isArray(text) ? text.join(" ") : String(text ?? "");
}

/**
 * Renders a spec to an SVG document at its print size: `width` and `height`
 * in centimetres (16 cm wide at full width, 8 cm at half), the layout in the
 * `viewBox`; a `<title>` and `<desc>` with the chart's title and
 * description in its language, in place of Vega's ARIA attributes, which are
 * in English; labels Vega hid for overlapping left out. Texts from the data
 * are escaped by Vega's SVG renderer.
 *
 * @example Usage
 * ```ts
 * import { chartToSvg } from "./render_chart.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const svg = await chartToSvg({ data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } });
 * assertEquals(svg.startsWith("<svg"), true);
 * assertEquals(/ width="16cm"/.test(svg), true);
 * ```
 */
export async function chartToSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const { width, height } = svgSize(svg);
  const cmPerPixel = PRINT_WIDTHS[printWidthOf(spec)].cm / width;
  const label = [
    `<title>${escapeXml(titleText(spec))}</title>`,
    spec.description ? `<desc>${escapeXml(spec.description)}</desc>` : "",
  ].join("");
  return svg
    .replace(
      /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
      `<svg$1 width="${round(width * cmPerPixel)}cm" height="${round(height * cmPerPixel)}cm"`,
    )
    .replace(/^(<svg[^>]*>)/, `$1${label}`)
    // Vega keeps axis labels it hid for overlapping as invisible text: they are not part of the chart.
    .replace(/<text[^>]* opacity="0"[^>]*>.*?<\/text>/g, "")
    // Vega's ARIA texts are English whatever the chart's language ("Title text …"); <title> and <desc> say it.
    .replace(/ (?:aria-[a-z]+|role)="[^"]*"/g, "");
}

/**
 * Renders an SVG document to PNG bytes with the DejaVu fonts: at 300 dpi for
 * the paper width an SVG of {@linkcode chartToSvg} declares (1 890 px for
 * 16 cm), with that resolution written in the file; an SVG sized in pixels
 * at twice its size.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const size = svgSize(svg);
  const fitTo = options.scale !== undefined || size.widthCm === null
    ? { mode: "zoom" as const, value: options.scale ?? 2 }
    : { mode: "width" as const, value: Math.round(size.widthCm / 2.54 * PRINT_DPI) };
  // Texts as outlines: resvg would read the font file anew for each glyph (see text_outlines.ts).
  const resvg = new Resvg(outlineTexts(svg), {
    fitTo,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    background: "white",
  });
  const rendered = resvg.render();
  const dpi = size.widthCm === null
    ? undefined
    : options.scale === undefined
    ? PRINT_DPI
    : rendered.width / (size.widthCm / 2.54);
  // On white, every pixel is opaque: encoded as RGB, faster and smaller than resvg's RGBA (see png_encode.ts).
  const png = opaquePng(rendered.pixels, rendered.width, rendered.height, dpi);
  if (png) return png;
  return dpi === undefined ? rendered.asPng() : withResolution(rendered.asPng(), dpi);
}

/** Renders a spec to PNG bytes at 300 dpi for its print width (see {@linkcode svgToPng}). */
export async function chartToPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await chartToSvg(spec), options);
}
