/**
 * A saved page's reading says which sheet files beside it it looked for, and what each held or why it was not read:
 * exactly those (`FileOutcome.sheets`), the parse cache's test of the page's parse (`lib/frame/parse_cache.ts`).
 * Before, a page that named any sheet, even one on the web that touches no file, was said to depend on files beside it.
 */
import { assertEquals } from "../../testing/assert.ts";
import { readSavedPage } from "../../testing/saved_page.ts";
import { sha256Hex } from "./hash.ts";

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const SHEET = '@import "teema/perus.css";\n@import url(https://www.eura2014.fi/fontit.css);\nbody { margin: 0 }\n';

Deno.test("a page's sheets looked for beside it are said, each once, with their bytes' SHA-256 or why they were not read", async () => {
  const outcome = await readSavedPage(
    [
      link("Hanke_files/tyyli.css"),
      link("./Hanke_files/tyyli.css?v=2"),
      link("Hanke_files/puuttuu.css"),
      link("https://www.eura2014.fi/tyyli.css"),
      link("Hanke_files"),
      link("Hanke_files/ulos.css"),
    ].join(""),
    { "Hanke_files/tyyli.css": SHEET, "Hanke_files/teema/perus.css": '@import "vari.css";\n', "../muu.css": "" },
    { links: { "sivu/Hanke_files/ulos.css": "../../muu.css" } },
  );
  assertEquals(outcome.documents[0]!.project.funding_public_actual, 614153);
  // In the order they were looked for (a sheet's imports before the next <link>), each address once.
  assertEquals(outcome.sheets, [
    { href: "Hanke_files/tyyli.css", sha256: sha256Hex(SHEET) },
    { href: "Hanke_files/teema/perus.css", sha256: sha256Hex('@import "vari.css";\n') },
    { href: "Hanke_files/teema/vari.css", unread: "missing" },
    // The same file by another address: looked for again (its imports by addresses of their own), as it was read.
    { href: "./Hanke_files/tyyli.css?v=2", sha256: sha256Hex(SHEET) },
    { href: "./Hanke_files/teema/perus.css", sha256: sha256Hex('@import "vari.css";\n') },
    { href: "./Hanke_files/teema/vari.css", unread: "missing" },
    { href: "Hanke_files/puuttuu.css", unread: "missing" },
    { href: "Hanke_files", unread: "folder" },
    { href: "Hanke_files/ulos.css", unread: "outside" },
  ]);
});

Deno.test("a page whose sheets name no file beside it (the web, the site's root, outside by name) depends on none", async () => {
  const links = [
    link("https://www.eura2014.fi/tyyli.css"),
    link("//www.eura2014.fi/tyyli.css"),
    link("/rrtiepa/tyyli.css"),
    link("data:text/css,.vanha{display:none}"),
    link("file:///C:/Users/matti/tyyli.css"),
    link("../muu/tyyli.css"),
    link("Hanke_files/..%2F..%2Fmuu/tyyli.css"),
    '<style>@import url("https://www.eura2014.fi/teema.css");</style>',
  ].join("");
  const outcome = await readSavedPage(links, { "../muu/tyyli.css": ".vanha { display: none }" });
  assertEquals(outcome.documents[0]!.project.funding_public_actual, 614153);
  assertEquals(outcome.sheets, undefined);
  // A page that names no sheet, and a text file: none either.
  assertEquals((await readSavedPage("", {})).sheets, undefined);
});
