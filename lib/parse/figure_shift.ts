/**
 * Figures out of their place in a block of labelled figures (the funding's, an indicator's). A figure on a line of
 * its own, under no label, is no label's: it is said at its line (`stray_figure`), never read; so is a figure under a
 * label that is none of the template's (`figure_under_other_label`). With a label left empty it may be a sign of
 * figures shifted one label (the empty label's figure printed on the next label's line, and so on, the last on a line
 * of its own; or the reverse, upwards): every label's figure printed between the empty label and the figure under no
 * label may be its neighbour's, and is not read (`shifted_figure`, at its line).
 *
 * @module
 */
import type { ProjectBuilder } from "./builder.ts";
import { isFigureRest, type Line, type Section } from "./sections.ts";

/** The longest line that is a figure's line: a longer one is text (a paragraph a lost heading left in the section). */
const FIGURE_LINE_MAX = 100;
/** Brackets or a dash around a figure (`(614 153)`, `- 614 153`). */
const AROUND = /^[([\-\u2013\u2014\u2212]\s*|\s*[)\]]$/g;

/**
 * The lines of the section with a figure that are no label's line nor its figure's rest: `strays`, a figure alone
 * (see `isFigureRest`; in brackets or after a dash too), and `others`, a figure with words (under a label that is
 * none of the template's: `Muu rahoitus: 10 000`, `Toteutunut julk. rahoitus yhteensä: 614 153`). A line longer than
 * {@linkcode FIGURE_LINE_MAX} is text, neither.
 */
export function unreadFigures(lines: readonly Line[], held: ReadonlySet<number>): { strays: Line[]; others: Line[] } {
  const strays: Line[] = [];
  const others: Line[] = [];
  for (const line of lines) {
    if (held.has(line.number) || line.text.length > FIGURE_LINE_MAX || !/\d/.test(line.text)) continue;
    (isFigureRest(line.text.trim().replace(AROUND, "")) ? strays : others).push(line);
  }
  return { strays, others };
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

/** Says the section's figures that no label holds (see {@linkcode unreadFigures}); the figures alone, returned. */
export function sayUnreadFigures(builder: ProjectBuilder, section: Section, held: ReadonlySet<number>): Line[] {
  const { strays, others } = unreadFigures(section.lines, held);
  const heading = section.heading.text;
  for (const stray of strays) builder.diagnose("stray_figure", stray.number, heading, stray.text);
  for (const other of others) builder.diagnose("figure_under_other_label", other.number, heading, other.text);
  return strays;
}
