import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

const KUNNAT = "Kunnat: Keitele, Tervo, Rautalampi, Kaavi, Iisalmi, Varkaus, Kiuruvesi, Sonkajärvi, Siilinjärvi, " +
  "Rautavaara, Nilsiä, Kuopio, Pielavesi, Leppävirta, Tuusniemi, Juankoski, Vesanto, Lapinlahti, Suonenjoki, Vieremä";

/** S11547 with a line changed: its area lists and the warnings on the changed line. */
function area(from: string, to: string) {
  const text = edit(SEED_2007, from, to);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "s.txt" });
  const line = lineOf(text, to.split("\n")[0]!);
  const p = document!.project;
  return { lists: [p.regions, p.subregions, p.municipalities], said: diagnostics.filter((d) => d.line === line) };
}

// A list column is never null (the schema's lists are lists): a list not read is empty, with its warning.
Deno.test("a list whose names go on past a blank line is not read in part: empty, said", () => {
  // A list cut after a comma by a blank line (a page break's, a paragraph's): 11 of 20 municipalities were read.
  const { lists, said } = area(KUNNAT, KUNNAT.replace("Nilsiä, ", "Nilsiä,\n\n"));
  assertEquals(lists[2], []);
  assert(said.some((d) => d.message.includes("past a blank line")), said.map((d) => d.message).join("\n"));
});

Deno.test("a list label with its names on a line apart, after a blank line (pdftotext's cells), is said", () => {
  const { lists, said } = area("Maakunnat: Pohjois-Savo", "Maakunnat:\n\nPohjois-Savo");
  assertEquals(lists[0], []);
  assert(said.some((d) => d.message.includes("past a blank line")), said.map((d) => d.message).join("\n"));
});

Deno.test("a list label with nothing printed before the next label is an empty list, unsaid, as before", () => {
  assertEquals(area("Maakunnat: Pohjois-Savo", "Maakunnat:").lists[0], []);
  const { lists, said } = area(KUNNAT, "Kunnat:");
  assertEquals([lists[2], said], [[], []]);
});
