/**
 * Rendering a Vega-Lite spec to SVG and PNG, headless, with real fonts.
 *
 * @module
 */
import "./quiet_node.ts";
import "dejavu-fonts-ttf/package.json" with { type: "json" };
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { FONT } from "../charts/theme.ts";

const FONT_DIR = new URL("./ttf/", import.meta.resolve("dejavu-fonts-ttf/package.json")).pathname;

/** The TTF files PNG rendering draws text with (resvg draws no text without them). */
export const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((name) =>
  FONT_DIR + name
);

/** Options of {@linkcode chartToPng}. */
export interface PngOptions {
  /**
   * Pixels per SVG pixel: 2 or more for print.
   * @default {2}
   */
  scale?: number;
}

/**
 * Renders a spec to an SVG document. Texts from the data are escaped by
 * Vega's SVG renderer.
 *
 * @example Usage
 * ```ts
 * import { chartToSvg } from "./render_chart.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const svg = await chartToSvg({ data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } });
 * assertEquals(svg.startsWith("<svg"), true);
 * ```
 */
export async function chartToSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders an SVG document to PNG bytes with the DejaVu fonts. */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
    background: "white",
  });
  return resvg.render().asPng();
}

/** Renders a spec to PNG bytes (2× by default: print resolution). */
export async function chartToPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await chartToSvg(spec), options);
}
