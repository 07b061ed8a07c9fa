/**
 * Funding figures out of their place. A figure on a line of its own in the funding section, under no label, is no
 * label's: it is said at its line (`stray_figure`), never read. With a label left empty it may be a sign of figures
 * shifted one label (the empty label's figure printed on the next label's line, and so on, the last on a line of its
 * own; or the reverse, upwards): every label's figure printed between the empty label and the figure under no label
 * may be its neighbour's, and is not read (`shifted_figure`, at its line).
 *
 * @module
 */
import { isFigureRest, type Line } from "./sections.ts";

/** The lines of the section that are a figure (see `isFigureRest`) and no label's line nor its figure's rest. */
export function strayFigures(lines: readonly Line[], held: ReadonlySet<number>): Line[] {
  return lines.filter((line) => !held.has(line.number) && isFigureRest(line.text));
}

/**
 * The empty label's line and the figure's line a labelled figure at `line` stands between (in either order), if it
 * does: the figure may be shifted one label.
 */
export function shiftedBetween(
  line: number,
  empties: readonly number[],
  strays: readonly Line[],
): [empty: number, stray: number] | undefined {
  for (const empty of empties) {
    for (const { number: stray } of strays) {
      if (Math.min(empty, stray) < line && line < Math.max(empty, stray)) return [empty, stray];
    }
  }
  return undefined;
}
