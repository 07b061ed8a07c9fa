import pl from "nodejs-polars";
import { assert } from "../../testing/assert.ts";
import { searchProjects } from "../analysis/text_search.ts";
import { searchHitsBundle } from "./search_display.ts";
import { searchTable } from "./analyses.ts";

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

Deno.test("a search's hits hold no e-mail address or phone number, even where a match falls inside one", () => {
  const projects = pl.DataFrame({
    project_code: ["S10619"],
    name: ["Kotoutuminen, puh. 040 123 4567"],
    summary: ["Kotoutuminen: yhteys matti.meikalainen@kotoutuminen.fi tai 040 123 4567, kotoutuminen."],
  });
  for (const query of ["kotoutu*", "meikalainen", "4567"]) {
    const found = searchProjects(projects, query);
    const bundle = searchHitsBundle(found, { query, lang: "fi" });
    const table = searchTable(found);
    for (
      const text of [
        String(bundle.data["text/html"]),
        String(bundle.data["text/plain"]),
        JSON.stringify(table.toRecords()),
      ]
    ) {
      assert(!/meikalainen|123|4567/.test(text.replace(/Haku [^:]*:/, "")), `${query}: ${text}`);
    }
  }
  const kept = searchHitsBundle(searchProjects(projects, "kotoutu*"), { query: "kotoutu*", keepContactText: true });
  assert(String(kept.data["text/plain"]).includes("040 123 4567"));
  const marked = String(
    searchHitsBundle(searchProjects(projects, "yhteys"), { query: "yhteys" }).data["text/html"],
  );
  assert(marked.includes("Kotoutuminen: <mark>yhteys</mark> [sähköpostiosoite poistettu]"), marked);
});
