import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { summarise } from "../analysis/summarise.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { keyFigures, type RegisterComparison, type ReportInput } from "./report_content.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));

const input = (frame: pl.DataFrame, lang: "fi" | "en"): ReportInput => ({
  lang,
  generatedAt: new Date(0),
  corpus: "documents",
  files: [],
  projects: [],
  overall: toJsonRecords(summarise(frame))[0]!,
  ended: toJsonRecords(summarise(frame, { interim: "exclude" }))[0]!,
  byPeriod: [],
  charts: [],
  diagnostics: [],
  suspicious: [],
  downloads: [],
});

Deno.test("a key figure that includes active projects' interim figures says so in its label; the one without them does not", () => {
  const fi = keyFigures(input(projects, "fi"));
  const utilisation = fi.find(({ label }) => label.startsWith("Julkisen rahoituksen käyttöaste"))!;
  assertEquals([utilisation.value, utilisation.n], ["69,6\u00A0%", 5]);
  assert(utilisation.label.includes("sis. 1 käynnissä oleva hanke (väliaikaiset luvut)"), utilisation.label);
  const ended = fi.find(({ label }) => label.includes("ilman käynnissä olevia"))!;
  assert(!ended.label.includes("sis."), ended.label);
  const en = keyFigures(input(projects, "en")).find(({ label }) => label.startsWith("Public funding utilisation"))!;
  assert(en.label.includes("incl. 1 active project (interim figures)"), en.label);
  // Without active projects, no figure says so.
  const none = keyFigures(input(projects.filter(pl.col("status_normalised").neq(pl.lit("active"))), "fi"));
  assert(none.every(({ label }) => !label.includes("käynnissä oleva hanke")), JSON.stringify(none));
});

Deno.test("a key figure whose projects are all of one period, in a corpus of both, says so in its label", () => {
  const both = (lang: "fi" | "en") => ({
    ...input(projects, lang),
    byPeriod: toJsonRecords(summarise(projects, { by: "programme_period" })),
  });
  const en = keyFigures(both("en"));
  // The 2014–2020 template prints no actual participants: those figures rest on 2007–2013 alone.
  assertEquals(en.map(({ label }) => label), [
    "Participant realisation (weighted, 2007–2013 only)",
    "Women's share of actual participants (2007–2013 only)",
    "Public funding utilisation, incl. 1 active project (interim figures)",
    "Public funding utilisation, active projects left out",
    "Public funding per actual participant (2007–2013 only)",
  ]);
  assertEquals(keyFigures(both("fi"))[0]!.label, "Osallistujien toteutumisaste (painotettu, vain 2007–2013)");
  // A corpus of one period: nothing to say.
  const one = projects.filter(pl.col("programme_period").eq(pl.lit("2007-2013")));
  const only = keyFigures({ ...input(one, "en"), byPeriod: toJsonRecords(summarise(one, { by: "programme_period" })) });
  assertEquals(only[0]!.label, "Participant realisation (weighted)");
});

Deno.test("the page shows under each chart the note Word prints under it: definition and n, interim figures said", async () => {
  const { reportHtml } = await import("./page.ts");
  const { chartNote } = await import("./chart_note.ts");
  const page = input(projects, "fi");
  const chart = (name: string, drawsActive: boolean) => ({
    name,
    title: "T",
    description: "Kuvaus.",
    svg: "<svg/>",
    drawsActive,
  });
  page.charts = [chart("funding-utilisation", true), chart("regions-map-projects", false)];
  const html = reportHtml(page);
  const [withMetric, plain] = page.charts.map((c) => chartNote(page, c));
  assert(
    withMetric!.startsWith("Julkisen rahoituksen käyttöaste = ") && withMetric!.endsWith("väliaikaisia."),
    withMetric,
  );
  assertEquals(plain, "Kuvaus.");
  for (const note of [withMetric!, plain!]) {
    assert(html.includes(`<p class="chart-note">${note.replaceAll("&", "&amp;")}</p>`), note);
  }
});

Deno.test("a table on the page and in Word says a unit once: in its cells, not also in its header", async () => {
  const { projectTable } = await import("./report_content.ts");
  const { analysisContent, analysisTables } = await import("./analysis_tables.ts");
  const page = { ...input(projects, "fi"), projects: toJsonRecords(projects) };
  const table = projectTable(page, ["code", "fundingPlanned", "utilisation"]);
  assertEquals(table.header.map((h) => h.label), ["Koodi", "Julkinen rahoitus, suunniteltu", "Käyttöaste"]);
  // S10323 comes first: 1 011 286 of 1 122 733 € planned, 90,1 %.
  assertEquals(table.rows[0]!.slice(1), ["1\u00A0122\u00A0733 €", "90,1\u00A0%"]);
  for (const lang of ["fi", "en"] as const) {
    for (const section of analysisContent(analysisTables(projects, lang), [], projects, lang).sections) {
      const units = section.table.header.filter((h) => /, [%€]$|[(](%|€)[)]$/.test(h.label)).map((h) => h.label);
      assertEquals(units, [], `${lang}: ${section.name}`);
    }
  }
});

Deno.test("the data quality section points to the register's disagreements, which are not reading problems", async () => {
  const { registerDisagreementsNote } = await import("./report_content.ts");
  const mismatch = {
    file: "a.txt",
    line: 1,
    level: "warning" as const,
    code: "register_mismatch",
    message: "",
    project_code: "S1",
  };
  const registered = (mismatches: number) => ({
    ...input(projects, "fi"),
    registers: [{
      period: "2007-2013",
      file: "r.csv",
      rows: 1,
      inCorpus: 1,
      compared: 1,
      otherProject: [],
      missing: [],
      mismatches: Array.from({ length: mismatches }, () => mismatch),
      active: 0,
      latestStart: null,
      startedLater: [],
    }],
  });
  const note = registerDisagreementsNote(registered(2172))!;
  assert(note.includes("2\u00A0172") && note.includes("Vertailu hankerekistereihin"), note);
  assertEquals(registerDisagreementsNote(registered(0)), null);
  assertEquals(registerDisagreementsNote(input(projects, "fi")), null);
  // The register section says 'eroja 0' where every row is a code that may be another project's: the note counts
  // the comparison's remarks, not 'differences in figures' (before: '298 eroa ... antavat eri luvun'), one as one.
  assertEquals(
    registerDisagreementsNote(registered(298)),
    "Rekisterivertailun 298 huomautusta on kohdassa Vertailu hankerekistereihin: ne eivät ole lukuvirheitä, vaan " +
      "kertovat, missä asiakirja ja rekisteri eroavat.",
  );
  assertEquals(
    registerDisagreementsNote(registered(1)),
    "Rekisterivertailun 1 huomautus on kohdassa Vertailu hankerekistereihin: se ei ole lukuvirhe, vaan kertoo, " +
      "missä asiakirja ja rekisteri eroavat.",
  );
  assertEquals(
    registerDisagreementsNote({ ...registered(1), lang: "en" }),
    "The register comparison's 1 remark is under Comparison with the project registers: it is not a reading " +
      "problem, but shows where a document and the register differ.",
  );
});

Deno.test("the English page shows the crosswalk's titles (now in English); the distributions' metrics carry no unit twice", async () => {
  const { analysisContent, analysisTables } = await import("./analysis_tables.ts");
  const en = analysisContent(analysisTables(projects, "en"), [], projects, "en").sections;
  const crosswalk = en.find((s) => s.name === "themes-crosswalk")!;
  assert(crosswalk.table.header.some((h) => h.label === "Title"), crosswalk.table.header.map((h) => h.label).join());
  assert(crosswalk.table.rows.some((row) => row.includes("Employment and labour mobility")));
  for (const lang of ["fi", "en"] as const) {
    const spread = analysisContent(analysisTables(projects, lang), [], projects, lang).sections
      .find((s) => s.name === "distributions")!;
    const names = spread.table.rows.map((row) => row[0]!);
    assert(names.every((name) => !/, [%€]$/.test(name)), names.join(" | "));
  }
});

Deno.test("the figures by period mark a figure that includes active projects' interim figures, as the analyses do", async () => {
  const { periodTable, periodTableNote } = await import("./period_table.ts");
  const { summarise } = await import("../analysis/summarise.ts");
  const page = { ...input(projects, "fi"), byPeriod: toJsonRecords(summarise(projects, { by: "programme_period" })) };
  const table = periodTable(page);
  const later = table.rows.find((row) => row[0] === "2014–2020")!;
  assert(later.some((cell) => cell.startsWith("28,4\u00A0% *")), later.join(" | "));
  assert(!table.rows.find((row) => row[0] === "2007–2013")!.some((cell) => cell.includes("*")));
  assert(periodTableNote(page)!.includes("väliaikaisia"), String(periodTableNote(page)));
});

Deno.test("the page and Word say how many values are flagged in how many projects, as notebook 04 does", async () => {
  const { suspiciousSummaryText } = await import("./report_content.ts");
  const flags = [{ project_code: "S1" }, { project_code: "S1" }, { project_code: "S2" }];
  assertEquals(
    suspiciousSummaryText(flags, "en"),
    "3 values in 2 projects are flagged for checking, each with its source file and line.",
  );
  assertEquals(
    suspiciousSummaryText(flags.slice(0, 1), "fi"),
    "1 arvo 1 hankkeessa on merkitty tarkistettavaksi, kukin lähdetiedoston ja rivin kanssa.",
  );
});

/** The register paragraph of a comparison of the 2007–2013 register: three projects compared, the rest as given. */
function registerParagraph(
  registerContent: typeof import("./method.ts").registerContent,
  lang: "fi" | "en",
  comparison: Partial<RegisterComparison>,
): string {
  return registerContent({
    ...input(projects, lang),
    registers: [{
      period: "2007-2013",
      file: "r.csv",
      rows: 20,
      inCorpus: 0,
      compared: 3,
      otherProject: [],
      missing: [],
      mismatches: [],
      active: 0,
      latestStart: null,
      startedLater: [],
      ...comparison,
    }],
  })!.paragraphs[0]!;
}

Deno.test("the register paragraph says how many listed projects may be another project's, in each language, with their codes", async () => {
  const { registerContent } = await import("./method.ts");
  const warning = (project_code: string) => ({
    file: "a.txt",
    line: 1,
    level: "warning" as const,
    code: "register_mismatch",
    message: "",
    project_code,
  });
  const other = Array.from({ length: 12 }, (_, k) => `S1${String(k).padStart(4, "0")}`);
  const paragraph = (lang: "fi" | "en") =>
    registerParagraph(registerContent, lang, {
      inCorpus: 15,
      otherProject: other,
      mismatches: [...other.map(warning), warning("S20000"), warning("S20000")],
    });
  const fi = paragraph("fi");
  assert(fi.includes("Rekisterissä niistä on 15, eroja 2,"), fi);
  assert(fi.includes("Rekisterissä olevista 15 hankkeesta 12: nimi ja kumpikin päivä eroavat"), fi);
  assert(fi.includes("S10000, S10001") && fi.includes("S10009 ja 2 muuta)."), fi);
  const en = paragraph("en");
  assert(en.includes("The register lists 15 of them, with 2 disagreements;"), en);
  assert(
    en.includes("Of the 15 it lists, 12: the name and both dates differ") && en.includes("S10009 and 2 more)."),
    en,
  );
  assert(!en.includes("hanke") && !fi.includes("project"), "one language each");
});

Deno.test("the register paragraph names the files of the period's projects without a code: neither compared nor missing", async () => {
  const { registerContent } = await import("./method.ts");
  const paragraph = (lang: "fi" | "en") =>
    registerParagraph(registerContent, lang, { inCorpus: 4, withoutCode: ["2007/ilman-koodia.txt"] });
  assert(paragraph("fi").includes("Hankekoodi puuttuu, joten ei verrattu: ilman-koodia.txt."), paragraph("fi"));
  assert(paragraph("en").includes("Without a project code, so not compared: ilman-koodia.txt."), paragraph("en"));
});
