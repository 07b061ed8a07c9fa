import { loadCorpus, toDataFrame } from "./lib/mod.ts";
import * as charts from "./lib/charts/mod.ts";
import { summarise } from "./lib/metrics.ts";
import { chartToPng } from "./lib/render_chart.ts";
const { projects } = toDataFrame(await loadCorpus(["data"]));
const specs = {
  pa: charts.participantsPlannedVsActual(projects),
  re: charts.participantsRealisation(projects),
  ws: charts.womenShare(projects),
  fu: charts.fundingUtilisation(projects),
  fv: charts.fundingVsParticipants(projects),
  tl: charts.projectTimeline(projects, { colour: "region" }),
  gs: charts.groupedSummary(summarise(projects, { by: "programme_period" }), { by: "programme_period", groupTitle: "Ohjelmakausi" }),
};
for (const [k, s] of Object.entries(specs)) Deno.writeFileSync(`/tmp/c-${k}.png`, await chartToPng(s));
console.log("ok");
