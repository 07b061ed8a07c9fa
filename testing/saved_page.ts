/**
 * S11547's page saved in a folder of its own, with the style sheets beside it a test gives: for the tests of the
 * sheets a saved page links and imports (`lib/corpus/linked_sheets_test.ts`, `unread_sheets_test.ts`).
 *
 * @module
 */
import { fixtureFile } from "./form_fixtures.ts";
import { tempDir } from "./temp.ts";
import { readDocument } from "../lib/corpus/read_document.ts";
import type { FileOutcome } from "../lib/corpus/read_document.ts";
import iconv from "iconv-lite";
import { dirname } from "node:path";

/** S11547's saved page (`testing/fixtures/forms/`), its style sheet linked by {@linkcode FIXTURE_LINK}. */
export const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));
/** The page's `<link>` of its style sheet, on its line 7: a test puts its own in its place. */
export const FIXTURE_LINK = '<link rel="stylesheet" href="./projekti_files/eura.css">';
/** S11547's row of its actual public funding, 614 153. */
const ACTUAL = "<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd>614&nbsp;153</dd>";

/**
 * S11547's page with `link` in place of the fixture's `<link>`, the row of its actual public funding in a `dd` of class
 * `className`, its charset declared `charset` (the text: encode it so).
 */
export function savedPage(link: string, className = "vanha", charset = "utf-8"): string {
  const page = PAGE.replace(FIXTURE_LINK, link)
    .replace(ACTUAL, `<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd class="${className}">614&nbsp;153</dd>`)
    .replace('<meta charset="utf-8">', `<meta charset="${charset}">`);
  if (!page.includes(link) || !page.includes(`class="${className}"`) || !page.includes(charset)) {
    throw new Error("the page was not changed");
  }
  return page;
}

/** How the page is saved (see {@linkcode readSavedPage}). */
export interface SavedPageOptions {
  className?: string;
  charset?: string;
  links?: Record<string, string>;
  read?: string;
}

/**
 * S11547's page read from a folder of its own (`sivu/Hanke.html`, read as `read` names it, named `Hanke.html`), the
 * row of its actual public funding in a `dd` of class `className` (`vanha`), `link` in place of the fixture's
 * `<link>`, with `files` beside it (a text as UTF-8; `../muu/x.css` outside its folder) and `links` (a symbolic link
 * to its target), the page's bytes in `charset` (declared so).
 */
export async function readSavedPage(
  link: string,
  files: Record<string, string | Uint8Array>,
  { className = "vanha", charset = "utf-8", links = {}, read = "sivu/Hanke.html" }: SavedPageOptions = {},
): Promise<FileOutcome> {
  const dir = await tempDir("esf-linked-sheets-");
  const page = savedPage(link, className, charset);
  await Deno.mkdir(`${dir}/sivu/Hanke_files`, { recursive: true });
  await Deno.writeFile(`${dir}/sivu/Hanke.html`, iconv.encode(page, charset));
  for (const [name, text] of Object.entries(files)) {
    await Deno.mkdir(dirname(`${dir}/sivu/${name}`), { recursive: true });
    await Deno.writeFile(`${dir}/sivu/${name}`, typeof text === "string" ? new TextEncoder().encode(text) : text);
  }
  for (const [name, target] of Object.entries(links)) await Deno.symlink(target, `${dir}/${name}`);
  return await readDocument(`${dir}/${read}`, { name: "Hanke.html" });
}
