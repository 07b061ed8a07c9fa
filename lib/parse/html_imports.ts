/**
 * A sheet's `@import`s, followed as a browser follows them: each imported sheet's rules come before the importing
 * sheet's own, under the import's media list (`@import "teema.css" print;`) and the importing sheet's media; a sheet's
 * `@import` is resolved against the sheet (one of the page's `<style>` against the page), and read by the page's
 * linked sheets' reader, so only a sheet saved with the page, in its folder, is read: one on the web, outside the
 * folder or not saved is not read, as a `<link>` to it. As in a browser, only the `@import`s before the sheet's first
 * rule count, and a sheet already being imported is not imported again (a cycle); the reading goes at most
 * {@linkcode MAX_IMPORT_DEPTH} deep and reads at most {@linkcode MAX_IMPORTS} imported sheets a page.
 *
 * @module
 */
import type { LinkedSheet } from "./html_sheets.ts";

/** A sheet of the page: its text, and the media lists it is under (its element's `media`, its imports'), if any. */
export interface Sheet {
  text: string;
  media: string[];
}

/** How deep imports are followed (a sheet importing one importing one…). */
export const MAX_IMPORT_DEPTH = 16;
/** How many imported sheets a page reads at most. */
export const MAX_IMPORTS = 256;

/** The `@import`s at a sheet's start (after `@charset` and `@layer` statements): each one's address and media list. */
export function leadingImports(text: string): { href: string; media: string }[] {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, "");
  const imports: { href: string; media: string }[] = [];
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
        imports.push({ href, media: media.trim() });
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
  if (base === undefined || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("/")) return href;
  const path = base.replaceAll("\\", "/").replace(/[?#][\s\S]*$/, "");
  return path.slice(0, path.lastIndexOf("/") + 1) + url;
}

/** What a page's imports read so far: the sheets read, counted against {@linkcode MAX_IMPORTS}. */
export interface ImportBudget {
  read: number;
}

/**
 * The sheet with what it imports before it (see the module), in the order a browser applies them: `sheet` named by
 * `href` (undefined for a `<style>` of the page), `chain` the sheets importing it.
 */
export function withImports(
  sheet: Sheet,
  href: string | undefined,
  linked: LinkedSheet,
  budget: ImportBudget,
  chain: string[] = [],
): Sheet[] {
  const sheets: Sheet[] = [];
  if (chain.length < MAX_IMPORT_DEPTH) {
    for (const each of leadingImports(sheet.text)) {
      const name = resolved(each.href, href);
      if (chain.includes(name) || name === href || budget.read >= MAX_IMPORTS) continue;
      const text = linked(name);
      if (text === null) continue;
      budget.read++;
      const media = each.media === "" ? sheet.media : [...sheet.media, each.media];
      sheets.push(...withImports({ text, media }, name, linked, budget, [...chain, ...href ? [href] : []]));
    }
  }
  sheets.push(sheet);
  return sheets;
}
