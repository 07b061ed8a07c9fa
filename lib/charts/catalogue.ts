/**
 * The charts of the report, each with a stable, meaningful file name.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { summarise } from "../metrics.ts";
import { fundingUtilisation } from "./funding_utilisation.ts";
import { fundingVsParticipants } from "./funding_vs_participants.ts";
import { groupedSummary } from "./grouped_summary.ts";
import { participantsPlannedVsActual } from "./participants_planned_actual.ts";
import { participantsRealisation } from "./participants_realisation.ts";
import { projectTimeline } from "./project_timeline.ts";
import type { Language } from "./theme.ts";
import { womenShare } from "./women_share.ts";

/** A chart of the report: its file name (without extension) and spec. */
export interface CatalogueChart {
  name: string;
  spec: TopLevelSpec;
}

/** Every chart of the report on these projects, in reading order. */
export function reportCharts(projects: pl.DataFrame, lang: Language): CatalogueChart[] {
  const fi = lang === "fi";
  return [
    { name: "projects-timeline", spec: projectTimeline(projects, { lang, colour: "region" }) },
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
        groupTitle: fi ? "Ohjelmakausi" : "Programme period",
      }),
    },
    {
      name: "summary-by-region",
      spec: groupedSummary(summarise(projects, { by: "region" }), {
        lang,
        by: "region",
        groupTitle: fi ? "Maakunta" : "Region",
      }),
    },
  ];
}
