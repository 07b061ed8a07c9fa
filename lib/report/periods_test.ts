/**
 * A programme period as a person reads it: `2007–2013`, with an en dash, in
 * every text of a report (the page, the Word report, the workbooks, the
 * `.fi.csv` tables, the charts); the data's own `2007-2013` stays in the
 * tables for programs (`.csv`, `.parquet`) and in the names of files.
 */
import { assertEquals } from "../../testing/assert.ts";
import { paragraphTexts, unzip, utf8 } from "../../testing/office.ts";
import { pageText, reportFixtures } from "../../testing/report_fixtures.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { TABLE_TITLES } from "../i18n/report.ts";

const { shipped, messy } = await reportFixtures();

/** Two years joined by a hyphen, not in a file's name or an identifier. */
function hyphenedPeriods(text: string): string[] {
  const plain = text.replace(/[\w./-]+\.(csv|xlsx|parquet|docx|json|html|svg|png|txt|md)\b/g, " ")
    .replace(/\b[a-z]+(?:[-_][a-z0-9]+)+\b/g, " ");
  return [...plain.matchAll(/.{0,30}\b(?:19|20)\d\d-(?:19|20)\d\d\b.{0,10}/g)].map(([found]) => found);
}

async function readerTexts(out: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = { "index.html": pageText(await Deno.readTextFile(`${out}/index.html`)) };
  const files = await unzip(await Deno.readFile(`${out}/report.docx`));
  texts["report.docx"] = paragraphTexts(utf8(files["word/document.xml"]!)).join("\n");
  const workbook = await readBack(await Deno.readFile(`${out}/report.xlsx`));
  // The texts' sheet and table hold the documents' own texts, as printed (`… ajalla 2011-2014`).
  const own = [TABLE_TITLES.fi.texts, TABLE_TITLES.en.texts];
  texts["report.xlsx"] = workbook.worksheets.filter((sheet) => !own.includes(sheet.name)).flatMap((sheet) => {
    const cells: string[] = [sheet.name];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    return cells;
  }).join("\n");
  for (const entry of Deno.readDirSync(`${out}/tables`)) {
    if (entry.name.endsWith(".fi.csv") && entry.name !== "texts.fi.csv") {
      texts[entry.name] = await Deno.readTextFile(`${out}/tables/${entry.name}`);
    }
  }
  for (const entry of Deno.readDirSync(`${out}/charts`)) {
    if (!entry.name.endsWith(".svg")) continue;
    const svg = await Deno.readTextFile(`${out}/charts/${entry.name}`);
    texts[entry.name] = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map(([, text]) => pageText(text!)).join("\n");
  }
  return texts;
}

Deno.test("every text a person reads writes a period 2007–2013, with an en dash, never 2007-2013", async () => {
  for (const out of [shipped, messy("en")]) {
    const found = Object.entries(await readerTexts(out)).flatMap(([file, text]) =>
      hyphenedPeriods(text).map((hit) => `${file}: ${hit}`)
    );
    assertEquals(found, [], out);
  }
  // The check sees a hyphen: it is not vacuous.
  assertEquals(hyphenedPeriods("Kausi 2007-2013 ja eura2014-2016-esr.csv").length, 1);
});
