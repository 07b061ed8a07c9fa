/**
 * A timeline of projects, start to end.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT, type TimelineColour } from "../i18n/charts.ts";
import { MISSING } from "../i18n/format.ts";
import {
  type ChartData,
  type ChartRow,
  chartRows,
  firstRows,
  legendEncoding,
  projectTooltip,
  regionLabel,
  singleStatusNote,
  statusColour,
  withProjectLabels,
} from "./_rows.ts";
import { axisExtent, chartWidth, nameWidth } from "./layout.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, dateFormat, type Language, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** Options of {@linkcode projectTimeline}. */
export interface ProjectTimelineOptions extends ChartOptions {
  /**
   * Colour the bars by status or by (first) region.
   * @default {"status"}
   */
  colour?: TimelineColour;
  /**
   * Where every project is listed with its dates (e.g. `tables/projects.xlsx`), said when the chart shows only some.
   * @default {undefined}
   */
  table?: string;
}

/**
 * The dated projects (a start and an end), the latest to start first (in their given order among the same
 * start), and how many they are. Of a frame with both dates, only the first `max` are made rows: making rows of
 * 10,000 projects to show 30 took 0.2 s of notebook 01's first chart.
 */
function latestDated(data: ChartData, max: number, lang: Language): { latest: ChartRow[]; dated: number } {
  const frame = data as pl.DataFrame;
  const isDate = (column: string) => frame.schema[column]?.variant === "Date";
  const cut = !Array.isArray(data) && isDate("start_date") && isDate("end_date");
  const columns = ["project_code", "name", "status_normalised", "start_date", "end_date", "regions"];
  // Only the columns the rows take: sorting the frame gathered all 75 (10,000 projects' texts: 40 ms).
  const given = cut
    ? frame.select(...columns.filter((column) => frame.columns.includes(column))).dropNulls(["start_date", "end_date"])
    : data;
  // In the order of the rows' own sort below: stable, descending (ISO dates sort as the dates do).
  const shown = cut ? (given as pl.DataFrame).sort("start_date", true, false, true).head(max) : given;
  const latest = chartRows(shown, columns.slice(3), lang)
    .filter((r) => typeof r.start_date === "string" && typeof r.end_date === "string")
    .map(({ regions, ...row }): ChartRow => {
      const first = (regions as string[] | null)?.[0];
      return { ...row, region: first === undefined ? MISSING : regionLabel(first, lang) };
    })
    .sort((a, b) => String(b.start_date).localeCompare(String(a.start_date)));
  return { latest, dated: cut ? (given as pl.DataFrame).height : latest.length };
}

/**
 * One bar per project from its planned start to its planned end, sorted by
 * start, coloured by status or region.
 *
 * @example Usage
 * ```ts
 * import { projectTimeline } from "./project_timeline.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = projectTimeline([
 *   { project_code: "S11547", name: "MOK", status_normalised: "ended", start_date: "2011-01-01", end_date: "2015-02-28", regions: ["Pohjois-Savo"] },
 * ], { colour: "region" });
 * assertEquals((spec as { data: { values: { region: string }[] } }).data.values[0]!.region, "Pohjois-Savo");
 * ```
 */
export function projectTimeline(data: ChartData, options: ProjectTimelineOptions = {}): TopLevelSpec {
  const { lang, printWidth, maxProjects } = withDefaults(options);
  const colourBy = options.colour ?? "status";
  const text = CHART_TEXT[lang];
  const { latest, dated } = latestDated(data, maxProjects, lang);
  const capped = firstRows(latest, maxProjects, lang, text.projectTimelineCapped, dated);
  const rows = withProjectLabels(capped.rows, nameWidth(printWidth));
  const plot = chartWidth(printWidth).inner - axisExtent(rows.map((r) => r.project_label as string), false);
  const regions = [...new Set(rows.map((r) => String(r.region)))].sort((a, b) => a.localeCompare(b, lang));
  // Whole years, from New Year of the first start to the New Year after the last end: the first year has its tick.
  // Its ends as domainMin and domainMax: a whole domain of date-time objects on a bar with x2 makes Vega-Lite warn of
  // two domains (the objects and their signals) on the terminal.
  const years = rows.flatMap((r) => [String(r.start_date), String(r.end_date)]).map((d) => Number(d.slice(0, 4)));
  const domain = years.length === 0 ? undefined : {
    domainMin: { year: Math.min(...years), month: 1, date: 1 },
    domainMax: { year: Math.max(...years) + 1, month: 1, date: 1 },
  };
  return chartSpec({
    lang,
    title: text.projectTimelineTitle,
    // A capped chart says why these projects (the latest starts) and where all of them are.
    subtitle: text.projectTimelineSubtitle(
      dated,
      capped.note === "" ? "" : capped.note.replace(/\.$/, "") + text.projectTimelineWhy(dated, options.table ?? null),
    ) +
      (colourBy === "status" ? singleStatusNote(rows, lang) : ""),
    description: text.projectTimelineDescription(rows.length, colourBy),
    printWidth,
    height: Math.max(ROW_HEIGHT * 2, ROW_HEIGHT * rows.length),
  }, {
    data: { values: rows },
    mark: { type: "bar", height: { band: 0.7 }, cornerRadius: 2 },
    encoding: {
      y: {
        field: "project_label",
        type: "nominal",
        title: null,
        sort: { field: "start_date", order: "ascending" },
      },
      // A tick a year at most: ticks at half-years, each labelled with its year, said 2020 twice.
      x: {
        field: "start_date",
        type: "temporal",
        title: text.periodAxis,
        ...(domain === undefined ? {} : { scale: domain }),
        // Each year's label centred on its tick: flush with the axis' ends, the first one read as the second tick's.
        axis: { format: "%Y", tickCount: { interval: "year", step: 1 }, labelFlush: false },
      },
      x2: { field: "end_date" },
      color: colourBy === "status"
        ? statusColour(rows, lang, plot)
        : { ...legendEncoding("region", text.region, regions, plot), scale: { domain: regions } },
      tooltip: [
        ...projectTooltip(lang),
        { field: "region", type: "nominal", title: text.region },
        { field: "start_date", type: "temporal", title: text.start, format: dateFormat(lang) },
        { field: "end_date", type: "temporal", title: text.end, format: dateFormat(lang) },
      ],
    },
  });
}
