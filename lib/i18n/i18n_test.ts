import { assert, assertEquals } from "../../testing/assert.ts";
import { CATALOGUES } from "./catalogues.ts";
import { LANGUAGES } from "./mod.ts";
import { formatReportDay, formatReportMoment } from "./format.ts";

Deno.test("every catalogue has every key in both languages, with the same kind of message", () => {
  assert(Object.keys(CATALOGUES).length > 0, "catalogues are registered");
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    const keys = LANGUAGES.map((lang) => Object.keys(catalogue[lang]).sort());
    assertEquals(keys[1], keys[0], `${name}: the same keys in fi and en`);
    for (const key of keys[0]!) {
      const [fi, en] = LANGUAGES.map((lang) => catalogue[lang][key]);
      assertEquals(typeof en, typeof fi, `${name}.${key}: both texts or both functions`);
      if (typeof fi === "function" && typeof en === "function") {
        assertEquals(en.length, fi.length, `${name}.${key}: the same parameters`);
      } else {
        assert(fi !== "" && en !== "", `${name}.${key}: no empty text`);
      }
    }
  }
});

Deno.test("a report's time is Finnish time, said so, whatever the machine's zone: the page and Word give one date", () => {
  const nearMidnight = new Date("2026-11-26T23:23:00Z");
  assertEquals(formatReportMoment(nearMidnight, "fi"), "27.11.2026 klo 01.23 Suomen aikaa");
  assertEquals(formatReportMoment(nearMidnight, "en"), "27 Nov 2026, 01:23 Finnish time");
  assertEquals(formatReportDay(nearMidnight, "fi"), "27.11.2026");
  assertEquals(formatReportDay(nearMidnight, "en"), "27 November 2026");
});

Deno.test("no diagnostic copies a value past 4,096 characters: a register's huge field is named, a long path whole", async () => {
  const { diagnostic } = await import("../diagnostics.ts");
  const huge = diagnostic("register_unknown_fund", { file: "rekisteri.csv", line: 2 }, "E".repeat(100_000));
  assertEquals(huge.message.length < 4200, true, `${huge.message.length} characters`);
  const path = `${"kansio/".repeat(60)}a.txt`;
  const kept = diagnostic("duplicate_identical", { file: "b.txt", line: 9 }, "S11547", path);
  assertEquals(kept.message.includes(path), true);
});

Deno.test("the method says what the dash in the tables means: a missing figure, never 0", async () => {
  const { REPORT_TEXT } = await import("./report.ts");
  assert(REPORT_TEXT.fi.methodCount.includes("taulukoissa viiva (–)"), REPORT_TEXT.fi.methodCount);
  assert(REPORT_TEXT.en.methodCount.includes("a dash (–) in the tables"), REPORT_TEXT.en.methodCount);
});

Deno.test("the report's progress lines group thousands in either language, as parse's progress does", async () => {
  const { REPORT_CLI } = await import("./cli_report.ts");
  assertEquals(REPORT_CLI.fi.parsed(1500, 10000), "jäsennetty 1 500 / 10 000 asiakirjaa");
  assertEquals(REPORT_CLI.en.parsed(1500, 10000), "parsed 1 500 of 10 000 documents");
  assertEquals(REPORT_CLI.fi.registerRead("r.csv", "2007-2013", 2775), "rekisteri r.csv (2007–2013): 2 775 hanketta");
  assertEquals(REPORT_CLI.en.registerRead("r.csv", "2007-2013", 1), "register r.csv (2007–2013): 1 project");
});

Deno.test("parse's interrupt line says which files were written whole, and of a link written into directly, that it may be incomplete", async () => {
  const { PARSE_CLI } = await import("./cli_parse.ts");
  assertEquals(
    PARSE_CLI.fi.interrupted(["rivit.csv"], ["d.ndjson"], null),
    "ajo keskeytettiin: kokonaan kirjoitettiin rivit.csv; kirjoittamatta jäi d.ndjson; keskeneräistä tiedostoa ei jäänyt.",
  );
  assertEquals(
    PARSE_CLI.en.interrupted([], [], "linkki.csv"),
    "interrupted: no file was written whole; linkki.csv is no regular file, so it was written into directly and may " +
      "be incomplete.",
  );
});
