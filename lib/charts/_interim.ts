/**
 * The line a chart adds when figures it draws include active projects' interim figures: the groups, each with
 * how many active projects it has, the first few named; and how many active projects a summary row's figure
 * of a metric rests on.
 *
 * @module
 */
import { CHART_TEXT } from "../i18n/charts.ts";
import type { Language } from "../i18n/mod.ts";

/** Groups named in the line; the rest are counted. */
const MAX_INTERIM_LISTED = 6;

/** " Includes active projects (interim figures): A (2), B (1)." for the groups with any, or "" when none has. */
export function interimLine(groups: readonly [string, number][], lang: Language): string {
  const some = groups.filter(([, n]) => n > 0);
  if (some.length === 0) return "";
  return " " +
    CHART_TEXT[lang].groupedSummaryInterim(some.slice(0, MAX_INTERIM_LISTED), some.length - MAX_INTERIM_LISTED);
}

/**
 * Of a summary row's projects, the active ones behind its figure of the metric (`X_n_interim`), whose figures are
 * interim; where the summary does not count them so, its active projects (`n_interim`).
 */
export function interimCount(row: Record<string, unknown> | undefined, metric: string): number {
  const ofMetric = row?.[`${metric}_n_interim`];
  return Number((typeof ofMetric === "number" ? ofMetric : row?.n_interim) ?? 0);
}
