/** A capped timeline says why it shows the projects it shows, and where the rest are. */
import { assert } from "../../testing/assert.ts";
import { projectTimeline } from "./project_timeline.ts";

const rows = Array.from({ length: 40 }, (_, k) => ({
  project_code: `S2${String(k).padStart(4, "0")}`,
  name: `Hanke ${k}`,
  status_normalised: "ended",
  start_date: `${2010 + (k % 10)}-01-01`,
  end_date: `${2012 + (k % 10)}-12-31`,
  regions: ["Lappi"],
}));
const subtitleOf = (spec: unknown) =>
  [(spec as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(" ");

Deno.test("a capped timeline says why these projects (the latest starts) and where the full list is", () => {
  const said = {
    en: "Showing the 30 latest to start of 40 projects: the most recent, as 40 bars would not be legible. " +
      "All 40 with their dates: tables/projects.csv.",
    fi: "Näytetään 30 viimeksi alkanutta 40 hankkeesta: tuoreimmat, koska 40 palkkia ei olisi luettavissa. " +
      "Kaikki 40 päivämäärineen: tables/projects.csv.",
  };
  for (const lang of ["en", "fi"] as const) {
    const subtitle = subtitleOf(projectTimeline(rows, { lang, maxProjects: 30, table: "tables/projects.csv" }));
    assert(subtitle.includes(said[lang]), subtitle);
  }
  // Every project drawn: nothing to explain.
  assert(!subtitleOf(projectTimeline(rows, { lang: "en", maxProjects: 40 })).includes("most recent"));
});
