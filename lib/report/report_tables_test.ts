/**
 * The report's tables for people, in its language: the `.fi.csv` files (read
 * by Python's csv module and by `readFinnishCsv`), the Finnish and English
 * name of every column, the workbooks (read back, and opened in
 * LibreOffice), and the manifest's record of the run.
 */
import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import config from "../../deno.json" with { type: "json" };
import { assert, assertEquals } from "../../testing/assert.ts";
import { libreOfficeConvert, SOFFICE, utf8 } from "../../testing/office.ts";
import { pythonCsv, reportFixtures } from "../../testing/report_fixtures.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { columnName } from "../i18n/columns.ts";
import { readFinnishCsv } from "../output/export.ts";
import { diagnosticsTable, reportTable } from "./tables.ts";
import { analysisDisplay } from "./analysis_tables.ts";
import { DERIVED_METRICS } from "../schema.ts";
import { fileURLToPath } from "node:url";

const { root, shipped, shippedRun, messy: messyOut } = await reportFixtures();

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
  assertEquals(periods[1]!.slice(0, 4), ["2007–2013", "3", "0", "388"]);
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
    const percent = !column.startsWith("cost_per_"); // the costs per result are euros, every other ratio a share
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

Deno.test("every column of every exported table has a Finnish and an English name, unique in its table", () => {
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
    "Hankkeiden tekstit",
    "Yhteenveto",
    "Käynnissä olevat erikseen",
    "Ohjelmakausittain",
    "Maakunnittain",
    "Toimintalinjoittain",
    "Huomautukset",
    "Tarkistettavat arvot",
    "Rekisterivertailu",
    "Ilman henkilöitä",
    "Maakunnat",
    "Tuensaajat",
    "Alkamisvuodet",
    "Suunniteltu kesto",
    "Jakaumat",
    "Poikkeavat hankkeet",
    "Kustannus tulosta kohden",
    "Teemat ohjelmakausittain",
    "Teemojen vastaavuudet",
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
    const dir = await tempDir();
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
Deno.test({
  name: SOFFICE
    ? "LibreOffice opens the .fi.csv in a Finnish locale: numbers as numbers, 1.1.2011 as a date, the code 6.1 as text"
    : "LibreOffice check of the .fi.csv SKIPPED: soffice is not installed (apt-get install libreoffice-calc-nogui)",
  ignore: SOFFICE === undefined,
  fn: async () => {
    const dir = await tempDir();
    try {
      await Deno.copyFile(`${shipped}/tables/projects.fi.csv`, `${dir}/projects.csv`);
      // as Calc opens it: `;`, `"` quotes, UTF-8, from line 1; then saved as a workbook to see each cell's type
      await libreOfficeConvert(`${dir}/projects.csv`, "xlsx", dir, "fi_FI.UTF-8", "CSV:59,34,76,1");
      const sheet = (await readBack(await Deno.readFile(`${dir}/projects.xlsx`))).worksheets[0]!;
      const headers = sheet.getRow(1).values as unknown[];
      const row = (code: string) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === code)!;
      const value = (code: string, header: string) => row(code).getCell(headers.indexOf(header)).value;
      assertEquals(value("S11547", "Osallistujien toteutumisaste, %"), 59.8);
      assertEquals(value("S11547", "Julkinen rahoitus, suunniteltu, €"), 645300);
      assertEquals(value("S11547", "Alkaa (suunnitelma)"), new Date("2011-01-01T00:00:00Z"));
      assertEquals(value("S22254", "Erityistavoitteen numero"), "6.1");
      assertEquals(value("S11547", "Y-tunnus"), "2296962-1");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
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
  assertEquals(manifest.options, {
    corpus: "documents",
    lang: "fi",
    notebooks: false,
    register: "shipped",
    keep_contact_text: false,
  });
  assert(manifest.seconds > 0 && manifest.seconds < 600, `${manifest.seconds} s`);
  const en = JSON.parse(await Deno.readTextFile(`${messyOut("en")}/manifest.json`));
  assertEquals(en.options, {
    corpus: "messy-corpus",
    lang: "en",
    notebooks: false,
    register: "data/registers/eura2007-esr.csv",
    keep_contact_text: false,
  });
  for (const field of ["version", "commit", "options", "seconds"]) {
    assert(!JSON.stringify(en[field]).includes(root), field);
  }
});

Deno.test("the projects table and the texts table together are every column of the projects, values unchanged", async () => {
  const { loadCorpus } = await import("../corpus/load_corpus.ts");
  const { toDataFrame } = await import("../frame/to_dataframe.ts");
  const { scrubFrame } = await import("../output/scrub.ts");
  const { LONG_TEXT_COLUMNS } = await import("./tables.ts");
  const data = fileURLToPath(new URL("../../data/documents", import.meta.url));
  const expected = scrubFrame(toDataFrame(await loadCorpus([data], { root: data })).projects, { lang: "fi" });
  const projects = pl.readParquet(`${shipped}/tables/projects.parquet`);
  const texts = pl.readParquet(`${shipped}/tables/texts.parquet`);
  assertEquals(projects.columns, expected.columns.filter((c) => !LONG_TEXT_COLUMNS.includes(c as never)));
  assertEquals(texts.columns, ["project_code", "name", "source_file", ...LONG_TEXT_COLUMNS]);
  const whole = projects.hstack(texts.drop("project_code", "name", "source_file")).select(...expected.columns);
  assert(whole.frameEqual(expected, true), "projects + texts = the projects frame");
  assertEquals(texts.getColumn("project_code").toArray(), projects.getColumn("project_code").toArray());
});

Deno.test("the tables for people name the fund in the report's language: ESF in English, ESR in Finnish", () => {
  const projects = pl.DataFrame({ project_code: ["S1", "A1"], fund: ["ESR", "EAKR"] });
  assertEquals(reportTable("projects", projects, "en").display.getColumn("fund").toArray(), ["ESF", "ERDF"]);
  assertEquals(reportTable("projects", projects, "fi").display.getColumn("fund").toArray(), ["ESR", "EAKR"]);
  assertEquals(reportTable("projects", projects, "en").frame.getColumn("fund").toArray(), ["ESR", "EAKR"]);
});

Deno.test("the tables for people name the organisation types EURA prints in the report's language, others as printed", () => {
  const projects = pl.DataFrame({
    project_code: ["S1", "S2", "S3"],
    organisation_type: ["Kunta", "Yliopisto", "Osuuskunta"],
  });
  assertEquals(reportTable("projects", projects, "en").display.getColumn("organisation_type").toArray(), [
    "Municipality",
    "University",
    "Osuuskunta",
  ]);
  assertEquals(reportTable("projects", projects, "fi").display.getColumn("organisation_type").toArray(), [
    "Kunta",
    "Yliopisto",
    "Osuuskunta",
  ]);
});

Deno.test("the beneficiaries table for people names the organisation types in the report's language", () => {
  const frame = pl.DataFrame({ organisation_name: ["Lapin yliopisto"], organisation_type: ["Yliopisto"] });
  assertEquals(analysisDisplay(frame, "en").getColumn("organisation_type").toArray(), ["University"]);
});

Deno.test("report.xlsx and the .fi.csv: a table of several metrics gives each row's values in its own unit, as computed", async () => {
  const workbook = await readBack(await Deno.readFile(`${shipped}/report.xlsx`));
  const row = (sheetName: string, first: string, header: string) => {
    const sheet = workbook.getWorksheet(sheetName)!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf(header);
    assert(column > 0, `no column ${header}`);
    for (let r = 2; r <= sheet.rowCount; r++) {
      if (sheet.getRow(r).getCell(1).value === first) return sheet.getRow(r).getCell(column);
    }
    throw new Error(`no row ${first}`);
  };
  // The seeds' participant realisation: the median project realised 40 of 47 (85.1 %); a participant cost
  // 589,289 € ÷ 80 = 7,366.11 € in the median project. Shares as fractions shown as percentages, euros as euros.
  const share = row("Jakaumat", "Osallistujien toteutumisaste, %", "Mediaani");
  assertEquals([share.value, share.numFmt], [40 / 47, "0.0 %"]);
  const cost = row("Jakaumat", "€ / osallistuja", "Mediaani");
  assertEquals([cost.value, cost.numFmt], [589289 / 80, '#,##0 "€"']);
  // The values to check: S21941's 21 participating companies against 13 planned, a share.
  const flagged = row("Tarkistettavat arvot", "S21941", "Arvo");
  assertEquals([flagged.value, flagged.numFmt], [21 / 13, "0.0 %"]);
  // The .fi.csv says each row's value in its unit, every share with its one decimal.
  const csv = await Deno.readTextFile(`${shipped}/tables/distributions.fi.csv`);
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/);
  assert(lines.includes("Naisten osuus, toteutunut, %;3;65,0;72,4;79,8;82,7;85,7;56,8;98,3;65,0;85,7;0"), csv);
  assert(lines.includes("€ / osallistuja;3;5161;6264;7366;9703;12039;1105;14861;5161;12039;0"), csv);
});

Deno.test("the tables for people name the project type, of the two EURA prints, in the report's language", () => {
  const projects = pl.DataFrame({
    project_code: ["S1", "S2", "S3"],
    project_type: ["Projekti, jossa on henkilöitä mukana", "Projekti, jossa ei ole henkilöitä mukana", null],
  });
  assertEquals(reportTable("projects", projects, "en").display.getColumn("project_type").toArray(), [
    "Project with participants",
    "Project without participants",
    null,
  ]);
  assertEquals(
    reportTable("projects", projects, "fi").display.getColumn("project_type").toArray(),
    projects.getColumn("project_type").toArray(),
  );
});

Deno.test("a diagnostics table for people says each code in the report's language beside it", () => {
  const diagnostics = [
    { file: "a.txt", line: 3, level: "warning" as const, code: "unusual_value", message: "m", project_code: "S1" },
    {
      file: "a.txt",
      line: null,
      level: "warning" as const,
      code: "register_mismatch",
      message: "m",
      project_code: "S1",
    },
  ];
  const fi = diagnosticsTable("diagnostics", diagnostics, "fi").display;
  assertEquals(fi.columns.slice(fi.columns.indexOf("code"), fi.columns.indexOf("code") + 2), ["code", "code_name"]);
  assertEquals(fi.getColumn("code_name").toArray(), ["Epätavallinen arvo", "Ero rekisteriin"]);
  assertEquals(diagnosticsTable("d", diagnostics, "en").display.getColumn("code_name").toArray()[0], "Unusual value");
  assertEquals([columnName("code_name", "fi"), columnName("code_name", "en")], ["Koodi sanoin", "Code in words"]);
});

Deno.test("report.xlsx: a ratio's count of active projects is a count, its header without a unit", async () => {
  const workbook = await readBack(await Deno.readFile(`${shipped}/report.xlsx`));
  const sheet = workbook.getWorksheet("Yhteenveto")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const column = headers.indexOf("Julkisen rahoituksen käyttöaste: joista käynnissä (väliaikaiset luvut)") + 1;
  assert(column > 0, headers.join(" | "));
  // The seeds' one active project, S22254, has its utilisation.
  assertEquals([sheet.getRow(2).getCell(column).value, sheet.getRow(2).getCell(column).numFmt], [1, "#,##0"]);
  const csv = await Deno.readTextFile(`${shipped}/tables/summary-overall.fi.csv`);
  const [head, row] = csv.replace(/^\uFEFF/, "").split(/\r?\n/).map((line) => line.split(";"));
  assertEquals(row![head!.indexOf("Julkisen rahoituksen käyttöaste: joista käynnissä (väliaikaiset luvut)")], "1");
});

Deno.test("a table for people names the regions as its charts and maps do, in its language", () => {
  const summary = pl.DataFrame({ region: ["Keski-Suomi", "koko Suomi", "Karjala"], n_projects: [2, 1, 1] });
  assertEquals(reportTable("summary-by-region", summary, "en").display.getColumn("region").toArray(), [
    "Central Finland",
    "Nationwide",
    "Karjala",
  ]);
  // The whole country as the maps' tile names it (an evaluator read "koko Suomi" in a table, "Valtakunnalliset" on the
  // map beside it); a region printed in Swedish by its Finnish name in a Finnish table.
  const printed = pl.DataFrame({
    region: ["Keski-Suomi", "koko Suomi", "Karjala", "Norra Savolax"],
    n_projects: [2, 1, 1, 1],
  });
  assertEquals(reportTable("summary-by-region", printed, "fi").display.getColumn("region").toArray(), [
    "Keski-Suomi",
    "Valtakunnalliset",
    "Karjala",
    "Pohjois-Savo",
  ]);
  assertEquals(analysisDisplay(summary, "en").getColumn("region").toArray()[1], "Nationwide");
});
