/**
 * A tile-grid map of Finland's regions, coloured by a metric of the region
 * table, with each region's name, value and n on its tile.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { NATIONWIDE_TILE, REGIONS } from "../analysis/region_names.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { formatInteger } from "../i18n/format.ts";
import { type ChartData, type ChartRow, records } from "./_rows.ts";
import { formatMetric, metricCount, metricFormat, metricKind, roundScale, type SummaryMetric } from "./_metrics.ts";
import { interimCount, interimLine } from "./_interim.ts";
import { chartSpec } from "./spec.ts";
import { type ChartOptions, FONT_SIZES, withDefaults } from "./theme.ts";

/** Options of {@linkcode regionMap}. */
export interface RegionMapOptions extends ChartOptions {
  /**
   * The metric that colours the tiles: a column of the region table.
   * @default {"n_projects"}
   */
  metric?: SummaryMetric;
  /**
   * The side of a tile in pixels.
   * @default {96}
   */
  tile?: number;
}

const COLUMNS = 5;
const ROWS = 6;

/** A long name on two lines: after its first dash, or at its first space. */
export function tileName(name: string, max = 11): string {
  if (name.length <= max) return name;
  const dash = name.indexOf("-");
  if (dash > 0 && dash < name.length - 1) return `${name.slice(0, dash + 1)}\n${name.slice(dash + 1)}`;
  const space = name.indexOf(" ");
  return space > 0 ? `${name.slice(0, space)}\n${name.slice(space + 1)}` : name;
}

/**
 * The map: one tile per region in a fixed layout that keeps the country's
 * shape (see `REGIONS`), and the nationwide projects on a dashed tile
 * apart; a tile's colour is the metric (grey when no project supports
 * it), its text the region's name, the value and n (the projects the
 * value rests on). Names no region was found for are listed in the
 * subtitle. Takes the rows of `regionSummary()`.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { regionSummary } from "../analysis/regions.ts";
 * import { regionMap } from "./region_map.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const table = regionSummary(pl.DataFrame({ regions: [["Lappi"], ["Kainuu", "Lappi"]] }));
 * const spec = regionMap(table, { lang: "en" }) as { data: { values: { name: string; n: number }[] } };
 * assertEquals(spec.data.values.length, 20);
 * assertEquals(spec.data.values.find((tile) => tile.name === "Lapland")?.n, 2);
 * ```
 */
export function regionMap(table: ChartData, options: RegionMapOptions = {}): TopLevelSpec {
  const { lang } = withDefaults(options);
  const metric = options.metric ?? "n_projects";
  const size = options.tile ?? 96;
  const text = ANALYSIS_TEXT[lang];
  const names = ANALYSIS_NAMES[lang];
  const rows = records(table);
  const byArea = new Map(rows.map((row) => [String(row.area), row]));
  const label = names.metric(metric);
  const tiles: ChartRow[] = [
    ...REGIONS.map((region) => ({ area: region.code, name: names.region(region.code), ...region })),
    { area: "nationwide", name: names.nationwideTile, ...NATIONWIDE_TILE },
  ].map((tile) => {
    const row = byArea.get(tile.area);
    const value = typeof row?.[metric] === "number" ? row[metric] as number : null;
    return {
      area: tile.area,
      name: tile.name,
      lines: tileName(tile.name),
      col: tile.col,
      row: tile.row,
      value,
      value_label: value === null ? "–" : formatMetric(value, metric, lang),
      n: (row?.[metricCount(metric)] as number | undefined) ?? 0,
      // A count's n is the count itself: printed once.
      n_label: metric === "n_projects"
        ? ""
        : `n = ${formatInteger((row?.[metricCount(metric)] as number | undefined) ?? 0, lang)}`,
      n_projects: (row?.n_projects as number | undefined) ?? 0,
      n_shared: (row?.n_shared as number | undefined) ?? 0,
      // A count of projects is no interim figure.
      n_interim: metric === "n_projects" ? 0 : interimCount(row, metric),
      nationwide: tile.area === "nationwide",
    };
  });
  const valued = tiles.filter((tile) => tile.value !== null);
  const values = valued.map((tile) => tile.value as number);
  // The colours start at 0 for every metric (a scale from the lowest value would draw it as if it were none) and end
  // at the round value at or above the top one, which the legend labels: a legend ending below it left it unread.
  const scale = roundScale(Math.max(0, ...values), metricKind(metric));
  const [low, high] = [0, scale.top];
  for (const tile of tiles) {
    const shade = tile.value === null || high === low ? 0 : ((tile.value as number) - low) / (high - low);
    tile.light = shade > 0.6;
  }
  const regionRows = valued.filter((tile) => !tile.nationwide);
  const extreme = (pick: (a: number, b: number) => boolean) =>
    regionRows.length === 0
      ? null
      : regionRows.reduce((best, tile) => pick(tile.value as number, best.value as number) ? tile : best);
  // A figure that includes active projects' interim figures says so (a region of one active project is no result);
  // a figure several regions share names none of them as the one (15 regions with no project).
  const describe = (tile: ChartRow | null) => {
    if (tile === null) return null;
    const tied = regionRows.filter((other) => other.value === tile.value).length;
    const value = Number(tile.n_interim) > 0
      ? `${tile.value_label}, ${text.includesInterim}`
      : String(tile.value_label);
    return { name: tied > 1 ? text.tiedRegions(tied) : String(tile.name), value };
  };
  const apartRows = rows.filter((row) => row.area_kind === "unrecognised" || row.area_kind === "none");
  const apart = apartRows.length === 0 ? "" : text.regionMapApart(
    apartRows.map((row) => row.area_kind === "none" ? names.noRegion : String(row.region)),
    apartRows.reduce((sum, row) => sum + Number(row.n_projects ?? 0), 0),
  );
  const nationwide = Number(byArea.get("nationwide")?.n_projects ?? 0);
  const cell = { type: "ordinal" as const, axis: null };
  const position = {
    x: {
      ...cell,
      field: "col",
      scale: { type: "band" as const, domain: [0, 1, 2, 3, 4], paddingInner: 0.06, paddingOuter: 0 },
    },
    y: {
      ...cell,
      field: "row",
      scale: { type: "band" as const, domain: [0, 1, 2, 3, 4, 5], paddingInner: 0.06, paddingOuter: 0 },
    },
  };
  // The ink as a condition, not a field: a second colour scale would clash with the tiles' colour scale.
  const ink = { condition: { test: "datum.light", value: "white" }, value: "#222222" };
  const tooltip = [
    { field: "name", type: "nominal" as const, title: text.region },
    { field: "value_label", type: "nominal" as const, title: label },
    { field: "n", type: "quantitative" as const, title: text.nBasis },
    { field: "n_projects", type: "quantitative" as const, title: text.projectCount },
    { field: "n_shared", type: "quantitative" as const, title: text.sharedCount },
    { field: "n_interim", type: "quantitative" as const, title: text.interimCount },
  ];
  return chartSpec({
    lang,
    title: text.regionMapTitle(label),
    // The picture says which figures include active projects' interim ones: it is pasted into reports on its own.
    // A grey tile has no figure (no project there has it): said, as a legend of colours does not.
    subtitle: text.regionMapSubtitle(nationwide, apart, metric === "n_projects", valued.length < tiles.length) +
      interimLine(valued.map((tile) => [String(tile.name), Number(tile.n_interim)]), lang),
    description: text.regionMapDescription(
      label,
      valued.length,
      describe(extreme((a, b) => a > b)),
      describe(
        extreme((a, b) => a < b),
      ),
    ),
    printWidth: options.printWidth ?? "full",
    height: size * ROWS,
  }, {
    data: { values: tiles },
    layer: [
      { mark: { type: "rect", color: "#e4e4e4", cornerRadius: 3 }, encoding: { ...position, tooltip } },
      {
        transform: [{ filter: "datum.value !== null" }],
        mark: { type: "rect", cornerRadius: 3 },
        encoding: {
          ...position,
          color: {
            field: "value",
            type: "quantitative",
            title: label,
            scale: { scheme: "blues", domain: [low, high] },
            // Counts are whole: no tick at 0.5 written as "1" beside the 1.
            legend: {
              orient: "top",
              format: metricFormat(metric),
              gradientLength: size * 3,
              titleLimit: size * COLUMNS,
              values: scale.values,
            },
          },
          tooltip,
        },
      },
      {
        transform: [{ filter: "datum.nationwide" }],
        mark: { type: "rect", fillOpacity: 0, stroke: "#222222", strokeDash: [4, 3], cornerRadius: 3 },
        encoding: position,
      },
      {
        mark: { type: "text", baseline: "top", lineBreak: "\n", fontSize: FONT_SIZES.text, dy: -size / 2 + 6 },
        encoding: { ...position, text: { field: "lines" }, color: ink },
      },
      {
        mark: { type: "text", baseline: "middle", fontSize: FONT_SIZES.title, fontWeight: "bold", dy: 12 },
        encoding: { ...position, text: { field: "value_label" }, color: ink },
      },
      {
        mark: { type: "text", baseline: "middle", fontSize: FONT_SIZES.text, dy: 30 },
        encoding: { ...position, text: { field: "n_label" }, color: ink },
      },
    ],
  });
}
