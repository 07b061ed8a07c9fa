/**
 * The metrics the analysis charts colour, bar or box by: what kind of
 * number each is, its d3 format, and its value as text in a language.
 *
 * @module
 */
import { formatEuros, formatInteger, formatPercent } from "../i18n/format.ts";
import type { Language } from "../i18n/mod.ts";
import { FORMATS } from "./theme.ts";

/** A metric of a summary table that a chart can draw. */
export type SummaryMetric =
  | "n_projects"
  | "participant_realisation"
  | "women_share_actual"
  | "funding_utilisation"
  | "funding_utilisation_eu_state"
  | "company_realisation"
  | "funding_public_planned"
  | "funding_public_actual"
  | "participants_actual"
  | "cost_per_participant";

/** Every summary metric, in the order a chooser lists them. */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  "n_projects",
  "participant_realisation",
  "women_share_actual",
  "funding_utilisation",
  "funding_utilisation_eu_state",
  "company_realisation",
  "funding_public_planned",
  "funding_public_actual",
  "participants_actual",
  "cost_per_participant",
];

/** What kind of number a metric is. */
export type MetricKind = "share" | "euros" | "count";

/** The kind of a metric: a share (fraction shown as %), euros, or a count. */
export function metricKind(metric: string): MetricKind {
  if (
    metric.startsWith("cost_per_") || metric.startsWith("funding_public_") || metric.startsWith("funding_eu_state_")
  ) {
    return metric.includes("utilisation") ? "share" : "euros";
  }
  return metric === "n_projects" || metric.startsWith("participants_") ? "count" : "share";
}

/** The d3 format of a metric's axis or legend. */
export function metricFormat(metric: string): string {
  return { share: FORMATS.percent, euros: FORMATS.euros, count: FORMATS.integer }[metricKind(metric)];
}

/** A metric's value as the language writes it (`59,8 %`, `1 234 €`, `12`); `–` when missing. */
export function formatMetric(value: unknown, metric: string, lang: Language): string {
  const kind = metricKind(metric);
  return kind === "share"
    ? formatPercent(value, lang)
    : kind === "euros"
    ? formatEuros(value, lang)
    : formatInteger(value, lang);
}

/** The column of a summary table that says how many projects a metric rests on. */
export function metricCount(metric: string): string {
  return metric === "n_projects" ? "n_projects" : `${metric}_n`;
}

/** The powers of ten from below `min` to above `max` (at least 1): the ticks of a log axis, without its crowd of minor ones. */
export function powersOfTen(min: number, max: number): number[] {
  const from = Math.floor(Math.log10(Math.max(1, min)));
  const to = Math.ceil(Math.log10(Math.max(1, max)));
  return Array.from({ length: to - from + 1 }, (_, i) => 10 ** (from + i));
}

/**
 * Whole numbers from `low` to `high` for a count's legend, at most five, in even steps.
 *
 * @example Usage
 * ```ts
 * import { wholeTicks } from "./_metrics.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(wholeTicks(0, 2), [0, 1, 2]);
 * assertEquals(wholeTicks(0, 18), [0, 5, 10, 15]);
 * ```
 */
export function wholeTicks(low: number, high: number): number[] {
  const from = Math.ceil(Number.isFinite(low) ? low : 0);
  const to = Math.floor(Number.isFinite(high) ? high : from);
  const range = Math.max(0, to - from);
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((s) => range / s <= 4) ??
    Math.ceil(range / 4);
  const ticks: number[] = [];
  for (let tick = Math.ceil(from / step) * step; tick <= to; tick += step) ticks.push(tick);
  return ticks.length > 0 ? ticks : [from];
}

/**
 * A colour scale's top and its legend's ticks for values from 0 up to `high`: the least round value at or above
 * `high` that 1 to 5 even steps (1, 2, 2.5 or 5 × a power of ten; whole ones for a count) reach, so that the legend
 * runs past the top figure and labels its end.
 *
 * @example Usage
 * ```ts
 * import { roundScale } from "./_metrics.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(roundScale(0.998, "share"), { top: 1, values: [0, 0.2, 0.4, 0.6, 0.8, 1] });
 * assertEquals(roundScale(18, "count"), { top: 20, values: [0, 5, 10, 15, 20] });
 * assertEquals(roundScale(63, "count"), { top: 75, values: [0, 25, 50, 75] });
 * ```
 */
export function roundScale(high: number, kind: MetricKind): { top: number; values: number[] } {
  const round = (value: number) => Number(value.toPrecision(12));
  if (!(high > 0)) return { top: 1, values: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(high));
  const steps = [0.1, 1].flatMap((p) => [1, 2, 2.5, 5].map((m) => round(m * p * power)))
    .filter((step) => kind !== "count" || Number.isInteger(step));
  let best = { top: Infinity, step: 1 };
  for (const step of steps.length === 0 ? [1] : steps) {
    const intervals = Math.ceil(round(high / step));
    const top = round(intervals * step);
    if (intervals <= 5 && (top < best.top || (top === best.top && step < best.step))) best = { top, step };
  }
  const values = Array.from({ length: Math.round(best.top / best.step) + 1 }, (_, i) => round(i * best.step));
  return { top: best.top, values };
}
