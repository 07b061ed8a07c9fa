/**
 * A saved page's style sheets, read once a page: its `<style>` elements and the sheets its `<link>` elements name,
 * each after the sheets it `@import`s (`html_imports.ts`),
 * in the page's order, each rule that applies on a computer's screen with its selectors and declarations (its
 * strings blanked) and the `@media` condition a screen may not meet; and its `@keyframes`' final frames. Every property's cascade (`html_style.ts`)
 * reads its declarations from these, and shares their selectors, read once, with what each matched.
 *
 * @module
 */
import { attr, childElements, type Element, type TextNode } from "./html_tree.ts";
import { type ReadSelector, readSelectors } from "./html_selectors.ts";
import { bothApply, type MediaAnswer, mediaApplies } from "./html_media.ts";
import { type ImportReading, type Sheet, withImports } from "./html_imports.ts";
import { sheetName, type SheetRead, type UnreadReason, type UnreadSheet } from "./html_unread.ts";

/**
 * The text of the style sheet a page's `<link>` names by its `href` (as written: `Hanke_files/tyyli.css`), decoded as
 * a browser decodes it (`decodeSheet` of `html_charset.ts`; without a mark or `@charset` of its own, in `fallback`,
 * the encoding of the sheet importing it, else the page's); or why it cannot be read (not saved beside the page, on
 * the web: `html_unread.ts`).
 */
export type LinkedSheet = (href: string, fallback?: string) => SheetRead;

/** A rule of the page's sheets that applies on screen. */
export interface SheetRule {
  /** The declarations as the page has them, and with each string blanked (no words of their own). */
  declarations: string;
  blanked: string;
  /** The condition a screen may not meet (`@media (min-width: 1400px)`), else null. */
  media: string | null;
  /** Its place among the page's rules. */
  index: number;
  selectors: string;
  /** Its selectors, read when a property first asks (see {@linkcode readsOf}). */
  reads?: Matched[];
}

/** A selector, read, with what it matched at each element: shared by every property's cascade. */
export type Matched = ReadSelector & { at: WeakMap<Element, boolean>[]; under: WeakMap<Element, boolean>[] };

/**
 * A `@keyframes` (or `@-webkit-keyframes`) block of a name: the declarations of its final frames (`to`, `100%`), in
 * order, or null when it has none; and the condition a screen may not meet that it is under (`@media (min-width:
 * 1400px)`), else null.
 */
export interface Keyframes {
  final: string | null;
  media: string | null;
}

/** The page's rules and keyframes, by its `<html>`, with the linked sheets' reader they were read with. */
const read = new WeakMap<
  Element,
  { linked: LinkedSheet | undefined; rules: SheetRule[]; keyframes: Map<string, Keyframes[]>; unread: UnreadSheet[] }
>();

/**
 * The page's `@keyframes` (and `@-webkit-keyframes`) on screen, by name, as in a browser the last of a name wins:
 * the last that applies on every screen (top-level, or under `@media screen`, `@supports`…), then those after it
 * under a condition a screen may not meet, which may win instead. Those under media no screen meets (`print`) are
 * not read.
 */
export function pageKeyframes(html: Element, linked?: LinkedSheet): Map<string, Keyframes[]> {
  pageRules(html, linked);
  return read.get(html)!.keyframes;
}

/**
 * The sheets of the page a screen may apply that were not read, or read with a doubt (`html_unread.ts`), in the
 * page's order, each reference: none when the page's linked sheets are not read at all (no `linked`).
 */
export function pageUnreadSheets(html: Element, linked?: LinkedSheet): UnreadSheet[] {
  pageRules(html, linked);
  return read.get(html)!.unread;
}

/** The rules of the page's sheets that apply on screen, read once a page (and linked sheets' reader). */
export function pageRules(html: Element, linked?: LinkedSheet): SheetRule[] {
  const known = read.get(html);
  if (known && known.linked === linked) return known.rules;
  const sheets: Sheet[] = [];
  const reading: ImportReading = { read: 0, unread: [] };
  // A sheet with the sheets it imports before it, when the page's linked sheets can be read.
  const add = (sheet: Sheet, line: number | null, inPage: boolean, href?: string) =>
    sheets.push(...linked ? withImports(sheet, href, linked, reading, { line, inPage }, []) : [sheet]);
  const collect = (element: Element) => {
    if (element.tagName === "style") {
      // A `<style>` of another type (`text/plain`, `text/less`) is no sheet: a browser applies none of it.
      const type = attr(element, "type")?.trim();
      if (type === undefined || type === "" || type.toLowerCase() === "text/css") {
        const media = attr(element, "media");
        const text = element.childNodes.map((child) => child.nodeName === "#text" ? (child as TextNode).value : "");
        // Its text starts on the line its start tag ends on.
        const line = element.sourceCodeLocation?.startTag?.endLine ?? null;
        add({ text: text.join(""), media: media === undefined ? [] : [media] }, line, true);
      }
    } else if (element.tagName === "link" && linked) {
      const got = linkedSheet(element, linked);
      const href = attr(element, "href")?.trim() ?? "";
      const line = element.sourceCodeLocation?.startLine ?? null;
      const unread = (reason: UnreadReason, encoding?: string) =>
        reading.unread.push({ sheet: sheetName(href), reason, line, via: null, ...encoding ? { encoding } : {} });
      if (got !== null && "unread" in got) unread(got.unread);
      else if (got !== null) {
        if (got.undecodable !== undefined) unread("undecodable", got.undecodable);
        add(got.sheet, line, false, href);
      }
    }
    childElements(element).forEach(collect);
  };
  collect(html);
  const keyframes = new Map<string, Keyframes[]>();
  const rules = sheets.flatMap((sheet) => screenRules(sheet, keyframes)).map((rule, index) => ({
    ...rule,
    blanked: blankStrings(rule.declarations),
    index,
  }));
  read.set(html, { linked, rules, keyframes, unread: reading.unread });
  return rules;
}

/** The rule's selectors, read once: each with what it matched, shared by every property. */
export const readsOf = (rule: SheetRule): Matched[] =>
  rule.reads ??= readSelectors(rule.selectors).map((each) => ({ ...each, at: [], under: [] }));

/**
 * The sheet a `<link>` names, as a browser applies it: a style sheet of the page (`rel` has `stylesheet`, not
 * `alternate`, and it is not `disabled`), under its `media`; null for any other link and for one whose media a screen
 * never matches (`print`: not read at all); why not for a sheet a screen may apply that cannot be read (with the
 * encoding of one read whose bytes do not all fit it, with its text).
 */
function linkedSheet(
  link: Element,
  linked: LinkedSheet,
): { sheet: Sheet; undecodable?: string } | { unread: UnreadReason } | null {
  const rel = (attr(link, "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attr(link, "href")?.trim();
  if (!rel.includes("stylesheet") || rel.includes("alternate") || attr(link, "disabled") !== undefined) return null;
  const media = attr(link, "media");
  const type = attr(link, "type")?.trim().toLowerCase();
  if (type !== undefined && type !== "" && !/^text\/css\s*(;|$)/.test(type)) return null;
  if (!href || (media !== undefined && mediaApplies(media) === "no")) return null;
  const got = linked(href);
  if ("unread" in got) return got;
  const sheet = { text: got.text, media: media === undefined ? [] : [media], encoding: got.encoding };
  return { sheet, undecodable: got.undecodable };
}

/**
 * The style rules of a sheet that apply on screen: top-level ones and those in `@media` blocks that may apply on a
 * computer's screen (`html_media.ts`), with the condition of those that may only (`media`: `@media (min-width:
 * 1400px)`), else null. The sheet's own media (its element's `media`) is the outermost condition: no `}` of the
 * sheet's closes it.
 */
function screenRules(
  sheet: Sheet,
  keyframes: Map<string, Keyframes[]>,
): { selectors: string; declarations: string; media: string | null }[] {
  const css = sheet.text.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: { selectors: string; declarations: string; media: string | null }[] = [];
  const answers = sheet.media.map((media) => ({ media, answer: mediaApplies(media) }));
  const outer = answers.reduce<MediaAnswer>((both, { answer }) => bothApply(both, answer), "yes");
  if (outer === "no") return rules;
  const base: { applies: MediaAnswer; media: string | null } = {
    applies: outer,
    media: outer === "maybe"
      ? answers.filter(({ answer }) => answer === "maybe").map(({ media }) =>
        `@media ${media.trim().replace(/\s+/g, " ")}`
      )
        .join(" ")
      : null,
  };
  // The conditions of the blocks the reading is in (a stack, not recursion: 20,000 nested blocks run no stack out).
  const open: { applies: MediaAnswer; media: string | null }[] = [];
  let { applies, media } = base;
  let prelude = "";
  let i = 0;
  while (i < css.length) {
    const char = css[i]!;
    i++;
    if (char === '"' || char === "'") {
      // A string's `{`, `}` and `;` are its own (`[title="{"]`): it is read whole into what it stands in.
      const end = stringEnd(css, i - 1);
      prelude += css.slice(i - 1, end);
      i = end;
    } else if (char === "{") {
      const head = prelude.trim();
      prelude = "";
      if (head.startsWith("@")) {
        const at = head.match(/^@([a-z-]+)\s*([\s\S]*)$/i);
        const name = at?.[1]?.toLowerCase() ?? "";
        // A container's size is not known either: what it holds may apply.
        const own = name === "media" ? mediaApplies(at![2]!) : name === "container" ? "maybe" : "yes";
        if (["media", "supports", "layer", "container"].includes(name)) {
          open.push({ applies, media });
          [applies, media] = [bothApply(applies, own), own === "maybe" ? head.replace(/\s+/g, " ") : media];
        } else if (/^(?:-[a-z]+-)?keyframes$/.test(name)) {
          const end = skipBlock(css, i);
          const called = at![2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
          const block = { final: finalFrame(css.slice(i, end - 1)), media: applies === "yes" ? null : media };
          if (applies === "yes") keyframes.set(called, [block]);
          else if (applies === "maybe") keyframes.set(called, [...keyframes.get(called) ?? [], block]);
          i = end;
        } else i = skipBlock(css, i);
      } else {
        const stop = closingBrace(css, i);
        if (applies !== "no") rules.push({ selectors: head, declarations: css.slice(i, stop), media });
        i = stop + 1;
      }
    } else if (char === "}") {
      // A stray `}` outside every block ends none: the sheet's own media still holds.
      ({ applies, media } = open.pop() ?? base);
      prelude = "";
    } else if (char === ";") prelude = "";
    else prelude += char;
  }
  return rules;
}

/** The declarations of a `@keyframes` block's final frames (`to`, `100%`), in order; null when it has none. */
function finalFrame(block: string): string | null {
  const final = [...block.matchAll(/([^{}]*)\{([^{}]*)\}/g)]
    .filter((frame) => frame[1]!.split(",").some((offset) => /^\s*(?:to|100(?:\.0*)?%)\s*$/i.test(offset)))
    .map((frame) => frame[2]!.trim());
  return final.length === 0 ? null : final.join(";");
}

/** Where a block whose `{` is before `i` ends: past its `}`, or at the sheet's end; its strings' braces none. */
function skipBlock(css: string, i: number): number {
  let depth = 1;
  while (i < css.length && depth > 0) {
    const char = css[i];
    if (char === '"' || char === "'") i = stringEnd(css, i) - 1;
    else if (char === "{") depth++;
    else if (char === "}") depth--;
    i++;
  }
  return i;
}

/** Where a rule's declarations from `i` end: at the first `}` outside a string (`content: "}"`), or the sheet's end. */
function closingBrace(css: string, i: number): number {
  for (; i < css.length; i++) {
    const char = css[i];
    if (char === "}") return i;
    if (char === '"' || char === "'") i = stringEnd(css, i) - 1;
  }
  return css.length;
}

/**
 * Where the CSS string whose quote is at `start` ends: past its closing quote, at an unescaped line break (a
 * string CSS ends there, unclosed) or at the sheet's end. A backslash escapes the character after it.
 */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length) {
    const char = css[i]!;
    if (char === "\\") i += 2;
    else if (char === quote) return i + 1;
    else if (char === "\n") return i;
    else i++;
  }
  return css.length;
}

/** Declarations with each string (from its opening quote) as spaces: the same length, no words of their own. */
function blankStrings(declarations: string): string {
  if (!declarations.includes('"') && !declarations.includes("'")) return declarations;
  let blanked = "";
  let i = 0;
  while (i < declarations.length) {
    const char = declarations[i]!;
    if (char !== '"' && char !== "'") {
      blanked += char;
      i++;
      continue;
    }
    const end = stringEnd(declarations, i);
    blanked += " ".repeat(end - i);
    i = end;
  }
  return blanked;
}
