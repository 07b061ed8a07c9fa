import { assert, assertEquals } from "../../testing/assert.ts";
import { drawsActiveProject } from "../charts/_interim.ts";
import { fundingUtilisation } from "../charts/funding_utilisation.ts";
import { chartProjects } from "../charts/spec.ts";
import { chartNote } from "./chart_note.ts";

/** 40 projects with a public funding utilisation, the first 5 active. */
const ROWS = Array.from({ length: 40 }, (_, i) => ({
  project_code: `S2${String(i).padStart(4, "0")}`,
  name: `Hanke ${i}`,
  status_normalised: i < 5 ? "active" : "ended",
  funding_public_planned: 1000,
  funding_public_actual: 500 + i * 10,
  funding_utilisation: (500 + i * 10) / 1000,
}));

/** A chart's note as the page and Word print it, with the corpus' n of every project with a figure (40). */
function noteOf(spec: ReturnType<typeof fundingUtilisation>, lang: "fi" | "en") {
  const chart = {
    name: "funding-utilisation",
    description: spec.description ?? "",
    drawsActive: drawsActiveProject(spec),
    projects: chartProjects(spec),
  };
  return chartNote({ lang, overall: { funding_utilisation_n: 40 } }, chart);
}

Deno.test("a capped per-project chart that leaves the active projects out: its caption's n is the chart's", () => {
  const spec = fundingUtilisation(ROWS, { lang: "en", maxProjects: 30 });
  assertEquals(chartProjects(spec), { n: 35, activeLeftOut: 5 });
  const note = noteOf(spec, "en");
  assert(note.endsWith("n = 35 projects with final figures; 5 active projects (interim figures) left out."), note);
  assert(!note.includes("40"), note);
  const fi = noteOf(fundingUtilisation(ROWS, { lang: "fi", maxProjects: 30 }), "fi");
  assert(
    fi.endsWith("n = 35 hanketta, joiden luvut ovat lopullisia; 5 käynnissä olevaa (väliaikaiset luvut) jätetty pois."),
    fi,
  );
  // The description (a notebook prints it under the chart) says what the chart draws: no active project marked.
  assert(!spec.description!.includes("marked as interim"), spec.description);
  assert(spec.description!.includes("5 active projects (interim figures) left out."), spec.description);
});

Deno.test("a per-project chart that draws every project, active ones marked: its caption's n is all of them", () => {
  const spec = fundingUtilisation(ROWS, { lang: "en", maxProjects: 100 });
  assertEquals(chartProjects(spec), { n: 40, activeLeftOut: 0 });
  assert(
    noteOf(spec, "en").endsWith("n = 40 projects. The figures of active projects are interim."),
    noteOf(spec, "en"),
  );
  assert(spec.description!.endsWith("active projects marked as interim."), spec.description);
  const ended = fundingUtilisation(ROWS.slice(5), { lang: "en", maxProjects: 100 });
  assert(!ended.description!.includes("interim"), ended.description);
});
