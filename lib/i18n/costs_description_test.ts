/** The cost-per-result chart's description says what the chart is, not its title again (a notebook writes both). */
import { assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "./analysis.ts";

Deno.test("the cost-per-result description does not repeat the chart's title", () => {
  // Before, in notebook 06: 'Kustannus tulosta kohden: Kustannus tulosta kohden: osallistuja, 2007–2013: 5 161 € …'.
  const parts = ["osallistuja, 2007–2013: 5\u00A0161\u00A0€ (n = 1)"];
  assertEquals(
    ANALYSIS_TEXT.fi.costsDescription(parts),
    "Pisteet ohjelmakausittain logaritmisella asteikolla: osallistuja, 2007–2013: 5\u00A0161\u00A0€ (n = 1).",
  );
  assertEquals(
    ANALYSIS_TEXT.en.costsDescription(["participant, 2007–2013: €5,161 (n = 1)"]),
    "Points by programme period on a logarithmic scale: participant, 2007–2013: €5,161 (n = 1).",
  );
});
