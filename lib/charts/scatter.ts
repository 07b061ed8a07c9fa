/**
 * The layers every per-project scatter shares: points coloured and shaped by
 * status, and labels beside a few of them (the extremes), placed where they
 * collide with nothing. Used by the planned against actual participants and
 * the funding against participants charts.
 *
 * @module
 */
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { UnitSpec } from "vega-lite/build/src/spec/unit.js";
import { CHART_TEXT } from "../i18n/charts.ts";
import {
  type CappedRows,
  type ChartRow,
  projectTooltip,
  singleStatusNote,
  statusColour,
  statusShape,
  type TooltipQuantity,
} from "./_rows.ts";
import {
  CORNER_OVERHANG,
  LABEL_OFFSET,
  LabelSpace,
  type LineEndSide,
  type Placement,
  type PlotLine,
} from "./_point_labels.ts";
import { formatInteger } from "../i18n/format.ts";
import { measure, projectLabels, scatterPlot } from "./layout.ts";
import type { Language, PrintWidth } from "./theme.ts";

/** An axis of the scatter: the field, its title and format (a tooltip quantity as it is), and the top of its scale. */
export interface ScatterAxis extends TooltipQuantity {
  max: number;
  /** The axis' ticks, when given (else Vega-Lite's). */
  values?: number[];
}

/** What the points show, and the plot they are drawn in. */
export interface ProjectPoints {
  x: ScatterAxis;
  y: ScatterAxis;
  /** The quantities the tooltip shows after code, name and status. */
  tooltip: readonly TooltipQuantity[];
  /** Which projects are named first: the lowest and highest `ratio[0]` ÷ `ratio[1]`, then the largest `size`. */
  named: { ratio: [string, string]; size: string };
  /** The lines drawn through the plot, which labels must not cross (guides may be dropped for a name). */
  lines: readonly PlotLine[];
  printWidth: PrintWidth;
  /** The plot's height in pixels. */
  height: number;
}

/** The widest a point's label may be, by print width, and the shorter cuts tried where no whole word fits. */
const POINT_LABEL_WIDTH = { full: 240, half: 160 } as const;
const POINT_LABEL_SHORTER = { full: [170, 120], half: [120] } as const;

const PLACEMENT_MARKS: Record<
  Placement,
  { align: "left" | "right" | "center"; baseline: "middle" | "bottom" | "top"; dx: number; dy: number }
> = {
  right: { align: "left", baseline: "middle", dx: LABEL_OFFSET, dy: 0 },
  left: { align: "right", baseline: "middle", dx: -LABEL_OFFSET, dy: 0 },
  above: { align: "center", baseline: "bottom", dx: 0, dy: -LABEL_OFFSET },
  below: { align: "center", baseline: "top", dx: 0, dy: LABEL_OFFSET },
  "above-left": { align: "right", baseline: "bottom", dx: CORNER_OVERHANG, dy: -LABEL_OFFSET },
  "above-right": { align: "left", baseline: "bottom", dx: -CORNER_OVERHANG, dy: -LABEL_OFFSET },
  "below-left": { align: "right", baseline: "top", dx: CORNER_OVERHANG, dy: LABEL_OFFSET },
  "below-right": { align: "left", baseline: "top", dx: -CORNER_OVERHANG, dy: LABEL_OFFSET },
};

/** The most points a scatter draws: beyond it, a chart of 10,000 projects was a 3.5 MB SVG. */
export const MAX_POINTS = 400;
/** Of those, how many are the projects furthest from the others (half at each end) and the largest. */
const KEPT_EXTREMES = { ratio: 80, size: 20 };

/**
 * At most {@linkcode MAX_POINTS} rows, in their order: the lowest and highest
 * ratios of `ratio[0]` to `ratio[1]`, the largest by `size`, and an evenly
 * spaced sample of the rest by project code; with the subtitle's note saying
 * so ("" when all are drawn).
 */
export function cappedPoints(
  rows: readonly ChartRow[],
  named: ProjectPoints["named"],
  lang: Language,
): CappedRows {
  if (rows.length <= MAX_POINTS) return { rows: [...rows], note: "" };
  const code = (row: ChartRow) => String(row.project_code);
  const value = (row: ChartRow) => (row[named.ratio[0]] as number) / Math.max(1, row[named.ratio[1]] as number);
  const byRatio = [...rows].sort((a, b) => value(a) - value(b) || code(a).localeCompare(code(b)));
  const bySize = [...rows].sort((a, b) =>
    (b[named.size] as number) - (a[named.size] as number) || code(a).localeCompare(code(b))
  );
  const half = KEPT_EXTREMES.ratio / 2;
  const kept = new Set([...byRatio.slice(0, half), ...byRatio.slice(-half), ...bySize.slice(0, KEPT_EXTREMES.size)]);
  const rest = rows.filter((row) => !kept.has(row)).sort((a, b) => code(a).localeCompare(code(b)));
  const step = rest.length / (MAX_POINTS - kept.size);
  for (let k = 0; kept.size < MAX_POINTS; k++) kept.add(rest[Math.floor(k * step)]!);
  return { rows: rows.filter((row) => kept.has(row)), note: CHART_TEXT[lang].cappedSample(MAX_POINTS, rows.length) };
}

/**
 * The point layer and the label layers of a scatter of the rows (at most
 * {@linkcode MAX_POINTS} of them, see {@linkcode cappedPoints}), the number
 * of points labelled, the subtitle's note on the points left out, and the
 * space left for more labels.
 */
export function projectPoints(
  allRows: ChartRow[],
  lang: Language,
  points: ProjectPoints,
): {
  layers: UnitSpec<Field>[];
  labelled: number;
  note: string;
  space: LabelSpace;
  lineLabels: ({ side: LineEndSide; x: number; y: number } | null)[];
} {
  const { rows, note } = cappedPoints(allRows, points.named, lang);
  const area = scatterPlot(
    points.printWidth,
    points.height,
    formatInteger(points.y.max, lang),
    points.x.max,
    points.y.max,
  );
  const space = new LabelSpace(
    area,
    rows.map((row) => ({ x: row[points.x.field] as number, y: row[points.y.field] as number })),
    points.lines,
  );
  const position = (axis: ScatterAxis) => ({
    field: axis.field,
    type: "quantitative" as const,
    title: axis.title,
    axis: { format: axis.format, ...axis.values ? { values: axis.values } : {} },
    scale: { domain: [0, axis.max], nice: false },
  });
  // The lines' names first, at their ends: the points' names give way to them.
  const lineLabels = points.lines.map(({ segment: [, , x, y], label }) =>
    label === undefined ? null : space.takeAtLineEnd(x, y, label)
  );
  const labels: (ChartRow & { label: string; place: Placement })[] = [];
  const maxLabels = points.printWidth === "full" ? 5 : 3;
  for (const row of extremesFirst(rows, points.named.ratio, points.named.size)) {
    if (labels.length >= maxLabels) break;
    // Every name of a project is at least as wide as its code (each holds the code, or is the code alone): a point
    // without room for its code has none for a name.
    const [x, y] = [row[points.x.field] as number, row[points.y.field] as number];
    if (!space.hasRoom(x, y, measure(String(row.project_code ?? "–")))) continue;
    // A named project's point is named, not left with its code alone.
    const width = points.printWidth;
    const all = projectLabels(row.project_code, row.name, POINT_LABEL_WIDTH[width], [...POINT_LABEL_SHORTER[width]]);
    const texts = all.length > 1 ? all.slice(0, -1) : all;
    const placed = space.place(x, y, texts);
    if (placed) labels.push({ ...row, label: placed.text, place: placed.placement });
  }
  const placements = [...new Set(labels.map((label) => label.place))];
  return {
    space,
    lineLabels,
    labelled: labels.length,
    // One status: its legend is not drawn, the subtitle says it.
    note: note + singleStatusNote(rows, lang),
    layers: [
      {
        data: { values: rows },
        mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
        encoding: {
          x: position(points.x),
          y: position(points.y),
          color: statusColour(rows, lang, area.width),
          shape: statusShape(rows, lang, area.width),
          tooltip: projectTooltip(lang, points.tooltip),
        },
      },
      // Each named point ringed, so that a name reads as its point's where points crowd.
      ...(labels.length === 0 ? [] : [{
        data: { values: labels },
        mark: { type: "point" as const, filled: false, size: 190, stroke: "#222222", strokeWidth: 1.5, opacity: 1 },
        encoding: { x: position(points.x), y: position(points.y) },
      }]),
      ...placements.map((place): UnitSpec<Field> => ({
        data: { values: labels.filter((label) => label.place === place) },
        mark: { type: "text", ...PLACEMENT_MARKS[place] },
        encoding: {
          x: { field: points.x.field, type: "quantitative" },
          y: { field: points.y.field, type: "quantitative" },
          text: { field: "label" },
          tooltip: projectTooltip(lang, points.tooltip),
        },
      })),
    ],
  };
}

/**
 * The rows in the order they are named: the lowest and the highest ratio of
 * `ratio[0]` to `ratio[1]` (the projects furthest from the others), then the
 * largest by `size`.
 */
export function extremesFirst(rows: readonly ChartRow[], ratio: [string, string], size: string): ChartRow[] {
  const value = (row: ChartRow) => (row[ratio[0]] as number) / Math.max(1, row[ratio[1]] as number);
  const byRatio = [...rows].sort((a, b) => value(a) - value(b));
  const bySize = [...rows].sort((a, b) => (b[size] as number) - (a[size] as number));
  return [...new Set([byRatio[0], byRatio.at(-1), ...bySize].filter((row) => row !== undefined))];
}

/** The subtitle's note on how many points are named. */
export function labelledNote(lang: Language, labelled: number, total: number): string {
  // The scatter rings each point it names: said whenever it names any.
  return CHART_TEXT[lang].labelledPoints(labelled, total) + CHART_TEXT[lang].ringedPoints(labelled);
}
