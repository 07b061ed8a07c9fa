import { describeProblem } from "../i18n/values.ts";
import { assertEquals } from "../../testing/assert.ts";
import {
  normaliseStatus,
  parseAmount,
  parseCodedTitle,
  parseCount,
  parseDateRange,
  parseFinnishDate,
  parseList,
  parseYesNo,
  PROJECT_YEARS,
} from "./values.ts";

Deno.test("parseAmount() reads Finnish amounts with any group space and a decimal comma", () => {
  assertEquals(parseAmount("1 122 206").value, 1122206);
  assertEquals(parseAmount("1\u00A0122\u00A0206").value, 1122206);
  assertEquals(parseAmount("1\u202F122\u202F206").value, 1122206);
  assertEquals(parseAmount("401 955,50").value, 401955.5);
  assertEquals(parseAmount("50177.67").value, 50177.67);
  assertEquals(parseAmount(" 645 300 € ").value, 645300);
  assertEquals(parseAmount("0").value, 0);
});

Deno.test("parseAmount() refuses what it would have to guess", () => {
  for (const raw of ["", "1.122", "12 345,6,7", "noin 5000", "5 000 - 6 000"]) {
    assertEquals(parseAmount(raw).value, null, raw);
  }
  assertEquals(parseAmount("").problem, { key: "no_amount", raw: "" });
});

Deno.test("parseCount() reads whole numbers only", () => {
  assertEquals(parseCount("199").value, 199);
  assertEquals(parseCount("1 200").value, 1200);
  assertEquals(parseCount("12,5").value, null);
  assertEquals(parseCount("-3").value, null);
  assertEquals(parseCount("-3").problem?.key, "negative_count");
});

Deno.test("parseFinnishDate() and parseDateRange() give ISO dates and reject impossible ones", () => {
  assertEquals(parseFinnishDate("28.2.2015").value, "2015-02-28");
  assertEquals(parseFinnishDate("01.12.2020").value, "2020-12-01");
  assertEquals(parseFinnishDate("29.2.2021").value, null);
  assertEquals(parseFinnishDate("2021-02-01").value, null);
  const range = parseDateRange("Alkaa 1.12.2020 ja päättyy 31.5.2023");
  assertEquals([range.start.value, range.end.value], ["2020-12-01", "2023-05-31"]);
  assertEquals(parseDateRange("vuosina 2020-2023").start.value, null);
});

Deno.test("parseList(), parseYesNo(), parseCodedTitle() and normaliseStatus()", () => {
  assertEquals(parseList("Jyväskylän, Äänekosken"), ["Jyväskylän", "Äänekosken"]);
  assertEquals(parseList(""), []);
  assertEquals([parseYesNo("Kyllä").value, parseYesNo(" Ei ").value, parseYesNo("ehkä").value], [true, false, null]);
  assertEquals(parseCodedTitle("3. Työllisyys ja työvoiman liikkuvuus"), {
    code: "3",
    title: "Työllisyys ja työvoiman liikkuvuus",
  });
  assertEquals(parseCodedTitle("Ilman numeroa"), { code: null, title: "Ilman numeroa" });
  assertEquals(
    ["Toiminta päättynyt", "Toiminnassa", "Keskeytynyt", "Peruttu"].map(normaliseStatus),
    ["ended", "active", "interrupted", "other"],
  );
});

Deno.test("parseDateRange() reads no end past what follows it: a second end or an extension is unreadable", () => {
  for (
    const raw of [
      "Alkaa 1.1.2011 ja päättyy 28.2.2015 ja päättyy 31.12.2015",
      "Alkaa 1.1.2011 ja päättyy 28.2.2015 (jatkettu 31.12.2015)",
      "Alkaa 1.1.2011 ja päättyy 28.2.2015 tai myöhemmin",
    ]
  ) {
    const range = parseDateRange(raw);
    assertEquals(
      [range.start.value, range.end.value, range.end.problem?.key],
      ["2011-01-01", null, "not_date_range"],
      raw,
    );
  }
  assertEquals(parseDateRange("Alkaa 1.1.2011 ja päättyy 28.2.2015 ").end.value, "2015-02-28");
});

Deno.test("a project's start or end in a year no structural-fund project has (a typo: 2105, 1011) is null, said", () => {
  const range = parseDateRange("Alkaa 1.1.2011 ja päättyy 28.2.2105");
  assertEquals(range.start.value, "2011-01-01");
  assertEquals(range.end.value, null);
  assertEquals(range.end.problem?.key, "implausible_date");
  assertEquals(parseDateRange("Alkaa 1.1.1011 ja päättyy 28.2.2015").start.problem?.key, "implausible_date");
  // The first and the last years of the programmes' projects are read.
  const edges = parseDateRange("Alkaa 1.1.1995 ja päättyy 31.12.2030");
  assertEquals([edges.start.value, edges.end.value], ["1995-01-01", "2030-12-31"]);
  // The messages name the years the parser reads.
  const years = `${PROJECT_YEARS.first}–${PROJECT_YEARS.last}`;
  for (const lang of ["fi", "en"] as const) {
    assertEquals(describeProblem(range.end.problem!, lang).includes(years), true, lang);
  }
});

Deno.test("parseCodedTitle() reads a number set off from its title by a dash as by a colon; a dash inside a title stays", () => {
  for (const printed of ["4 - Yhteistyö", "4 – Yhteistyö", "4. – Yhteistyö", "4: - Yhteistyö", "4 — Yhteistyö"]) {
    assertEquals(parseCodedTitle(printed), { code: "4", title: "Yhteistyö" }, printed);
  }
  assertEquals(parseCodedTitle("6.1 - Nuorten työllistyminen"), { code: "6.1", title: "Nuorten työllistyminen" });
  assertEquals(parseCodedTitle("4: ESR-toiminta - yhteistyö"), { code: "4", title: "ESR-toiminta - yhteistyö" });
  assertEquals(parseCodedTitle("4-Yhteistyö"), { code: null, title: "4-Yhteistyö" });
});
