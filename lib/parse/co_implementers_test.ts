import { assert, assertEquals } from "../../testing/assert.ts";
import { lineOf, SEED_2014 } from "../../testing/seeds.ts";
import { endsCoImplementers, readCoImplementers } from "./co_implementers.ts";
import { parseDocument } from "./parse_document.ts";

/** Lines of a co-implementers block, numbered from 50. */
const block = (...texts: string[]) => texts.map((text, i) => ({ number: 50 + i, text }));

/** Lines that ran for minutes: each scan tried a match from every character of one long token (quadratic). */
const LONG_LINES = [
  "a".repeat(1_000_000),
  "1.1.".repeat(250_000),
  "a.".repeat(500_000) + " (at",
];

/** Fails instead of hanging: the lines are checked, and a document with them parsed, in a worker given a deadline. */
Deno.test("a line of a million characters under the co-implementers is read in linear time, never hangs", async () => {
  const url = new URL("./_co_implementers_hang_worker.ts", import.meta.url);
  const worker = new Worker(url, { type: "module" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = new Promise<{ ends: boolean[]; co: number }>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message));
      };
    });
    worker.postMessage({
      lines: LONG_LINES,
      document: SEED_2014.replace("Paremmin Yhdessä ry, 2312333-7", LONG_LINES[0]!),
    });
    const late = new Promise<"late">((resolve) => timer = setTimeout(() => resolve("late"), 30_000));
    const result = await Promise.race([answer, late]);
    assert(result !== "late", "still running after 30 s: it hung");
    // None of them is an e-mail address or a phone number: they are read as co-implementers' lines.
    assertEquals(result.ends, [false, false, false]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
});

Deno.test("endsCoImplementers still ends the block at an e-mail address, however it is written", () => {
  for (
    const line of [
      "matti.meikalainen@example.fi",
      "Matti (at) example.fi",
      "info[at]yritys.fi",
      "x matti@a.fi",
      // Written the ways the exports' scrubbing knows (`output/scrub.ts`).
      "matti [at] example [dot] fi",
      "matti＠example.fi",
      "matti.meikalainen at example.fi",
      "matti%40example.fi",
      "matti(ät)example.fi",
    ]
  ) {
    assert(endsCoImplementers(line), line);
  }
});

Deno.test("the co-implementers: a table's header row is no organisation, an ID on its own line is the one above's, 'none' is none", () => {
  const header = readCoImplementers(block("Nimi\tY-tunnus", "Paremmin Yhdessä ry", "2312333-7"));
  assertEquals(header.coImplementers, [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }]);
  assertEquals(header.lines.map((line) => line.number), [52], "the line its ID was read from");
  assertEquals(readCoImplementers(block("Organisaatio, Y-tunnus", "Gradia; 0208201-1")).coImplementers, [
    { name: "Gradia", business_id: "0208201-1" },
  ]);
  for (const none of ["-", "–", "Ei osatoteuttajia", "ei ole", "Ei osatoteuttajia.", "Ei."]) {
    assertEquals(readCoImplementers(block(none)).coImplementers, [], none);
  }
  // Two organisations on one line, each with its ID.
  assertEquals(readCoImplementers(block("Paremmin Yhdessä ry, 2312333-7; Gradia, 0208201-1")).coImplementers, [
    { name: "Paremmin Yhdessä ry", business_id: "2312333-7" },
    { name: "Gradia", business_id: "0208201-1" },
  ]);
  // An ID on its own line under an organisation that has one already is said, not made an organisation.
  const stray = readCoImplementers(block("Gradia, 0208201-1", "2312333-7"));
  assertEquals(stray.coImplementers, [{ name: "Gradia", business_id: "0208201-1" }]);
  assertEquals(stray.strayIds.map((line) => line.number), [51]);
});

Deno.test("the co-implementers: a line with two IDs is two organisations only when each ID has a name before it", () => {
  for (
    const line of [
      "Paremmin Yhdessä ry, 2312333-7 (aiemmin 0174666-4)",
      "Keski-Suomen Yrittäjät ry, Jyväskylän Yrittäjät ry 0200383-8, 0950871-6",
      "Jyväskylän ammattikorkeakoulu Oy, 1015428-1 / 0245872-8",
    ]
  ) {
    const read = readCoImplementers(block(line));
    assertEquals(read.coImplementers.length, 1, line);
    assertEquals(read.leftOut.map((l) => l.number), [50], `${line}: the rest is said`);
  }
  assertEquals(readCoImplementers(block("Gradia, 0208201-1 ja Paremmin Yhdessä ry, 2312333-7")).coImplementers, [
    { name: "Gradia", business_id: "0208201-1" },
    { name: "Paremmin Yhdessä ry", business_id: "2312333-7" },
  ]);
  // A table read column by column: the IDs under the names cannot be matched to them: none is, each is said.
  const columns = readCoImplementers(
    block("Nimi Y-tunnus", "Paremmin Yhdessä ry", "Jyväskylän ammattikorkeakoulu Oy", "2312333-7", "1015428-1"),
  );
  assertEquals(columns.coImplementers.map((c) => c.business_id), [null, null]);
  assertEquals(columns.strayIds.map((l) => l.number), [53, 54]);
});

Deno.test("the co-implementers: IDs split a line only after a semicolon or 'ja'; an ID in brackets leaves no bracket", () => {
  for (
    const line of [
      "Paremmin Yhdessä ry, 2312333-7, ent. 2345678-0",
      "Paremmin Yhdessä ry, 2312333-7, toimipaikka Jyväskylä, 2345678-0",
      "Paremmin Yhdessä ry, 2312333-7, yhteyshenkilö Liisa Virtanen; Gradia, 0208201-1",
    ]
  ) {
    const read = readCoImplementers(block(line));
    assertEquals(read.coImplementers, [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }], line);
    assertEquals(read.leftOut.length, 1, line);
  }
  assertEquals(readCoImplementers(block("Gradia, 0208201-1; Paremmin Yhdessä ry, 2312333-7")).coImplementers.length, 2);
  assertEquals(readCoImplementers(block("Paremmin Yhdessä ry (2312333-7)")).coImplementers, [
    { name: "Paremmin Yhdessä ry", business_id: "2312333-7" },
  ]);
  assertEquals(readCoImplementers(block("Paremmin Yhdessä ry (2312333-7)")).leftOut, []);
});

Deno.test("a co-implementer's name keeps no list marker, no label of its ID and no comma before its wrapped ID", () => {
  const read = (...texts: string[]) =>
    readCoImplementers(texts.map((text, i) => ({ number: i + 1, text }))).coImplementers.map((co) => [
      co.name,
      co.business_id,
    ]);
  const want = [["Paremmin Yhdessä ry", "2312333-7"]];
  for (
    const line of [
      "- Paremmin Yhdessä ry (Y-tunnus 2312333-7)",
      "Paremmin Yhdessä ry, Y-tunnus: 2312333-7",
      "1. Paremmin Yhdessä ry, 2312333-7",
      "2) Paremmin Yhdessä ry 2312333-7",
      "• Paremmin Yhdessä ry, Y-tunnus 2312333-7",
      "Paremmin Yhdessä ry (y-tunnus: 2312333-7)",
    ]
  ) assertEquals(read(line), want, line);
  // Before: the bullets an area list drops (a square, a hyphen or a bar of Word's AutoFormat) stayed on the name.
  for (const bullet of ["\u25AA", "\u2010", "\u2015"]) {
    assertEquals(read(`${bullet} Paremmin Yhdessä ry, 2312333-7`), want, bullet);
  }
  assertEquals(read("Jyväskylän yliopisto,", "0245894-7"), [["Jyväskylän yliopisto", "0245894-7"]]);
  // A name that starts with a figure of its own keeps it.
  assertEquals(read("4H-yhdistys ry, 1234567-1"), [["4H-yhdistys ry", "1234567-1"]]);
});

Deno.test("co-implementers in a table drawn with pipes: its header and rule rows are none, its rows each one", () => {
  const table = block("| Nimi | Y-tunnus |", "|------|----------|", "| Paremmin Yhdessä ry | 2312333-7 |");
  assertEquals(readCoImplementers(table).coImplementers, [
    { name: "Paremmin Yhdessä ry", business_id: "2312333-7" },
  ]);
});

Deno.test("a co-implementer's business ID with another dash, spaced, or printed before its name is its ID, not its name", () => {
  const want = [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }];
  for (
    const line of [
      "Paremmin Yhdessä ry, 2312333–7", // an en dash (Word's AutoFormat, a PDF's glyph)
      "Paremmin Yhdessä ry, 2312333\u20117", // a no-break hyphen, kept from wrapping
      "Paremmin Yhdessä ry, 2312333\u22127",
      "Paremmin Yhdessä ry, 2312333 - 7",
      "2312333-7 Paremmin Yhdessä ry", // a table's columns the other way round
      "2312333-7, Paremmin Yhdessä ry",
    ]
  ) {
    const read = readCoImplementers(block(line));
    assertEquals(read.coImplementers, want, line);
    assertEquals([read.leftOut, read.strayIds], [[], []], line);
  }
  assertEquals(readCoImplementers(block("Gradia, 0208201–1")).coImplementers, [
    { name: "Gradia", business_id: "0208201-1" },
  ]);
});

Deno.test("a co-implementer's ID misread or mistyped is no part of its name: kept as printed, and said", () => {
  const cases: [string, string][] = [
    ["Paremmin Yhdessä ry, 23l2333-7", "23l2333-7"],
    ["Paremmin Yhdessä ry, 231233-37", "231233-37"],
  ];
  for (const [line, id] of cases) {
    const text = SEED_2014.replace("Paremmin Yhdessä ry, 2312333-7", line);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "c.txt" });
    assertEquals(document!.project.co_implementers, [{ name: "Paremmin Yhdessä ry", business_id: id }], line);
    assert(
      diagnostics.some((d) => d.code === "unusual_value" && d.message.includes(id) && d.line === lineOf(text, line)),
      JSON.stringify(diagnostics),
    );
  }
});

Deno.test("a co-implementer listed again, or the whole block pasted twice, is one co-implementer; the heading is none", () => {
  const listed = "Osatoteuttajat\n\nParemmin Yhdessä ry, 2312333-7";
  for (
    const again of [
      `${listed}\n\n${listed}`,
      `${listed}\nParemmin Yhdessä ry, 2312333-7`,
      `${listed}\nParemmin yhdessä ry,  2312333-7`,
      `${listed}\nOsatoteuttajat:\nParemmin Yhdessä ry\n2312333-7`,
    ]
  ) {
    const { document } = parseDocument(SEED_2014.replace(listed, again));
    assertEquals(document!.project.co_implementers, [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }], again);
  }
  // Another organisation under the heading printed again is read; two with one name and two IDs are both kept.
  const other = parseDocument(SEED_2014.replace(listed, `${listed}\n\nOsatoteuttajat\n\nGradia, 0208201-1`)).document!;
  assertEquals(other.project.co_implementers.map((co) => co.name), ["Paremmin Yhdessä ry", "Gradia"]);
  assertEquals(readCoImplementers(block("Gradia, 0208201-1", "Gradia, 2312333-7")).coImplementers.length, 2);
});
