import { tempDir } from "../../testing/temp.ts";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import ExcelJS from "exceljs";
import pl from "nodejs-polars";
import { type ColumnFormat, inferColumnFormat, workbookBytes } from "./xlsx.ts";
import { cellOf, HYPERLINK, projects, readBack } from "../../testing/workbook_fixtures.ts";
import { libreOfficeConvert, SOFFICE } from "../../testing/office.ts";

const FINNISH_HEADERS: Record<string, ColumnFormat> = {
  project_code: { header: "Hankekoodi" },
  name: { header: "Nimi" },
  specific_objective_code: { header: "Erityistavoite" },
  business_id: { header: "Y-tunnus" },
  start_date: { header: "Alkaa" },
  participant_realisation: { header: "Osallistujien toteuma" },
  funding_public_planned: { header: "Suunniteltu julkinen rahoitus" },
  not_in_this_frame: { header: "Ei käytössä" },
};

Deno.test("workbookBytes writes typed cells: numbers, real dates, fractions as %, codes and IDs as text", async () => {
  const frame = projects();
  const workbook = await readBack(
    await workbookBytes([{ name: "Hankkeet", frame, columns: FINNISH_HEADERS }], { lang: "fi" }),
  );
  const sheet = workbook.getWorksheet("Hankkeet")!;
  const at = (column: string, row: number) => cellOf(sheet, frame, column, row);

  assertEquals(sheet.getRow(1).getCell(1).value, "Hankekoodi");
  assertEquals(sheet.getRow(1).getCell(frame.columns.indexOf("target_groups") + 1).value, "target_groups");
  assertEquals(sheet.getRow(1).getCell(1).font?.bold, true);
  assertEquals(sheet.getRow(1).getCell(1).font?.name, "Calibri");
  assertEquals(
    sheet.getRow(1).getCell(frame.columns.indexOf("funding_public_planned") + 1).alignment?.horizontal,
    "right",
  );

  assertEquals(at("project_code", 1).value, "S11547");
  for (
    const [column, row, text] of [
      ["priority_axis_code", 1, "4"],
      ["specific_objective_code", 2, "6.1"],
      ["business_id", 1, "2296962-1"],
      ["postal_code", 2, "00100"],
      ["target_groups", 1, "- Pohjois-Savon sosiaali- ja terveysalan työnantajat"],
    ] as const
  ) {
    assertEquals(at(column, row).type, ExcelJS.ValueType.String, column);
    assertEquals(at(column, row).value, text);
    assertEquals(at(column, row).numFmt, "@");
  }

  assertEquals(at("funding_public_planned", 1).type, ExcelJS.ValueType.Number);
  assertEquals(at("funding_public_planned", 1).value, 645300);
  assertEquals(at("funding_public_planned", 1).numFmt, '#,##0 "€"');
  assertEquals(at("participants_planned", 1).value, 199);
  assertEquals(at("participants_planned", 1).numFmt, "#,##0");
  assertEquals(at("participant_realisation", 1).value, 119 / 199);
  assertEquals(at("participant_realisation", 1).numFmt, "0.0 %");

  assertEquals(at("start_date", 1).type, ExcelJS.ValueType.Date);
  assertEquals(at("start_date", 1).value, new Date(Date.UTC(2011, 0, 1)));
  // exceljs' reader drops the backslashes of `d\.m\.yyyy`; the file's own code is checked in the XML test
  assertEquals(at("start_date", 1).numFmt, "d.m.yyyy");

  assertEquals(at("co_implementers", 2).value, "Paremmin Yhdessä ry (2312333-7); Ilman tunnusta");
  assertEquals(at("regions", 2).value, "Keski-Suomi; Uusimaa");
  assertEquals(at("gender_analysis_done", 2).value, "Kyllä", "yes as the report's word, not TOSI");

  // null → empty cell, and the empty list of S11547's co-implementers too
  assertEquals(at("participant_realisation", 2).type, ExcelJS.ValueType.Null);
  assertEquals(at("funding_public_planned", 2).value, null);
  assertEquals(at("co_implementers", 1).value, null);
  assertEquals(at("gender_analysis_done", 1).value, null);

  // look-alike formulas are plain text
  for (
    const [row, text] of [[3, "=1+1"], [4, HYPERLINK], [5, "+358 40 123 4567"], [6, "@SUM(A1:A2)"], [
      7,
      "\t=1+2",
    ], [8, "\n=1+3"]] as const
  ) {
    assertEquals(at("name", row).type, ExcelJS.ValueType.String, String(row));
    assertEquals(at("name", row).value, text);
  }
  // CR is written as LF (XML readers turn a raw CR into LF); an XML-illegal control character is dropped
  // CR is written as LF (XML readers turn a raw CR into LF); a control character XML cannot hold is dropped
  assertEquals(at("name", 9).value, "Ohjausmerkki");

  const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
  assertEquals([view.state, view.ySplit ?? 0, view.xSplit ?? 0], ["frozen", 1, 0]);
  const lastColumn = sheet.getColumn(frame.width).letter;
  assertEquals(sheet.autoFilter, `A1:${lastColumn}${frame.height + 1}`);

  const width = (column: string) => sheet.getColumn(frame.columns.indexOf(column) + 1).width ?? 0;
  assert(width("funding_public_planned") >= "Suunniteltu julkinen rahoitus".length, "header fits");
  assert(width("target_groups") <= 50, "width capped");
  assert(width("priority_axis_code") >= 6);
});

Deno.test("explicit column formats override the inferred ones", async () => {
  const frame = pl.DataFrame({ postal_code: ["00100"], share: [0.25], value: [3.14159] });
  const workbook = await readBack(
    await workbookBytes([{
      name: "x",
      frame,
      columns: { share: { kind: "decimal", decimals: 3 }, value: { kind: "percent", decimals: 0, width: 12 } },
    }], { lang: "fi" }),
  );
  const sheet = workbook.worksheets[0]!;
  assertEquals([sheet.getCell("A2").value, sheet.getCell("A2").numFmt], ["00100", "@"]);
  assertEquals(sheet.getCell("B2").numFmt, "#,##0.000");
  assertEquals(sheet.getCell("C2").numFmt, "0 %");
  assertEquals(sheet.getColumn(3).width, 12);
});

Deno.test({
  name: SOFFICE
    ? "LibreOffice opens the workbook and shows 1 234 567 €, 59,8 % and 1.1.2011 in a Finnish locale"
    : "LibreOffice check of the workbook SKIPPED: soffice is not installed (apt-get install libreoffice-calc-nogui)",
  ignore: SOFFICE === undefined,
  fn: async () => {
    const dir = await tempDir();
    try {
      const summary = pl.DataFrame({
        project_code: ["S11547", "S22254", "X1"],
        specific_objective_code: ["4", "6.1", null],
        business_id: ["2296962-1", "0174666-4", "2312333-7"],
        funding_public_planned: [1234567, 645300, null],
        participant_realisation: [119 / 199, null, 1],
        name: ["Maahanmuuttajien osaaminen käyttöön (MOK)", "=1+1", HYPERLINK],
      }).withColumns(
        pl.Series("start_date", ["2011-01-01", "2020-12-01", null]).str.strptime(pl.Date, "%Y-%m-%d"),
      );
      for (const [lang, locale] of [["fi", "fi_FI.UTF-8"], ["en", "en_GB.UTF-8"]] as const) {
        await Deno.writeFile(
          `${dir}/${lang}.xlsx`,
          await workbookBytes([{ name: "Hankkeet", frame: summary }], { lang }),
        );
        // tab-separated, UTF-8, cells as shown
        await libreOfficeConvert(
          `${dir}/${lang}.xlsx`,
          "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true",
          dir,
          locale,
        );
      }
      const rows = (lang: string) =>
        Deno.readTextFileSync(`${dir}/${lang}.csv`).trimEnd().split("\n").map((line) => line.split("\t"));
      const nbsp = "\u00a0";
      assertEquals(rows("fi"), [
        [
          "project_code",
          "specific_objective_code",
          "business_id",
          "funding_public_planned",
          "participant_realisation",
          "name",
          "start_date",
        ],
        [
          "S11547",
          "4",
          "2296962-1",
          `1${nbsp}234${nbsp}567 €`,
          "59,8 %",
          "Maahanmuuttajien osaaminen käyttöön (MOK)",
          "1.1.2011",
        ],
        ["S22254", "6.1", "0174666-4", `645${nbsp}300 €`, "", "=1+1", "1.12.2020"],
        // the last, empty cell of a row is left out
        ["X1", "", "2312333-7", "", "100,0 %", `"${HYPERLINK.replaceAll('"', '""')}"`],
      ]);
      assertEquals(rows("en")[1], [
        "S11547",
        "4",
        "2296962-1",
        "€1,234,567",
        "59.8%",
        "Maahanmuuttajien osaaminen käyttöön (MOK)",
        "1 Jan 2011",
      ]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("a ratio's count of active projects (_n_interim) is a count, not a share or euros", () => {
  for (
    const name of [
      "funding_utilisation_n_interim",
      "participant_realisation_n_interim",
      "cost_per_participant_n_interim",
    ]
  ) {
    assertEquals(inferColumnFormat(name, pl.Int64), { kind: "integer", decimals: 0 }, name);
  }
});
