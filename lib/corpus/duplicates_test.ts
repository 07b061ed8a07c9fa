import { assertEquals } from "../../testing/assert.ts";
import { assembleCorpus, resolveDuplicates } from "./duplicates.ts";
import type { FileOutcome } from "./read_document.ts";
import type { ParsedDocument } from "../schema.ts";

/** The message key a diagnostic was made with (`duplicate_identical`, …). */
const keyOf = (d: unknown) => (d as { key?: string }).key;

/** Outcomes of `count` files, each one document of one of `count / copies` codes (so each code has `copies`). */
function outcomes(count: number, copies: number): FileOutcome[] {
  return Array.from({ length: count }, (_, i) => {
    const file = `f${String(i).padStart(7, "0")}.txt`;
    const code = `S${String(10_000 + Math.floor(i / copies)).padStart(5, "0")}`;
    const document = {
      project: { project_code: code },
      sourceLines: { project_code: 3 },
      firstLine: 1,
      lastLine: 10,
    } as unknown as ParsedDocument;
    return { file, bytes: 1, sha256: null, encoding: "utf-8", documents: [document], diagnostics: [] };
  });
}

Deno.test("duplicates are resolved in a corpus of 130,000 duplicate documents, each named", () => {
  // What was wrong: `resolveDuplicates` (and so `assembleCorpus`, `loadCorpus`, `loadCorpusFrames` with or without a
  // cache) now adds the duplicates' diagnostics with `diagnostics.push(...made)`: one argument per duplicate. With
  // more than ~125,000 duplicates V8 throws "RangeError: Maximum call stack size exceeded"; before this commit each
  // was pushed on its own and the corpus loaded. 65,000 projects present three times each (an archive folder
  // holding two older copies of a 65,000-document corpus: 195,000 files) is enough. Why it matters: the whole
  // load dies instead of naming 130,000 duplicates; no frame, no report. (Also fast enough to show without the
  // parser: the outcomes are made here.)
  const files = outcomes(195_000, 3);
  const corpus = assembleCorpus(files, (pairs) => pairs.map(() => ({ columns: [], bothGiven: [] })));
  assertEquals(corpus.files.filter((file) => file.outcome === "duplicate").length, 130_000);
  assertEquals(corpus.diagnostics.length, 130_000);
});

Deno.test("resolveDuplicates of 60,000 duplicates (below the spread limit) names each, in code order", () => {
  const files = outcomes(90_000, 3);
  const { duplicates, documents } = resolveDuplicates(
    files,
    (pairs) => pairs.map(() => ({ columns: [], bothGiven: [] })),
  );
  assertEquals([duplicates.length, documents.length], [60_000, 30_000]);
  assertEquals(duplicates.slice(0, 2).map((d) => [d.file, keyOf(d)]), [
    ["f0000001.txt", "duplicate_identical"],
    ["f0000002.txt", "duplicate_identical"],
  ]);
});

// ---------------------------------------------------------------------------------------------------------------
// Risky cases checked and found right.
// ---------------------------------------------------------------------------------------------------------------
