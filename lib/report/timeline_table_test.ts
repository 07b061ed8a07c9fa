import { assert } from "../../testing/assert.ts";
import { analysisProjects } from "../../testing/analysis_corpus.ts";
import { reportCharts } from "./catalogue.ts";

Deno.test("the timeline of some projects points to the workbook for all of them, not to the programs' CSV", () => {
  for (const lang of ["fi", "en"] as const) {
    const timeline = reportCharts(analysisProjects(300), lang).find((c) => c.name === "projects-timeline")!;
    const subtitle = (timeline.spec as unknown as { title: { subtitle: string[] } }).title.subtitle.join(" ");
    // Before: 'Kaikki 300 päivämäärineen: tables/projects.csv' (comma-separated, ISO dates), while the page's table
    // says 'kaikki 300 taulukossa tables/projects.xlsx' and the methods send Excel users to .xlsx and .fi.csv.
    assert(subtitle.includes("tables/projects.xlsx") && !subtitle.includes("projects.csv"), subtitle);
  }
});
