/**
 * A sheet's `@import`s, followed as a browser follows them: each imported sheet's rules come before the importing
 * sheet's own, under the import's media list (`@import "teema.css" print;`) and the importing sheet's media; a sheet's
 * `@import` is resolved against the sheet (one of the page's `<style>` against the page), and read by the page's
 * linked sheets' reader, so only a sheet saved with the page, in its folder, is read: one on the web, outside the
 * folder or not saved is not read, as a `<link>` to it. As in a browser, only the `@import`s before the sheet's first
 * rule count, and a sheet already being imported (by its address, however spelt) is not imported again (a cycle); the
 * reading goes at most {@linkcode MAX_IMPORT_DEPTH} deep and reads at most {@linkcode MAX_IMPORTS} imported sheets a
 * page.
 *
 * @module
 */
import type { LinkedSheet } from "./html_sheets.ts";
import { mediaApplies } from "./html_media.ts";
import { namesNoFileBeside, sheetName, type UnreadSheet } from "./html_unread.ts";

/**
 * A sheet of the page: its text, and the media lists it is under (its element's `media`, its imports'), if any; and
 * the encoding it was decoded in, which a sheet it imports falls back to (CSS Syntax 3: the referrer's), none for a
 * `<style>` (the page's).
 */
export interface Sheet {
  text: string;
  media: string[];
  encoding?: string;
}

/** How deep imports are followed (a sheet importing one importing one…). */
export const MAX_IMPORT_DEPTH = 16;
/** How many imported sheets a page reads at most. */
export const MAX_IMPORTS = 256;

/**
 * The `@import`s at a sheet's start (after `@charset` and `@layer` statements): each one's address, media list and
 * line in the sheet (1-based).
 */
export function leadingImports(text: string): { href: string; media: string; line: number }[] {
  // A comment is a space (`@import/**/url(a.css)` imports), its line breaks kept: each import's line is the sheet's.
  const css = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const imports: { href: string; media: string; line: number }[] = [];
  let i = 0;
  for (;;) {
    const rest = css.slice(i);
    const space = rest.match(/^(?:\s|<!--|-->)*/)![0].length;
    const head = rest.slice(space).match(/^@([a-z-]+)/i);
    if (!head) return imports;
    const end = statementEnd(css, i + space);
    if (end === null) return imports; // a block (`@media … {`): the imports end
    const name = head[1]!.toLowerCase();
    if (name === "import") {
      const statement = css.slice(i + space + head[0].length, end).trim();
      const address = statement.match(/^(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s"']*))\s*\)|"([^"]*)"|'([^']*)')/i);
      if (address) {
        const href = address.slice(1).find((part) => part !== undefined) ?? "";
        // A layer or a supports() is no media: what it holds applies (as `@layer`, `@supports` do).
        const media = statement.slice(address[0].length).replace(/\b(?:layer|supports)\([^)]*\)|\blayer\b/gi, "");
        const line = css.slice(0, i + space).split("\n").length;
        imports.push({ href, media: media.trim(), line });
      }
    } else if (name !== "charset" && name !== "layer") return imports;
    i = end + 1;
  }
}

/** Where the at-rule statement from `start` ends (at its `;`, outside strings and parentheses); null at a block. */
function statementEnd(css: string, start: number): number | null {
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") {
      const close = css.indexOf(char, i + 1);
      if (close < 0) return null;
      i = close;
    } else if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === "{") return null;
    else if (char === ";" && depth === 0) return i;
  }
  return null;
}

/**
 * `href` (as an `@import` writes it) as the page's linked sheets' reader names it: against the sheet it is in, named
 * by `base` (undefined for a `<style>` of the page). An address with a scheme, a host or the site's root is kept as
 * it is: the reader reads none of them.
 */
function resolved(href: string, base: string | undefined): string {
  const url = href.replaceAll("\\", "/");
  if (base === undefined || namesNoFileBeside(url)) return href;
  const path = base.replaceAll("\\", "/").replace(/[?#][\s\S]*$/, "");
  return path.slice(0, path.lastIndexOf("/") + 1) + url;
}

/**
 * The address a browser fetches for a sheet the reader names `name` (see {@linkcode resolved}), by which it tells an
 * import cycle: a backslash a slash, `.` and `..` taken away (also escaped, `%2e`), without its fragment. A `..` past
 * the name's start stays (the reader reads nothing there); the query stays (another query is another address).
 */
function addressOf(name: string): string {
  const url = name.replaceAll("\\", "/").replace(/#[\s\S]*$/, "");
  const query = url.search(/\?/);
  const [path, rest] = query < 0 ? [url, ""] : [url.slice(0, query), url.slice(query)];
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    const dots = segment.replace(/%2e/gi, ".");
    if (dots === ".") continue;
    if (dots === ".." && segments.length > 0 && segments.at(-1) !== "..") segments.pop();
    else segments.push(dots === ".." ? ".." : segment);
  }
  return segments.join("/") + rest;
}

/**
 * What a page's imports read so far: the sheets read, counted against {@linkcode MAX_IMPORTS}, and those a screen
 * applies that were not read (or read with a doubt), in the page's order.
 */
export interface ImportReading {
  read: number;
  unread: UnreadSheet[];
}

/**
 * Where a sheet's text is: `line` the page's line that leads to it (a `<link>`'s, or its importing sheet's), or, when
 * `inPage` (a `<style>`), the page's line its text starts on.
 */
export interface SheetPlace {
  line: number | null;
  inPage: boolean;
}

/**
 * The sheet with what it imports before it (see the module), in the order a browser applies them: `sheet` named by
 * `href` (undefined for a `<style>` of the page) at `place`, `chain` the sheets importing it. An import a screen may
 * apply that is not read (not saved, on the web, past the limits) is added to the reading's `unread`; a cycle is not
 * (a browser skips it too, and its sheet is read).
 */
export function withImports(
  sheet: Sheet,
  href: string | undefined,
  linked: LinkedSheet,
  reading: ImportReading,
  place: SheetPlace,
  chain: string[] = [],
): Sheet[] {
  const sheets: Sheet[] = [];
  for (const each of leadingImports(sheet.text)) {
    const name = resolved(each.href, href);
    // A cycle, however its address is spelt (`teema/../tyyli.css`, `./tyyli.css#x`): a browser imports it no more.
    const address = addressOf(name);
    if ([...chain, ...href === undefined ? [] : [href]].some((other) => addressOf(other) === address)) continue;
    const media = each.media === "" ? sheet.media : [...sheet.media, each.media];
    const line = place.line === null ? null : place.inPage ? place.line + each.line - 1 : place.line;
    const via = place.inPage || href === undefined ? null : { sheet: sheetName(href), line: each.line };
    // What a screen never applies (`@import "tulostus.css" print`) hides nothing on screen, read or not.
    const unread = (reason: UnreadSheet["reason"], more: Partial<UnreadSheet> = {}) => {
      if (media.every((list) => mediaApplies(list) !== "no")) {
        reading.unread.push({ sheet: sheetName(name), reason, line, via, ...more });
      }
    };
    if (chain.length >= MAX_IMPORT_DEPTH) unread("deep", { limit: MAX_IMPORT_DEPTH });
    else if (reading.read >= MAX_IMPORTS) unread("many", { limit: MAX_IMPORTS });
    else {
      const got = linked(name, sheet.encoding);
      if ("unread" in got) {
        unread(got.unread);
        continue;
      }
      if (got.undecodable !== undefined) unread("undecodable", { encoding: got.undecodable });
      reading.read++;
      const importing = [...chain, ...href ? [href] : []];
      const imported = { text: got.text, media, encoding: got.encoding };
      sheets.push(...withImports(imported, name, linked, reading, { line, inPage: false }, importing));
    }
  }
  sheets.push(sheet);
  return sheets;
}
