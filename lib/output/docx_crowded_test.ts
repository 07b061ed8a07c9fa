import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { libreOfficeConvert, PDFTOTEXT, run, SOFFICE, unzip, utf8 } from "../../testing/office.ts";
import { wordReportBytes } from "./docx.ts";
import { DISTRIBUTIONS_HEADER } from "../../testing/word_tables.ts";

const ROWS = [
  ["Osallistujien toteutumisaste, %", 192, "39,8 %", "61,3 %", "80,0 %", "99,0 %", "119,2 %", 0],
  ["€ / naisosallistuja", 191, "620 €", "4 824 €", "10 558 €", "24 275 €", "1 443 307 €", 23],
];

/** A Finnish report of the table, as Word bytes. */
const reportOf = (header: string[], rows: (string | number)[][]) =>
  wordReportBytes({
    lang: "fi",
    title: "t",
    generatedAt: new Date(0),
    sections: [{ heading: "h", content: [{ type: "table", caption: "Jakaumat", header, rows }] }],
  });

/** The paragraph styles of the table's cells. */
const cellStyles = (document: string) =>
  new Set([...document.matchAll(/<w:tc>.*?<w:pStyle w:val="([^"]+)"\/>/g)].map((match) => match[1]));

Deno.test("a table too crowded for 9-point text is set in 8-point text, and a small one stays at 9", async () => {
  const crowded = utf8((await unzip(await reportOf(DISTRIBUTIONS_HEADER, ROWS)))["word/document.xml"]!);
  assertEquals(cellStyles(crowded), new Set(["TableTextSmall"]));
  const styles = utf8((await unzip(await reportOf(DISTRIBUTIONS_HEADER, ROWS)))["word/styles.xml"]!);
  assert(/w:styleId="TableTextSmall".*?<w:sz w:val="16"\/>/s.test(styles), "the small style is 8-point");
  const small = utf8((await unzip(await reportOf(["Koodi", "Hankkeita"], [["S11547", 1]])))["word/document.xml"]!);
  assertEquals(cellStyles(small), new Set(["TableText"]));
});

Deno.test({
  name: SOFFICE && PDFTOTEXT
    ? "LibreOffice lays the crowded table out with every header's word whole"
    : "LibreOffice check of a crowded table SKIPPED: soffice or pdftotext missing",
  ignore: !(SOFFICE && PDFTOTEXT),
  fn: async () => {
    const dir = await tempDir();
    try {
      await Deno.writeFile(`${dir}/report.docx`, await reportOf(DISTRIBUTIONS_HEADER, ROWS));
      await libreOfficeConvert(`${dir}/report.docx`, "pdf", dir, "fi_FI.UTF-8");
      const words = (await run(PDFTOTEXT!, [`${dir}/report.pdf`, "-"])).split(/\s+/);
      for (const word of ["Hankkeita,", "Alakvartiili", "Yläkvartiili", "Poikkeavia", "toteutumisaste,", "1 443 307"]) {
        assert(words.includes(word) || words.join(" ").includes(word), `"${word}" is broken: ${words.join(" ")}`);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
