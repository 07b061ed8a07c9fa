/**
 * A page printed in two columns side by side (a newsletter's layout, a
 * sidebar printed beside the text): its printed lines hold the left column's
 * line and the right column's on one baseline, which read across would make
 * the left line a label and the right one its value
 * (`Suunniteltu: 199, joista naisia 100: Myönnetty EU- ja valtion rahoitus: 645 300`).
 * A page whose lines break at one place (the gutter) into a left part that is
 * a line of its own (a `Label: value` line, a numbered heading) is read a
 * column at a time. A row of a label column and a value column is not: its
 * left part is a bare label.
 *
 * @module
 */

/** A printed line's stretches between gaps, left to right. */
interface Parts {
  segments: { x0: number; x1: number; text: string }[];
}

/** A line of its own: a `Label: value` line or a numbered heading, never a bare label. */
const WHOLE_LINE = /\S:\s+\S|^\d+(?:\.\d+)*\.?\s+\p{Lu}/u;

/**
 * Where a page's two columns meet (the x where its right column starts), or null for a page of one column (or of a
 * label column and a value column).
 *
 * @example Usage
 * ```ts
 * import { gutterOf } from "./pdf_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const line = (left: string, right: string) => ({
 *   segments: [{ x0: 50, x1: 200, text: left }, { x0: 310, x1: 400, text: right }],
 * });
 * const columns = [1, 2, 3, 4].map((i) => line(`Suunniteltu: ${i}`, `Toteutunut: ${i}`));
 * assertEquals(gutterOf(columns), 310);
 * const rows = [1, 2, 3, 4].map((i) => line("Suunniteltu", `${i}`));
 * assertEquals(gutterOf(rows), null);
 * ```
 */
export function gutterOf(lines: Parts[]): number | null {
  const byX = new Map<number, Parts[]>();
  for (const line of lines) {
    for (const segment of line.segments.slice(1)) {
      const x = Math.round(segment.x0 / 4) * 4;
      byX.set(x, [...byX.get(x) ?? [], line]);
    }
  }
  const [x, split] = [...byX].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  if (split.length < 4 || split.length < 0.3 * lines.length) return null;
  const left = (line: Parts) =>
    line.segments.filter((segment) => segment.x0 < x - 2).map((segment) => segment.text).join(" ");
  const whole = split.filter((line) => WHOLE_LINE.test(left(line))).length;
  // Lines across the gutter (a title over both columns) are a few, or it is no gutter.
  const across = lines.filter((line) => crosses(line, x)).length;
  return whole >= 0.5 * split.length && across <= 0.5 * split.length ? x - 2 : null;
}

/** Whether a printed line runs across the gutter at x (a title over both columns): it is read whole. */
export const crosses = (line: Parts, x: number): boolean =>
  line.segments.some((segment) => segment.x0 < x - 2 && segment.x1 > x + 2);
