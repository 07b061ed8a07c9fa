/**
 * A style sheet a saved page applies on screen that is not read (not saved with it, on the web, outside its folder,
 * no readable file, past the import limits) is said, once, at the page's line that leads to it: what it may hide is
 * read as shown. Before, nothing said so, and a figure such a sheet hides was read as shown without a word.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { readSavedPage, type SavedPageOptions } from "../../testing/saved_page.ts";
import { type KeyedDiagnostic, localiseDiagnostic } from "../diagnostics.ts";
import { readLinkedSheet } from "./linked_sheet.ts";
import iconv from "iconv-lite";

/** The page's line of its `<link>` (the fixture's line 7). */
const LINK_LINE = 7;

/** The page's unread sheets' warnings: each one's line and values, and the figure the sheet would hide. */
async function unreadWith(link: string, files: Record<string, string | Uint8Array> = {}, options?: SavedPageOptions) {
  const outcome = await readSavedPage(link, files, options);
  const warnings = (outcome.diagnostics as KeyedDiagnostic[]).filter((d) => d.key === "html_sheet_not_read");
  for (const d of warnings) {
    assertEquals([d.level, d.code, d.file], ["warning", "incomplete_document", "Hanke.html"]);
    // No machine's path in what it says.
    assert(!/\/tmp\/|esf-/.test(d.message + localiseDiagnostic(d, "fi")), d.message);
  }
  return {
    actual: outcome.documents[0]!.project.funding_public_actual,
    warnings: warnings.map((d) => [d.line, ...d.values]),
    messages: warnings.map((d) => [d.message, localiseDiagnostic(d, "fi")]),
  };
}

const link = (href: string, more = "") => `<link rel="stylesheet"${more} href="${href}">`;

Deno.test("a linked sheet not saved, on the web or outside the page's folder is said to be unread, at its <link>", async () => {
  const cases: [string, string, string][] = [
    ["Hanke_files/puuttuu.css", "Hanke_files/puuttuu.css", "missing"],
    ["https://www.eura2014.fi/rrtiepa/tyyli.css?v=3&s=abc", "https://www.eura2014.fi/rrtiepa/tyyli.css", "web"],
    ["//www.eura2014.fi/tyyli.css", "//www.eura2014.fi/tyyli.css", "web"],
    ["/rrtiepa/tyyli.css", "/rrtiepa/tyyli.css", "web"],
    ["file:///C:/Users/matti/Desktop/tyyli.css", "tyyli.css", "absolute"],
    ["C:\\Users\\matti\\tyyli.css", "tyyli.css", "absolute"],
    ["data:text/css,.vanha{display:none}", "data:…", "address"],
    ["../muu/tyyli.css", "../muu/tyyli.css", "outside"],
    ["Hanke_files", "Hanke_files", "folder"],
  ];
  for (const [href, name, reason] of cases) {
    const { actual, warnings } = await unreadWith(link(href), { "../muu/tyyli.css": ".vanha { display: none }" });
    assertEquals(actual, 614153, href);
    assertEquals(warnings, [[LINK_LINE, name, reason, "", 0, "", 0, 0]], href);
  }
  const { messages } = await unreadWith(link("Hanke_files/puuttuu.css"));
  assertEquals(messages, [[
    "The page's style sheet Hanke_files/puuttuu.css was not read: it was not saved in the page's folder. What it may " +
    "hide was read as shown, as a browser shows the page without the sheet. (Saved web page: the line is a line of " +
    "the HTML source.)",
    "Sivun tyylitiedostoa Hanke_files/puuttuu.css ei luettu: sitä ei tallennettu sivun kansioon. Mitä se ehkä " +
    "piilottaa, luettiin näkyvänä, kuten selain näyttää sivun ilman tyylitiedostoa. (Tallennettu verkkosivu: rivi " +
    "on HTML-lähdekoodin rivi.)",
  ]]);
});

Deno.test("a sheet that is no regular file, or too large, is said to be unread", async () => {
  const dir = await Deno.makeTempDir({ prefix: "esf-fifo-" });
  try {
    // A named pipe in the page's folder: not opened (reading it could wait forever); one linked to outside it is
    // outside it, and not looked at.
    await Deno.mkdir(`${dir}/Hanke_files`);
    const made = await new Deno.Command("mkfifo", { args: [`${dir}/Hanke_files/putki.css`] }).output();
    assert(made.success);
    assertEquals(readLinkedSheet(`${dir}/Hanke.html`, "Hanke_files/putki.css"), { unread: "special" });
    const { actual, warnings } = await unreadWith(link("Hanke_files/putki.css"), {}, {
      links: { "sivu/Hanke_files/putki.css": `${dir}/Hanke_files/putki.css` },
    });
    assertEquals([actual, warnings], [614153, [[LINK_LINE, "Hanke_files/putki.css", "outside", "", 0, "", 0, 0]]]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  const large = new Uint8Array(4 * 1024 * 1024 + 1).fill(0x20);
  const { warnings } = await unreadWith(link("Hanke_files/iso.css"), { "Hanke_files/iso.css": large });
  assertEquals(warnings, [[LINK_LINE, "Hanke_files/iso.css", "too_large", "", 0, "", 0, 0]]);
});

Deno.test("no warning for a sheet a screen never applies, one that is not the page's, or a page without links", async () => {
  for (
    const each of [
      link("Hanke_files/puuttuu.css", ' media="print"'),
      link("Hanke_files/puuttuu.css", ' media="screen and (max-width: 600px)"'),
      '<link rel="alternate stylesheet" title="Tulostus" href="Hanke_files/puuttuu.css">',
      link("Hanke_files/puuttuu.css", " disabled"),
      link("Hanke_files/puuttuu.css", ' type="text/plain"'),
      '<link rel="icon" href="Hanke_files/puuttuu.ico">',
      '<link rel="preload" as="style" href="https://www.eura2014.fi/tyyli.css">',
      '<link rel="stylesheet">',
      "",
      // An import a screen never applies, one in a print sheet, one after a rule (a browser ignores it), a cycle.
      '<style>@import "Hanke_files/puuttuu.css" print;</style>',
      '<style media="print">@import "Hanke_files/puuttuu.css";</style>',
      '<style>body { margin: 0 }\n@import "Hanke_files/puuttuu.css";</style>',
    ]
  ) assertEquals((await unreadWith(each)).warnings, [], each);
  const cycle = { "Hanke_files/a.css": '@import "b.css";', "Hanke_files/b.css": '@import "a.css";' };
  assertEquals((await unreadWith(link("Hanke_files/a.css"), cycle)).warnings, []);
  // A cycle by another spelling of the same address (`..`, `.`, `\`, an escaped dot, a fragment) is one too, as a
  // browser resolves it. Before, each round of it was a sheet of its own, until 16 deep: said "past the limit", as
  // Hanke_files/teema/../teema/../teema/…/mid.css.
  for (const back of ["../tyyli.css", "./../tyyli.css", "..\\tyyli.css", "%2e%2e/tyyli.css", "../tyyli.css#x"]) {
    const spelt = {
      "Hanke_files/tyyli.css": '@import "teema/mid.css";\nbody { margin: 0 }\n',
      "Hanke_files/teema/mid.css": `@import "${back}";\n.vanha { display: none }\n`,
    };
    assertEquals(await unreadWith(link("Hanke_files/tyyli.css"), spelt), { actual: null, warnings: [], messages: [] });
  }
  // A sheet a wide screen may apply is said.
  const wide = link("Hanke_files/puuttuu.css", ' media="(min-width: 1400px)"');
  assertEquals((await unreadWith(wide)).warnings, [[LINK_LINE, "Hanke_files/puuttuu.css", "missing", "", 0, "", 0, 0]]);
});

Deno.test("an @import not read is said at its line in the page's <style>, or at the <link> with its sheet's line", async () => {
  const style =
    '<style>\n  body { }\n</style><style>\n@charset "utf-8";\n\n@import url("https://fonts.example/a.css");</style>';
  // The second <style>'s text starts on the page's line 9; its @import is on its line 4, the page's 12.
  assertEquals((await unreadWith(style)).warnings, [[12, "https://fonts.example/a.css", "web", "", 0, "", 0, 0]]);
  const nested = {
    "Hanke_files/tyyli.css": '@import "teema/pohja.css";',
    "Hanke_files/teema/pohja.css": "/* teema */\n\n@import url(puuttuu.css) screen;",
  };
  const { actual, warnings, messages } = await unreadWith(link("Hanke_files/tyyli.css"), nested);
  assertEquals(actual, 614153);
  assertEquals(warnings, [
    [LINK_LINE, "Hanke_files/teema/puuttuu.css", "missing", "Hanke_files/teema/pohja.css", 3, "", 0, 0],
  ]);
  assert(messages[0]![0]!.includes(
    "(which the style sheet Hanke_files/teema/pohja.css imports by an @import on its " +
      "line 3)",
  ));
  assert(
    messages[0]![1]!.includes("(jonka tyylitiedosto Hanke_files/teema/pohja.css tuo @import-säännöllä rivillään 3)"),
  );
});

Deno.test("a sheet linked and imported again and again is said once, at its first reference", async () => {
  const page = link("Hanke_files/puuttuu.css") + link("./Hanke_files/puuttuu.css?v=2") +
    '<style>@import "Hanke_files/puuttuu.css";</style>' + link("Hanke_files/toinen.css");
  const sheets = { "Hanke_files/tyyli.css": '@import "puuttuu.css";' };
  const { warnings } = await unreadWith(page + link("Hanke_files/tyyli.css"), sheets);
  assertEquals(warnings, [
    [LINK_LINE, "Hanke_files/puuttuu.css", "missing", "", 0, "", 0, 0],
    [LINK_LINE, "Hanke_files/toinen.css", "missing", "", 0, "", 0, 0],
  ]);
});

Deno.test("the import limits reached are said once each, with how many imports were not read", async () => {
  // A chain of 18 sheets: the link's and 16 imported are read, the 18th is past the depth.
  const chain: Record<string, string> = {};
  for (let i = 0; i < 18; i++) {
    chain[`Hanke_files/s${i}.css`] = i < 17 ? `@import "s${i + 1}.css";` : ".vanha { display: none }";
  }
  const deep = await unreadWith(link("Hanke_files/s0.css"), chain);
  assertEquals(deep.actual, 614153);
  assertEquals(deep.warnings, [[LINK_LINE, "Hanke_files/s17.css", "deep", "Hanke_files/s16.css", 1, "", 1, 16]]);
  assert(deep.messages[0]![0]!.includes("@imports are followed at most 16 deep (1 file(s) were not read"));
  // 300 imports: 256 read, 44 not.
  const many: Record<string, string> = {
    "Hanke_files/tyyli.css": Array.from({ length: 300 }, (_, i) => `@import "t${i}.css";`).join("\n"),
  };
  for (let i = 0; i < 300; i++) many[`Hanke_files/t${i}.css`] = "body { margin: 0 }";
  const { warnings } = await unreadWith(link("Hanke_files/tyyli.css"), many);
  assertEquals(warnings, [[LINK_LINE, "Hanke_files/t256.css", "many", "Hanke_files/tyyli.css", 257, "", 44, 256]]);
});

Deno.test("a sheet whose bytes are not all of its encoding is said: read as a browser reads it", async () => {
  const windows = iconv.encode("dd.hylätty { display: none }\n", "windows-1252");
  const { actual, warnings, messages } = await unreadWith(link("Hanke_files/tyyli.css"), {
    "Hanke_files/tyyli.css": windows,
  }, { className: "hylätty" });
  assertEquals(actual, 614153);
  assertEquals(warnings, [[LINK_LINE, "Hanke_files/tyyli.css", "undecodable", "", 0, "utf-8", 0, 0]]);
  assert(messages[0]![0]!.startsWith("Not all bytes of the page's style sheet Hanke_files/tyyli.css are utf-8"));
  // The same bytes declared by their @charset are read, and hide the figure, without a word.
  const declared = new Uint8Array([...new TextEncoder().encode('@charset "windows-1252";\n'), ...windows]);
  const read = await unreadWith(link("Hanke_files/tyyli.css"), { "Hanke_files/tyyli.css": declared }, {
    className: "hylätty",
  });
  assertEquals([read.actual, read.warnings], [null, []]);
  // UTF-16 without its mark, imported by a marked UTF-16 sheet: read as UTF-8 (as a UTF-16 page's sheet), its zero
  // bytes no CSS, and said: a browser that took the importing sheet's UTF-16 for it would hide the figure. Before,
  // its bytes all fit UTF-8 (a zero byte is one) and nothing was said.
  const utf16 = (text: string, mark: boolean) =>
    new Uint8Array([...mark ? [0xff, 0xfe] : [], ...iconv.encode(text, "utf-16le")]);
  const bomless = await unreadWith(link("Hanke_files/tyyli.css"), {
    "Hanke_files/tyyli.css": utf16('@import "teema.css";\n', true),
    "Hanke_files/teema.css": utf16(".vanha { display: none }\n", false),
  });
  assertEquals([bomless.actual, bomless.warnings], [614153, [
    [LINK_LINE, "Hanke_files/teema.css", "undecodable", "Hanke_files/tyyli.css", 1, "utf-8", 0, 0],
  ]]);
});
