/**
 * Names for vertical lines drawn over a histogram, placed in a few rows
 * above its bars so that each reads as its line's: a line rises to its
 * name's row and turns into a short leader that ends at the name. Lines
 * a few pixels apart get their names stacked in a column beside the group,
 * each on a leader of its own, none passing through another's line or name.
 *
 * Positions are in pixels of the plotting area as the builder estimates
 * it; the clearances absorb the difference from the size Vega gives it.
 *
 * @module
 */
import { measure, projectLabels } from "./layout.ts";

/** A line to be named: where it stands (pixels from the plot's left edge), and its project. */
export interface LineMark {
  x: number;
  code: unknown;
  name: unknown;
}

/** A named line: the row its name is in (0 just above the bars), the name and the leader's end (the name's edge). */
export interface LineLabel {
  row: number;
  label: string;
  /** The edge of the name nearest its line, where the leader ends. */
  at: number;
  align: "left" | "right";
}

/** Pixels at least between a name's edges and any line but its own, and between its line and its name. */
export const LINE_CLEAR = 8;
/** Pixels at least between two names (and their leaders) in one row: names that touched read as one. */
const GAP = 8;
/** The widths a name is shortened to, longest first, before it is given as a code alone. */
const WIDTHS = [200, 150, 110];
/** The widest a name may grow to once every line has its place: half the plot, between 200 and 300 pixels. */
const widest = (plotWidth: number) => Math.max(200, Math.min(300, plotWidth / 2));

interface Placed {
  x: number;
  row: number;
  /** The row's span this name takes with its leader. */
  from: number;
  to: number;
  /** The name's own box. */
  left: number;
  right: number;
}

/**
 * Names for lines, greedily from the last one (highest value) back: each in
 * the lowest row where its name (the longest of its shortenings that fits)
 * finds room right of its line, else left of it. Where other lines stand
 * next to its line, the name starts past them, so that no line runs to a
 * name's edge but its own. A row's span (leader and name) stays clear of
 * other lines rising to that row or higher, and of other rows' spans its
 * line would cross. Null for a line whose name finds no room: it is drawn
 * unnamed.
 *
 * @example Usage
 * ```ts
 * import { placeLineLabels } from "./_line_labels.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const [a, b] = placeLineLabels([{ x: 300, code: "S1", name: "A" }, { x: 305, code: "S2", name: "B" }], 600, 3, true);
 * assertEquals([b!.row, b!.align, a!.row, a!.align, a!.at === b!.at], [0, "left", 1, "left", true]);
 * ```
 */
export function placeLineLabels(
  marks: readonly LineMark[],
  plotWidth: number,
  rows: number,
  allDrawn: boolean,
): (LineLabel | null)[] {
  const placed: Placed[] = [];
  const result: (LineLabel | null)[] = marks.map(() => null);
  // Where each mark's name stands in `placed`.
  const index: (number | undefined)[] = marks.map(() => undefined);
  const order = marks.map((_, i) => i).sort((a, b) => marks[b]!.x - marks[a]!.x);
  for (const i of order) {
    const { x, code, name } = marks[i]!;
    // The lines drawn beside this one (every other line when all are drawn, unnamed ones ending below the first
    // row; else those named so far): the same for each place tried for its name.
    const lines = [...allDrawn ? marks.filter((_, k) => k !== i).map((m) => m.x) : [], ...placed.map((p) => p.x)];
    // The name's near edge on either side: LINE_CLEAR past its line, and past any line that stands within that of it.
    const edges = ([1, -1] as const).map((direction) => {
      let edge = x + direction * LINE_CLEAR;
      while (lines.some((l) => direction * (l - x) > 0 && Math.abs(l - edge) < LINE_CLEAR)) edge += direction;
      return edge;
    });
    // Each of its names is at least as wide as its code (each holds the code, or is the code alone): a line whose
    // code has no room in any row is not named, its names not worked out (of 1,000 generated documents, hundreds of
    // corpus projects in a register's histogram, a few named).
    const narrowest = measure(String(code ?? "–"));
    const room = [...Array(rows).keys()].some((row) =>
      edges.some((at, side) => {
        const [left, right] = side === 0 ? [at, at + narrowest] : [at - narrowest, at];
        return fits(placed, lines, plotWidth, x, row, left, right, false);
      })
    );
    const texts = room ? projectLabels(code, name, WIDTHS[0]!, WIDTHS.slice(1)) : [];
    search: for (const label of texts) {
      const width = measure(label);
      for (let row = 0; row < rows; row++) {
        for (const align of ["left", "right"] as const) {
          const at = edges[align === "left" ? 0 : 1]!;
          const [left, right] = align === "left" ? [at, at + width] : [at - width, at];
          if (!fits(placed, lines, plotWidth, x, row, left, right)) continue;
          placed.push({ x, row, from: Math.min(x, left), to: Math.max(x, right), left, right });
          result[i] = { row, label, at, align };
          index[i] = placed.length - 1;
          break search;
        }
      }
    }
  }
  // Every line named that can be, each name then grows in its place to the longest that still has room there
  // (it was cut to 200 pixels with half the chart free beside it), as long as the others keep theirs.
  for (const i of order) {
    const own = result[i];
    if (!own) continue;
    const { x, code, name } = marks[i]!;
    const others = placed.filter((_, k) => k !== index[i]);
    const lines = [...allDrawn ? marks.filter((_, k) => k !== i).map((m) => m.x) : [], ...others.map((p) => p.x)];
    for (const label of projectLabels(code, name, widest(plotWidth))) {
      const width = measure(label);
      if (width <= measure(own.label)) break;
      const [left, right] = own.align === "left" ? [own.at, own.at + width] : [own.at - width, own.at];
      if (!fits(others, lines, plotWidth, x, own.row, left, right)) continue;
      placed[index[i]!] = { x, row: own.row, from: Math.min(x, left), to: Math.max(x, right), left, right };
      result[i] = { ...own, label };
      break;
    }
  }
  return result;
}

/** Whether a line's edge stands within LINE_CLEAR of a name's edges. */
const near = (l: number, box: { left: number; right: number }) =>
  Math.abs(l - box.left) < LINE_CLEAR || Math.abs(l - box.right) < LINE_CLEAR;

/**
 * Whether a name from `left` to `right` in `row`, for the line at `x`, finds room among the names `placed` so far
 * and the `lines` drawn beside its own. Without `edges`, the lines beside its edges are not looked at: what is left
 * fails for every name at least as wide, from the same edge, wherever it fails for this one (its span only grows),
 * so a name that fails so has no wider one that fits.
 */
function fits(
  placed: readonly Placed[],
  lines: readonly number[],
  plotWidth: number,
  x: number,
  row: number,
  left: number,
  right: number,
  edges = true,
): boolean {
  const [from, to] = [Math.min(x, left), Math.max(x, right)];
  if (left < 0 || right > plotWidth) return false;
  // Its row's span clear of the names and leaders already there.
  if (placed.some((p) => p.row === row && p.from < to + GAP && from - GAP < p.to)) return false;
  // No line rising above this row through its span; no line but its own next to its name's edges.
  if (placed.some((p) => p.row > row && p.x > from && p.x < to)) return false;
  if (edges && lines.some((l) => near(l, { left, right }))) return false;
  // Its own line crosses no lower row's span, and stands clear of the edges of every name.
  return !placed.some((p) => (p.row < row && x > p.from && x < p.to) || near(x, p));
}
