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

Deno.test("a list's names joined by ja, sekä or &, or split by semicolons, are each a name", () => {
  for (
    const printed of ["Keitele, Tervo ja Rautalampi", "Keitele, Tervo sekä Rautalampi", "Keitele; Tervo; Rautalampi"]
  ) {
    const { lists, said } = area(KUNNAT, `Kunnat: ${printed}`);
    assertEquals([lists[2], said], [["Keitele", "Tervo", "Rautalampi"], []], printed);
  }
  assertEquals(area("Maakunnat: Pohjois-Savo", "Maakunnat: Pohjois-Savo & Etelä-Savo").lists[0], [
    "Pohjois-Savo",
    "Etelä-Savo",
  ]);
});

Deno.test("a list of bullet points under its label is its names, without the bullets", () => {
  for (const bullet of ["-", "•", "*", "–"]) {
    const { lists, said } = area(KUNNAT, `Kunnat:\n${bullet} Keitele\n${bullet} Tervo\n${bullet} Rautalampi`);
    assertEquals([lists[2], said], [["Keitele", "Tervo", "Rautalampi"], []], bullet);
  }
});

Deno.test("a list that is no list of names (a slash, another label, words, 'ym.') is not read: empty, said", () => {
  const printed = [
    "Kunnat: Keitele / Tervo / Rautalampi",
    "Kunnat: Keitele Tervo Rautalampi",
    "Kunnat: Kaikki Pohjois-Savon kunnat",
    "Kunnat: Keitele, Tervo, Rautalampi ym.",
    "Kunnat: Keitele, Tervo, Rautalampi jne.",
    "Kunnat: Keitele, Tervo, Rautalampi Vastuuhenkilön nimi: Lisbeth Mattsson",
  ];
  for (const to of printed) {
    const { lists, said } = area(KUNNAT, to);
    assertEquals(lists[2], [], to);
    assert(said.some((d) => d.code === "unreadable_value" && d.message.includes("list of names")), to);
  }
  const joined = area(
    "Seutukunnat: Koillis-Savon, Varkauden, Sisä-Savon, Ylä-Savon, Kuopion\n\n" + KUNNAT,
    "Seutukunnat: Koillis-Savon, Varkauden Kunnat: Keitele, Tervo",
  );
  assertEquals(joined.lists[1], []);
  assert(joined.said.some((d) => d.code === "unreadable_value"), joined.said.map((d) => d.message).join("\n"));
});

Deno.test("a list's last name ending a sentence is the name", () => {
  assertEquals(area(KUNNAT, "Kunnat: Keitele, Tervo, Rautalampi.").lists[2], ["Keitele", "Tervo", "Rautalampi"]);
});

Deno.test("a list wrapped onto the next line without a comma (at a name or inside one) is not read in part: empty, said", () => {
  for (const wrapped of [KUNNAT.replace("Kaavi, ", "Kaavi\n"), KUNNAT.replace("Rautalampi", "Rauta\nlampi")]) {
    const { lists, said } = area(KUNNAT, wrapped);
    assertEquals(lists[2], [], wrapped);
    assert(said.some((d) => d.code === "unreadable_value"), said.map((d) => d.message).join("\n"));
  }
});
