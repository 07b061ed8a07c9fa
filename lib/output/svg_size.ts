/**
 * The size an SVG document declares, read from its root element: a module of
 * its own, so that reading it (as a notebook's chart bundle does) does not
 * load Vega and resvg, which `render_chart.ts` loads to draw.
 *
 * @module
 */

/** The size an SVG declares: its layout in pixels (the viewBox) and on paper, when it says. */
export interface SvgSize {
  width: number;
  height: number;
  /** Paper size in centimetres, from `width="16cm"`; null for a size in pixels. */
  widthCm: number | null;
  heightCm: number | null;
}

/**
 * The size of an SVG document, from its root element.
 *
 * @example Usage
 * ```ts
 * import { svgSize } from "./svg_size.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(svgSize('<svg width="16cm" height="8cm" viewBox="0 0 605 302.5"></svg>'), {
 *   width: 605, height: 302.5, widthCm: 16, heightCm: 8,
 * });
 * ```
 */
export function svgSize(svg: string): SvgSize {
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? "";
  const attribute = (name: string) => root.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? "";
  const box = attribute("viewBox").split(/[\s,]+/).map(Number);
  const cm = (value: string) => value.endsWith("cm") ? Number(value.slice(0, -2)) : null;
  return {
    width: box.length === 4 ? box[2]! : Number.parseFloat(attribute("width")) || 0,
    height: box.length === 4 ? box[3]! : Number.parseFloat(attribute("height")) || 0,
    widthCm: cm(attribute("width")),
    heightCm: cm(attribute("height")),
  };
}
