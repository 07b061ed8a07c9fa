import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { tableBundle } from "./display.ts";
import { analysisDisplay, metricRowKinds } from "./analyses.ts";

Deno.test("a notebook table writes shares as percentages and euros as the report does, in the language", () => {
  const frame = pl.DataFrame({
    programme_period: ["2007-2013"],
    participant_realisation: [283 / 388],
    cost_per_participant: [7366.1125],
    funding_public_actual: [401955.5],
    participants_actual: [283],
  });
  const cells = (lang: "fi" | "en") =>
    String(tableBundle(frame, { lang }).data["text/plain"]).split("\n").at(-1)!.trim().split(/\s{2,}/);
  assertEquals(cells("fi"), ["2007–2013", "72,9\u00A0%", "7\u00A0366\u00A0€", "401\u00A0956\u00A0€", "283"]);
  assertEquals(cells("en"), ["2007–2013", "72.9%", "€7,366", "€401,956", "283"]);
});

Deno.test("a table's plain text keeps the start of a long name with a slash in it, and the end of a file's path", () => {
  const frame = pl.DataFrame({
    name: ["Yrityspalvelut / Lapin yliopiston kehittämis- ja koulutuspalvelut, Rovaniemi"],
    source_file: ["2007-2013/lappi/rovaniemi/projektit/000_0083efce40fb50fc.txt"],
  });
  const [, row] = String(tableBundle(frame, { lang: "fi" }).data["text/plain"]).split("\n");
  const [name, file] = row!.split(/\s{2,}/);
  assertEquals(name, "Yrityspalvelut / Lapin yliopiston kehit…");
  assertEquals(file, "…iemi/projektit/000_0083efce40fb50fc.txt");
});

Deno.test("a column of amounts writes them in whole euros, as the report's page, Word and workbooks do", () => {
  // Register sums: cents where a project's payments had them, none on others (`445 861 272,00 €` was shown).
  const frame = pl.DataFrame({ funding_public_actual: [22704911.87, 445861272, 0] });
  const cells = String(tableBundle(frame, { lang: "fi" }).data["text/plain"]).split("\n").slice(-3).map((l) =>
    l.trim()
  );
  assertEquals(cells, ["22\u00A0704\u00A0912\u00A0€", "445\u00A0861\u00A0272\u00A0€", "0\u00A0€"]);
});

Deno.test("tableBundle: a table of several metrics shows each row's values in its own unit (rowKinds)", () => {
  const spread = pl.DataFrame({
    metric: ["participant_realisation", "cost_per_participant"],
    median: [40 / 47, 589289 / 80],
  });
  const display = analysisDisplay(spread, "fi");
  const { data } = tableBundle(display, { lang: "fi", rowKinds: metricRowKinds(spread) });
  const html = data["text/html"] as string;
  assert(html.includes('<td style="text-align:right">85,1\u00A0%</td>'), html);
  assert(html.includes('<td style="text-align:right">7\u00A0366\u00A0€</td>'), html);
});
