import { Ajv } from "ajv";
import pl from "nodejs-polars";
import { compile } from "vega-lite";
import vegaLiteSchema from "vega-lite/build/vega-lite-schema.json" with { type: "json" };
import { assert, assertEquals } from "../../testing/assert.ts";
import { analysisProjects } from "../../testing/analysis_corpus.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { LANGUAGES } from "../i18n/mod.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { toFlatFrame } from "../frame/serialise.ts";
import { ANALYSES } from "./analysis_catalogue.ts";
import { fileURLToPath } from "node:url";

const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(vegaLiteSchema);
const seeds = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))])).projects;
const generated = analysisProjects(200);

for (const [corpus, projects] of [["the seeds", seeds], ["200 generated documents", generated]] as const) {
  for (const lang of LANGUAGES) {
    Deno.test(`every analysis on ${corpus} in ${lang}: a table, texts, and charts valid against the vega-lite 5 schema`, async () => {
      const names = new Set<string>();
      for (const analysis of ANALYSES) {
        const input = { projects };
        const table = analysis.table(input, lang);
        assert(table.width > 0, `${analysis.name}: a table with columns`);
        toFlatFrame(table).writeCSV(); // every table can be written as CSV
        for (const text of [analysis.title(lang), analysis.caption(table, lang), analysis.method(input, lang)]) {
          assert(text.length > 5 && !/undefined|NaN|\[object/.test(text), `${analysis.name}: ${text}`);
        }
        for (const { name, spec } of analysis.charts(table, input, lang)) {
          assert(!names.has(name), `${name} is unique`);
          names.add(name);
          assert(validate(spec), `${name}: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
          assert(typeof spec.description === "string" && spec.description.length > 20, `${name}: a description`);
          compile(spec);
          const svg = await chartToSvg(spec);
          assert(!/undefined|NaN|Infinity/.test(svg), `${name}: nothing undefined drawn`);
          const json = JSON.stringify(spec);
          for (const absent of ['"summary"', "target_groups", "(at)", "final_report"]) {
            assert(!json.includes(absent), `${name} embeds no ${absent}`);
          }
        }
      }
      assertEquals(names.size, 11);
    });
  }
}

Deno.test("the analyses speak one language each: the Finnish map has Finnish names, the English one English", async () => {
  const regions = ANALYSES.find((a) => a.name === "regions")!;
  const [fi] = regions.charts(regions.table({ projects: seeds }, "fi"), { projects: seeds }, "fi");
  const [en] = regions.charts(regions.table({ projects: seeds }, "en"), { projects: seeds }, "en");
  const [svgFi, svgEn] = [await chartToSvg(fi!.spec), await chartToSvg(en!.spec)];
  assert(svgFi.includes("Pohjois-Savo") || svgFi.includes("Pohjois-"), "Pohjois-Savo in Finnish");
  assert(svgFi.includes("Hankkeita maakunnittain") && svgFi.includes("Valtakunnalliset"));
  assert(svgEn.includes("Projects by region") && svgEn.includes("North Savo") && svgEn.includes("Nationwide"));
  assert(!svgEn.includes("Hankkeita") && !svgFi.includes("Projects"), "no other language");
  const method = ANALYSES[0]!.method({ projects: seeds }, "fi");
  assert(method.includes("0 hanketta"), method);
});

Deno.test("the outliers' caption counts them, so an empty table reads as a statement, not a lone heading", () => {
  const outliers = ANALYSES.find((analysis) => analysis.name === "distributions-outliers")!;
  const table = outliers.table({ projects: seeds }, "fi");
  assertEquals(table.height, 0);
  assertEquals(outliers.caption(table, "fi"), "Tukeyn rajojen ulkopuolella olevat hankkeet: 0 hanketta");
});

Deno.test("the page's and Word's analysis tables mark a figure that includes active projects' interim ones", async () => {
  const { analysisContent, analysisTables } = await import("./analysis_tables.ts");
  const content = (lang: "fi" | "en") => analysisContent(analysisTables(seeds, lang), [], seeds, lang).sections;
  const fi = content("fi");
  const costs = fi.find((section) => section.name === "costs-per-result")!;
  // S22254 is active: the cost per participating company of 2014-2020 rests on it too.
  const company = costs.table.rows.find((row) => row[1] === "€ / osallistuva yritys" && row[0]!.startsWith("2014"))!;
  assertEquals(company[2], "8\u00A0576 € *");
  assert(
    costs.note.includes("* Merkityssä luvussa on mukana käynnissä olevien hankkeiden väliaikaisia lukuja."),
    costs.note,
  );
  const ended = costs.table.rows.find((row) => row[1] === "€ / osallistuja" && row[0]!.startsWith("2007"))!;
  assert(!ended[2]!.endsWith("*"), ended[2]);
  const lead = fi.find((section) => section.name === "beneficiaries")!;
  const jyvaskyla = lead.table.rows.find((row) => row[1] === "Jyväskylän kaupunki")!;
  assert(jyvaskyla.some((cell) => cell === "143\u00A0265 € *"), jyvaskyla.join(" | "));
  const en = content("en").find((section) => section.name === "costs-per-result")!;
  assert(en.note.includes("* A figure so marked includes active projects' interim figures."), en.note);
  // A table without interim figures has no such note.
  const themes = analysisContent(
    analysisTables(seeds.filter(pl.col("status_normalised").neq(pl.lit("active"))), "fi"),
    [],
    seeds,
    "fi",
  );
  assert(themes.sections.every((section) => !section.note.includes("*")));
});
