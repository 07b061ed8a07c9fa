import fc from "fast-check";
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { findTerm, mayContainWord, searchProjects } from "./text_search.ts";

const stem = (text: string) => ({ words: [{ text, stem: true }], source: `${text}*` });

Deno.test("a text passed over unsplit never holds a word the search would find in it (any letters, marks, case)", () => {
  // Letters whose lower case depends on their neighbours (Σ), that become two (İ), that a mark composes (a + ̈ = ä),
  // and a mark after a space: what the whole text lower-cased at once could tell apart from the words one by one.
  const letters = ["a", "A", "ä", "Ä", "a\u0308", "Σ", "σ", "ς", "İ", "i", "\u0307", "o", " ", "-", ".", "'", "1"];
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(text, text, (body, query) => {
      for (const { text: word } of [...query.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ text: m[0] }))) {
        const folded = (/\p{M}/u.test(word) ? word.normalize("NFC") : word).toLowerCase();
        if (findTerm(body, stem(folded)).length > 0) assertEquals(mayContainWord(body, [folded]), true, body);
      }
    }),
    { numRuns: 5000 },
  );
});

Deno.test("the texts a search passes over unsplit give the same hits as splitting every text", () => {
  const projects = pl.DataFrame({
    project_code: ["S1", "S2", "S3", "S4"],
    name: ["ΟΔΟΣ.Β", "Nuorten polku", "Kotoutuminen", null],
    summary: ["Nuorille ohjausta", "Aikuiset", "Maahanmuuttajien kotoutumista", "ne\u0301e"],
  });
  assertEquals(searchProjects(projects, "οδος").codes, ["S1"]); // final sigma: ς folded from Σ only word by word
  assertEquals(searchProjects(projects, "nuor*").hits.map((h) => [h.project_code, h.field, h.hits]), [
    ["S1", "summary", 1],
    ["S2", "name", 1],
  ]);
  assertEquals(searchProjects(projects, "kotoutu* OR née").codes, ["S3", "S4"]);
  assertEquals(searchProjects(projects, "xyzzy").codes, []);
});
