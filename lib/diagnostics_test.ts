import { assert, assertEquals } from "../testing/assert.ts";
import { parseDocument } from "./parse/parse_document.ts";
import { localiseDiagnostic } from "./diagnostics.ts";
import { edit, SEED_2007 } from "../testing/seeds.ts";

Deno.test("a diagnostic quotes at most 300 characters of a value: a 1 MB line is named, not printed whole", () => {
  const huge = "1".repeat(1_000_000);
  const text = edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", `Suunniteltu: ${huge}, joista naisia 100`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "huge.txt" });
  assertEquals(document?.project.participants_planned, null);
  const said = diagnostics.filter((d) => d.line === 77);
  assert(said.length > 0, "the line is said");
  for (const d of said) {
    assert(d.message.length < 1000, `${d.message.length} characters`);
    assert(localiseDiagnostic(d, "fi").length < 1000);
    assert(JSON.stringify(d).length < 2000, "its values too");
    assert(d.message.includes("…"), d.message);
  }
});
