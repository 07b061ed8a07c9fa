/**
 * The charts of the report, each with a stable, meaningful file name.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { summarise } from "../analysis/summarise.ts";
import { fundingUtilisation } from "../charts/funding_utilisation.ts";
import { fundingVsParticipants } from "../charts/funding_vs_participants.ts";
import { type GroupedMetric, groupedSummary, priorityAxisLabels } from "../charts/grouped_summary.ts";
import { grantedShare } from "../register/granted_share.ts";
import { participantsPlannedVsActual } from "../charts/participants_planned_actual.ts";
import { participantsRealisation } from "../charts/participants_realisation.ts";
import { projectTimeline } from "../charts/project_timeline.ts";
import { womenShare } from "../charts/women_share.ts";
import { programmeUtilisation } from "../charts/programme_utilisation.ts";
import { printWidthOf, titleText } from "../charts/spec.ts";
import { CHART_TEXT, PROGRAMME_SECTIONS } from "../i18n/charts.ts";
import { formatPercent, periodText } from "../i18n/format.ts";
import { PROGRAMME_BEYOND } from "../i18n/chart_words.ts";
import { IMPLAUSIBLE_RATIO } from "../analysis/suspicious_values.ts";
import type { Language } from "../i18n/mod.ts";

/** A chart of the report: its file name (without extension) and spec. */
export interface CatalogueChart {
  name: string;
  spec: TopLevelSpec;
}

/** Every chart of the report on these projects, in reading order. */
export function reportCharts(projects: pl.DataFrame, lang: Language): CatalogueChart[] {
  return [
    {
      name: "projects-timeline",
      spec: projectTimeline(projects, { lang, colour: "region", table: "tables/projects.xlsx" }),
    },
    { name: "participants-realisation", spec: participantsRealisation(projects, { lang }) },
    { name: "participants-planned-actual", spec: participantsPlannedVsActual(projects, { lang }) },
    { name: "participants-women-share", spec: womenShare(projects, { lang }) },
    { name: "funding-utilisation", spec: fundingUtilisation(projects, { lang }) },
    { name: "funding-utilisation-eu-state", spec: fundingUtilisation(projects, { lang, basis: "eu_state" }) },
    { name: "funding-vs-participants", spec: fundingVsParticipants(projects, { lang }) },
    {
      name: "summary-by-period",
      spec: groupedSummary(summarise(projects, { by: "programme_period" }), {
        lang,
        by: "programme_period",
      }),
    },
    {
      name: "summary-by-region",
      spec: groupedSummary(summarise(projects, { by: "region" }), {
        lang,
        by: "region",
      }),
    },
  ];
}

/**
 * A register chart's spec with the register and the programme period added to its title, e.g. "… in the EURA
 * register's ESF projects (2007–2013)" (the register's projects, not the corpus'), wrapped again to the chart's width.
 */
function registerTitled(spec: TopLevelSpec, scope: string, period: string): TopLevelSpec {
  const title = spec.title;
  const titled = (text: unknown) =>
    titleText(`${[text].flat().join(" ")} ${scope} (${periodText(period)})`, printWidthOf(spec));
  if (typeof title === "string") return { ...spec, title: titled(title) } as TopLevelSpec;
  if (title && typeof title === "object" && "text" in title) {
    return { ...spec, title: { ...title, text: titled(title.text) } } as TopLevelSpec;
  }
  return spec;
}

/**
 * The programme-context charts of one register, named after its period
 * (`programme-utilisation-2007-2013`, …): the register's projects of the
 * corpus' funds (ESR by default) with the corpus projects of that period
 * marked, and utilisation by programme section (2007-2013) and priority axis.
 */
export function programmeCharts(
  register: pl.DataFrame,
  allProjects: pl.DataFrame,
  lang: Language,
  period: string,
): CatalogueChart[] {
  const projects = allProjects.filter(pl.col("programme_period").eq(pl.lit(period)));
  const funds = [...new Set(projects.getColumn("fund").toArray().filter((f) => f !== null))] as string[];
  const programme = register.filter(pl.col("fund").isIn(funds.length > 0 ? funds : ["ESR"]));
  // EU and state funding granted in parts (a snapshot): its utilisation is measured against a part, and left out.
  const granted = grantedShare(programme);
  const metrics: GroupedMetric[] = granted.partial
    ? ["funding_utilisation"]
    : ["funding_utilisation", "funding_utilisation_eu_state"];
  // Rows whose utilisation is implausible (over 10×, as a document's `over_10x`) or below 0 % (a repayment) are in
  // the pooled figures, as a document's are: said.
  const beyond = (test: (column: string) => pl.Expr) =>
    programme.filter(metrics.map(test).reduce((either, each) => either.or(each))).height;
  const implausible = beyond((column) => pl.col(column).gt(IMPLAUSIBLE_RATIO).fillNull(false));
  const below = beyond((column) => pl.col(column).lt(0).fillNull(false));
  const note = (granted.partial ? CHART_TEXT[lang].grantedInParts(granted.median!) : "") +
    PROGRAMME_BEYOND[lang].grouped(implausible, below, formatPercent(0, lang, 0));
  const charts: CatalogueChart[] = [{
    name: "programme-utilisation",
    spec: programmeUtilisation(programme, projects, {
      lang,
      selection: `${periodText(period)}: ${
        CHART_TEXT[lang].programmeSelection(funds.join(", ") || "ESR", programme.height)
      }`,
    }),
  }];
  if (programme.getColumn("programme_section").nullCount() < programme.height) {
    charts.push({
      name: "programme-by-section",
      spec: groupedSummary(summarise(programme, { by: "programme_section" }), {
        lang,
        by: "programme_section",
        groupLabels: PROGRAMME_SECTIONS[lang],
        metrics,
        note,
      }),
    });
  }
  charts.push({
    name: "programme-by-axis",
    spec: groupedSummary(summarise(programme, { by: "priority_axis" }), {
      lang,
      by: "priority_axis_code",
      groupLabels: priorityAxisLabels(projects, programme, lang),
      metrics,
      note,
    }),
  });
  const scope = CHART_TEXT[lang].registerScope(funds);
  return charts.map((chart) => ({ name: `${chart.name}-${period}`, spec: registerTitled(chart.spec, scope, period) }));
}
