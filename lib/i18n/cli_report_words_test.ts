/** The report command's progress lines: a period written as the report writes it, one document as one. */
import { assertEquals } from "../../testing/assert.ts";
import { REPORT_CLI } from "./cli_report.ts";

Deno.test("the register line writes its period with a dash, as the report does", () => {
  // Before: 'register data/registers/eura2007-esr.csv (2007-2013): 2 775 projects'.
  assertEquals(
    REPORT_CLI.en.registerRead("data/registers/eura2007-esr.csv", "2007-2013", 2775),
    "register data/registers/eura2007-esr.csv (2007–2013): 2 775 projects",
  );
  assertEquals(
    REPORT_CLI.fi.registerRead("data/registers/eura2007-esr.csv", "2007-2013", 2775),
    "rekisteri data/registers/eura2007-esr.csv (2007–2013): 2 775 hanketta",
  );
});

Deno.test("parsing a corpus of one document says 'document'", () => {
  // Before: 'parsed 1 of 1 documents'.
  assertEquals(REPORT_CLI.en.parsed(1, 1), "parsed 1 of 1 document");
  assertEquals(REPORT_CLI.en.parsed(100, 270), "parsed 100 of 270 documents");
});
