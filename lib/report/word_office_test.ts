/**
 * The Word report of a generated corpus, opened in LibreOffice: what the page
 * and the workbooks hold is in the print too. Slow (a report and a PDF of
 * ~50 pages): one test.
 */
import { tempDir } from "../../testing/temp.ts";
import { assert } from "../../testing/assert.ts";
import { libreOfficeConvert, PDFTOTEXT, run, SOFFICE, tableCells, unzip, utf8 } from "../../testing/office.ts";
import { writeGeneratedCorpus } from "../../dev/generate.ts";
import { buildReport } from "./build_report.ts";

Deno.test({
  name: SOFFICE && PDFTOTEXT
    ? "the Finnish Word report of 300 generated documents shows every row of every table in LibreOffice"
    : "LibreOffice check of the Word report's tables SKIPPED: soffice or pdftotext missing",
  ignore: !(SOFFICE && PDFTOTEXT),
  fn: async () => {
    const dir = await tempDir();
    try {
      await writeGeneratedCorpus(`${dir}/corpus`, 300);
      await buildReport({
        corpus: `${dir}/corpus`,
        out: `${dir}/out`,
        lang: "fi",
        notebooks: false,
        progress: () => {},
      });
      const docx = await Deno.readFile(`${dir}/out/report.docx`);
      await Deno.writeFile(`${dir}/report.docx`, docx);
      await libreOfficeConvert(`${dir}/report.docx`, "pdf", dir, "fi_FI.UTF-8");
      // Words as the print has them: a cell's text may wrap (at a space, or after a hyphen or the dash of a span), so
      // each of its words is looked for.
      const words = (text: string) => text.split(/\s+|(?<=[\u2013-])/);
      const printed = new Set(words(await run(PDFTOTEXT!, [`${dir}/report.pdf`, "-"])));
      const document = utf8((await unzip(docx))["word/document.xml"]!);
      const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) => table);
      assert(tables.length > 10, `${tables.length} tables`);
      const missing = tables.flatMap((table) => tableCells(table)).flatMap((row) =>
        row.flatMap((cell) => words(cell).filter((word) => /\d/.test(word) && !printed.has(word)))
      );
      // A figure of a row LibreOffice did not print (rows of a table split over two pages vanished).
      assert(
        missing.length === 0,
        `${missing.length} figures of the tables are not in the print: ${missing.slice(0, 12)}`,
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
