/**
 * Realisation and utilisation by group (period, region, axis …).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { CROSSWALK } from "../analysis/themes.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import type { Language } from "../i18n/mod.ts";
import { formatInteger, formatPercent, MISSING } from "../i18n/format.ts";
import { organisationTypeName, STATUS_LABELS } from "../i18n/statuses.ts";
import { DERIVED_METRICS, type Status } from "../schema.ts";
import { type ChartData, legendEncoding, records, regionLabel } from "./_rows.ts";
import { barLayout, VALUE_GAP } from "./_ratio_bars.ts";
import { interimCount } from "./_interim.ts";
import { nameWidth, wrappedLabel } from "./layout.ts";
import { chartSpec } from "./spec.ts";
import { interimLine } from "./_interim.ts";
import { type ChartOptions, FORMATS, PALETTE, ROW_HEIGHT, withDefaults } from "./theme.ts";

/** The height of a line of a group's name on the axis. */
const NAME_LINE_PX = 15;

/** Options of {@linkcode groupedSummary}. */
export interface GroupedSummaryOptions extends ChartOptions {
  /** The grouping column of the summary, e.g. `programme_period`, `region`, `priority_axis_code`. */
  by: string;
  /**
   * The groups' name in tooltips.
   * @default {the grouping's name in the chart's language, e.g. "Ohjelmakausi" for programme_period}
   */
  groupTitle?: string;
  /**
   * The name each group is shown with, by its value (e.g. a priority axis'
   * number with its title: `{ "4": "4 Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa" }`);
   * long names are wrapped and shortened ({@linkcode priorityAxisNames} names the priority axes).
   * @default {the group's value; statuses in the chart's language, a priority axis without a name as "Toimintalinja 5"}
   */
  groupLabels?: Readonly<Record<string, string>>;
  /**
   * The weighted ratios drawn, each with its `_n`.
   * @default {["participant_realisation", "funding_utilisation"]}
   */
  metrics?: GroupedMetric[];
  /**
   * The chart's title.
   * @default {the metrics' names and the grouping, e.g. "… maakunnittain"}
   */
  title?: string;
  /**
   * A sentence added to the subtitle (with its leading space), e.g. why a metric is not drawn.
   * @default {""}
   */
  note?: string;
}

/** Ratios of a `summarise()` table the chart can draw. */
export type GroupedMetric =
  | "participant_realisation"
  | "funding_utilisation"
  | "funding_utilisation_eu_state"
  | "company_realisation"
  | "women_share_actual";

/**
 * Grouped bars of weighted ratios (by default participant realisation and
 * public funding utilisation) per group of a `summarise()` table, the groups
 * named on the axis, each value with the number of projects it rests on in a
 * column on the right; the dashed line marks 100 %.
 *
 * @example Usage
 * ```ts
 * import { groupedSummary } from "./grouped_summary.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = groupedSummary([
 *   { programme_period: "2007-2013", participant_realisation: 283 / 388, participant_realisation_n: 3, funding_utilisation: 0.9, funding_utilisation_n: 3 },
 * ], { by: "programme_period", lang: "en" });
 * const rows = (spec as { data: { values: { label: string }[] } }).data.values;
 * assertEquals(rows.map((r) => r.label), ["72.9% (n = 3)", "90.0% (n = 3)"]);
 * ```
 */
export function groupedSummary(summary: ChartData, options: GroupedSummaryOptions): TopLevelSpec {
  const { lang, printWidth } = withDefaults(options);
  const text = CHART_TEXT[lang];
  const keys = options.metrics ?? ["participant_realisation", "funding_utilisation"];
  const metrics = keys.map((key) => ({ key, label: text.groupedMetric(key) }));
  const groupName = (value: unknown): string => {
    if (value === null || value === undefined) return MISSING;
    const key = String(value);
    if (options.groupLabels?.[key]) return options.groupLabels[key]!;
    if (options.by === "status_normalised") return STATUS_LABELS[lang][key as Status] ?? key;
    if (options.by === "priority_axis_code") return text.priorityAxisNumbered(key);
    if (options.by === "region") return regionLabel(key, lang);
    if (options.by === "organisation_type") return organisationTypeName(key, lang);
    return key;
  };
  const lines = (name: string) => wrappedLabel(name, nameWidth(printWidth), 2).join("\n");
  const rows = records(summary).flatMap((record) =>
    metrics.map(({ key, label }) => {
      const value = typeof record[key] === "number" ? record[key] as number : null;
      const n = typeof record[`${key}_n`] === "number" ? record[`${key}_n`] as number : 0;
      return {
        group: lines(groupName(record[options.by])),
        metric: label,
        value,
        position: value ?? 0,
        n,
        label: `${formatPercent(value, lang)} (n = ${formatInteger(n, lang)})`,
      };
    })
  );
  const groups = [...new Set(rows.map((r) => r.group))];
  const bandForName = Math.max(1, ...groups.map((group) => group.split("\n").length)) * NAME_LINE_PX + 8;
  // Groups whose figures include active projects' interim ones, which the bars do not show.
  const interim = records(summary).flatMap((record): [string, number][] => {
    const active = Math.max(0, ...metrics.map(({ key }) => interimCount(record, key)));
    return active > 0 ? [[groupName(record[options.by]), active]] : [];
  });
  const max = Math.max(1.05, ...rows.map((r) => r.value ?? 0));
  const { legendWidth } = barLayout(printWidth, groups, rows.map((r) => r.label));
  const groupTitle = options.groupTitle ?? text.groupName(options.by);
  const metricOrder = metrics.map((m) => m.label);
  // The chart's title names the grouping ("… maakunnittain"); an axis title would only repeat it (and Vega
  // places it over labels of two lines).
  const y = {
    field: "group",
    type: "nominal" as const,
    title: null,
    sort: null,
    axis: { labelExpr: "split(datum.label, '\\n')" },
  };
  const yOffset = { field: "metric", type: "nominal" as const, sort: metricOrder };
  const tooltip = [
    { field: "group", type: "nominal" as const, title: groupTitle },
    { field: "metric", type: "nominal" as const, title: text.metric },
    { field: "value", type: "quantitative" as const, title: text.value, format: FORMATS.percentOne },
    { field: "n", type: "quantitative" as const, title: text.nProjects },
  ];
  return chartSpec({
    lang,
    title: options.title ?? text.groupedSummaryTitle(keys, options.by),
    subtitle: text.groupedSummarySubtitle(
      keys.some((key) => DERIVED_METRICS.find((m) => m.column === key)?.denominator.endsWith("_granted")),
    ) + interimLine(interim, lang) + (options.note ?? ""),
    description: text.groupedSummaryDescription(keys, groups.length, options.by),
    printWidth,
    // Each group's band holds its bars and its name of up to two lines (Vega leaves out a name that does not fit).
    height: Math.max(ROW_HEIGHT * 3, groups.length * Math.max((ROW_HEIGHT - 2) * metrics.length + 8, bandForName)),
  }, {
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.85 } },
        encoding: {
          y,
          yOffset,
          x: {
            field: "position",
            type: "quantitative",
            title: text.groupedAxis,
            axis: { format: FORMATS.percent },
            scale: { domain: [0, max], nice: false },
          },
          color: {
            // One metric: the title names it (unless the caller titles the chart).
            ...legendEncoding("metric", text.metric, metricOrder, legendWidth, options.title === undefined),
            scale: {
              domain: metricOrder,
              range: [PALETTE.blue, PALETTE.orange, PALETTE.green].slice(0, metrics.length),
            },
          },
          tooltip,
        },
      },
      {
        data: { values: [{ target: 1 }] },
        mark: { type: "rule", color: PALETTE.black, strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "target", type: "quantitative" } },
      },
      {
        mark: { type: "text", align: "left", dx: VALUE_GAP },
        encoding: { y, yOffset, x: { datum: max, type: "quantitative" }, text: { field: "label" }, tooltip },
      },
    ],
  });
}

/**
 * The priority axes' labels in the language: in Finnish their names ({@linkcode priorityAxisNames}); in English
 * (the programmes name them in Finnish) by number and, for the ESF programmes' axes, the theme the crosswalk gives
 * them: "Priority axis 3: Employment". Never a Finnish title in an English chart.
 *
 * @example Usage
 * ```ts
 * import { priorityAxisLabels } from "./grouped_summary.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const register = [{ programme_period: "2014-2020", fund: "ESR" }];
 * assertEquals(priorityAxisLabels([], register, "en")["3"], "Priority axis 3: Employment");
 * assertEquals(priorityAxisLabels([], register, "fi")["3"], "3 Työllisyys ja työvoiman liikkuvuus");
 * ```
 */
export function priorityAxisLabels(projects: ChartData, register: ChartData, lang: Language): Record<string, string> {
  const names = priorityAxisNames(projects, register);
  if (lang === "fi") return names;
  const rows = records(register, ["programme_period", "fund"]);
  const periods = new Set(rows.map((row) => row.programme_period));
  const esf = rows.length > 0 && rows.every((row) => row.fund === "ESR");
  const text = CHART_TEXT[lang];
  return Object.fromEntries(
    Object.keys(names).map((code) => {
      const entry = esf
        ? CROSSWALK.find((e) => e.objective === null && e.axis === code && periods.has(e.period))
        : undefined;
      return [
        code,
        entry
          ? text.priorityAxisThemed(code, ANALYSIS_NAMES[lang].theme(entry.theme))
          : text.priorityAxisNumbered(code),
      ];
    }),
  );
}

/**
 * The priority axes by number, for the periods of a register:
 * `{ "4": "4 Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa" }`.
 * The register lists only the numbers, and a number means another axis in
 * another period. A register of ESF projects only takes each axis' title in
 * the ESF programme of its period (the themes' crosswalk, as the page's
 * themes table gives it); the documents of the register's periods name the
 * axes the programme does not have, and every axis of another register.
 *
 * @example Usage
 * ```ts
 * import { priorityAxisNames } from "./grouped_summary.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = [
 *   { programme_period: "2007-2013", priority_axis_code: "4", priority_axis: "Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa" },
 *   { programme_period: "2014-2020", priority_axis_code: "3", priority_axis: "Työllisyys ja työvoiman liikkuvuus" },
 * ];
 * assertEquals(priorityAxisNames(projects, [{ programme_period: "2007-2013", fund: "EAKR" }]), {
 *   "4": "4 Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa",
 * });
 * const esf = priorityAxisNames(projects, [{ programme_period: "2007-2013", fund: "ESR" }]);
 * assertEquals(esf["5"], "5 Tekninen tuki");
 * assertEquals(Object.keys(esf), ["1", "2", "3", "4", "5"]);
 * ```
 */
export function priorityAxisNames(projects: ChartData, register: ChartData): Record<string, string> {
  const rows = records(register, ["programme_period", "fund"]);
  const periods = new Set(rows.map((row) => row.programme_period));
  const names: Record<string, string> = {};
  if (rows.length > 0 && rows.every((row) => row.fund === "ESR")) {
    for (const entry of CROSSWALK) {
      if (entry.objective === null && periods.has(entry.period)) names[entry.axis] ??= `${entry.axis} ${entry.title}`;
    }
  }
  for (const row of records(projects, ["programme_period", "priority_axis_code", "priority_axis"])) {
    const [code, title] = [row.priority_axis_code, row.priority_axis];
    if (periods.has(row.programme_period) && typeof code === "string" && typeof title === "string" && title !== "") {
      names[code] ??= `${code} ${title}`;
    }
  }
  return Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b, "fi", { numeric: true })));
}
