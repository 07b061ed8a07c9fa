import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { decodePage } from "./html_charset.ts";
import { htmlToText } from "./html_text.ts";
import { parseDocument, parseDocuments } from "./parse_document.ts";
import { dataFile, fixtureFile } from "../../testing/form_fixtures.ts";

Deno.test("decodePage: Windows-1252 bytes declared as a Cyrillic or Japanese charset are read as Windows-1252, said", () => {
  const page = Deno.readFileSync(fixtureFile("001_bfc078f93719c10e_windows-1252.html"));
  const truth = parseDocument(Deno.readTextFileSync(dataFile("001_bfc078f93719c10e"))).document!.project;
  // The bytes as characters of their own codes, so that the declaration is changed and no other byte.
  const codes = String.fromCharCode(...page);
  for (const charset of ["windows-1251", "koi8-r", "iso-8859-7", "shift_jis"]) {
    const declared = codes.replace("charset=windows-1252", `charset=${charset}`);
    const bytes = Uint8Array.from(declared, (char) => char.charCodeAt(0));
    // Before: "Etelд-Savon …" (windows-1251), no word of the template's found, no word said of the charset.
    const { text, encoding, problems } = htmlToText(bytes);
    assertEquals(encoding, "windows-1252", charset);
    assertEquals(problems.map((problem) => problem.code), ["charset_mismatch"], charset);
    const project = parseDocument(text).document!.project;
    for (const column of ["responsible_authority", "organisation_name", "status", "participants_planned"] as const) {
      assertEquals(project[column], truth[column], `${charset}: ${column}`);
    }
  }
});

Deno.test("decodePage: a page in its own Cyrillic charset is read in it", () => {
  const bytes = new Uint8Array([
    ...new TextEncoder().encode('<meta charset="windows-1251"><p>'),
    0xcf,
    0xf0,
    0xe8,
    0xe2,
    0xe5,
    0xf2, // Привет
    ...new TextEncoder().encode(" Kuopio &auml; B"),
    0xe8,
    0xe7,
    0xed,
    0xe5,
    0xf1, // a typo's Latin B before Cyrillic: "Bизнес"
    ...new TextEncoder().encode("</p>"),
  ]);
  const page = decodePage(bytes);
  assertEquals([page.encoding, page.problems, page.text.includes("Привет Kuopio &auml; Bизнес")], [
    "windows-1251",
    [],
    true,
  ]);
});

Deno.test("decodePage: pages saved one after another into one file are each read in their own charset", () => {
  const utf8 = Deno.readFileSync(fixtureFile("000_0083efce40fb50fc.html"));
  const latin = Deno.readFileSync(fixtureFile("001_bfc078f93719c10e_windows-1252.html"));
  const texts = ["000_0083efce40fb50fc", "001_bfc078f93719c10e"].map((base) => Deno.readTextFileSync(dataFile(base)));
  for (const [bytes, order] of [[[...utf8, ...latin], [0, 1]], [[...latin, ...utf8], [1, 0]]] as const) {
    // Before: one charset for the whole file, the UTF-8 page's "Etelä-Savon" read "EtelÃ¤-Savon" and its figures lost.
    const { text, problems } = htmlToText(new Uint8Array(bytes));
    assertEquals(problems, []);
    const { documents } = parseDocuments(text);
    assertEquals(documents.length, 2);
    order.forEach((k, i) => {
      const truth = parseDocument(texts[k]!).document!.project;
      for (
        const column of ["responsible_authority", "status", "funding_public_planned", "participants_actual"] as const
      ) {
        assertEquals(documents[i]!.project[column], truth[column], `${k}: ${column}`);
      }
    });
  }
});
