/**
 * The report's Summary sheet: beside a realisation, the totals it is the ratio of, over the same projects; the
 * totals of each figure (over every project that prints it) stay as they were.
 */
import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { buildReport } from "./build_report.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));

Deno.test("report.xlsx's Summary gives the realisation's paired totals: actual ÷ planned of the same projects", async () => {
  const out = await tempDir("esf-summary-sheet-");
  await buildReport({ corpus: DATA, out, notebooks: false, lang: "en", progress: () => {} });
  const sheet = (await readBack(await Deno.readFile(`${out}/report.xlsx`))).getWorksheet("Summary")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const value = (header: string) => {
    const column = headers.indexOf(header) + 1;
    return column > 0 ? sheet.getRow(2).getCell(column).value : `no column "${header}" in ${headers.join(" | ")}`;
  };
  // Every project prints its plan; three of 2007–2013 their actual participants (the seeds, by hand).
  assertEquals([value("Participants, planned"), value("Participants, actual")], [893, 283]);
  const paired = [
    value("Participants, planned (projects with both figures)"),
    value("Participants, actual (projects with both figures)"),
  ];
  assertEquals(paired, [388, 283]);
  assertEquals(value("Participant realisation, %"), 283 / 388);
  // Right after the realisation's n, as the ratio reads: actual ÷ planned.
  const at = headers.indexOf("Participant realisation: projects (n)");
  assertEquals(headers.slice(at + 1, at + 3), [
    "Participants, actual (projects with both figures)",
    "Participants, planned (projects with both figures)",
  ]);
});
