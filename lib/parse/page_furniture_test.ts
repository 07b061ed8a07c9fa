import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, SEED_2007, SEED_2014, seedText } from "../../testing/seeds.ts";
import { isPageNumber } from "./page_furniture.ts";
import { parseDocument, parseDocuments } from "./parse_document.ts";

/** A browser's print header and footer, as `pdftotext` writes them at each page's top and foot. */
const HEADER = "27.11.2026 klo 9.41                    Rakennerahastot.fi";
const footer = (page: number) => `file:///C:/Users/arvioija/tulosteet/kuvaus.html                    ${page}/5`;

/**
 * The text of a description as `pdftotext` gives its print: each page headed and footed, a form feed between
 * pages; a page breaks where each `at` is, inside its line when the `at` ends there.
 */
function printed(text: string, ...at: string[]): string {
  let out = text;
  at.forEach((place, k) => {
    out = edit(out, place, `${place}\n\n${footer(k + 1)}\n\f${HEADER}\n\n`);
  });
  return `${HEADER}\n\n${out}\n\n${footer(at.length + 1)}\n\f`;
}

const projectOf = (text: string) => parseDocument(text, { sourceFile: "print.txt" });

Deno.test("a print's page headers, footers and numbers are no part of any value; the rest reads as the text does", () => {
  const text = printed(
    SEED_2007,
    "3.4 Aloittaneiden henkilöiden määrä",
    "Kunnat: Keitele, Tervo,",
    "6.1 Tiedotussuunnitelma",
  );
  const { document, diagnostics } = projectOf(text);
  const clean = projectOf(SEED_2007).document!.project;
  // Cut after "Tervo,": the list goes on on the next page, whole.
  assertEquals(document!.project, clean);
  const furniture = diagnostics.filter((d) => d.code === "page_furniture");
  assertEquals(furniture.length, 1);
  assert(furniture[0]!.message.includes("page headers, footers and numbers"), furniture[0]!.message);
  assertEquals(diagnostics.filter((d) => d.code !== "page_furniture"), projectOf(SEED_2007).diagnostics);
});

Deno.test("a figure cut by a page break is null with the wrapped-figure warning, not its first part", () => {
  const text = printed(
    SEED_2007.replace("Myönnetty EU- ja valtion rahoitus: 645 300", "Myönnetty EU- ja valtion rahoitus: 645\n300"),
    "Myönnetty EU- ja valtion rahoitus: 645",
  );
  const { document, diagnostics } = projectOf(text);
  assertEquals(document!.project.funding_eu_state_granted, null);
  const said = diagnostics.filter((d) => d.message.includes("645 300") && d.message.includes("next line"));
  assertEquals(said.length, 1, diagnostics.map((d) => d.message).join("\n"));
});

Deno.test("co-implementers and the sustainability scores take no page furniture", () => {
  const text = printed(SEED_2014, "Paremmin Yhdessä ry, 2312333-7");
  const { document } = projectOf(text);
  assertEquals(document!.project.co_implementers, projectOf(SEED_2014).document!.project.co_implementers);
  // Each criterion as the text has it; its line is the print's (the header, footer and break add lines).
  const scores = (text: string) =>
    projectOf(text).document!.sustainabilityScores.map(({ source_line: _, ...row }) => row);
  assertEquals(scores(text), scores(SEED_2014));
});

Deno.test("a running page header that is the template's title does not split the description", () => {
  const title = "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus";
  const text = SEED_2007.replace("4. Projektin tavoitteet", `\f${title}\n\n4. Projektin tavoitteet`)
    .replace("7. Projektin julkinen rahoitus", `\f${title}\n\n7. Projektin julkinen rahoitus`);
  const { documents } = parseDocuments(text, { sourceFile: "print.txt" });
  assertEquals(documents.length, 1);
  assertEquals(documents[0]!.project, projectOf(SEED_2007).document!.project);
});

Deno.test("a text without form feeds keeps every line: a line like a page number is text there", () => {
  const text = edit(SEED_2007, "Maakunnat: Pohjois-Savo", "Maakunnat: Pohjois-Savo\n\nSivu 2 / 5");
  assertEquals(projectOf(text).diagnostics.filter((d) => d.code === "page_furniture"), []);
});

Deno.test("descriptions joined with form feeds are no print: each reads as it does alone, its last values and headings kept", () => {
  const seeds = ["000_0083efce40fb50fc.txt", "001_bfc078f93719c10e.txt", "002_9a75f02c10db9dc6.txt"].map(seedText);
  for (const joiner of ["\n\f", "\n\n\f"]) {
    const { documents, diagnostics } = parseDocuments(seeds.join(joiner), { sourceFile: "print.txt" });
    assertEquals(documents.map((d) => d.project), seeds.map((seed) => projectOf(seed).document!.project), joiner);
    assertEquals(diagnostics.filter((d) => d.code === "page_furniture" || d.code === "missing_section"), []);
  }
});

Deno.test("a template's label line at the top of several pages is text, whatever its figure", () => {
  // Pages that start at `Suunniteltu: 21` and `Suunniteltu: 400`: `suunniteltu: #` tops two pages of three.
  const text = printed(SEED_2014, "7.1 Osallistuvien yritysten lukumäärä", "7.2 Osallistuvien henkilöiden lukumäärä");
  assertEquals(projectOf(text).document!.project, projectOf(SEED_2014).document!.project);
});

Deno.test("a one-page print keeps a last line that holds a date in its sentence; `2011 - 2014` is no page number", () => {
  const ended = edit(SEED_2007, "yrittäjyyttä.", "yrittäjyyttä. Hanke päättyi 28.2.2015.");
  assertEquals(projectOf(`${ended}\n\f`).document!.project, projectOf(ended).document!.project);
  assertEquals([isPageNumber("2011 - 2014", 1), isPageNumber("5 (6)", 1), isPageNumber("2 (5)", 2)], [
    false,
    true,
    true,
  ]);
});
