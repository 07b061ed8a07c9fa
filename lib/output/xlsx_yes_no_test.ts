/**
 * A workbook writes yes and no as words of its language (`Kyllä`/`Ei`, `Yes`/`No`, as the `.fi.csv` does), not as
 * Excel's booleans, which Finnish Excel shows as TOSI/EPÄTOSI and English Excel as TRUE/FALSE whatever the report's
 * language.
 */
import ExcelJS from "exceljs";
import pl from "nodejs-polars";
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { workbookBytes } from "./xlsx.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { unzip, utf8 } from "../../testing/office.ts";

const frame = pl.DataFrame({ project_code: ["S1", "S2", "S3"], gender_mainstreamed: [true, false, null] });

Deno.test("a workbook's yes/no column holds the words of the report's language, an unknown left empty", async () => {
  for (const [lang, words] of [["fi", ["Kyllä", "Ei"]], ["en", ["Yes", "No"]]] as const) {
    const sheet = (await readBack(await workbookBytes([{ name: "T", frame }], { lang }))).worksheets[0]!;
    const cells = [2, 3, 4].map((row) => sheet.getRow(row).getCell(2));
    assertEquals(cells.map((cell) => cell.value), [...words, null]);
    assertEquals(cells.slice(0, 2).map((cell) => cell.type), [ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
  }
});

Deno.test("no boolean cell in a workbook: nothing Excel would show as TOSI or TRUE", async () => {
  const files = await unzip(await workbookBytes([{ name: "T", frame }], { lang: "fi" }));
  const sheet = utf8(files["xl/worksheets/sheet1.xml"]!);
  assertEquals(/t="b"/.test(sheet), false, sheet);
});
