import { assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";
import { plainBusinessIds } from "./business_id.ts";

Deno.test("the implementer's business ID printed with another dash, spaces or an invisible character round it is the same ID", () => {
  for (
    const written of [
      "2296962\u20111", // a no-break hyphen, as a web page's &#8209; gives it
      "2296962\u20131", // an en dash
      "2296962\u22121", // a minus sign
      "2296962 - 1",
      "2296962 -1",
      "2296962\u00AD-1", // a soft hyphen before the hyphen (&shy;)
      "2296962-\u200B1", // a zero-width space after it
    ]
  ) {
    const text = edit(SEED_2007, "Y-tunnus: 2296962-1", `Y-tunnus: ${written}`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.business_id, "2296962-1", JSON.stringify(written));
    assertEquals(diagnostics, [], JSON.stringify(written));
  }
  // Not an ID written otherwise: kept as printed, said unusual, as before.
  const other = edit(SEED_2007, "Y-tunnus: 2296962-1", "Y-tunnus: 2296962 1");
  const { document, diagnostics } = parseDocument(other);
  assertEquals(document!.project.business_id, "2296962 1");
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", lineOf(other, "Y-tunnus")]]);
});

Deno.test("a co-implementer's business ID with an invisible character round its dash is read as the ID", () => {
  const line = "Paremmin Yhdessä ry, 2312333\u00AD-7";
  const text = edit(SEED_2014, "Paremmin Yhdessä ry, 2312333-7", line);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.co_implementers, [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }]);
  assertEquals(diagnostics, []);
});

Deno.test("plainBusinessIds writes each ID of a text with a hyphen, and leaves the rest as it is", () => {
  assertEquals(
    plainBusinessIds("Oy A\u00ADB, 2312333 \u2013 7; 0187520\u20114 (2018\u20132020)"),
    "Oy A\u00ADB, 2312333-7; 0187520-4 (2018\u20132020)",
  );
});
