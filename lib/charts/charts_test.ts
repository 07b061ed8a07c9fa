import { Ajv } from "ajv";
import pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";
import vegaLiteSchema from "vega-lite/build/vega-lite-schema.json" with { type: "json" };
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { summarise } from "../analysis/summarise.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { assertSnapshot } from "../../testing/snapshot.ts";
import * as charts from "./mod.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const byPeriod = summarise(projects, { by: "programme_period" });

/** Every chart on the seeds, by its export file name. */
const SPECS: Record<string, TopLevelSpec> = {
  "participants-planned-actual": charts.participantsPlannedVsActual(projects),
  "participants-realisation": charts.participantsRealisation(projects),
  "participants-women-share": charts.womenShare(projects),
  "funding-utilisation": charts.fundingUtilisation(projects),
  "funding-utilisation-eu-state": charts.fundingUtilisation(projects, { basis: "eu_state" }),
  "funding-vs-participants": charts.fundingVsParticipants(projects),
  "projects-timeline": charts.projectTimeline(projects, { colour: "region" }),
  "summary-by-period": charts.groupedSummary(byPeriod, { by: "programme_period" }),
  "participants-realisation-en": charts.participantsRealisation(projects, { lang: "en" }),
  "participants-planned-actual-half": charts.participantsPlannedVsActual(projects, { printWidth: "half", height: 180 }),
};

/** A subtitle's lines as one text. */
const subtitleOf = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle.join(" ");

const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(vegaLiteSchema);

/** A Vega-Lite logger that keeps the warnings and errors it is given (none is printed). */
function collectingLogger(into: unknown[][]) {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level as never;
      level = value;
      return logger as never;
    },
    warn: (...args: unknown[]) => (into.push(args), logger),
    error: (...args: unknown[]) => (into.push(args), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

for (const [name, spec] of Object.entries(SPECS)) {
  Deno.test(`chart ${name}: valid against the vega-lite 5 schema, titled, described, and as snapshotted`, async () => {
    const valid = validate(spec);
    assert(valid, `${name}: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
    assert(String(spec.$schema).endsWith("/vega-lite/v5.json"), "a v5 spec");
    assert(typeof spec.description === "string" && spec.description.length > 20, "a description");
    assert(typeof spec.title === "object" && spec.title !== null && "text" in spec.title, "a title");
    // Compiled without a warning: Vega-Lite prints its warnings on the terminal of whoever makes the report.
    const warnings: unknown[][] = [];
    compile(spec, { logger: collectingLogger(warnings) });
    assertEquals(warnings, [], `${name}: Vega-Lite's warnings`);
    await assertSnapshot(name, spec);
  });
}

Deno.test("the schema validator rejects what vega-lite 5 would not render", () => {
  assertEquals(validate({ mark: "bubble", data: { values: [] } }), false);
  assertEquals(validate({ mark: "bar", encoding: { x: { field: "a", type: "quantity" } } }), false);
});

Deno.test("charts embed only what they draw: no texts, no contact details", () => {
  const all = JSON.stringify(Object.values(SPECS));
  for (const absent of ['"summary"', "target_groups", "Lisbeth", "(at)", "business_id", "final_report"]) {
    assert(!all.includes(absent), `${absent} is not in any spec`);
  }
});

Deno.test("charts print Finnish numbers by default and English ones on request", async () => {
  const fi = await chartToSvg(SPECS["participants-realisation"]!);
  assert(fi.includes("59,8\u00A0%"), "59,8 % in Finnish");
  assert(fi.includes("Osallistujien toteutumisaste"));
  const en = await chartToSvg(SPECS["participants-realisation-en"]!);
  assert(en.includes("59.8%") && en.includes("Participant realisation"));
  const money = await chartToSvg(SPECS["funding-vs-participants"]!);
  assert(money.includes(">1\u00A0000\u00A0000<"), "1 000 000 on the funding axis");
  assert(money.includes("Toteutunut julkinen rahoitus (€)"), "its unit in its title");
  assert(money.includes(">10\u00A0000\u00A0€<"), "10 000 € on a guide");
});

Deno.test("dates in tooltips are D.M.YYYY in Finnish, D Mon YYYY in English", () => {
  const formats = (spec: unknown) =>
    JSON.stringify(spec).match(/"title":"(Alkaa|Päättyy|Start|End)","format":"([^"]+)"/g);
  assertEquals(formats(SPECS["projects-timeline"]), [
    '"title":"Alkaa","format":"%-d.%-m.%Y"',
    '"title":"Päättyy","format":"%-d.%-m.%Y"',
  ]);
  assertEquals(formats(charts.projectTimeline(projects, { lang: "en" })), [
    '"title":"Start","format":"%-d %b %Y"',
    '"title":"End","format":"%-d %b %Y"',
  ]);
});

Deno.test("each chart declares its print width: full by default, half on request", () => {
  for (const [name, spec] of Object.entries(SPECS)) {
    const half = name.endsWith("-half");
    assertEquals(charts.printWidthOf(spec), half ? "half" : "full", name);
    assertEquals((spec as { width: number }).width, half ? 302 : 605, name);
  }
});

Deno.test("scatters name a few projects where the names fit, and say how many", () => {
  const labels = (spec: TopLevelSpec) =>
    (spec as { layer: { mark: { type?: string }; data?: { values: { label?: string }[] } }[] }).layer
      .filter((layer) => layer.mark.type === "text").flatMap((layer) => layer.data?.values ?? [])
      .map((row) => row.label).filter((label) => label !== undefined);
  const full = labels(SPECS["participants-planned-actual"]!);
  assertEquals(full.length, 3, full.join(" | "));
  assert(full.includes("Maahanmuuttajien… (S11547)"), "the largest plan, named with its code");
  assert(!subtitleOf(SPECS["participants-planned-actual"]).includes("Nimetty"), "all named");
  const half = labels(SPECS["participants-planned-actual-half"]!);
  assert(half.length < 3, half.join(" | "));
  assert(subtitleOf(SPECS["participants-planned-actual-half"]).includes(`(kaikkiaan 3)`));
});

Deno.test("per-project charts show what they leave out and mark active projects", () => {
  const realisation = SPECS["participants-realisation"] as { data: { values: { project_code: string }[] } };
  assertEquals(realisation.data.values.map((r) => r.project_code), ["S10323", "S10619", "S11547"]);
  const utilisation = SPECS["funding-utilisation"] as { data: { values: Record<string, unknown>[] } };
  const active = utilisation.data.values.find((r) => r.project_code === "S22254")!;
  assertEquals(active.status_label, "Käynnissä (väliaikainen luku)");
  assert(subtitleOf(SPECS["participants-women-share"]).includes("(ilman sitä 2 hanketta kaudelta 2014–2020)"));
});

/** The projects frame of `count` generated documents. */
async function generatedProjects(count: number, seed: number): Promise<pl.DataFrame> {
  const { generateDocuments } = await import("../../dev/generate.ts");
  const { parseDocument } = await import("../parse/parse_document.ts");
  const { withDerivedMetrics } = await import("../frame/derived.ts");
  const { frameFromRecords } = await import("../frame/frame_from_records.ts");
  const { ProjectSchema } = await import("../schema.ts");
  return withDerivedMetrics(frameFromRecords(
    ProjectSchema,
    generateDocuments(count, seed).map((g) => parseDocument(g.text).document!.project),
  ));
}

Deno.test("per-project charts draw at most maxProjects projects and say which", async () => {
  const many = await generatedProjects(150, 9);
  // The extremes are of the projects whose figures are final: an active project's low figure is only interim.
  const final = many.filter(
    pl.col("funding_utilisation").isNotNull().and(pl.col("status_normalised").neq(pl.lit("active"))),
  );
  const active = many.filter(
    pl.col("funding_utilisation").isNotNull().and(pl.col("status_normalised").eq(pl.lit("active"))),
  ).height;
  assert(active > 0 && final.height > 30, "the corpus has both");
  const spec = charts.fundingUtilisation(many) as {
    data: { values: { funding_utilisation: number; status_normalised: string }[] };
  };
  assertEquals(spec.data.values.length, 30);
  assert(
    subtitleOf(spec).endsWith(
      `Näytetään 15 suurinta ja 15 pienintä ${final.height} hankkeesta, joiden luvut ovat lopullisia; ` +
        `${active} käynnissä olevaa (väliaikaiset luvut) jätetty pois.`,
    ),
    subtitleOf(spec),
  );
  assert(spec.data.values.every((r) => r.status_normalised !== "active"));
  const values = spec.data.values.map((r) => r.funding_utilisation);
  assertEquals(values, [...values].sort((a, b) => b - a), "highest first");
  const all = final.getColumn("funding_utilisation").toArray() as number[];
  assertEquals(values[0], Math.max(...all));
  assertEquals(values.at(-1), Math.min(...all));
  const timeline = charts.projectTimeline(many, { lang: "en", maxProjects: 10 }) as { data: { values: unknown[] } };
  assertEquals(timeline.data.values.length, 10);
  assert(
    subtitleOf(timeline).endsWith(
      "Showing the 10 latest to start of 150 projects: the most recent, as 150 bars would not be legible.",
    ),
    subtitleOf(timeline),
  );
});

Deno.test("a per-project chart at its most projects prints within the Word report's page, beside its caption", async () => {
  const { FIGURE_MAX_HEIGHT_CM } = await import("../output/docx.ts");
  const { svgSize } = await import("../output/render_chart.ts");
  const many = await generatedProjects(150, 9);
  const built: [string, TopLevelSpec][] = [
    ["participantsRealisation", charts.participantsRealisation(many)],
    ["fundingUtilisation", charts.fundingUtilisation(many)],
    ["fundingUtilisation eu_state", charts.fundingUtilisation(many, { basis: "eu_state" })],
    ["womenShare", charts.womenShare(many)],
    ["projectTimeline", charts.projectTimeline(many)],
  ];
  for (const [name, spec] of built) {
    const { heightCm, widthCm } = svgSize(await chartToSvg(spec));
    assertEquals(widthCm, 16, name);
    assert(heightCm! <= FIGURE_MAX_HEIGHT_CM, `${name}: ${heightCm} cm tall, at 16 cm wide`);
  }
});

Deno.test("the scatters draw at most MAX_POINTS projects, the extremes and the largest kept, and say so", async () => {
  const { MAX_POINTS } = await import("./scatter.ts");
  const many = await generatedProjects(1_000, 7);
  const points = (spec: TopLevelSpec) =>
    (spec as { layer: { mark: { type?: string }; data?: { values: Record<string, number>[] } }[] }).layer
      .find((layer) => layer.mark.type === "point")!.data!.values;
  const both = many.filter(pl.col("participants_planned").isNotNull().and(pl.col("participants_actual").isNotNull()));
  const planned = charts.participantsPlannedVsActual(many);
  const drawn = points(planned);
  assertEquals(drawn.length, MAX_POINTS);
  assert(
    subtitleOf(planned).includes(
      // Before: "Näytetään 400 2 022 hankkeesta", two counts side by side read as one.
      `Näytetään ${MAX_POINTS} hanketta (kaikkiaan ${
        both.height.toLocaleString("fi").replace(/\s/g, "\u00A0")
      }): poikkeavimmat, suurimmat ja tasainen otos muista.`,
    ),
    subtitleOf(planned),
  );
  const ratios = (both.toRecords() as Record<string, number>[])
    .map((row) => row.participants_actual! / Math.max(1, row.participants_planned!));
  const drawnRatios = drawn.map((row) => row.participants_actual! / Math.max(1, row.participants_planned!));
  assertEquals(Math.min(...drawnRatios), Math.min(...ratios), "the lowest ratio kept");
  assertEquals(Math.max(...drawnRatios), Math.max(...ratios), "the highest ratio kept");
  assertEquals(
    Math.max(...drawn.map((row) => row.participants_planned!)),
    both.getColumn("participants_planned").max(),
    "the largest kept",
  );
  const funding = charts.fundingVsParticipants(many, { lang: "en" });
  assert(points(funding).length <= MAX_POINTS);
  assert(subtitleOf(funding).includes(`Showing ${MAX_POINTS} of `), subtitleOf(funding));
  assert((await chartToSvg(planned)).length < 400_000, "a small SVG");
});

Deno.test("a grouped summary's subtitle says EU and state funding is measured against the funding granted", () => {
  const subtitle = (metrics: charts.GroupedMetric[], lang: "fi" | "en") => {
    const spec = charts.groupedSummary(byPeriod, { by: "programme_period", metrics, lang }) as {
      title: { subtitle: string | string[] };
    };
    return [spec.title.subtitle].flat().join(" ");
  };
  const both: charts.GroupedMetric[] = ["funding_utilisation", "funding_utilisation_eu_state"];
  assert(
    subtitle(both, "fi").startsWith(
      "Painotettu: Σ toteutunut ÷ Σ suunniteltu (EU- ja valtion rahoitus: ÷ Σ myönnetty)",
    ),
  );
  assert(subtitle(both, "en").startsWith("Weighted: Σ actual ÷ Σ planned (EU and state funding: ÷ Σ granted)"));
  assert(!subtitle(["participant_realisation", "funding_utilisation"], "fi").includes("myönnetty"));
});

Deno.test("the timeline's axis names each year once, however short the span (ticks at half-years said 2020 twice)", async () => {
  const rows = [
    ["2019-09-01", "2021-08-31"],
    ["2020-01-01", "2022-12-31"],
    ["2020-06-01", "2023-05-31"],
    ["2021-03-01", "2022-02-28"],
  ].map(([start_date, end_date], k) => ({
    project_code: `S2000${k}`,
    name: `Hanke ${k}`,
    status_normalised: "ended",
    start_date,
    end_date,
    regions: ["Lappi"],
  }));
  const svg = await chartToSvg(charts.projectTimeline(rows) as never);
  const years = [...svg.matchAll(/>((?:19|20)\d\d)</g)].map((m) => m[1]);
  assert(years.length >= 3, svg.slice(0, 200));
  assertEquals(years.length, new Set(years).size, years.join(" "));
});

Deno.test("a grouped chart says which of its groups include active projects' interim figures, and how many", () => {
  const summary = [
    { programme_period: "2007-2013", funding_utilisation: 0.939, funding_utilisation_n: 3, n_interim: 0 },
    { programme_period: "2014-2020", funding_utilisation: 0.284, funding_utilisation_n: 2, n_interim: 1 },
  ];
  const subtitle = (lang: "fi" | "en") => {
    const spec = charts.groupedSummary(summary, { by: "programme_period", lang, metrics: ["funding_utilisation"] });
    return [(spec as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(" ");
  };
  assert(
    subtitle("fi").includes("Mukana käynnissä olevia hankkeita (väliaikaiset luvut): 2014–2020 (1)."),
    subtitle("fi"),
  );
  assert(subtitle("en").includes("Includes active projects (interim figures): 2014–2020 (1)."), subtitle("en"));
  const none = charts.groupedSummary([summary[0]!], { by: "programme_period", lang: "en" });
  assert(!JSON.stringify(none).includes("active projects"));
});

Deno.test("the programme histogram says how many of the register's projects are active: their utilisation is interim", () => {
  const register = [
    { project_code: "S20001", funding_utilisation: 0.2, status_normalised: "active" },
    { project_code: "S20002", funding_utilisation: 0.9, status_normalised: "ended" },
    { project_code: "S20003", funding_utilisation: 0.1, status_normalised: "active" },
  ];
  const subtitle = (lang: "fi" | "en") =>
    [(charts.programmeUtilisation(register, [], { lang }) as { title: { subtitle: string | string[] } }).title.subtitle]
      .flat().join(" ");
  assert(subtitle("fi").includes("Käynnissä 2 hanketta 3:sta: niiden käyttöasteet ovat väliaikaisia."), subtitle("fi"));
  assert(subtitle("en").includes("Active: 2 projects of 3, whose utilisation is interim."), subtitle("en"));
  const ended = charts.programmeUtilisation([register[1]!], [], { lang: "en" });
  assert(!JSON.stringify(ended).includes("interim"));
});

Deno.test("the programme histogram draws many corpus projects as bars of their own, not lines over its bars", () => {
  const register = Array.from({ length: 200 }, (_, k) => ({
    project_code: `S1${String(k).padStart(4, "0")}`,
    funding_utilisation: 0.7 + (k % 40) / 100,
    status_normalised: "ended",
  }));
  const corpus = register.slice(0, 60).map((r) => ({ ...r, name: `Hanke ${r.project_code}` }));
  const spec = charts.programmeUtilisation(register, corpus, { lang: "en" }) as unknown as {
    layer: { mark: { type: string }; data?: { values: { row?: number; start?: number; count?: number }[] } }[];
    title: { subtitle: string | string[] };
  };
  // The corpus's own bars: 60 projects in the register's bins (values 0.70 to 1.09: bins 70 % to 105 %).
  const [, corpusBars, lines] = spec.layer;
  assertEquals(corpusBars!.mark.type, "bar");
  assertEquals(corpusBars!.data!.values.reduce((sum, bin) => sum + bin.count!, 0), 60);
  assertEquals(corpusBars!.data!.values.map((bin) => Math.round(bin.start! * 100)), [70, 75, 80, 85, 90, 95, 100, 105]);
  // Lines only for the projects named.
  assert(lines!.data!.values.every((m) => m.row! >= 0) && lines!.data!.values.length < 60);
  assert([spec.title.subtitle].flat().join(" ").includes("Orange bars: the corpus projects (60), in the same bins"));
});

Deno.test("a capped bar chart of active projects only still shows their highest and lowest", async () => {
  const many = (await generatedProjects(150, 9)).filter(pl.col("status_normalised").eq(pl.lit("active")));
  const withValue = many.filter(pl.col("funding_utilisation").isNotNull()).height;
  assert(withValue > 10, "enough active projects");
  const spec = charts.fundingUtilisation(many, { maxProjects: 10 }) as { data: { values: unknown[] } };
  assertEquals(spec.data.values.length, 10);
  // Then the one status of all drawn (their legend of one entry is not drawn).
  assert(
    subtitleOf(spec).endsWith(
      `Näytetään 5 suurinta ja 5 pienintä ${withValue} hankkeesta. Kaikkien kuvan hankkeiden tila: käynnissä ` +
        "(väliaikainen luku).",
    ),
    subtitleOf(spec),
  );
});

Deno.test("a chart says whether it draws an active project: a capped per-project chart of final figures does not", async () => {
  assertEquals(charts.drawsActiveProject(SPECS["funding-utilisation"]!), true, "the sample's S22254 is drawn, marked");
  assertEquals(charts.drawsActiveProject(SPECS["participants-realisation"]!), false);
  const many = await generatedProjects(150, 9);
  assert(many.filter(pl.col("status_normalised").eq(pl.lit("active"))).height > 0);
  assertEquals(charts.drawsActiveProject(charts.fundingUtilisation(many, { maxProjects: 20 })), false);
  assertEquals(charts.drawsActiveProject(charts.fundingUtilisation(many, { maxProjects: 1000 })), true);
});

Deno.test("the programme histogram says how many corpus projects the register does not list, so none seems lost", () => {
  const register = [{ project_code: "S20001", funding_utilisation: 0.9, status_normalised: "ended" }];
  const corpus = [
    { project_code: "S20001", name: "A", funding_utilisation: 0.5 },
    { project_code: "S22254", name: "B", funding_utilisation: 0.937 },
    { project_code: "S21941", name: "C", funding_utilisation: 0.128 },
  ];
  const subtitle = (lang: "fi" | "en") =>
    [
      (charts.programmeUtilisation(register, corpus, { lang }) as { title: { subtitle: string | string[] } }).title
        .subtitle,
    ]
      .flat().join(" ");
  assert(subtitle("en").includes("2 corpus projects not in the register: not marked."), subtitle("en"));
  assert(
    subtitle("fi").includes("Aineiston hankkeista 2 ei ole rekisterissä, eikä niitä ole merkitty."),
    subtitle("fi"),
  );
  const listed = charts.programmeUtilisation(register, corpus.slice(0, 1), { lang: "en" });
  assert(!JSON.stringify(listed).includes("not in the register"));
});

Deno.test("a chart writes a programme period with an en dash, but a name keeps its years as printed", () => {
  const rows = [
    {
      project_code: "S10001",
      name: "Nuorisotakuu 2011-2014",
      programme_period: "2007-2013",
      participants_planned: 10,
      participants_actual: 8,
      status_normalised: "ended",
    },
  ];
  const spec = JSON.stringify(charts.participantsPlannedVsActual(rows));
  assert(spec.includes("Nuorisotakuu 2011-2014"), "the name as printed");
  assert(!spec.includes("Nuorisotakuu 2011–2014"), "not changed");
  const periods = JSON.stringify(
    charts.groupedSummary([{ programme_period: "2007-2013", funding_utilisation: 0.9, funding_utilisation_n: 3 }], {
      by: "programme_period",
    }),
  );
  assert(periods.includes('"group":"2007–2013"') && !periods.includes('"2007-2013"'), periods.slice(0, 200));
});
