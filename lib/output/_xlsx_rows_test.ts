import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeSheetRows } from "./_xlsx_rows.ts";
import { tempDir } from "../../testing/temp.ts";
import { unzip, utf8 } from "../../testing/office.ts";

/** Columns of every kind the workbooks hold: texts (formula-like, markup, emoji, repeats), numbers, dates, booleans. */
const COLUMNS: ExcelJS.CellValue[][] = [
  ["S10001", "=1+1", "S10001", null, "<&>\"'", "  välit  ", "emoji 😀", "-5"],
  [0, -0, 1.5, null, -12345.678, 1e21, 0.1 + 0.2, 645300],
  [new Date("2011-01-01T00:00:00Z"), null, new Date("2014-12-31T00:00:00Z"), null, null, null, null, null],
  [true, false, null, null, true, null, null, null],
  [null, null, null, null, null, null, null, null],
  ["Hämeen ELY", "Hämeen ELY", "", null, "x", "y", "S10001", "z"],
];
const NUMBER_FORMATS = ["@", '#,##0 "€"', "d\\.m\\.yyyy", "General", "0.0 %", "@"];
const HEIGHT = COLUMNS[0]!.length;

/** A streaming workbook with a sheet of COLUMNS per name, its rows written by exceljs' cells or `writeSheetRows`. */
async function workbookFile(
  path: string,
  names: string[],
  rows: "exceljs" | "writer",
  also?: { path: string; name: string },
): Promise<void> {
  const writer = (file: string) =>
    new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const workbook = writer(path);
  const other = also ? writer(also.path) : null;
  for (const name of names) {
    const targets = [
      workbook.addWorksheet(name),
      ...other && name === names.at(-1) ? [other.addWorksheet(also!.name)] : [],
    ];
    const styles = NUMBER_FORMATS.map((numFmt) => ({ numFmt }));
    for (const worksheet of targets) {
      worksheet.columns = NUMBER_FORMATS.map((numFmt) => ({ style: { numFmt }, width: 20 }));
      const header = worksheet.getRow(1);
      COLUMNS.forEach((_, k) => {
        header.getCell(k + 1).value = `Sarake ${k + 1}`;
        header.getCell(k + 1).style = { font: { bold: true }, numFmt: "@" };
      });
      header.commit();
    }
    if (rows === "writer") writeSheetRows(targets, COLUMNS, styles, HEIGHT, 2);
    else {
      for (const worksheet of targets) {
        for (let row = 0; row < HEIGHT; row++) {
          const excelRow = worksheet.getRow(row + 2);
          COLUMNS.forEach((column, k) => {
            if (column[row] === null) return;
            excelRow.getCell(k + 1).value = column[row]!;
            excelRow.getCell(k + 1).style = styles[k]!;
          });
          excelRow.commit();
        }
      }
    }
    for (const worksheet of targets) worksheet.commit();
  }
  await workbook.commit();
  await other?.commit();
}

/** The package's parts but its properties (which hold the time it was written). */
async function parts(path: string): Promise<Record<string, string>> {
  const files = await unzip(await Deno.readFile(path));
  return Object.fromEntries(
    Object.entries(files).filter(([name]) => name !== "docProps/core.xml").map(([name, data]) => [name, utf8(data)]),
  );
}

Deno.test("writeSheetRows writes the package exceljs writes from its cells, byte for byte, into two workbooks at once", async () => {
  const dir = await tempDir("xlsx-rows-");
  const file = (name: string) => join(dir, name);
  await workbookFile(file("cells.xlsx"), ["Hankkeet"], "exceljs");
  await workbookFile(file("rows.xlsx"), ["Hankkeet"], "writer");
  assertEquals(await parts(file("rows.xlsx")), await parts(file("cells.xlsx")));
  // Into a workbook whose earlier sheet numbered the same texts and styles, and a workbook of its own, at once.
  await workbookFile(file("both-cells.xlsx"), ["Ensin", "Toinen"], "exceljs", {
    path: file("own-cells.xlsx"),
    name: "T",
  });
  await workbookFile(file("both-rows.xlsx"), ["Ensin", "Toinen"], "writer", { path: file("own-rows.xlsx"), name: "T" });
  assertEquals(await parts(file("both-rows.xlsx")), await parts(file("both-cells.xlsx")));
  assertEquals(await parts(file("own-rows.xlsx")), await parts(file("own-cells.xlsx")));
  const sheet = (await parts(file("rows.xlsx")))["xl/worksheets/sheet1.xml"]!;
  // the row of empty cells (5) is left out; a date is its serial day; text cells are shared strings
  assertEquals([...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])), [1, 2, 3, 4, 6, 7, 8, 9]);
  assertEquals(/<c r="C2" s="\d+"><v>40544<\/v><\/c>/.test(sheet), true);
  assertEquals(/<c r="A3" s="\d+" t="s"><v>\d+<\/v><\/c>/.test(sheet), true);
});
