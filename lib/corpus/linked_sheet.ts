/**
 * The style sheets a saved page links, read from beside it: a page saved complete ("Save page as… Web page,
 * complete") keeps them in a folder of its own (`Hanke_files/tyyli.css`), and a browser hides what they hide. A
 * sheet on the web (`https://…`, `//…`, `/…` of the site) is never fetched, and no sheet is read from outside the
 * page's folder: the reading stays on this machine, in the folder the page was saved in.
 *
 * @module
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { addressReason, type UnreadReason } from "../parse/html_unread.ts";
import { readBoundedFile } from "./bounded_read.ts";

/**
 * The largest sheet read, in bytes: a site's whole sheet (Bootstrap's is about 230 kB) is far less; a larger file
 * is no sheet a page was saved with.
 */
export const MAX_SHEET_BYTES = 4 * 1024 * 1024;

/**
 * The bytes of the sheet a page at `page` (a path) links by `href`, read from the page's folder or a folder in it
 * (decoded by the reading of the page, in its charset unless the sheet says its own); or why not (`html_unread.ts`):
 * it is on the web (`web`), is named by another address (`data:`) or by its place on a machine (`file:///…`), is no
 * file there (`missing`), is outside the page's folder (`../muu/tyyli.css`, or a link there to elsewhere:
 * `outside`), is a folder, no regular file or not readable, or is larger than {@linkcode MAX_SHEET_BYTES}. The `href`
 * is resolved as a browser resolves it against the page's address: a backslash is a slash (`Hanke_files\tyyli.css`,
 * as a page written on Windows names it), its query and fragment are no part of its name, and its escapes are
 * decoded (`oma%20tyyli.css?v=3` is `oma tyyli.css`).
 *
 * @example Usage
 * ```ts
 * import { readLinkedSheet } from "./linked_sheet.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * Deno.mkdirSync(`${dir}/Hanke_files`);
 * Deno.writeTextFileSync(`${dir}/Hanke_files/oma tyyli.css`, ".vanha { display: none }");
 * const bytes = readLinkedSheet(`${dir}/Hanke.html`, ".\\Hanke_files\\oma%20tyyli.css?v=3");
 * assertEquals(new TextDecoder().decode(bytes as Uint8Array), ".vanha { display: none }");
 * assertEquals(readLinkedSheet(`${dir}/Hanke.html`, "https://www.eura2014.fi/tyyli.css"), { unread: "web" });
 * assertEquals(readLinkedSheet(`${dir}/Hanke.html`, "Hanke_files/puuttuu.css"), { unread: "missing" });
 * // Not from outside the page's folder.
 * Deno.writeTextFileSync(`${dir}/muu.css`, ".vanha { display: none }");
 * assertEquals(readLinkedSheet(`${dir}/Hanke_files/sivu.html`, "..\\muu.css"), { unread: "outside" });
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function readLinkedSheet(page: string, href: string): Uint8Array | { unread: UnreadReason } {
  const path = sheetFile(page, href);
  return typeof path === "string" ? readSheetFile(page, path) : path;
}

/**
 * Where the sheet a page at `page` links by `href` is looked for (see {@linkcode readLinkedSheet}): its path, in the
 * page's folder by its name; or why it is not looked for, by its address alone (on the web, another address, a
 * broken escape, outside the folder by its name). No file is looked at: a page's reading depends on a file beside it
 * only where this gives a path (`sheet_states.ts`).
 */
export function sheetFile(page: string, href: string): string | { unread: UnreadReason } {
  // A scheme (`https:`, `file:`, `data:`), a host (`//…`) or the site's root (`/…`): not saved beside the page.
  const address = addressReason(href);
  if (address !== null) return { unread: address };
  // A backslash is a slash in a file's or a site's address, as a browser reads it.
  const url = href.replaceAll("\\", "/");
  const file = resolve(page);
  let path: string;
  try {
    // As a browser resolves it: `.` and `..` (also escaped, `%2e%2e`) taken away, the query and fragment dropped.
    path = fileURLToPath(new URL(url, pathToFileURL(file)));
  } catch {
    return { unread: "missing" }; // a broken escape, or an escaped slash, names no file
  }
  return within(dirname(file), path) ? path : { unread: "outside" };
}

/**
 * The bytes of the sheet at `path` ({@linkcode sheetFile} of the page at `page`), or why they are not read: it is
 * reached through a link out of the page's folder, is no file there, a folder, no regular file, not readable, or too
 * large.
 */
export function readSheetFile(page: string, path: string): Uint8Array | { unread: UnreadReason } {
  try {
    // Nor through a link that leads out of the page's folder (what is there is not looked at).
    if (!within(Deno.realPathSync(dirname(resolve(page))), Deno.realPathSync(path))) return { unread: "outside" };
    // Looked at as opened, not by its name before: no moment in which it can become a FIFO (a hang) or grow.
    const read = readBoundedFile(path, MAX_SHEET_BYTES);
    return read instanceof Uint8Array ? read : { unread: read.refused };
  } catch (error) {
    // Not saved with the page, or not readable.
    return { unread: error instanceof Deno.errors.PermissionDenied ? "denied" : "missing" };
  }
}

/** Whether `path` is in `folder` or a folder under it. */
function within(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside !== "" && inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}
