import pl from "nodejs-polars";
import { throws } from "node:assert/strict";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { beneficiaries } from "../analysis/beneficiaries.ts";
import { byStartYear } from "../analysis/cohorts.ts";
import { costPerResult } from "../analysis/costs.ts";
import { regionSummary } from "../analysis/regions.ts";
import { themeSummary } from "../analysis/themes.ts";
import { COST_METRICS } from "../schema.ts";
import { chartToPng, chartToSvg } from "../output/render_chart.ts";
import { PNG } from "pngjs";
import { Buffer } from "node:buffer";
import { topBeneficiaries } from "./beneficiaries.ts";
import { cohortChart } from "./cohorts.ts";
import { costPerResultChart } from "./costs.ts";
import { ratioDistributionChart } from "./distributions.ts";
import { regionMap, tileName } from "./region_map.ts";
import { themesByPeriod } from "./themes.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
type Values = { data: { values: Record<string, unknown>[] }; title: { text: string; subtitle: string | string[] } };

Deno.test("the region map: 19 regions and the nationwide tile, each named, valued and with its n", async () => {
  const spec = regionMap(regionSummary(projects), { metric: "participant_realisation" }) as unknown as Values;
  const tiles = spec.data.values;
  assertEquals(tiles.length, 20);
  assertEquals(new Set(tiles.map((t) => `${t.col},${t.row}`)).size, 20, "no two tiles in one place");
  const savo = tiles.find((t) => t.area === "MK11")!;
  assertEquals([savo.lines, savo.value_label, savo.n_label], ["Pohjois-\nSavo", "69,0\u00A0%", "n = 2"]);
  const kainuu = tiles.find((t) => t.area === "MK18")!;
  assertEquals([kainuu.value, kainuu.value_label, kainuu.n_label, kainuu.n_projects], [null, "–", "n = 0", 1]);
  const svg = await chartToSvg(spec as never);
  for (const name of ["Lappi", "Uusimaa", "Ahvenanmaa", "Valtakunnalliset", "Pohjanmaa"]) {
    assert(svg.includes(name), name);
  }
  assertEquals(tileName("North Ostrobothnia"), "North\nOstrobothnia");
  assertEquals(tileName("Kainuu"), "Kainuu");
});

Deno.test("the region map lists the names no region was found for", () => {
  const table = regionSummary(pl.DataFrame({ regions: [["Karjala"], ["Lappi"], []] }), { lang: "en" });
  const spec = regionMap(table, { lang: "en" }) as unknown as Values;
  const subtitle = [spec.title.subtitle].flat().join(" ");
  assert(subtitle.includes("Without a recognised region: Karjala, no region (2 projects)."), subtitle);
});

Deno.test("the beneficiaries chart: lead and co-implementer bars, labelled with projects and funding", () => {
  const spec = topBeneficiaries(beneficiaries(projects), { lang: "en", top: 2 }) as unknown as Values;
  // No organisation drawn implements jointly: no co-implementer bars, and none in the legend.
  assertEquals(spec.data.values.map((v) => [v.organisation, v.role, v.projects]), [
    ["Kuopion kaupunki, koulutuspalvelukeskus", "as lead", 1],
    ["Pohjois-Savon elinkeino-, liikenne- ja…", "as lead", 1],
  ]);
  const all = topBeneficiaries(beneficiaries(projects), { lang: "en" }) as unknown as Values;
  assert(all.data.values.some((v) => v.role === "as co-implementer" && Number(v.projects) > 0));
  assertEquals(spec.data.values[0]!.label, "1 · €1,011,286");
});

Deno.test("the distribution chart: one scale per chart, rows that say their n, outliers named", () => {
  throws(
    () => ratioDistributionChart(projects, { metrics: ["funding_utilisation", "cost_per_participant"] }),
    RangeError,
  );
  const rows = pl.DataFrame({
    project_code: ["A", "B", "C", "D", "E"],
    name: ["a", "b", "c", "d", "Kaukana muista"],
    funding_utilisation: [0.9, 0.92, 0.95, 1, 0.2],
  });
  const spec = ratioDistributionChart(rows, { metrics: ["funding_utilisation"], lang: "en" }) as unknown as Values;
  const labelled = spec.data.values.filter((v) => v.label !== null).map((v) => v.label);
  assertEquals(labelled, ["E Kaukana muista"]);
  const costs = ratioDistributionChart(projects, { metrics: COST_METRICS }) as unknown as Values & {
    layer: { encoding: { y: { axis: { labelExpr: string } } } }[];
  };
  assert(costs.layer[0]!.encoding.y.axis.labelExpr.includes("€ / osallistuja (n = 3)"), "the row's n");
  assert(costs.layer[0]!.encoding.y.axis.labelExpr.includes("€ / uusi työpaikka (n = 0)"), "an empty row says so");
});

Deno.test("costs, themes and cohorts charts: every label with its n, empty groups shown", () => {
  const costs = costPerResultChart(costPerResult(projects, { by: "programme_period" }), {
    by: "programme_period",
  }) as unknown as Values;
  assertEquals(costs.data.values.map((v) => [v.result, v.group, v.label]), [
    ["osallistuja", "2007–2013", "7\u00A0826\u00A0€ (n = 3)"],
    ["naisosallistuja", "2007–2013", "10\u00A0021\u00A0€ (n = 3)"],
    ["osallistuva yritys", "2014–2020", "8\u00A0576\u00A0€ (n = 2)"],
  ]);
  const themes = themesByPeriod(themeSummary(projects), { metric: "n_projects", lang: "en" }) as unknown as Values;
  assertEquals(themes.data.values.slice(0, 2).map((v) => [v.theme, v.period, v.label]), [
    ["Employment", "2007–2013", "2"],
    ["Employment", "2014–2020", "2"],
  ]);
  // A count of projects is its own n; the cost chart's legend names the grouping.
  assert(JSON.stringify(costs).includes('"title":"Ohjelmakausi"') && !JSON.stringify(costs).includes('"Ryhmä"'));
  const cohorts = cohortChart(byStartYear(projects), { by: "start_year", lang: "en" }) as unknown as Values;
  assertEquals(cohorts.data.values.filter((v) => v.group === "2010").map((v) => v.n), [0, 0]);
});

Deno.test("a theme chart of a share names its unit and says what the dashed line marks", () => {
  const table = themeSummary(projects);
  const spec = themesByPeriod(table, { metric: "funding_utilisation" }) as unknown as {
    title: { subtitle: string[] };
    layer: { encoding: { x: { title?: string } } }[];
  };
  assertEquals(spec.layer[0]!.encoding.x.title, "Julkisen rahoituksen käyttöaste (%)");
  assert(spec.title.subtitle.join(" ").includes("Katkoviiva: 100\u00A0%."), spec.title.subtitle.join(" "));
  const counts = themesByPeriod(table, { lang: "en" }) as unknown as typeof spec;
  assertEquals(counts.layer[0]!.encoding.x.title, "Projects");
  assert(!counts.title.subtitle.join(" ").includes("Dashed"));
});

Deno.test("a theme chart of a register's projects says so in its title, not titled as the corpus' chart", () => {
  const table = themeSummary(projects);
  const title = (lang: "fi" | "en", registerFunds?: string[]) =>
    [(themesByPeriod(table, { metric: "funding_utilisation", lang, registerFunds }).title as { text: string[] }).text]
      .flat().join(" ");
  assertEquals(title("en"), "Public funding utilisation by theme and programme period");
  assertEquals(
    title("en", ["ESR"]),
    "Public funding utilisation by theme and programme period in the EURA register's ESF projects",
  );
  assertEquals(
    title("fi", ["ESR", "EAKR"]),
    "Julkisen rahoituksen käyttöaste teemoittain ja ohjelmakausittain EURA-rekisterin ESR- ja EAKR-hankkeissa",
  );
});

Deno.test("a distribution chart draws at most 300 points a ratio, outliers first, and says so; the box rests on all", () => {
  const n = 2_000;
  const code = Array.from({ length: n }, (_, i) => `S2${String(i).padStart(4, "0")}`);
  const utilisation = Array.from({ length: n }, (_, i) => i === 0 ? 9 : 0.5 + (i % 100) / 200);
  const projects = pl.DataFrame({ project_code: code, name: code, funding_utilisation: utilisation });
  for (const lang of ["fi", "en"] as const) {
    const spec = ratioDistributionChart(projects, { metrics: ["funding_utilisation"], lang });
    const drawn = (spec as { data: { values: { project_code: string }[] } }).data.values;
    assertEquals(drawn.length, 300);
    assert(drawn.some((p) => p.project_code === "S20000"), "the outlier drawn");
    const subtitle = String((spec.title as { subtitle: string[] }).subtitle.join(" "));
    assert(subtitle.includes(lang === "fi" ? "300 hanketta 2\u00A0000:sta" : "300 of 2,000 projects"), subtitle);
    assert(String(spec.description).includes("2000") || String(spec.description).includes("2 000"), spec.description);
  }
});

Deno.test("the region map's colours start at 0 for every metric: the lowest rate is not drawn as if it were none", () => {
  for (const metric of ["participant_realisation", "funding_utilisation", "n_projects"] as const) {
    const spec = regionMap(regionSummary(projects), { metric });
    const layers = JSON.stringify(spec);
    assert(/"scale":\{"scheme":"blues","domain":\[0,/.test(layers), metric);
  }
  // Pohjois-Savo's 69,0 % is a mid blue of a scale from 0, not the palest: its label is dark on it.
  const tiles =
    (regionMap(regionSummary(projects), { metric: "participant_realisation" }) as unknown as Values).data.values;
  assertEquals(tiles.find((t) => t.area === "MK11")!.light, true);
});

Deno.test("the region map's caption marks a highest or lowest region whose figure includes interim ones", () => {
  const { description } = regionMap(regionSummary(projects), { metric: "funding_utilisation" });
  assert(description?.includes("pienin Keski-Suomi (12,8\u00A0%, sis. väliaikaisia lukuja)"), description);
  const en = regionMap(regionSummary(projects, { lang: "en" }), { metric: "funding_utilisation", lang: "en" });
  assert(en.description?.includes("Central Finland (12.8%, incl. interim figures)"), en.description);
});

Deno.test("the region map's picture says which regions' figures include interim ones; a map of counts does not", () => {
  const subtitle = (spec: unknown) => [(spec as Values).title.subtitle].flat().join(" ");
  const utilisation = subtitle(regionMap(regionSummary(projects), { metric: "funding_utilisation" }));
  assert(utilisation.includes("Mukana käynnissä olevia hankkeita (väliaikaiset luvut): Keski-Suomi (1)."), utilisation);
  const en = subtitle(
    regionMap(regionSummary(projects, { lang: "en" }), { metric: "funding_utilisation", lang: "en" }),
  );
  assert(en.includes("Includes active projects (interim figures): Central Finland (1)."), en);
  const counts = subtitle(regionMap(regionSummary(projects), { metric: "n_projects" }));
  assert(!counts.includes("väliaikais"), counts);
});

Deno.test("the beneficiaries chart's picture says whose funding as lead includes active projects' interim figures", () => {
  const subtitle = (spec: unknown) => [(spec as Values).title.subtitle].flat().join(" ");
  const fi = subtitle(topBeneficiaries(beneficiaries(projects), { lang: "fi" }));
  assert(fi.includes("Mukana käynnissä olevia hankkeita (väliaikaiset luvut): Jyväskylän kaupunki (1)."), fi);
  const ended = projects.filter(pl.col("status_normalised").neq(pl.lit("active")));
  assert(!subtitle(topBeneficiaries(beneficiaries(ended), { lang: "fi" })).includes("väliaikais"));
});

Deno.test("axes say their unit, and a logarithmic axis says it is one", () => {
  const ratios = JSON.stringify(ratioDistributionChart(projects, { lang: "fi" }));
  assert(ratios.includes('"title":"Arvo (%)"'), "a share's axis names its unit");
  const costs = JSON.stringify(ratioDistributionChart(projects, { lang: "en", metrics: COST_METRICS }));
  assert(costs.includes('"title":"€ per result (logarithmic scale)"'), "the log axis says so");
});

Deno.test("the cost per result chart's logarithmic axis says it is one", () => {
  const spec = JSON.stringify(costPerResultChart(costPerResult(projects, { by: "programme_period" }), { lang: "fi" }));
  assert(spec.includes('"title":"€ / tulos (logaritminen asteikko)"'), "the log axis says so");
});

Deno.test("the region map's caption names no one region as the lowest or highest when several share that figure", () => {
  const { description } = regionMap(regionSummary(projects), { metric: "n_projects" });
  assert(/pienin \d+ maakuntaa \(0\)/.test(description ?? ""), description);
  const en = regionMap(regionSummary(projects, { lang: "en" }), { metric: "n_projects", lang: "en" });
  assert(/lowest \d+ regions \(0\)/.test(en.description ?? ""), en.description);
});

Deno.test("costs and a theme's figures that include active projects say so, as the grouped summaries do", () => {
  // S22254 (active) is one of the two 2014-2020 projects behind the cost per participating company.
  const table = costPerResult(projects, { by: "programme_period" });
  const company = table.filter(pl.col("result").eq(pl.lit("cost_per_participating_company")))
    .filter(pl.col("programme_period").eq(pl.lit("2014-2020"))).toRecords()[0]!;
  assertEquals([company.cost_per_result_n, company.n_interim], [2, 1]);
  const participants = table.filter(pl.col("result").eq(pl.lit("cost_per_participant")))
    .filter(pl.col("programme_period").eq(pl.lit("2007-2013"))).toRecords()[0]!;
  assertEquals(participants.n_interim, 0);
  const subtitle = (spec: unknown) => [(spec as Values).title.subtitle].flat().join(" ");
  const costs = subtitle(costPerResultChart(table, { by: "programme_period", lang: "en" }));
  assert(costs.includes("Includes active projects (interim figures): participating company, 2014–2020 (1)"), costs);
  const themes = subtitle(themesByPeriod(themeSummary(projects), { metric: "funding_utilisation", lang: "en" }));
  assert(themes.includes("Includes active projects (interim figures): Employment, 2014–2020 (1)"), themes);
  // A count of projects is no interim figure.
  assert(!subtitle(themesByPeriod(themeSummary(projects), { lang: "en" })).includes("interim"));
});

Deno.test("a distribution's names of its highest outliers end inside the chart, not cut at its edge", async () => {
  // 60 projects' costs per participant, the highest three far above the rest and long-named.
  const n = 60;
  const projects = pl.DataFrame({
    project_code: Array.from({ length: n }, (_, i) => `S1${String(i).padStart(4, "0")}`),
    name: Array.from({ length: n }, (_, i) => i >= n - 3 ? "Maahanmuuttajien verkostomainen palvelumalli" : "Hanke"),
    funding_public_actual: Array.from({ length: n }, (_, i) => i >= n - 3 ? 9_000_000 + i : 100_000 + 1000 * i),
    participants_actual: Array.from({ length: n }, () => 20),
    cost_per_participant: Array.from({ length: n }, (_, i) => (i >= n - 3 ? 9_000_000 + i : 100_000 + 1000 * i) / 20),
  });
  const spec = ratioDistributionChart(projects, { metrics: ["cost_per_participant"], lang: "en" });
  const image = PNG.sync.read(Buffer.from(await chartToPng(spec, { scale: 1 })));
  const orangeAt = (x: number) =>
    Array.from({ length: image.height }, (_, y) => (y * image.width + x) * 4).some((i) =>
      image.data[i]! > 180 && image.data[i + 1]! < 140 && image.data[i + 2]! < 80
    );
  const edge = Array.from({ length: 4 }, (_, k) => image.width - 1 - k);
  assertEquals(edge.filter(orangeAt), [], "no name runs to the right edge");
  assert(Array.from({ length: image.width }, (_, x) => x).some(orangeAt), "the outliers are drawn");
});

Deno.test("a distribution of costs with no cost above 0 draws an empty row, no NaN", async () => {
  const projects = pl.DataFrame({
    project_code: ["A", "B"],
    name: ["a", "b"],
    cost_per_participant: [null, 0],
  }, { schema: { project_code: pl.Utf8, name: pl.Utf8, cost_per_participant: pl.Float64 } });
  const svg = await chartToSvg(ratioDistributionChart(projects, { metrics: ["cost_per_participant"], lang: "en" }));
  assert(!svg.includes("NaN") && !svg.includes("Infinity"), "a scale of real numbers");
});

Deno.test("the region map's caption says a figure includes interim ones only where an active project has that figure", () => {
  // S22254, active, moved to Lappi: its utilisation counts in Lappi's, it prints no participants.
  const moved = projects.withColumns(
    pl.when(pl.col("project_code").eq(pl.lit("S22254"))).then(pl.lit(["Lappi"])).otherwise(pl.col("regions"))
      .alias("regions"),
  );
  const realisation = regionMap(regionSummary(moved), { metric: "participant_realisation" }).description ?? "";
  assert(realisation.includes("suurin Lappi (85,1\u00A0%)"), realisation);
  assert(!realisation.includes("väliaikais"), realisation);
  const utilisation = regionMap(regionSummary(moved), { metric: "funding_utilisation" }).description ?? "";
  assert(utilisation.includes("Lappi") && utilisation.includes("sis. väliaikaisia lukuja"), utilisation);
});

Deno.test("the beneficiaries chart says how many it shows of how many, plainly when it shows them all", () => {
  const subtitle = (spec: unknown) => [(spec as Values).title.subtitle].flat().join(" ");
  const all = subtitle(topBeneficiaries(beneficiaries(projects), { lang: "fi" }));
  assert(all.startsWith("Kaikki 6 organisaatiota, eniten hankkeita ensin."), all);
  const some = subtitle(topBeneficiaries(beneficiaries(projects), { lang: "fi", top: 2 }));
  assert(some.startsWith("2 organisaatiota 6:sta, eniten hankkeita ensin."), some);
  const en = subtitle(topBeneficiaries(beneficiaries(projects), { lang: "en" }));
  assert(en.startsWith("All 6 organisations, most projects first."), en);
});

Deno.test("a distribution chart names its outliers above and below the boxes, never over them", async () => {
  const { analysisProjects } = await import("../../testing/analysis_corpus.ts");
  const { COST_METRICS: costs } = await import("../schema.ts");
  const spec = ratioDistributionChart(analysisProjects(300), { lang: "fi", metrics: costs }) as unknown as {
    data: { values: { row: number; label: string | null }[] };
    layer: { transform?: { calculate?: string; as?: string }[] }[];
  };
  const layers = JSON.stringify(spec.layer);
  // The box is 40 px high: its half in a row's units gives the row's height in pixels.
  const half = Number(/datum\.row \+ ([\d.]+)/.exec(layers)![1]);
  const centres = JSON.parse(/"values":(\[[\d.,]+\])/.exec(layers)![1]!) as number[];
  const named = spec.data.values.filter((v) => v.label !== null);
  assert(named.length >= 6, `${named.length} named`);
  for (const v of named) {
    const off = Math.min(...centres.map((centre) => Math.abs(v.row - centre)));
    // A name is a line high: its middle at least half a line from the box's edge.
    const line = 15 / (20 / half);
    assert(off >= half + line / 2 - 1e-9, `${v.label}: ${off.toFixed(3)} within the box (±${half.toFixed(3)})`);
  }
});

Deno.test("a scatter rings each point it names, so that a name reads as its point's in a crowd", async () => {
  const { analysisProjects } = await import("../../testing/analysis_corpus.ts");
  const { participantsPlannedVsActual } = await import("./participants_planned_actual.ts");
  const spec = participantsPlannedVsActual(analysisProjects(300), { lang: "fi" }) as unknown as {
    title: { subtitle: string[] };
    layer: { mark: { type: string; filled?: boolean }; data?: { values: { label?: string }[] } }[];
  };
  const texts = spec.layer.filter((l) => l.mark.type === "text").flatMap((l) => l.data?.values ?? []);
  const rings = spec.layer.filter((l) => l.mark.type === "point" && l.mark.filled === false);
  assertEquals(rings.length, 1);
  assertEquals(rings[0]!.data!.values.map((v) => v.label).sort(), texts.map((v) => v.label).sort());
  assert(texts.length > 0);
  assert(spec.title.subtitle.join(" ").includes("Nimetyt pisteet renkaalla."), spec.title.subtitle.join(" "));
  // Every point named (the shipped five): the rings are said all the same.
  const all = participantsPlannedVsActual(projects, { lang: "en" }) as unknown as typeof spec;
  assert(all.title.subtitle.join(" ").includes("The named points are ringed."), all.title.subtitle.join(" "));
  // A histogram names projects by lines, not rings.
  const { programmeUtilisation } = await import("./programme_utilisation.ts");
  const { loadRegister } = await import("../register/load_register.ts");
  const { SHIPPED_REGISTERS } = await import("../register/shipped.ts");
  const { register } = await loadRegister(SHIPPED_REGISTERS["2007-2013"]);
  const histogram = programmeUtilisation(register, projects, { lang: "fi" }) as unknown as typeof spec;
  assert(!JSON.stringify(histogram.title).includes("renkaalla"), JSON.stringify(histogram.title));
});

Deno.test("a distribution chart draws a hairline between its rows, so that each name reads as its row's", () => {
  const spec = ratioDistributionChart(projects, { lang: "fi", metrics: COST_METRICS }) as unknown as {
    layer: { data?: { values: { boundary?: number }[] }; mark: { type: string } }[];
  };
  const rules = spec.layer.find((l) => l.data?.values[0]?.boundary !== undefined)!;
  assertEquals(rules.mark.type, "rule");
  assertEquals(rules.data!.values.length, COST_METRICS.length - 1);
});
