/**
 * A page saved complete ("Save page as… Web page, complete") keeps its style sheets in a folder beside it and links
 * them: a browser hides what they hide, and so does the reading. Before, only the page's own `<style>` elements were
 * read, so a figure a linked sheet hides (an archived copy, a closed tab) was read as shown.
 */
import { assertEquals } from "../../testing/assert.ts";
import { readSavedPage, type SavedPageOptions } from "../../testing/saved_page.ts";
import iconv from "iconv-lite";

/** S11547's actual public funding read from its page saved with `files` beside it (`readSavedPage`). */
async function actualWith(
  link: string,
  files: Record<string, string | Uint8Array>,
  options: SavedPageOptions = {},
): Promise<number | null> {
  const { documents } = await readSavedPage(link, files, options);
  return documents[0]!.project.funding_public_actual as number | null;
}

const HIDING = { "Hanke_files/tyyli.css": "body { margin: 0 }\n.vanha { display: none }\n" };

Deno.test("a style sheet saved beside the page hides what it hides", async () => {
  assertEquals(await actualWith('<link rel="stylesheet" href="Hanke_files/tyyli.css">', HIDING), null);
  // Its name as the browser writes it: `./`, a space escaped, the link's attributes in any order and case.
  assertEquals(
    await actualWith('<LINK HREF="./Hanke_files/oma%20tyyli.css?v=3" TYPE="text/css" REL="Stylesheet">', {
      "Hanke_files/oma tyyli.css": ".vanha { visibility: hidden }",
    }),
    null,
  );
  // Its rules weigh in the cascade with the page's own: a later, heavier rule of the page shows it again.
  assertEquals(
    await actualWith(
      '<link rel="stylesheet" href="Hanke_files/tyyli.css"><style>dd.vanha { display: block }</style>',
      HIDING,
    ),
    614153,
  );
});

Deno.test("a linked sheet a screen does not apply, or that is not the page's, hides nothing", async () => {
  for (
    const link of [
      '<link rel="stylesheet" media="print" href="Hanke_files/tyyli.css">',
      '<link rel="alternate stylesheet" title="Tulostus" href="Hanke_files/tyyli.css">',
      '<link rel="stylesheet" disabled href="Hanke_files/tyyli.css">',
      '<link rel="icon" href="Hanke_files/tyyli.css">',
      // A type other than CSS's: a browser does not apply it.
      '<link rel="stylesheet" type="text/plain" href="Hanke_files/tyyli.css">',
    ]
  ) assertEquals(await actualWith(link, HIDING), 614153, link);
  // A media query a screen matches applies, and so does a sheet typed as CSS.
  assertEquals(await actualWith('<link rel="stylesheet" media="screen" href="Hanke_files/tyyli.css">', HIDING), null);
  const typed = '<link rel="stylesheet" type="Text/CSS; charset=utf-8" href="Hanke_files/tyyli.css">';
  assertEquals(await actualWith(typed, HIDING), null);
});

Deno.test("a print sheet's rules stay print's whatever the sheet holds: its media is the outermost condition", async () => {
  // Before: the sheet was read as if written inside `@media print { … }`, so a stray `}` of its own closed that
  // block, and the rules after it hid the figure on screen.
  for (
    const sheet of [
      "body { margin: 0 } }\n.vanha { display: none }\n",
      "@media screen { body { margin: 0 } } }\n.vanha { display: none }\n",
      "@media screen { .vanha { display: none } }\n",
    ]
  ) {
    const files = { "Hanke_files/tulostus.css": sheet };
    const link = '<link rel="stylesheet" media="print" href="Hanke_files/tulostus.css">';
    assertEquals(await actualWith(link, files), 614153, sheet);
  }
  // The same sheets linked for the screen hide it.
  const files = { "Hanke_files/tyyli.css": "body { margin: 0 } }\n.vanha { display: none }\n" };
  assertEquals(await actualWith('<link rel="stylesheet" media="all" href="Hanke_files/tyyli.css">', files), null);
});

Deno.test("a linked sheet not saved beside the page, or on the web, is not read: the page reads as without it", async () => {
  for (
    const href of [
      "Hanke_files/puuttuu.css",
      "https://www.eura2014.fi/rrtiepa/tyyli.css",
      "//www.eura2014.fi/tyyli.css",
      "/rrtiepa/tyyli.css",
      "Hanke_files", // a folder
    ]
  ) assertEquals(await actualWith(`<link rel="stylesheet" href="${href}">`, HIDING), 614153, href);
});

/** A sheet hiding the `dd` of class `hylätty`, a Finnish word in its `content` before it, in Windows-1252 bytes. */
const FINNISH = '.vanha::before { content: "Päättynyt – älä käytä" }\ndd.hylätty { display: none }\n';
const LINK = '<link rel="stylesheet" href="Hanke_files/tyyli.css">';

Deno.test("a linked sheet is decoded as a browser decodes it: its mark, its @charset, then the page's charset", async () => {
  const hylatty = { className: "hylätty" };
  const windows = (text: string) => iconv.encode(text, "windows-1252");
  // Before: every sheet was read as UTF-8: "hylätty" became "hyl\uFFFDtty", and the figure the sheet hides was read.
  assertEquals(
    await actualWith(LINK, { "Hanke_files/tyyli.css": windows(`@charset "ISO-8859-1";\n${FINNISH}`) }, hylatty),
    null,
  );
  // A sheet without @charset is in the page's charset.
  assertEquals(
    await actualWith(LINK, { "Hanke_files/tyyli.css": windows(FINNISH) }, { ...hylatty, charset: "windows-1252" }),
    null,
  );
  // A byte-order mark beats both.
  const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`@charset "ISO-8859-1";${FINNISH}`)]);
  assertEquals(
    await actualWith(LINK, { "Hanke_files/tyyli.css": marked }, { ...hylatty, charset: "windows-1252" }),
    null,
  );
  // What the browser's reading of a sheet does not match, it does not hide: a UTF-8 sheet linked by a Windows-1252
  // page without @charset or mark is read as Windows-1252 ("hylÃ¤tty"), and a Windows-1252 one by a UTF-8 page as
  // UTF-8.
  assertEquals(
    await actualWith(LINK, { "Hanke_files/tyyli.css": FINNISH }, { ...hylatty, charset: "windows-1252" }),
    614153,
  );
  assertEquals(await actualWith(LINK, { "Hanke_files/tyyli.css": windows(FINNISH) }, hylatty), 614153);
});

const SHEET = "body { margin: 0 }\n.vanha { display: none }\n";

Deno.test("a sheet named with backslashes, as a page written on Windows names it, is read as a browser reads it", async () => {
  // Before: `Hanke_files\tyyli.css` was looked for as one file of that name, and the figure the sheet hides was read.
  for (
    const href of [
      "Hanke_files\\tyyli.css",
      ".\\Hanke_files\\tyyli.css",
      "Hanke_files\\..\\Hanke_files/tyyli.css",
      "Hanke_files\\oma%20tyyli.css?v=3",
    ]
  ) {
    const files = { "Hanke_files/tyyli.css": SHEET, "Hanke_files/oma tyyli.css": SHEET };
    assertEquals(await actualWith(`<link rel="stylesheet" href="${href}">`, files), null, href);
  }
  // A backslash first is the site's root, two a host: not saved beside the page.
  for (const href of ["\\Hanke_files\\tyyli.css", "\\\\palvelin\\jako\\tyyli.css", "/\\palvelin/tyyli.css"]) {
    assertEquals(await actualWith(`<link rel="stylesheet" href="${href}">`, HIDING), 614153, href);
  }
});

Deno.test("no sheet is read from outside the page's folder: not by .., by a backslash, an escape or a link", async () => {
  const outside = { "../muu/tyyli.css": SHEET };
  // Before: `../muu/tyyli.css` was read from beside the page's folder, and hid the figure.
  for (
    const href of [
      "../muu/tyyli.css",
      "..\\muu\\tyyli.css",
      "Hanke_files/../../muu/tyyli.css",
      "Hanke_files\\..\\..\\muu\\tyyli.css",
      "%2e%2e/muu/tyyli.css",
      ".%2E/muu/tyyli.css",
      "Hanke_files/..%2F..%2Fmuu/tyyli.css",
    ]
  ) assertEquals(await actualWith(`<link rel="stylesheet" href="${href}">`, outside), 614153, href);
  // A link in the page's folder to a sheet outside it is not followed.
  const link = '<link rel="stylesheet" href="Hanke_files/tyyli.css">';
  const links = { "sivu/Hanke_files/tyyli.css": "../../muu/tyyli.css" };
  assertEquals(await actualWith(link, outside, { links }), 614153);
  // The page read through a link to its folder (a corpus gathered by links) reads its own sheets.
  assertEquals(await actualWith(link, HIDING, { links: { linkki: "sivu" }, read: "linkki/Hanke.html" }), null);
});

const IMPORTS = '<link rel="stylesheet" href="Hanke_files/tyyli.css">';
const THEME = { "Hanke_files/theme.css": ".vanha { display: none }\n" };

Deno.test("a sheet's @import of a sheet saved beside it is followed: what the imported sheet hides is hidden", async () => {
  // Before: @import was not followed: 614 153, which the imported theme.css hides, was read as shown.
  for (
    const rule of [
      '@import url("theme.css");',
      "@import url(theme.css);",
      '@import "theme.css";',
      "@import 'theme.css' screen;",
      '@charset "utf-8";\n/* teema */ @import url("theme.css") all, print;',
    ]
  ) {
    assertEquals(
      await actualWith(IMPORTS, { ...THEME, "Hanke_files/tyyli.css": `${rule}\nbody { margin: 0 }` }),
      null,
      rule,
    );
  }
  // From the page's own <style>, resolved against the page; from an imported sheet, against that sheet.
  assertEquals(await actualWith('<style>@import "Hanke_files/theme.css";</style>', THEME), null);
  const nested = {
    "Hanke_files/tyyli.css": '@import "teema/pohja.css";',
    "Hanke_files/teema/pohja.css": "@import url(vari.css);",
    "Hanke_files/teema/vari.css": ".vanha { visibility: hidden }",
  };
  assertEquals(await actualWith(IMPORTS, nested), null);
  // Imports that import each other are read once each: the reading ends, and hides what they hide.
  const cycle = {
    "Hanke_files/tyyli.css": '@import "a.css";',
    "Hanke_files/a.css": '@import "b.css";',
    "Hanke_files/b.css": '@import "a.css"; @import "tyyli.css";\n.vanha { display: none }',
  };
  assertEquals(await actualWith(IMPORTS, cycle), null);
});

Deno.test("an @import comes before the importing sheet's own rules, under its media; one a browser skips hides nothing", async () => {
  const sheet = (text: string) => ({ ...THEME, "Hanke_files/tyyli.css": text });
  // The importing sheet's own rule comes after the imported ones: it shows the figure again.
  assertEquals(await actualWith(IMPORTS, sheet('@import "theme.css";\n.vanha { display: block }')), 614153);
  for (
    const text of [
      '@import "theme.css" print;', // a screen's media not matched
      '@import url("theme.css") print, speech;',
      "body { margin: 0 }\n@import 'theme.css';", // after a rule: a browser ignores it
      '@import "puuttuu.css";', // not saved
      '@import url("https://www.eura2014.fi/theme.css");', // on the web
      '@import "//www.eura2014.fi/theme.css";',
      '@import "../../muu/theme.css";', // outside the page's folder
    ]
  ) {
    assertEquals(
      await actualWith(IMPORTS, { ...sheet(text), "../muu/theme.css": ".vanha { display: none }" }),
      614153,
      text,
    );
  }
  // A print sheet's import stays print's; a screen's media on a screen sheet's import may apply.
  assertEquals(
    await actualWith(
      '<link rel="stylesheet" media="print" href="Hanke_files/tyyli.css">',
      sheet('@import "theme.css";'),
    ),
    614153,
  );
  assertEquals(await actualWith(IMPORTS, sheet('@import "theme.css" screen and (min-width: 100px);')), null);
});

Deno.test("an imported sheet without @charset is decoded in its importing sheet's encoding, not the page's", async () => {
  // CSS Syntax 3: a sheet's fallback encoding is its referrer's, for an @import the importing sheet's. Before: the
  // page's, so a Windows-1252 theme imported by a Windows-1252 sheet of a UTF-8 page did not hide "hylätty".
  const hylatty = { className: "hylätty" };
  const windows = (text: string) => iconv.encode(text, "windows-1252");
  const importing = (charset: string) => `@charset "${charset}";\n@import "teema.css";\nbody { margin: 0 }\n`;
  assertEquals(
    await actualWith(LINK, {
      "Hanke_files/tyyli.css": windows(importing("windows-1252")),
      "Hanke_files/teema.css": windows(FINNISH),
    }, hylatty),
    null,
  );
  // And a UTF-8 theme imported by a UTF-8 sheet of a Windows-1252 page.
  assertEquals(
    await actualWith(LINK, { "Hanke_files/tyyli.css": importing("utf-8"), "Hanke_files/teema.css": FINNISH }, {
      ...hylatty,
      charset: "windows-1252",
    }),
    null,
  );
  // A UTF-16 sheet (by its mark) gives its imports no UTF-16 to fall back to: UTF-16 is no ASCII-compatible encoding,
  // and a sheet without a mark is UTF-8 as a UTF-16 page's is (html_charset_test). Read as UTF-16, this theme's ASCII
  // bytes would be 0x2E64 ("⹤")… and its dd.hylätty hide nothing.
  const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]);
  assertEquals(
    await actualWith(LINK, {
      "Hanke_files/tyyli.css": utf16('@import "teema.css";\nbody { margin: 0 }\n'),
      "Hanke_files/teema.css": FINNISH,
    }, hylatty),
    null,
  );
  // From the page's own <style>, the page's encoding: a Windows-1252 theme of a UTF-8 page hides nothing.
  const style = '<style>@import "Hanke_files/teema.css";</style>';
  assertEquals(await actualWith(style, { "Hanke_files/teema.css": windows(FINNISH) }, hylatty), 614153);
});
