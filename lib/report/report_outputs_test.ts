/**
 * The report's outputs for people, each in one language: the page that
 * explains itself, the `.fi.csv` files, the workbooks, the Word report and
 * the manifest. Reports are built without notebooks (not the point here):
 * on the shipped documents, and on a messy corpus (the documents, a copy, an
 * empty file, a file that is no project description, a skipped file, an
 * unreadable amount) with the 2007–2013 register, in Finnish and English.
 */
import { Buffer } from "node:buffer";
import pl from "nodejs-polars";
import { PNG } from "pngjs";
import config from "../../deno.json" with { type: "json" };
import { assert, assertEquals } from "../../testing/assert.ts";
import { otherLanguageIn } from "../../testing/languages.ts";
import {
  libreOfficeConvert,
  paragraphTexts,
  PDFTOPPM,
  PDFTOTEXT,
  run,
  SOFFICE,
  tableCells,
  unzip,
  utf8,
} from "../../testing/office.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { DIAGNOSTIC_CODES } from "../diagnostics.ts";
import { columnName } from "../i18n/columns.ts";
import type { Language } from "../i18n/mod.ts";
import { TABLE_TITLES } from "../i18n/report.ts";
import { pngPrintWidthCm } from "../output/docx.ts";
import { readFinnishCsv } from "../output/export.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { DERIVED_METRICS } from "../schema.ts";
import { buildReport } from "./build_report.ts";

const DATA = new URL("../../data/documents/", import.meta.url).pathname;
const quiet = () => {};
const root = await Deno.makeTempDir({ prefix: "esf-outputs-" });

// The shipped documents, in Finnish.
const shipped = `${root}/shipped`;
const shippedRun = await buildReport({ corpus: DATA, out: shipped, notebooks: false, progress: quiet });

// A messy corpus with the 2007-2013 register, in both languages.
const messy = `${root}/messy-corpus`;
await Deno.mkdir(messy);
for (const entry of Deno.readDirSync(DATA)) await Deno.copyFile(`${DATA}${entry.name}`, `${messy}/${entry.name}`);
await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${messy}/copy.txt`);
await Deno.writeTextFile(`${messy}/empty.txt`, "");
await Deno.writeTextFile(`${messy}/junk.txt`, "hello\n");
await Deno.writeTextFile(`${messy}/notes.md`, "x\n");
await Deno.writeTextFile(
  `${messy}/001_bfc078f93719c10e.txt`,
  (await Deno.readTextFile(`${DATA}001_bfc078f93719c10e.txt`))
    .replace(/Toteutunut julkinen rahoitus yhteensä: .*/, "Toteutunut julkinen rahoitus yhteensä: 1.122"),
);
const messyOut = (lang: Language) => `${root}/messy-${lang}`;
for (const lang of ["fi", "en"] as const) {
  await buildReport({
    corpus: messy,
    out: messyOut(lang),
    lang,
    register: SHIPPED_REGISTERS["2007-2013"],
    notebooks: false,
    progress: quiet,
  });
}

/** The page's text as a reader sees it (no markup, entities undone). */
function pageText(html: string): string {
  return html.replace(/<style>.*?<\/style>/s, "").replace(/<[^>]+>/g, " ").replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

/** The rows of a CSV as Python's csv module reads them: a plain CSV reader, not ours. */
async function pythonCsv(path: string, delimiter = ";"): Promise<string[][]> {
  const script = "import csv, json, sys\n" +
    "print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=sys.argv[2]))))";
  return JSON.parse(await run("python3", ["-c", script, path, delimiter]));
}

Deno.test("the .fi.csv: headers in Finnish, whole numbers without ,0, shares as percentages with one decimal, D.M.YYYY", async () => {
  const rows = await pythonCsv(`${shipped}/tables/projects.fi.csv`);
  const [header, ...body] = rows;
  const s11547 = Object.fromEntries(header!.map((h, k) => [h, body.find((row) => row[0] === "S11547")![k]]));
  assertEquals(header![0], "Hankekoodi");
  assertEquals(s11547["Osallistujat, suunniteltu"], "199");
  assertEquals(s11547["Osallistujat, toteutunut, naisia"], "102");
  assertEquals(s11547["Osallistujien toteutumisaste, %"], "59,8");
  assertEquals(s11547["Naisten osuus, toteutunut, %"], "85,7");
  assertEquals(s11547["Julkinen rahoitus, suunniteltu, €"], "645300");
  assertEquals(s11547["Julkisen rahoituksen käyttöaste, %"], "95,2");
  assertEquals(s11547["Julkinen rahoitus toteutunutta osallistujaa kohden, €"], "5161", "614 153 ÷ 119, whole euros");
  assertEquals(s11547["Alkaa (suunnitelma)"], "1.1.2011");
  assertEquals(s11547["Y-tunnus"], "2296962-1");
  assertEquals(s11547["Tila"], "Päättynyt");
  const s22254 = Object.fromEntries(header!.map((h, k) => [h, body.find((row) => row[0] === "S22254")![k]]));
  assertEquals([s22254["Erityistavoitteen numero"], s22254["Tila"]], ["6.1", "Käynnissä (väliaikainen luku)"]);
  // no figure anywhere ends in ",0" unless it is a percentage with its one decimal
  for (const [k, name] of header!.entries()) {
    if (name.endsWith(", %")) continue;
    for (const row of body) assert(!/^\d+,0+$/.test(row[k]!), `${name}: ${row[k]}`);
  }
  const periods = await pythonCsv(`${shipped}/tables/summary-by-period.fi.csv`);
  assertEquals(periods[0]!.slice(0, 4), [
    "Ohjelmakausi",
    "Hankkeita",
    "Joista käynnissä (väliaikaiset luvut)",
    "Osallistujat, suunniteltu",
  ]);
  assertEquals(periods[1]!.slice(0, 4), ["2007-2013", "3", "0", "388"]);
  assertEquals(periods[1]![periods[0]!.indexOf("Osallistujien toteutumisaste, %")], "72,9", "283 ÷ 388");
});

Deno.test("readFinnishCsv reads a .fi.csv back: column names, numbers, fractions, dates and codes as text", () => {
  const finnish = readFinnishCsv(`${shipped}/tables/projects.fi.csv`);
  const plain = pl.readCSV(`${shipped}/tables/projects.csv`, { sep: "," });
  assertEquals(finnish.columns, plain.columns);
  const row = (frame: pl.DataFrame) => frame.filter(pl.col("project_code").eq(pl.lit("S11547"))).toRecords()[0]!;
  const s11547 = row(finnish);
  assertEquals(s11547.participants_planned, 199);
  assertEquals(s11547.funding_public_planned, 645300);
  assert(Math.abs((s11547.participant_realisation as number) - 0.598) < 1e-12, "59,8 % back to 0.598");
  assertEquals(s11547.cost_per_participant, 5161);
  assertEquals((s11547.start_date as unknown as Date).toISOString().slice(0, 10), "2011-01-01");
  assertEquals(s11547.priority_axis_code, "4", "a code stays text");
  assert(finnish.getColumn("priority_axis_code").dtype.equals(pl.String));
  // every ratio is the full-precision one of the .csv, rounded as the header says
  for (const { column } of DERIVED_METRICS) {
    const percent = column !== "cost_per_participant";
    const full = plain.getColumn(column).toArray() as (number | null)[];
    const read = finnish.getColumn(column).toArray() as (number | null)[];
    full.forEach((value, k) => {
      const expected = value === null ? null : percent ? Math.round(value * 1000) / 1000 : Math.round(value);
      assert(
        expected === null ? read[k] === null : Math.abs(read[k]! - expected) < 1e-9,
        `${column}[${k}]: ${read[k]} for ${value}`,
      );
    });
  }
});

Deno.test("every column of every exported table has a Finnish and an English name, unique in its table", async () => {
  for (const entry of Deno.readDirSync(`${messyOut("fi")}/tables`)) {
    if (!entry.name.endsWith(".parquet")) continue;
    const frame = pl.readParquet(`${messyOut("fi")}/tables/${entry.name}`);
    for (const lang of ["fi", "en"] as const) {
      const names = frame.columns.map((column) => columnName(column, lang));
      const unnamed = frame.columns.filter((_, k) => names[k] === undefined);
      assertEquals(unnamed, [], `${entry.name} in ${lang}`);
      assertEquals(new Set(names).size, names.length, `${entry.name}: headers unique in ${lang}`);
    }
  }
});

Deno.test("report.xlsx: every table a sheet, Finnish headers, typed cells, frozen header, filters", async () => {
  const workbook = await readBack(await Deno.readFile(`${shipped}/report.xlsx`));
  assertEquals(workbook.worksheets.map((sheet) => sheet.name), [
    "Hankkeet",
    "Yhteenveto",
    "Käynnissä olevat erikseen",
    "Ohjelmakausittain",
    "Maakunnittain",
    "Toimintalinjoittain",
    "Huomautukset",
    "Tarkistettavat arvot",
  ]);
  const sheet = workbook.getWorksheet("Hankkeet")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (code: string, header: string) => {
    const column = headers.indexOf(header);
    assert(column >= 0, `no column ${header}`);
    for (let row = 2; row <= sheet.rowCount; row++) {
      if (sheet.getRow(row).getCell(1).value === code) return sheet.getRow(row).getCell(column + 1);
    }
    throw new Error(`no row ${code}`);
  };
  assertEquals(
    [cell("S11547", "Osallistujat, suunniteltu").value, cell("S11547", "Osallistujat, suunniteltu").numFmt],
    [
      199,
      "#,##0",
    ],
  );
  assertEquals(cell("S11547", "Osallistujien toteutumisaste, %").value, 119 / 199);
  assertEquals(cell("S11547", "Osallistujien toteutumisaste, %").numFmt, "0.0 %");
  assertEquals(cell("S11547", "Julkinen rahoitus, suunniteltu, €").value, 645300);
  assertEquals(cell("S11547", "Julkinen rahoitus, suunniteltu, €").numFmt, '#,##0 "€"');
  assertEquals(cell("S11547", "Alkaa (suunnitelma)").value, new Date("2011-01-01T00:00:00Z"));
  assert(/^d\\?\.m\\?\.yyyy$/.test(cell("S11547", "Alkaa (suunnitelma)").numFmt), "a Finnish date format");
  assertEquals([cell("S22254", "Erityistavoitteen numero").value, cell("S22254", "Erityistavoitteen numero").numFmt], [
    "6.1",
    "@",
  ]);
  assertEquals(cell("S11547", "Y-tunnus").value, "2296962-1");
  assertEquals(cell("S11547", "Toimintalinjan numero").value, "4");
  assertEquals(cell("S22254", "Tila").value, "Käynnissä (väliaikainen luku)");
  assertEquals(sheet.views[0]?.state, "frozen");
  assertEquals((sheet.views[0] as { ySplit?: number }).ySplit, 1);
  assert(sheet.autoFilter, "a filter over the table");
  const periods = workbook.getWorksheet("Ohjelmakausittain")!;
  const realisation = (periods.getRow(1).values as unknown[]).indexOf("Osallistujien toteutumisaste, %");
  assertEquals(periods.getRow(2).getCell(realisation).value, 283 / 388);
  // one workbook per table too, with the same sheet
  const single = await readBack(await Deno.readFile(`${shipped}/tables/summary-by-period.xlsx`));
  assertEquals(single.worksheets.map((s) => s.name), ["Ohjelmakausittain"]);
});

Deno.test({
  name: SOFFICE
    ? "LibreOffice opens report.xlsx and shows 645 300 €, 59,8 %, 1.1.2011 and the code 6.1 in a Finnish locale"
    : "LibreOffice check of report.xlsx SKIPPED: soffice is not installed (apt-get install libreoffice-calc-nogui)",
  ignore: SOFFICE === undefined,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.copyFile(`${shipped}/report.xlsx`, `${dir}/report.xlsx`);
      // the first sheet, tab-separated, UTF-8, cells as shown
      await libreOfficeConvert(
        `${dir}/report.xlsx`,
        "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true",
        dir,
        "fi_FI.UTF-8",
      );
      const rows = await pythonCsv(`${dir}/report.csv`, "\t");
      const header = rows[0]!;
      const s11547 = rows.find((row) => row[0] === "S11547")!;
      const s22254 = rows.find((row) => row[0] === "S22254")!;
      const shown = (row: string[], name: string) => row[header.indexOf(name)];
      assertEquals(shown(s11547, "Julkinen rahoitus, suunniteltu, €"), "645\u00a0300 €");
      assertEquals(shown(s11547, "Osallistujien toteutumisaste, %"), "59,8 %");
      assertEquals(shown(s11547, "Alkaa (suunnitelma)"), "1.1.2011");
      assertEquals(shown(s22254, "Erityistavoitteen numero"), "6.1");
      assertEquals(shown(s11547, "Y-tunnus"), "2296962-1");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** The chart titles of the page, in order: how the Word report must caption them. */
async function chartTitles(out: string): Promise<string[]> {
  const html = await Deno.readTextFile(`${out}/index.html`);
  return [...html.matchAll(/<figcaption>(.*?): <a href="charts\//g)].map((match) => pageText(match[1]!).trim());
}

Deno.test("report.docx: every chart at its print size under its caption, with its definition and n; real tables", async () => {
  const files = await unzip(await Deno.readFile(`${shipped}/report.docx`));
  const document = utf8(files["word/document.xml"]!);
  const paragraphs = paragraphTexts(document);
  const titles = await chartTitles(shipped);
  assertEquals(titles.length, 9);
  assertEquals(paragraphs.filter((p) => /^Kuvio \d+\. /.test(p)), titles.map((title, k) => `Kuvio ${k + 1}. ${title}`));
  assert(
    paragraphs.includes(
      "Osallistujien toteutumisaste = Osallistujat, toteutunut ÷ Osallistujat, suunniteltu. n = 3 hanketta. " +
        "Käynnissä olevien hankkeiden luvut ovat väliaikaisia.",
    ),
    "the note under the realisation chart",
  );
  // each chart's PNG as the report wrote it, at its print width (16 cm where the file gives no resolution)
  const media = Object.keys(files).filter((path) => path.startsWith("word/media/")).sort();
  assertEquals(media.length, 9);
  const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]) / 360000);
  const pngs = await Promise.all(
    ["projects-timeline", "participants-realisation"].map((name) => Deno.readFile(`${shipped}/charts/${name}.png`)),
  );
  for (const [k, png] of pngs.entries()) {
    const expected = Math.min(16, pngPrintWidthCm(png) ?? 16);
    assert(Math.abs(extents[k]! - expected) < 0.01, `figure ${k + 1}: ${extents[k]} cm, not ${expected}`);
  }
  assert(
    Object.values(files).some((bytes) =>
      pngs.some((png) => Buffer.compare(Buffer.from(bytes), Buffer.from(png)) === 0)
    ),
  );
  // real tables: the key figures first
  assert((document.match(/<w:tbl>/g) ?? []).length >= 8);
  assertEquals(tableCells(document).slice(0, 2), [
    ["Luku", "Arvo", "n (hankkeita)"],
    ["Osallistujien toteutumisaste (painotettu)", "72,9\u00a0%", "3"],
  ]);
  for (
    const caption of [
      "Taulukko 1. Keskeiset luvut",
      "Taulukko 2. Ohjelmakausittain",
      "Taulukko 3. Hankkeiden osallistujat",
    ]
  ) {
    assert(paragraphs.includes(caption), caption);
  }
  assert(
    paragraphs.includes("Menetelmä") && paragraphs.includes(
      "Hanke on mukana luvussa (n), kun sen asiakirja antaa sekä osoittajan että nimittäjän ja nimittäjä ei ole 0. " +
        "Puuttuva luku on tyhjä, ei nolla.",
    ),
  );
});

Deno.test({
  name: SOFFICE && PDFTOPPM && PDFTOTEXT
    ? "LibreOffice opens report.docx: captions, figures unbroken in table cells, a chart drawn on page 2"
    : "LibreOffice check of report.docx SKIPPED: soffice or pdftoppm/pdftotext missing (apt-get install libreoffice-writer-nogui poppler-utils)",
  ignore: !(SOFFICE && PDFTOPPM && PDFTOTEXT),
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.copyFile(`${shipped}/report.docx`, `${dir}/report.docx`);
      await libreOfficeConvert(`${dir}/report.docx`, "pdf", dir, "fi_FI.UTF-8");
      const pages = (await run(PDFTOTEXT!, [`${dir}/report.pdf`, "-"])).split("\f");
      const text = pages.join("\n");
      for (const expected of ["Taulukko 1. Keskeiset luvut", "Kuvio 1. ", "72,9 %", "Menetelmä", "Mittarit"]) {
        assert(text.includes(expected), `"${expected}" not in the PDF`);
      }
      // figures in table cells never break across lines
      for (const figure of ["1 122 733", "1 011 286", "1 122 206", "645 300"]) {
        assert(text.replaceAll("\u00a0", " ").includes(figure), `${figure} broken in the PDF`);
      }
      const page = pages.findIndex((content) => content.includes("Kuvio 1. ")) + 1;
      await run(PDFTOPPM!, [
        "-r",
        "100",
        "-f",
        String(page),
        "-l",
        String(page),
        "-png",
        `${dir}/report.pdf`,
        `${dir}/page`,
      ]);
      const file = [...Deno.readDirSync(dir)].find((entry) => /^page-\d+\.png$/.test(entry.name))!.name;
      const bytes = await Deno.readFile(`${dir}/${file}`);
      const keep = Deno.env.get("ESF_OFFICE_PREVIEW_DIR");
      if (keep) {
        await Deno.mkdir(keep, { recursive: true });
        await Deno.copyFile(`${dir}/report.pdf`, `${keep}/report-docx.pdf`);
      }
      // the chart is drawn: many coloured (not grey) pixels on its page
      const image = PNG.sync.read(Buffer.from(bytes));
      let coloured = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      assert(coloured > 5000, `${coloured} coloured pixels on page ${page}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("the page explains itself: method, corpus and local time; it agrees with the tables", async () => {
  const text = pageText(await Deno.readTextFile(`${shipped}/index.html`));
  assert(/Tuotettu \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2} /.test(text), "local time, Finnish style");
  assert(!/\d{4}-\d{2}-\d{2}T/.test(text), "no ISO time stamp");
  assert(text.includes("Menetelmä Mittarit"));
  for (const { column, numerator, denominator } of DERIVED_METRICS) {
    const definition = `${columnName(column, "fi")} ${columnName(numerator, "fi")} ÷ ${columnName(denominator, "fi")}`;
    assert(text.includes(definition), definition);
  }
  assert(text.includes("2007-2013 3 0 1.8.2008 28.2.2015") && text.includes("2014-2020 2 1 1.3.2020 31.5.2023"));
  assert(text.includes("Jokainen tiedosto on mukana hankkeena; yhtään tiedostoa ei jätetty pois."));
  // the page and the tables agree: no diagnostic, two values to check, counted by check and linked
  assertEquals(pl.readCSV(`${shipped}/tables/diagnostics.csv`).height, 0);
  assertEquals(pl.readCSV(`${shipped}/tables/suspicious-values.csv`).height, 2);
  assert(text.includes("Kaikki tiedostot luettiin ilman huomautuksia"));
  assert(text.includes("2 arvoa on merkitty tarkistettavaksi"));
  assert(text.includes("Toteutunut selvästi yli suunnitellun 1 Käynnissä: luvut väliaikaisia 1"));
  assert(text.includes("S21941 Toteutunut selvästi yli suunnitellun toteutunut 21, suunniteltu 13"));
  const html = await Deno.readTextFile(`${shipped}/index.html`);
  assert(html.includes('<a href="tables/suspicious-values.xlsx">'));
});

Deno.test("the page counts diagnostics by code in the report's language and says what was left out and why", async () => {
  const fi = pageText(await Deno.readTextFile(`${messyOut("fi")}/index.html`));
  assert(fi.includes("5 huomautusta 5 tiedostosta"));
  for (
    const row of [
      "Tyhjä tiedosto virhe empty_file 1",
      "Ei hankekuvaus virhe not_a_project_description 1",
      "Kaksoiskappale varoitus duplicate 1",
      "Ohitettu tiedosto varoitus skipped_file 1",
      "Arvoa ei voitu lukea varoitus unreadable_value 1",
    ]
  ) assert(fi.includes(row), row);
  assert(fi.includes("Tiedosto on tyhjä.") && !fi.includes("The file is empty."));
  assert(fi.includes("4 tiedostoa ei ole mukana hankkeena"));
  assert(fi.includes("copy.txt kaksoiskappale: Hankkeen S11547 kaksoiskappale"));
  assert(fi.includes("empty.txt ei luettavissa: Tiedosto on tyhjä."));
  assert(fi.includes("notes.md ohitettu: Ei luettu"));
  const en = pageText(await Deno.readTextFile(`${messyOut("en")}/index.html`));
  assert(en.includes("Empty file error empty_file 1") && en.includes("The file is empty."));
  assert(!en.includes("Tiedosto on tyhjä."));
});

Deno.test("the register section compares each project only with the register of its own period", async () => {
  const fi = pageText(await Deno.readTextFile(`${messyOut("fi")}/index.html`));
  assert(fi.includes("Annetut rekisterit: 2007-2013: eura2007-esr.csv (2 775 hanketta)"), "which register was given");
  assert(fi.includes("Kauden 2007-2013 hankkeita on aineistossa 3; ne verrattiin vain saman kauden rekisteriin."));
  assert(
    fi.includes("rekisteristä puuttuu: ei yhtään"),
    "2014-2020 projects are not missing from a 2007-2013 register",
  );
  assert(fi.includes("Kauden 2014-2020 hankkeita (2) ei verrattu, koska sen kauden rekisteriä ei annettu."));
  const en = pageText(await Deno.readTextFile(`${messyOut("en")}/index.html`));
  assert(en.includes("The 2014-2020 projects (2) were not compared: no register of that period was given."));
});

/** Text of an output with what is no language taken out: quotations of documents, codes and file names. */
function withoutIdentifiers(text: string): string {
  const codes = new RegExp(`\\b(${Object.keys(DIAGNOSTIC_CODES).join("|")})\\b`, "g");
  return text.replace(/"[^"\n]*"/g, " ").replace(/[\w./-]+\.(csv|xlsx|parquet|docx|json|html|svg|png|txt|md)\b/g, " ")
    .replace(/\b[a-z]+(_[a-z0-9]+)+\b/g, " ").replace(codes, " ");
}

/** Every text a person reads in a report: the page, the .fi.csv headers, the workbook's sheet names and headers, the Word text. */
async function readerTexts(out: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = { "index.html": pageText(await Deno.readTextFile(`${out}/index.html`)) };
  for (const entry of Deno.readDirSync(`${out}/tables`)) {
    if (!entry.name.endsWith(".fi.csv")) continue;
    texts[entry.name] = (await Deno.readTextFile(`${out}/tables/${entry.name}`)).split("\n")[0]!;
  }
  const workbook = await readBack(await Deno.readFile(`${out}/report.xlsx`));
  texts["report.xlsx"] = workbook.worksheets.map((sheet) =>
    [sheet.name, ...((sheet.getRow(1).values as unknown[]).slice(1) as string[])].join("\n")
  ).join("\n");
  const files = await unzip(await Deno.readFile(`${out}/report.docx`));
  texts["report.docx"] = paragraphTexts(utf8(files["word/document.xml"]!)).join("\n");
  return texts;
}

Deno.test("the language of every user-facing text in both reports: none of the other language's strings", async () => {
  for (const lang of ["fi", "en"] as const) {
    const texts = await readerTexts(messyOut(lang));
    assert(Object.keys(texts).length >= 12, Object.keys(texts).join(", "));
    for (const [file, text] of Object.entries(texts)) {
      assertEquals(otherLanguageIn(withoutIdentifiers(text), lang), [], `${lang}: ${file}`);
    }
    const workbook = texts["report.xlsx"]!;
    assert(workbook.startsWith(TABLE_TITLES[lang].projects), workbook.slice(0, 40));
  }
  // the check sees a string of the other language: it is not vacuous
  assertEquals(otherLanguageIn("Osallistujien toteutumisaste, %", "en"), ["Osallistujien toteutumisaste"]);
  assert(otherLanguageIn("Key figures", "fi").includes("Key figures"));
});

Deno.test("manifest.json records the version, the commit, the language, the options and the run time, without absolute paths", async () => {
  const manifest = JSON.parse(await Deno.readTextFile(`${shipped}/manifest.json`));
  assertEquals(manifest.version, config.version);
  assertEquals(shippedRun.manifest.version, config.version);
  const git = await new Deno.Command("git", {
    args: ["rev-parse", "HEAD"],
    cwd: new URL("../../", import.meta.url),
    stdout: "piped",
    stderr: "null",
  }).output().catch(() => null);
  const commit = git?.success ? utf8(git.stdout).trim() : null;
  assertEquals(manifest.commit, commit);
  assertEquals(manifest.lang, "fi");
  assertEquals(manifest.options, { corpus: "documents", lang: "fi", notebooks: false, register: null });
  assert(manifest.seconds > 0 && manifest.seconds < 600, `${manifest.seconds} s`);
  const en = JSON.parse(await Deno.readTextFile(`${messyOut("en")}/manifest.json`));
  assertEquals(en.options, { corpus: "messy-corpus", lang: "en", notebooks: false, register: "eura2007-esr.csv" });
  for (const field of ["version", "commit", "options", "seconds"]) {
    assert(!JSON.stringify(en[field]).includes(root), field);
  }
});
