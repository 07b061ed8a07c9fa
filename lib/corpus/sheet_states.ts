/**
 * What a saved page's reading depended on beside the page: each style sheet file it looked for (linked or imported,
 * at any depth) as it was found, its bytes' SHA-256 or why it was not read. The same page bytes read with every sheet
 * found the same read the same: the parse cache keeps these with a page's parse and takes the parse only while each
 * is so (`lib/frame/parse_cache.ts`). A sheet named by an address that names no file beside the page (on the web, the
 * site's root, another scheme, outside the folder by its name) is no file the reading looked at, and none is kept.
 *
 * @module
 */
import { sha256Hex } from "./hash.ts";
import { readSheetFile, sheetFile } from "./linked_sheet.ts";
import type { UnreadReason } from "../parse/html_unread.ts";

/** A sheet the page's reading looked for beside it, by its address as written (`href`): what it held, or why unread. */
export type SheetState = { href: string; sha256: string } | { href: string; unread: UnreadReason };

/** A reader of a page's sheets, for `htmlToText`'s `linkedSheet` (see `linked_sheet.ts`). */
export type SheetReader = (href: string) => Uint8Array | { unread: UnreadReason };

/**
 * The reader of the sheets the page at `page` links (`readLinkedSheet` of `linked_sheet.ts`), which adds to `states` each sheet
 * looked for on disk, as found.
 *
 * @example Usage
 * ```ts
 * import { recordingReader, type SheetState, sheetsAsRecorded } from "./sheet_states.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * const states: SheetState[] = [];
 * const read = recordingReader(`${dir}/Hanke.html`, states);
 * assertEquals(read("https://www.eura2014.fi/tyyli.css"), { unread: "web" });
 * assertEquals(read("Hanke_files/tyyli.css"), { unread: "missing" });
 * assertEquals(states, [{ href: "Hanke_files/tyyli.css", unread: "missing" }]);
 * assertEquals(sheetsAsRecorded(`${dir}/Hanke.html`, states), true);
 * Deno.mkdirSync(`${dir}/Hanke_files`);
 * Deno.writeTextFileSync(`${dir}/Hanke_files/tyyli.css`, ".vanha { display: none }");
 * assertEquals(sheetsAsRecorded(`${dir}/Hanke.html`, states), false);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function recordingReader(page: string, states: SheetState[]): SheetReader {
  return (href) => {
    const path = sheetFile(page, href);
    if (typeof path !== "string") return path;
    const read = readSheetFile(page, path);
    states.push(stateOf(href, read));
    return read;
  };
}

/**
 * Whether each sheet is found beside the page at `page` as `states` says (read again and hashed, or looked for again):
 * the first that is not ends the look.
 */
export function sheetsAsRecorded(page: string, states: readonly SheetState[]): boolean {
  return states.every((state) => {
    const path = sheetFile(page, state.href);
    if (typeof path !== "string") return false; // not looked for beside this page: not the reading recorded
    const now = stateOf(state.href, readSheetFile(page, path));
    return "sha256" in state
      ? "sha256" in now && now.sha256 === state.sha256
      : "unread" in now && now.unread === state.unread;
  });
}

function stateOf(href: string, read: Uint8Array | { unread: UnreadReason }): SheetState {
  return read instanceof Uint8Array ? { href, sha256: sha256Hex(read) } : { href, unread: read.unread };
}
