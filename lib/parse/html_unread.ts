/**
 * The style sheets a saved page applies on screen that were not read (`<link rel="stylesheet">`s and `@import`s):
 * not saved with the page, on the web, outside its folder, unreadable, or past the import limits. A browser opening
 * the saved page offline does not apply them either, but what they may hide is read as shown, so each is said: once
 * a sheet, at the page's line that leads to it, by a name that holds no machine's path.
 *
 * @module
 */

/**
 * Why a sheet was not read (or read with a doubt): `web` on the web or the site (`https://…`, `//…`, `/…`),
 * `address` an address of another kind (`data:`), `absolute` a file named by its place on a machine (`file:///C:/…`,
 * `C:\…`), `missing` not saved, `outside` outside the page's folder (`../muu.css`, or a link out of it), `folder` a
 * folder, `special` no regular file (a pipe, a device), `denied` not readable (its permissions), `too_large` larger
 * than a sheet, `undecodable` read, but its bytes not all of its encoding, `deep` past the imports' depth, `many` past
 * the imports' number.
 */
export type UnreadReason =
  | "web"
  | "address"
  | "absolute"
  | "missing"
  | "outside"
  | "folder"
  | "special"
  | "denied"
  | "too_large"
  | "undecodable"
  | "deep"
  | "many";

/**
 * A sheet as the page's reader reads it: its text and the encoding it was decoded in (the encoding its bytes did not
 * all fit, if so), or why not.
 */
export type SheetRead = { text: string; encoding?: string; undecodable?: string } | { unread: UnreadReason };

/** A sheet of the page, applied on screen, that was not read (or read with a doubt). */
export interface UnreadSheet {
  /** The sheet's name as the page or its importing sheet writes it, its query and any machine's path left out. */
  sheet: string;
  reason: UnreadReason;
  /** The page's line that leads to it: its `<link>`, the `@import` of a `<style>`, or the `<link>` importing it. */
  line: number | null;
  /** For an `@import` of a sheet read from a file: that sheet's name, and the `@import`'s line in it. */
  via: { sheet: string; line: number } | null;
  /** The encoding an `undecodable` sheet was read in. */
  encoding?: string;
  /** For `deep` and `many`: the limit, and how many imports past it were not read. */
  limit?: number;
  count?: number;
}

/** The longest name said of a sheet: a name is said for finding it, not copied whole. */
const LONGEST_NAME = 200;

/**
 * The name a diagnostic gives the sheet `href` (as the page or its sheet writes it): its query and fragment left out
 * (they may carry a session or an address); a file named by its place on a machine (`file:///home/…`, `C:\…`) by its
 * file name only; a web address without a user or password; a `data:` address by its scheme.
 *
 * @example Usage
 * ```ts
 * import { sheetName } from "./html_unread.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(
 *   ["Hanke_files/tyyli.css?v=3", "file:///C:/Users/matti/tyyli.css", "https://u:p@www.eura2014.fi/a.css#x"]
 *     .map(sheetName),
 *   ["Hanke_files/tyyli.css", "tyyli.css", "https://www.eura2014.fi/a.css"],
 * );
 * ```
 */
export function sheetName(href: string): string {
  const bare = href.trim().replace(/[?#][\s\S]*$/, "");
  let name = bare;
  if (/^data:/i.test(bare)) name = "data:…";
  else if (/^file:|^[a-z]:[\\/]/i.test(bare)) name = bare.split(/[\\/]/).filter((part) => part !== "").at(-1) ?? "";
  else name = bare.replace(/^([a-z][a-z\d+.-]*:)?(\/\/|\\\\)[^/\\@]*@/i, "$1$2");
  return name.length > LONGEST_NAME ? `${name.slice(0, LONGEST_NAME)}…` : name;
}

/**
 * Whether an address (its backslashes made slashes) names no file beside the page: it has a scheme (`https:`,
 * `file:`, `data:`, a drive's `C:`), a host (`//…`) or starts at the site's root (`/…`).
 */
export const namesNoFileBeside = (url: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("/");

/** Why the sheet named `href` is not read before it is looked for, by its address; null when it may be read. */
export function addressReason(href: string): UnreadReason | null {
  const url = href.trim().replaceAll("\\", "/");
  if (/^[a-z]:\//i.test(url) || /^file:/i.test(url)) return "absolute";
  if (/^https?:|^ftps?:|^\/\//i.test(url) || url.startsWith("/")) return "web";
  return namesNoFileBeside(url) ? "address" : null;
}

/**
 * The sheets not read, each once (its first reference: a page linking or importing a missing sheet twice is told
 * once), and each import limit once, at the first import past it, with how many imports past it were not read.
 */
export function onceEach(unread: UnreadSheet[]): UnreadSheet[] {
  const first = new Map<string, UnreadSheet>();
  for (const each of unread) {
    const key = each.reason === "many" || each.reason === "deep" ? each.reason : `sheet ${sameSheet(each.sheet)}`;
    const known = first.get(key);
    if (known === undefined) first.set(key, key === each.reason ? { ...each, count: 1 } : each);
    else if (known.count !== undefined) known.count++;
  }
  return [...first.values()];
}

/** A sheet's name as one sheet's names all resolve (`./a.css`, `a.css` and `.\\a.css` are one). */
function sameSheet(name: string): string {
  try {
    return new URL(name.replaceAll("\\", "/"), "file:///sivu/").href;
  } catch {
    return name;
  }
}
