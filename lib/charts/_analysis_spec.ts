/**
 * The spec skeleton of the analysis charts: `chartSpec()`, with a subtitle
 * that says more than one line's worth wrapped to the chart's width, so a
 * long rule ("counted in each region, nationwide apart …") never widens
 * the chart.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { chartSpec, type SpecBody, type SpecHead } from "./spec.ts";

/** Average width of a subtitle character (DejaVu Sans, 11 px) in pixels, rounded up. */
const CHARACTER_WIDTH = 6.4;

/**
 * Words into lines of at most `max` characters (a longer word keeps a line of its own).
 *
 * @example Usage
 * ```ts
 * import { wrapWords } from "./_analysis_spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(wrapWords("one two three four", 9), ["one two", "three", "four"]);
 * ```
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** {@linkcode chartSpec} with the subtitle wrapped to the width of the chart (at least 320 px). */
export function analysisSpec(head: SpecHead, body: SpecBody): TopLevelSpec {
  const spec = chartSpec(head, body);
  const lines = wrapWords(head.subtitle, Math.floor(Math.max(320, head.width) / CHARACTER_WIDTH));
  return lines.length <= 1 ? spec : { ...spec, title: { text: head.title, subtitle: lines } } as TopLevelSpec;
}
