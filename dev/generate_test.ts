import { tempDir } from "../testing/temp.ts";
import { assert, assertEquals } from "../testing/assert.ts";
import { generateDocuments, writeGeneratedCorpus } from "./generate.ts";
import { parseDocument } from "../lib/parse/parse_document.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";

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

Deno.test("a damaged generated corpus reads back every figure, or null with a diagnostic on its line", async () => {
  const dir = await tempDir("esf-generate-");
  try {
    const expected = await writeGeneratedCorpus(dir, 60, 4, { damaged: true });
    const corpus = await loadCorpus([dir]);
    const documents = [...expected.values()].flat();
    assertEquals(corpus.documents.length, 60, "every document is a row, the appended ones too");
    assert([...expected.values()].some((list) => list.length === 2), "some files hold two documents");
    for (const want of documents) {
      const got = corpus.documents.find((d) => d.project.project_code === want.project_code)!;
      const file = got.project.source_file;
      for (const [column, value] of Object.entries(want)) {
        const read = got.project[column as keyof typeof got.project];
        const line = got.sourceLines[column as keyof typeof got.sourceLines];
        if (read === null && corpus.diagnostics.some((d) => d.file === file && d.line === line)) continue;
        assertEquals(read, value, `${want.project_code}: ${column}`);
      }
    }
    const codes = new Set(corpus.diagnostics.map((d) => d.code));
    for (const code of ["encoding", "unusual_value", "several_documents"]) assert(codes.has(code), code);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
