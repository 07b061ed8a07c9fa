/**
 * Where the corpus projects stand among all the programme's projects:
 * the distribution of public funding utilisation in the register.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CHART_TEXT } from "../i18n/charts.ts";
import { formatInteger } from "../i18n/format.ts";
import { type ChartData, records } from "./_rows.ts";
import { axisExtent, chartWidth, measure } from "./layout.ts";
import { placeLineLabels } from "./_line_labels.ts";
import { chartSpec } from "./spec.ts";
import { IMPLAUSIBLE_RATIO } from "../analysis/suspicious_values.ts";
import { type ChartOptions, FONT_SIZES, FORMATS, PALETTE, withDefaults } from "./theme.ts";

/** Options of {@linkcode programmeUtilisation}. */
export interface ProgrammeUtilisationOptions extends ChartOptions {
  /**
   * Utilisation above this is drawn in the last bin (a few register rows run far past 100 %).
   * @default {1.5}
   */
  clip?: number;
  /**
   * A subtitle naming the register's selection, e.g. "ESR, 2 775 hanketta".
   * @default {undefined}
   */
  selection?: string;
}

const STEP = 0.05;
/** Rows of labels above the tallest bar, and the height of each in pixels. */
const LABEL_ROWS = 3;
const ROW_PX = FONT_SIZES.text + 5;

/** Round tick values from 0 to at most `max`: steps of 1, 2 or 5 times a power of ten, about five of them. */
function ticks(max: number): number[] {
  const raw = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw)!;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/**
 * A histogram (5 % bins) of public funding utilisation over the register's
 * projects, with a vertical line for each corpus project the register lists;
 * the lines are named above the bars (name and code) where the names fit, in
 * up to three rows: a line rises to its name's row and a short leader runs to
 * the name, clear of the other lines (`placeLineLabels()`). Rows beyond the
 * range are drawn in the end bars and counted in the subtitle: above the clip
 * (and of them over 10× the plan, a typing error most likely) and below 0 %.
 *
 * @example Usage
 * ```ts
 * import { programmeUtilisation } from "./programme_utilisation.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = programmeUtilisation(
 *   [{ project_code: "S1", funding_utilisation: 0.9 }, { project_code: "S2", funding_utilisation: 0.5 }],
 *   [{ project_code: "S1", name: "Hanke", funding_utilisation: 0.9 }],
 *   { lang: "en" },
 * );
 * assertEquals(spec.description?.includes("2 register projects"), true);
 * ```
 */
export function programmeUtilisation(
  register: ChartData,
  corpus: ChartData,
  options: ProgrammeUtilisationOptions = {},
): TopLevelSpec {
  const { lang, printWidth, height } = withDefaults(options);
  const clip = options.clip ?? 1.5;
  const text = CHART_TEXT[lang];
  const registerRows = records(register, ["project_code", "status_normalised", "funding_utilisation"]); // what is read
  // A register's active projects (all of a snapshot taken while the programme ran): their utilisation is interim.
  const active = registerRows.filter((r) => r.status_normalised === "active").length;
  const read = registerRows.flatMap((r) => typeof r.funding_utilisation === "number" ? [r.funding_utilisation] : []);
  // Beyond the bars' range, each in the end bar and said: above the clip (of them over 10× the plan, implausible as
  // a document's `over_10x`), and below 0 % (a realised figure below zero: EURA nets a repayment).
  const above = read.filter((value) => value > clip).length;
  const implausible = read.filter((value) => value > IMPLAUSIBLE_RATIO).length;
  const below = read.filter((value) => value < 0).length;
  const values = read.map((value) => inRange(value, clip));
  const binCount = Math.round(clip / STEP) + 1;
  // A value's bin: the last holds everything from the clip up.
  const binOf = (value: number) => Math.min(binCount - 1, Math.floor(value / STEP + 1e-9));
  const counts = new Array<number>(binCount).fill(0);
  for (const value of values) counts[binOf(value)]!++;
  const bins = counts.map((count, i) => ({ start: i * STEP, end: (i + 1) * STEP, count }));
  const top = Math.max(1, ...counts);
  const yTicks = ticks(top);
  const xMax = binCount * STEP;
  // The plot as Vega will lay it out, and the band of label rows above the tallest bar.
  const plotWidth = chartWidth(printWidth).inner - axisExtent([formatInteger(yTicks.at(-1), lang)], true) -
    measure(formatInteger(150, lang) + " %") / 2;
  const yMax = top * height / (height - LABEL_ROWS * ROW_PX - 4);
  // The middle of a label row, in counts: row 0 sits on the tallest bar.
  const rowMiddle = (row: number) => top + (row + 0.5) * ROW_PX / height * yMax;
  const codes = new Set(registerRows.map((r) => r.project_code));
  // Corpus projects the register does not list (a snapshot taken before they started): said, so none seems lost.
  const unlisted = records(corpus, ["project_code"]).filter((r) => !codes.has(r.project_code)).length;
  const marked = records(corpus, ["project_code", "name", "funding_utilisation"]).filter((r) =>
    codes.has(r.project_code) && typeof r.funding_utilisation === "number"
  )
    .map((r) => ({
      project_code: r.project_code,
      name: r.name ?? null,
      value: inRange(r.funding_utilisation as number, clip),
    }))
    .sort((a, b) => a.value - b.value);
  // Each named line rises to its name's row, then a short leader runs to the name (placeLineLabels).
  const places = placeLineLabels(
    marked.map((mark) => ({ x: mark.value / xMax * plotWidth, code: mark.project_code, name: mark.name })),
    plotWidth,
    LABEL_ROWS,
    marked.length <= MANY_MARKS,
  );
  const labelled = marked.map((mark, i) => {
    const place = places[i];
    if (!place) return { ...mark, row: -1, bottom: 0, top };
    // The leader ends a little short of the name; the name's edge at `at`, in the data's units.
    const end = place.at + (place.align === "left" ? -3 : 3);
    return {
      ...mark,
      ...place,
      bottom: 0,
      top: rowMiddle(place.row),
      at: place.at / plotWidth * xMax,
      leader_end: end / plotWidth * xMax,
    };
  });
  const named = labelled.filter((m) => "align" in m);
  // Among many, the corpus projects are bars of their own in the same bins, outlined over the register's: a line
  // each hid the histogram (182 projects: a solid block). Only the named ones keep their line.
  const many = marked.length > MANY_MARKS;
  const corpusCounts = new Array<number>(binCount).fill(0);
  if (many) { for (const { value } of marked) corpusCounts[binOf(value)]!++; }
  const corpusBins = bins.map((bin, i) => ({ ...bin, count: corpusCounts[i]! })).filter((bin) => bin.count > 0);
  const tooltip = [
    { field: "project_code", type: "nominal" as const, title: text.code },
    { field: "name", type: "nominal" as const, title: text.name },
    { field: "value", type: "quantitative" as const, title: text.fundingUtilisation, format: FORMATS.percentOne },
  ];
  return chartSpec({
    lang,
    title: text.programmeUtilisationTitle,
    subtitle: `${options.selection ? options.selection + ". " : ""}${
      text.programmeUtilisationSubtitle(marked.length, clip, many, above, implausible)
    }${below === 0 ? "" : text.programmeBelowZero(below)}${text.labelledPoints(named.length, marked.length)}${
      unlisted === 0 ? "" : text.programmeUnlisted(unlisted)
    }${active === 0 ? "" : text.programmeActive(active, registerRows.length)}`,
    description: text.programmeUtilisationDescription(values.length, marked.length),
    printWidth,
    height,
  }, {
    layer: [
      {
        data: { values: bins },
        mark: { type: "bar", color: PALETTE.skyBlue, stroke: "white", strokeWidth: 0.5 },
        encoding: {
          x: {
            field: "start",
            type: "quantitative",
            title: text.fundingUtilisationAxis,
            axis: { format: FORMATS.percent, values: ticks(clip * 100).map((t) => t / 100) },
            scale: { domain: [0, xMax], nice: false },
          },
          x2: { field: "end" },
          y2: { datum: 0 },
          y: {
            field: "count",
            type: "quantitative",
            title: text.projectCountAxis,
            axis: { values: yTicks, format: FORMATS.integer },
            scale: { domain: [0, yMax], nice: false },
          },
          tooltip: [
            { field: "start", type: "quantitative", title: text.fundingUtilisation, format: FORMATS.percent },
            { field: "count", type: "quantitative", title: text.projectCountAxis, format: FORMATS.integer },
          ],
        },
      },
      ...(many
        ? [{
          data: { values: corpusBins },
          mark: {
            type: "bar" as const,
            fill: PALETTE.vermillion,
            fillOpacity: 0.25,
            stroke: PALETTE.vermillion,
            strokeWidth: 1.5,
          },
          encoding: {
            x: { field: "start", type: "quantitative" as const },
            x2: { field: "end" },
            y: { field: "count", type: "quantitative" as const },
            y2: { datum: 0 },
            tooltip: [
              {
                field: "start",
                type: "quantitative" as const,
                title: text.fundingUtilisation,
                format: FORMATS.percent,
              },
              {
                field: "count",
                type: "quantitative" as const,
                title: text.corpusProjectCount,
                format: FORMATS.integer,
              },
            ],
          },
        }]
        : []),
      {
        data: { values: many ? named : labelled },
        mark: { type: "rule", color: PALETTE.vermillion, strokeWidth: 2 },
        encoding: {
          x: { field: "value", type: "quantitative" },
          y: { field: "bottom", type: "quantitative" },
          y2: { field: "top" },
          tooltip,
        },
      },
      {
        data: { values: named },
        mark: { type: "rule", color: PALETTE.vermillion, strokeWidth: 1.5 },
        encoding: {
          x: { field: "value", type: "quantitative" },
          x2: { field: "leader_end" },
          y: { field: "top", type: "quantitative" },
          tooltip,
        },
      },
      ...(["left", "right"] as const).filter((align) => named.some((m) => m.align === align)).map((align) => ({
        data: { values: named.filter((m) => m.align === align) },
        mark: { type: "text" as const, align, baseline: "middle" as const, color: PALETTE.vermillion },
        encoding: {
          x: { field: "at", type: "quantitative" as const },
          y: { field: "top", type: "quantitative" as const },
          text: { field: "label" },
          tooltip,
        },
      })),
    ],
  });
}

/** A utilisation within the histogram's range: below 0 % in the first bar, above the clip in the last. */
const inRange = (value: number, clip: number) => Math.max(0, Math.min(value, clip));

/** More corpus projects than this are drawn as bars of their own: lines over the whole height hid the histogram. */
const MANY_MARKS = 12;
