import pl from "nodejs-polars";
import { assert } from "../../testing/assert.ts";
import { searchProjects } from "../analysis/text_search.ts";
import { searchHitsBundle } from "./search_display.ts";

const NAME =
  "TOPPA -hanke: Asettautumispalvelut työperusteisesti maahan muuttaville ja/tai opiskelijoille ja heidän perheilleen";

Deno.test("a search's caption counts the texts it found, and its plain text keeps the start of a long name with a slash", () => {
  const projects = pl.DataFrame({
    project_code: ["S21941", "S10323"],
    name: [NAME, "VASTAANOTTAVA POHJOIS-SAVO"],
    summary: ["Kotoutuminen ja kotoutumisen tuki.", "Kotoutumista tuetaan."],
    final_report_summary: ["Kotoutuminen eteni.", null],
  });
  const bundle = searchHitsBundle(searchProjects(projects, "kotoutu*"), { query: "kotoutu*", lang: "fi" });
  const plain = String(bundle.data["text/plain"]);
  assert(plain.startsWith("Haku kotoutu*: 2 hanketta, 3 tekstikenttää"), plain);
  assert(plain.includes("TOPPA -hanke: Asettautumispalvelut"), plain);
});
