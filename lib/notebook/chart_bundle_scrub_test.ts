/**
 * A notebook's chart is built from the corpus' own frames: what it shows and what its executed `.ipynb` keeps
 * (the Vega-Lite spec with its rows, the PNG, the text) and what `saveChart` writes hold no contact detail of a
 * project's name, as its tables hold none (audit 33).
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { projectTimeline } from "../charts/project_timeline.ts";
import { saveChart } from "../output/export.ts";
import { chartBundle, markdownBundle } from "./display.ts";
import { NOTEBOOK_TEXT } from "../i18n/notebooks.ts";

const PROJECTS = [
  {
    project_code: "S99102",
    name: "Johtaja Aino Aalto p. 040 765 4321",
    status_normalised: "ended",
    start_date: "2011-01-01",
    end_date: "2015-02-28",
    regions: ["Pohjois-Savo"],
  },
  { project_code: "S11547", name: "MOK", status_normalised: "ended", start_date: "2012-01-01", end_date: "2014-01-01" },
];

Deno.test("a notebook's chart and a saved chart keep no contact detail of a project's name, unless kept", async () => {
  const spec = projectTimeline(PROJECTS, { lang: "fi" });
  const bundle = await chartBundle(spec);
  const shown = JSON.stringify(bundle.data);
  for (const contact of ["Aino Aalto", "040 765 4321"]) assert(!shown.includes(contact), `${contact} shown`);
  assert(shown.includes("Johtaja [nimi poistettu] p. [puhelinnumero poistettu] (S99102)"), shown.slice(0, 2000));
  const dir = await tempDir("esf-chart-scrub-");
  await saveChart(spec, "timeline", { dir, lang: "en" });
  const svg = await Deno.readTextFile(`${dir}/timeline.svg`);
  assert(!svg.includes("Aino Aalto") && !svg.includes("765 4321"), svg);
  const kept = JSON.stringify((await chartBundle(spec, { keepContactText: true })).data);
  assert(kept.includes("Johtaja Aino Aalto p. 040 765 4321"));
  assertEquals(JSON.stringify(spec).includes("Aino Aalto"), true, "the spec given is not changed");
});

Deno.test("a notebook's sentence computed from the data names no contact detail of a project (audit 33)", () => {
  const fact = NOTEBOOK_TEXT.fi.costRange(
    { label: "Johtaja Aino Aalto p. 040 765 4321 (S99102)", value: 9000 },
    { label: "MOK (S11547)", value: 100 },
  );
  const bundle = markdownBundle(fact, { lang: "fi" });
  assertEquals(bundle.data["text/markdown"], bundle.data["text/plain"]);
  const shown = String(bundle.data["text/markdown"]);
  assert(!shown.includes("Aino Aalto") && !shown.includes("765 4321"), shown);
  assert(
    shown.startsWith("Eniten osallistujaa kohden: Johtaja [nimi poistettu] p. [puhelinnumero poistettu] (S99102)"),
  );
  assert(String(markdownBundle(fact, { keepContactText: true }).data["text/plain"]).includes("Aino Aalto"));
});
