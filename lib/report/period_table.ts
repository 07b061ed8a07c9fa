/**
 * The grouped metrics by programme period as the page and the Word document show them, a figure that rests on
 * active projects too marked (see {@linkcode INTERIM_MARK}) and said under the table.
 *
 * @module
 */
import { metricKind } from "../charts/_metrics.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
import { COLUMN_NAMES } from "../i18n/columns.ts";
import { formatInteger, formatPercent, MISSING, periodText } from "../i18n/format.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import { type ContentTable, formatReportEuros, type ReportInput, withN } from "./report_content.ts";

/** The mark of a figure that includes active projects' interim figures, explained under its table. */
export const INTERIM_MARK = "*";

/** The ratios of the period table, each marked where its figure rests on active projects too. */
const PERIOD_METRICS = ["participant_realisation", "women_share_actual", "funding_utilisation", "cost_per_participant"];

/** Whether a summary row's figure of the metric rests on active projects too (`X_n_interim`). */
const restsOnActive = (row: Record<string, unknown>, metric: string) => Number(row[`${metric}_n_interim`] ?? 0) > 0;

/** The note under the period table when a figure of it is marked (see {@linkcode INTERIM_MARK}); else null. */
export function periodTableNote(input: Pick<ReportInput, "byPeriod" | "lang">): string | null {
  const marked = input.byPeriod.some((row) => PERIOD_METRICS.some((metric) => restsOnActive(row, metric)));
  return marked ? ANALYSIS_METHODS[input.lang].interimMarked(INTERIM_MARK) : null;
}

/** The grouped metrics by programme period; a figure that rests on active projects too marked. */
export function periodTable(input: ReportInput): ContentTable {
  const { lang } = input;
  const text = REPORT_TEXT[lang];
  // Each ratio with its n, marked where it rests on active projects too: a share as a percentage, the cost in euros.
  const figure = (row: Record<string, unknown>, metric: string) => {
    const value = metricKind(metric) === "euros"
      ? formatReportEuros(row[metric], lang)
      : formatPercent(row[metric], lang);
    const marked = restsOnActive(row, metric) && value !== MISSING ? `${value} ${INTERIM_MARK}` : value;
    return withN(marked, row[`${metric}_n`], lang);
  };
  return {
    header: [
      { label: text.columnPeriod },
      { label: text.columnProjects, numeric: true },
      // The column the method names: the figures of active projects are interim, and the groups include them.
      { label: COLUMN_NAMES[lang].n_interim, numeric: true },
      { label: text.columnRealisation, numeric: true },
      { label: text.womenShare, numeric: true },
      { label: text.columnUtilisation, numeric: true },
      { label: text.cost, numeric: true },
    ],
    rows: input.byPeriod.map((row) => [
      periodText(String(row.programme_period)),
      formatInteger(row.n_projects, lang),
      formatInteger(row.n_interim, lang),
      ...PERIOD_METRICS.map((metric) => figure(row, metric)),
    ]),
  };
}
