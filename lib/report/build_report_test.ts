import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { Buffer } from "node:buffer";
import { PNG } from "pngjs";
import { Resvg } from "@resvg/resvg-js";
import { assert, assertEquals } from "../../testing/assert.ts";
import { allFiles } from "../../testing/files.ts";
import { ANALYSIS_CHART_NAMES } from "../../testing/analysis_chart_names.ts";
import { inspectPage } from "../../testing/chromium.ts";
import { readFinnishCsv } from "../output/export.ts";
import { buildReport } from "./build_report.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { unzip } from "../../testing/office.ts";
import { sha256Hex } from "../corpus/hash.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));
const CHARTS = [
  "funding-utilisation",
  "funding-utilisation-eu-state",
  "funding-vs-participants",
  "participants-planned-actual",
  "participants-realisation",
  "participants-women-share",
  "projects-timeline",
  "summary-by-period",
  "summary-by-region",
];
/** By default, the programme context of each period of the corpus, from the shipped registers. */
const PROGRAMME_CHARTS = [
  "programme-by-axis-2007-2013",
  "programme-by-axis-2014-2020",
  "programme-by-section-2007-2013",
  "programme-utilisation-2007-2013",
  "programme-utilisation-2014-2020",
];
const quiet = () => {};

async function sha256(path: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Dark pixels in the top band of a PNG, where the chart title is drawn. */
function darkPixelsInTitleBand(png: Uint8Array): number {
  const image = PNG.sync.read(Buffer.from(png));
  let dark = 0;
  for (let y = 0; y < Math.min(36, image.height); y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! < 128 && image.data[i + 1]! < 128 && image.data[i + 2]! < 128) dark++;
    }
  }
  return dark;
}

// One full report on the shipped data, notebooks included, shared by the tests below.
const root = await tempDir("esf-report-");
const out = `${root}/out`;
const report = await buildReport({ corpus: DATA, out, progress: quiet });

Deno.test("report writes notebooks, charts as SVG and 300 dpi PNG, tables in four formats, index.html, workbook, Word and manifest", async () => {
  const files = (await allFiles(out)).map((path) => path.slice(out.length + 1));
  for (const chart of [...CHARTS, ...PROGRAMME_CHARTS]) {
    assert(files.includes(`charts/${chart}.svg`) && files.includes(`charts/${chart}.png`), chart);
  }
  for (
    const notebook of ["01-corpus-overview", "02-participants", "03-funding", "04-data-quality", "05-programme-context"]
  ) {
    assert(files.includes(`notebooks/${notebook}.ipynb`), notebook);
  }
  for (const table of ["projects", "summary-by-period", "summary-by-region", "summary-overall", "diagnostics"]) {
    for (const ext of ["csv", "fi.csv", "parquet", "xlsx"]) {
      assert(files.includes(`tables/${table}.${ext}`), `${table}.${ext}`);
    }
  }
  for (const file of ["index.html", "manifest.json", "report.xlsx", "report.docx"]) assert(files.includes(file), file);
  const svg = await Deno.readTextFile(`${out}/charts/participants-realisation.svg`);
  assertEquals(svg.match(/<svg[^>]*\swidth="([\d.]+cm)"/)![1], "16cm");
  const png = PNG.sync.read(Buffer.from(await Deno.readFile(`${out}/charts/participants-realisation.png`)));
  assertEquals(png.width, 1890, "PNG at 300 dpi for 16 cm");
  assertEquals(report.notebookRuns.map((run) => run.ok), [true, true, true, true, true, true, true]);
});

Deno.test("report.docx holds each chart's PNG exactly as charts/ has it (Word takes the PNG as drawn)", async () => {
  const docx = await unzip(await Deno.readFile(`${out}/report.docx`));
  const inWord = Object.entries(docx).filter(([path]) => path.startsWith("word/media/")).map(([, bytes]) => bytes);
  const charts = (await allFiles(`${out}/charts`)).filter((path) => path.endsWith(".png"));
  assertEquals(charts.length, 25);
  const digests = (files: Uint8Array[]) => files.map(sha256Hex).sort();
  assertEquals(digests(inWord), digests(await Promise.all(charts.map((path) => Deno.readFile(path)))));
});

Deno.test("report PNGs have their text drawn with real fonts", async () => {
  for (const chart of CHARTS) {
    const dark = darkPixelsInTitleBand(await Deno.readFile(`${out}/charts/${chart}.png`));
    assert(dark > 300, `${chart}: ${dark} dark pixels where the title is`);
  }
  // The same SVG rendered without font files draws no text: the check above would catch that.
  const svg = await Deno.readTextFile(`${out}/charts/participants-realisation.svg`);
  const fontless = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: false },
    background: "white",
  })
    .render().asPng();
  assertEquals(darkPixelsInTitleBand(fontless), 0);
});

Deno.test("report tables hold the metrics; the Finnish-Excel CSV round-trips with decimalComma", async () => {
  const projects = pl.readCSV(`${out}/tables/projects.csv`, { sep: "," });
  const s11547 = projects.filter(pl.col("project_code").eq(pl.lit("S11547"))).toRecords()[0]!;
  assertEquals(s11547.funding_utilisation, 614153 / 645300);
  assertEquals(s11547.participant_realisation, 119 / 199);
  const periods = pl.readCSV(`${out}/tables/summary-by-period.csv`, { sep: "," }).toRecords();
  assertEquals(periods[0]!.participant_realisation, 283 / 388);
  const bytes = await Deno.readFile(`${out}/tables/projects.fi.csv`);
  assertEquals([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 BOM for Excel");
  assert(new TextDecoder().decode(bytes.slice(3, 40)).startsWith("Hankekoodi;Ohjelmakausi;"), "Finnish headers");
  assert(new TextDecoder().decode(bytes).includes(";95,2;"), "a share as a percentage with a decimal comma");
  // read back: the column names of the .csv, figures as they are, ratios as rounded in the file
  const finnish = readFinnishCsv(`${out}/tables/projects.fi.csv`);
  assertEquals(finnish.columns, projects.columns);
  for (const column of ["funding_public_actual", "participants_actual", "funding_eu_state_granted"]) {
    assertEquals(finnish.getColumn(column).toArray(), projects.getColumn(column).toArray(), column);
  }
  const rounded = (projects.getColumn("funding_utilisation").toArray() as number[]).map((v) => Math.round(v * 1000));
  assertEquals(
    (finnish.getColumn("funding_utilisation").toArray() as number[]).map((v) => Math.round(v * 1000)),
    rounded,
  );
});

Deno.test("report manifest names every input and output with its content hash", async () => {
  const manifest = JSON.parse(await Deno.readTextFile(`${out}/manifest.json`));
  assertEquals(manifest.inputs.length, 5);
  for (const input of manifest.inputs) assertEquals(input.sha256, await sha256(`${DATA}${input.file}`), input.file);
  assertEquals(manifest.inputs.map((i: { project_code: string }) => i.project_code).sort(), [
    "S10323",
    "S10619",
    "S11547",
    "S21941",
    "S22254",
  ]);
  const listed = manifest.outputs.map((o: { file: string }) => o.file);
  const onDisk = (await allFiles(out)).map((path) => path.slice(out.length + 1)).filter((f) => f !== "manifest.json");
  assertEquals(listed, onDisk);
  // Every output, those hashed while the notebooks ran and the notebooks' own: each hash is of the file as it stays.
  for (const output of manifest.outputs) {
    assertEquals(output.sha256, await sha256(`${out}/${output.file}`), output.file);
  }
  assert(listed.some((file: string) => file.startsWith("notebooks/")), "the executed notebooks are outputs too");
});

Deno.test("report never writes people's contact details", async () => {
  for (const path of await allFiles(out)) {
    const bytes = await Deno.readFile(path);
    // workbooks and Word files are zip packages: their XML is read, not the compressed bytes
    const text = /\.(xlsx|docx)$/.test(path)
      ? Object.values(await unzip(bytes)).map((file) => new TextDecoder().decode(file)).join("\n")
      : new TextDecoder().decode(bytes);
    for (const personal of ["Lisbeth", "Mattsson", "Ylinen", "Piirainen", "(at)", "040 718 1414"]) {
      assert(!text.includes(personal), `${personal} in ${path}`);
    }
  }
});

Deno.test("the HTML report draws every chart in Chromium and logs no console error", async () => {
  const { consoleErrors, result } = await inspectPage<[string, number, number][]>(
    `file://${out}/index.html`,
    `[...document.querySelectorAll("figure.chart")].map((f) => { const b = f.querySelector("svg").getBBox(); return [f.id, b.width, b.height]; })`,
  );
  assertEquals(consoleErrors, []);
  assertEquals(result.map(([id]) => id).sort(), [...CHARTS, ...PROGRAMME_CHARTS, ...ANALYSIS_CHART_NAMES].sort());
  for (const [id, width, height] of result) assert(width > 200 && height > 100, `${id} drawn ${width}×${height}`);
});

Deno.test("the browser check does notice a console error", async () => {
  const page = `${root}/broken.html`;
  await Deno.writeTextFile(page, "<!DOCTYPE html><script>console.error('boom'); undefinedCall();</script>");
  const { consoleErrors } = await inspectPage(`file://${page}`, "1");
  assertEquals(consoleErrors.length, 2);
});

Deno.test("a new document shows up in the next run, which replaces the previous output, and only it", async () => {
  const corpus = `${root}/corpus`;
  await Deno.mkdir(corpus);
  for (const name of ["000_0083efce40fb50fc.txt", "003_26d83fee4ba57d94.txt"]) {
    await Deno.copyFile(`${DATA}${name}`, `${corpus}/${name}`);
  }
  const again = `${root}/again`;
  await buildReport({ corpus, out: again, notebooks: false, progress: quiet });
  await Deno.writeTextFile(`${again}/mine.txt`, "a file the report did not write");
  const added = (await Deno.readTextFile(`${DATA}001_bfc078f93719c10e.txt`)).replace("S10619", "S19999");
  await Deno.writeTextFile(`${corpus}/new.txt`, added);
  let refused = "";
  await buildReport({ corpus, out: again, notebooks: false, progress: quiet }).catch((e) => refused = e.message);
  assert(refused.includes("mine.txt (not written by this tool)"), refused);
  await Deno.remove(`${again}/mine.txt`);
  await Deno.writeTextFile(`${again}/charts/stale.svg`, "a chart an older version wrote");
  const manifest = JSON.parse(await Deno.readTextFile(`${again}/manifest.json`));
  manifest.outputs.push({ file: "charts/stale.svg", sha256: await sha256(`${again}/charts/stale.svg`), bytes: 30 });
  await Deno.writeTextFile(`${again}/manifest.json`, JSON.stringify(manifest));
  await buildReport({ corpus, out: again, notebooks: false, progress: quiet });
  const codes = pl.readCSV(`${again}/tables/projects.csv`, { sep: "," }).getColumn("project_code").toArray();
  assertEquals(codes, ["S11547", "S19999", "S22254"]);
  assert((await Deno.readTextFile(`${again}/charts/participants-realisation.svg`)).includes(" (S19999)<"));
  assert((await Deno.readTextFile(`${again}/index.html`)).includes("S19999"));
  assert(!(await allFiles(again)).some((f) => f.endsWith("stale.svg")), "the old output is gone whole");
  const siblings = [...Deno.readDirSync(root)].map((e) => e.name).filter((n) => n.startsWith("."));
  assertEquals(siblings, [], "no staging or old folder left beside the output");
});

Deno.test("report escapes texts from documents and refuses to replace a folder that is no report", async () => {
  const corpus = `${root}/hostile`;
  await Deno.mkdir(corpus);
  const hostile = (await Deno.readTextFile(`${DATA}000_0083efce40fb50fc.txt`))
    .replace(/Projektin nimi: .*/, "Projektin nimi: <script>alert(1)</script> & ../../etc/passwd");
  await Deno.writeTextFile(`${corpus}/hostile.txt`, hostile);
  const target = `${root}/hostile-out`;
  await buildReport({ corpus, out: target, notebooks: false, progress: quiet });
  const html = await Deno.readTextFile(`${target}/index.html`);
  assert(html.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ../../etc/passwd"), "shown as text");
  assert(!html.includes("<script>"), "no script element in the page");
  for (const path of await allFiles(target)) {
    assert(path.startsWith(target + "/"), path);
    // Markup must carry the name as text; data files (CSV, Parquet) carry it verbatim, as data.
    if (/\.(html|svg)$/.test(path)) {
      assert(!(await Deno.readTextFile(path)).includes("<script>"), `no raw script in ${path}`);
    }
  }
  const precious = `${root}/precious`;
  await Deno.mkdir(precious);
  await Deno.writeTextFile(`${precious}/thesis.docx`, "years of work");
  let refused = "";
  await buildReport({ corpus, out: precious, notebooks: false, progress: quiet }).catch((e) => refused = e.message);
  assert(refused.includes("not an earlier report"), refused);
  assertEquals(await Deno.readTextFile(`${precious}/thesis.docx`), "years of work");
});

Deno.test("by default the report compares each document with the shipped register of its own period", async () => {
  assertEquals(report.manifest.registers.map((r) => [r.file, r.period]), [
    ["data/registers/eura2007-esr.csv", "2007-2013"],
    ["data/registers/eura2014-2016-esr.csv", "2014-2020"],
  ]);
  assertEquals(report.manifest.registers[0]!.sha256, await sha256(SHIPPED_REGISTERS["2007-2013"]));
  assertEquals(pl.readCSV(`${out}/tables/register-crosscheck.csv`, { sep: "," }).height, 0, "no disagreement");
  const html = await Deno.readTextFile(`${out}/index.html`);
  // The two 2014-2020 seeds started after the 2016 snapshot: missing from their own period's register, and only there.
  assert(html.includes("Rekisterissä niistä on 3, eroja 0, rekisteristä puuttuu: ei yhtään."), "2007-2013 on the page");
  assert(html.includes("Rekisterissä niistä on 0, eroja 0, rekisteristä puuttuu: S21941, S22254."), "2014-2020 too");
  assertEquals(report.notebookRuns[4]!.outputs.chart, 5, "05 draws both periods' context");
});

Deno.test("report --register adds the programme charts and the cross-check, naming each disagreement", async () => {
  const register = SHIPPED_REGISTERS["2007-2013"];
  const corpus = `${root}/register-corpus`;
  await Deno.mkdir(corpus);
  await Deno.copyFile(`${DATA}001_bfc078f93719c10e.txt`, `${corpus}/kemi.txt`);
  await Deno.copyFile(`${DATA}003_26d83fee4ba57d94.txt`, `${corpus}/2014.txt`);
  const altered = (await Deno.readTextFile(`${DATA}000_0083efce40fb50fc.txt`))
    .replace("Myönnetty EU- ja valtion rahoitus: 645 300", "Myönnetty EU- ja valtion rahoitus: 654 300");
  await Deno.writeTextFile(`${corpus}/altered.txt`, altered);
  const target = `${root}/register-out`;
  const result = await buildReport({ corpus, out: target, register, notebooks: false, progress: quiet });
  for (const chart of ["programme-utilisation", "programme-by-section", "programme-by-axis"]) {
    assert((await Deno.stat(`${target}/charts/${chart}-2007-2013.png`)).size > 1000, chart);
  }
  assert(!(await allFiles(target)).some((f) => f.includes("2014-2020")), "the register's period only");
  const crossCheck = pl.readCSV(`${target}/tables/register-crosscheck.csv`, { sep: "," }).toRecords();
  assertEquals(crossCheck.map((r) => [r.code, r.project_code, r.line]), [["register_mismatch", "S11547", 122]]);
  // A person reads the message in the report's language in every format, the program the code (audit 33).
  assertEquals(
    String(crossCheck[0]!.message).replace(/[\u00A0\u202F]/g, " "),
    "EU- ja valtion rahoitus, myönnetty: asiakirjassa 654 300 €, rekisterissä (data/registers/eura2007-esr.csv " +
      "rivi 1266) 645 300 €.",
  );
  const html = await Deno.readTextFile(`${target}/index.html`);
  assert(html.includes("Vertailu hankerekistereihin") && html.includes("eroja 1"), "the cross-check on the page");
  assert(html.includes("rekisteristä puuttuu: ei yhtään"), "the 2014-2020 document is not called missing");
  assert(html.includes("Kauden 2014–2020 hankkeita"), "it is said not compared");
  assertEquals(result.manifest.registers.map((r) => [r.file, r.sha256]), [[
    "data/registers/eura2007-esr.csv",
    await sha256(register),
  ]]);

  const without = `${root}/no-register-out`;
  const plain = await buildReport({ corpus, out: without, register: false, notebooks: false, progress: quiet });
  assertEquals(plain.manifest.registers, []);
  assert(!(await allFiles(without)).some((f) => /programme-|register-crosscheck/.test(f)), "no programme context");
});
