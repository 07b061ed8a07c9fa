import { assertEquals } from "../testing/assert.ts";
import { generateDocuments } from "./generate.ts";
import { parseDocument } from "../lib/parse/parse_document.ts";

Deno.test("generated documents parse back to the values they were made with, without a diagnostic", () => {
  const documents = generateDocuments(300, 7);
  assertEquals(new Set(documents.map((d) => d.expected.project_code)).size, 300, "distinct codes");
  const periods = new Set(documents.map((d) => d.expected.programme_period));
  assertEquals(periods.size, 2, "both templates");
  for (const generated of documents) {
    const { document, diagnostics } = parseDocument(generated.text, { sourceFile: generated.fileName });
    assertEquals(diagnostics, [], generated.fileName);
    for (const [column, value] of Object.entries(generated.expected)) {
      assertEquals(
        document!.project[column as keyof NonNullable<typeof document>["project"]],
        value,
        `${generated.fileName}: ${column}`,
      );
    }
  }
});

Deno.test("the generator is deterministic", () => {
  assertEquals(generateDocuments(5, 3).map((d) => d.text), generateDocuments(5, 3).map((d) => d.text));
});
