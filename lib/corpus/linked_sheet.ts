/**
 * The style sheets a saved page links, read from beside it: a page saved complete ("Save page as… Web page,
 * complete") keeps them in a folder of its own (`Hanke_files/tyyli.css`), and a browser hides what they hide. A
 * sheet on the web (`https://…`, `//…`, `/…` of the site) is never fetched: the reading stays on this machine.
 *
 * @module
 */
import { dirname, join } from "node:path";

/**
 * The largest sheet read, in bytes: a site's whole sheet (Bootstrap's is about 230 kB) is far less; a larger file
 * is no sheet a page was saved with.
 */
export const MAX_SHEET_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of the sheet a page at `page` (a path) links by `href`, read from the page's folder (decoded by the
 * reading of the page, in its charset unless the sheet says its own); null when it is on the web, is no file there,
 * or is larger than {@linkcode MAX_SHEET_BYTES}. Its query and fragment are no part of its name, and its escapes are
 * decoded (`oma%20tyyli.css?v=3` is `oma tyyli.css`).
 *
 * @example Usage
 * ```ts
 * import { readLinkedSheet } from "./linked_sheet.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * Deno.mkdirSync(`${dir}/Hanke_files`);
 * Deno.writeTextFileSync(`${dir}/Hanke_files/oma tyyli.css`, ".vanha { display: none }");
 * const bytes = readLinkedSheet(`${dir}/Hanke.html`, "./Hanke_files/oma%20tyyli.css?v=3");
 * assertEquals(new TextDecoder().decode(bytes!), ".vanha { display: none }");
 * assertEquals(readLinkedSheet(`${dir}/Hanke.html`, "https://www.eura2014.fi/tyyli.css"), null);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function readLinkedSheet(page: string, href: string): Uint8Array | null {
  // A scheme (`https:`, `file:`, `data:`), a host (`//…`) or the site's root (`/…`): not saved beside the page.
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith("/") || href.startsWith("\\")) return null;
  let name: string;
  try {
    name = decodeURIComponent(href.replace(/[?#].*$/s, ""));
  } catch {
    return null; // a broken escape names no file
  }
  if (name === "") return null;
  const path = join(dirname(page), name);
  try {
    const info = Deno.statSync(path);
    if (!info.isFile || info.size > MAX_SHEET_BYTES) return null;
    return Deno.readFileSync(path);
  } catch {
    return null; // not saved with the page, or not readable
  }
}
