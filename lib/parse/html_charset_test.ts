import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { decodePage, decodeSheet } from "./html_charset.ts";
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

/** A sheet's text as bytes of Windows-1252 (one byte a character, as every character here has one). */
const latin = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const SHEET = '.vanha::before { content: "Päättynyt" }\ndd.hylätty { display: none }\n';
const BOM = [0xef, 0xbb, 0xbf];

Deno.test("decodeSheet: a sheet's byte-order mark first, then its @charset, then the page's charset, else UTF-8", () => {
  const read = (bytes: Uint8Array, page: string | null) => {
    const { text, encoding } = decodeSheet(bytes, page);
    return [encoding, text];
  };
  const utf8 = new TextEncoder().encode(SHEET);
  // Before: every sheet was read as UTF-8, "hylätty" of a Windows-1252 sheet "hyl\uFFFDtty", its rule matching nothing.
  assertEquals(read(latin(`@charset "ISO-8859-1";\n${SHEET}`), "utf-8"), [
    "windows-1252",
    `@charset "ISO-8859-1";\n${SHEET}`,
  ]);
  assertEquals(read(latin(`@charset "windows-1252";${SHEET}`), null), [
    "windows-1252",
    `@charset "windows-1252";${SHEET}`,
  ]);
  // No @charset: the page's charset, as a browser reads a sheet the page links; without a page's, UTF-8.
  assertEquals(read(latin(SHEET), "windows-1252"), ["windows-1252", SHEET]);
  assertEquals(read(utf8, null), ["utf-8", SHEET]);
  assertEquals(read(utf8, "utf-8"), ["utf-8", SHEET]);
  // The byte-order mark beats both, and is no part of the text.
  assertEquals(read(new Uint8Array([...BOM, ...latin('@charset "iso-8859-1";'), ...utf8]), "windows-1252"), [
    "utf-8",
    `@charset "iso-8859-1";${SHEET}`,
  ]);
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...SHEET].flatMap((char) => [char.charCodeAt(0), 0])]);
  assertEquals(read(utf16, "windows-1252"), ["utf-16le", SHEET]);
  // @charset "utf-16" in bytes that have no mark is UTF-8, as the standard says.
  assertEquals(read(new Uint8Array([...latin('@charset "utf-16";'), ...utf8]), "windows-1252")[0], "utf-8");
  // A UTF-16 page's sheet without a mark: UTF-8 (its bytes are ASCII), not UTF-16.
  assertEquals(read(utf8, "utf-16le"), ["utf-8", SHEET]);
  // UTF-16 without its mark read so: its zero bytes are no CSS (a browser reads each as "\uFFFD"), and it is said.
  const ascii16 = new Uint8Array([...".vanha { display: none }"].flatMap((char) => [char.charCodeAt(0), 0]));
  assertEquals(decodeSheet(ascii16, "utf-16le").undecodable, "utf-8");
  assertEquals(decodeSheet(utf8, "utf-16le").undecodable, undefined);
});

Deno.test("decodeSheet: only an @charset written exactly at the sheet's start counts, as in a browser", () => {
  const read = (head: string) => decodeSheet(latin(`${head}${SHEET}`), "utf-8").encoding;
  assertEquals(read('@charset "iso-8859-15";'), "iso-8859-15");
  // Not at the start, in single quotes, without its semicolon or space, in capitals, or an unknown label: the page's.
  for (
    const head of [
      ' @charset "iso-8859-1";',
      '\n@charset "iso-8859-1";',
      "@charset 'iso-8859-1';",
      '@charset "iso-8859-1"',
      '@charset  "iso-8859-1";',
      '@CHARSET "iso-8859-1";',
      '@charset "latin-9000";',
      '/* tyylit */@charset "iso-8859-1";',
    ]
  ) assertEquals(read(head), "utf-8", head);
  // The label as the encoding standard reads it: case and spaces around it aside.
  assertEquals(read('@charset " Latin1 ";'), "windows-1252");
  // A label of the "replacement" encoding: the sheet is one "\uFFFD", no rule of it read, as in a browser.
  assertEquals(decodeSheet(latin(`@charset "ISO-2022-KR";${SHEET}`), "utf-8"), {
    text: "\uFFFD",
    encoding: "replacement",
    undecodable: "replacement",
  });
});
