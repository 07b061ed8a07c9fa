/**
 * Decoding the bytes of a saved web page: the byte-order mark first, then the
 * page's own `<meta charset>` or `<meta http-equiv="Content-Type">`, then
 * UTF-8 with the text decoder's fallback to Windows-1252. A declaration that
 * does not fit the bytes is overruled with a warning, and text that is UTF-8
 * read as Windows-1252 (mojibake such as "Ã¤") is repaired with a warning:
 * never silently.
 *
 * @module
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import type { ExtractionProblem } from "./_lines.ts";
import { MOJIBAKE, repairMojibake, strictUtf8 } from "./mojibake.ts";

/** The decoded page. */
export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding the text was read from, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** The charset the page declares (normalised), or null when it declares none. */
  declared: string | null;
  problems: ExtractionProblem[];
}

/** Bytes looked at for a `<meta>` charset declaration. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes a saved page's bytes.
 *
 * @example Usage
 * ```ts
 * import { decodePage } from "./html_charset.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8"><p>Kyll'), 0xe4, 0x3c]);
 * const page = decodePage(bytes);
 * assertEquals(page.encoding, "windows-1252");
 * assertEquals(page.text.includes("Kyllä"), true);
 * assertEquals(page.problems[0]?.code, "charset_mismatch");
 * ```
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const parts = savedPages(bytes);
  if (parts.length === 1) return decodeOne(bytes);
  // Pages saved one after another into one file (`cat a.html b.html`): each in its own charset, its lines in place.
  const decoded = parts.map((part) => decodeOne(part));
  let offset = 0;
  const problems = decoded.flatMap((page, k) => {
    const moved = page.problems.map((problem) => ({
      ...problem,
      line: problem.line === null ? null : problem.line + offset,
    }));
    offset += parts[k]!.reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 0);
    return moved;
  });
  return { ...decoded[0]!, text: decoded.map((page) => page.text).join(""), problems };
}

/** The end of a saved page and the start of another right after it: pages saved into one file. */
const NEXT_PAGE = /<\/html\s*>\s*(?=(?:\xEF\xBB\xBF)?(?:<!doctype\s+html|<html[\s>]|<!--\s*saved from))/gi;

/** The bytes of each page saved into the file, in order (one, the whole file, for a page alone). */
function savedPages(bytes: Uint8Array): Uint8Array[] {
  if (bomEncoding(bytes)?.startsWith("utf-16")) return [bytes];
  // One character a byte ("latin1" is Windows-1252, whose every byte is one character): offsets are the bytes'.
  const text = new TextDecoder("latin1").decode(bytes);
  const ends = [...text.matchAll(NEXT_PAGE)].map((match) => match.index! + match[0].length);
  return [0, ...ends].map((start, k) => bytes.subarray(start, ends[k] ?? bytes.length));
}

function decodeOne(bytes: Uint8Array): DecodedPage {
  const problems: ExtractionProblem[] = [];
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: new TextDecoder(bom).decode(bytes), encoding: bom, declared: null, problems };
  }
  const declaration = declaredCharset(bytes);
  let declared: string | null = null;
  if (declaration) {
    declared = normaliseLabel(declaration.label);
    if (declared === null) {
      problems.push(warning(
        "unknown_charset",
        `The page declares the charset "${declaration.label}", which is not known; the bytes were read as UTF-8 or Windows-1252.`,
        declaration.line,
      ));
    }
  }
  // A page cut short inside a character is still UTF-8 up to the cut.
  const uncut = withoutCutCharacter(bytes);
  const utf8 = strictUtf8(bytes) ?? (uncut === bytes ? null : strictUtf8(uncut));
  const nonAscii = bytes.some((byte) => byte >= 0x80);
  let text: string;
  let encoding: string;
  if (declared === null || declared === "utf-8") {
    if (utf8 !== null) {
      text = utf8;
      encoding = "utf-8";
    } else {
      text = new TextDecoder("windows-1252").decode(bytes);
      encoding = "windows-1252";
      if (declared === "utf-8") {
        problems.push(warning(
          "charset_mismatch",
          "The page declares UTF-8, but its bytes are not valid UTF-8; it was read as Windows-1252.",
          declaration?.line ?? null,
        ));
      }
    }
  } else if (utf8 !== null && nonAscii) {
    // Windows-1252 text almost never forms valid multi-byte UTF-8: these bytes are UTF-8.
    text = utf8;
    encoding = "utf-8";
    problems.push(warning(
      "charset_mismatch",
      `The page declares ${declared}, but its bytes are UTF-8; it was read as UTF-8.`,
      declaration?.line ?? null,
    ));
  } else {
    text = new TextDecoder(declared).decode(bytes);
    encoding = declared;
    const western = declared === "windows-1252" ? text : new TextDecoder("windows-1252").decode(bytes);
    const mixed = mixedScripts(text);
    if (mixed >= 3 && mixed > mixedScripts(western)) {
      // Words that mix Latin letters with another script's ("pддttyy" for "päättyy"), not one typo's: the bytes are no text of the
      // declared charset (a Cyrillic, Greek or Japanese one) but Windows-1252, the Finnish letters' own.
      text = western;
      encoding = "windows-1252";
      problems.push(warning(
        "charset_mismatch",
        `The page declares ${declared}, but its bytes are Windows-1252 (words mix scripts); it was read as Windows-1252.`,
        declaration?.line ?? null,
      ));
    } else if (/[\u0080-\u009F]/.test(text) && declared !== "windows-1252") {
      // C1 control characters are never text: these are Windows-1252 bytes (its –, ”, € …) read as ISO-8859.
      text = new TextDecoder("windows-1252").decode(bytes);
      encoding = "windows-1252";
      problems.push(warning(
        "charset_mismatch",
        `The page declares ${declared}, but its bytes are Windows-1252; it was read as Windows-1252.`,
        declaration?.line ?? null,
      ));
    } else if (text.includes("\uFFFD")) {
      problems.push(warning(
        "undecodable_bytes",
        `Some bytes are not valid ${declared}; they were replaced by "\uFFFD".`,
        null,
      ));
    }
  }
  const repaired = repairMojibake(text);
  if (repaired !== null) {
    problems.push(warning(
      "mojibake_repaired",
      'The text was UTF-8 read as Windows-1252 before it was saved (e.g. "Ã¤" for "ä"); it was repaired.',
      null,
    ));
    text = repaired;
  } else if (MOJIBAKE.test(text)) {
    problems.push(warning(
      "mojibake",
      'The text looks like UTF-8 read as Windows-1252 (e.g. "Ã¤" for "ä") and could not be repaired.',
      null,
    ));
  }
  return { text, encoding, declared, problems };
}

/** A decoded style sheet. */
export interface DecodedSheet {
  text: string;
  /** The WHATWG name of the encoding it was read from. */
  encoding: string;
  /** That encoding, when the bytes are not all valid in it (those that are not were read as "\uFFFD") or hold a NUL. */
  undecodable?: string;
}

/** An `@charset` rule as a browser reads it: at the sheet's very start, in these bytes exactly (CSS Syntax 3, 3.2). */
const SHEET_CHARSET = /^@charset "([^";]*)";/;
/** The labels of the encoding standard's "replacement" encoding: a browser reads a sheet so labelled as one "\uFFFD". */
const REPLACEMENT = new Set([
  "csiso2022kr",
  "hz-gb-2312",
  "iso-2022-cn",
  "iso-2022-cn-ext",
  "iso-2022-kr",
  "replacement",
]);

/**
 * Decodes the bytes of a style sheet a page links, as a browser does: by its byte-order mark, else the `@charset`
 * rule at its very start (`@charset "ISO-8859-1";`; UTF-16 named there is UTF-8), else the charset the page was read
 * in (`page`; a UTF-16 page's sheet is UTF-8), else UTF-8. Bytes the encoding lacks become "\uFFFD", as a browser
 * reads them (a selector in them then matches nothing on screen either), and the sheet is said `undecodable`; so is
 * one with a NUL (UTF-16 without its mark, read as UTF-8).
 *
 * @example Usage
 * ```ts
 * import { decodeSheet } from "./html_charset.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const ascii = (text: string) => [...new TextEncoder().encode(text)];
 * const bytes = new Uint8Array([...ascii('@charset "iso-8859-1";.hyl'), 0xe4, ...ascii("tty{}")]);
 * assertEquals(decodeSheet(bytes, "utf-8"), { text: '@charset "iso-8859-1";.hylätty{}', encoding: "windows-1252" });
 * ```
 */
export function decodeSheet(bytes: Uint8Array, page: string | null = null): DecodedSheet {
  const bom = bomEncoding(bytes);
  if (bom) return sheetIn(bytes, bom);
  const rule = SHEET_CHARSET.exec(new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024)));
  if (rule && REPLACEMENT.has(rule[1]!.trim().toLowerCase())) {
    return { text: "\uFFFD", encoding: "replacement", undecodable: "replacement" };
  }
  const declared = rule ? normaliseLabel(rule[1]!) : null;
  const fallback = page === null ? null : normaliseLabel(page);
  return sheetIn(bytes, declared ?? fallback ?? "utf-8");
}

/**
 * The sheet's bytes decoded in the encoding: strictly, which is the whole decoding when they all fit it (nearly every
 * sheet); only when they do not, again with each byte it lacks a "\uFFFD". A NUL is no character of a sheet (CSS reads
 * it as "\uFFFD"): a text with one is of another encoding, most often UTF-16 without its mark, and said so too.
 */
function sheetIn(bytes: Uint8Array, encoding: string): DecodedSheet {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? { text, encoding, undecodable: encoding } : { text, encoding };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), encoding, undecodable: encoding };
  }
}

/** A Latin letter beside a letter of another script, in one word: never in text read in its own charset. */
const MIXED_SCRIPTS = /\p{Script=Latin}[^\P{L}\p{Script=Latin}]|[^\P{L}\p{Script=Latin}]\p{Script=Latin}/gu;

/** How many places of a text mix a Latin letter with another script's (see {@linkcode MIXED_SCRIPTS}). */
function mixedScripts(text: string): number {
  return text.match(MIXED_SCRIPTS)?.length ?? 0;
}

/** The bytes without a UTF-8 sequence cut off at their end (a file cut short inside a character). */
function withoutCutCharacter(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
  }
  return bytes;
}

function warning(code: string, message: string, line: number | null): ExtractionProblem {
  return { level: "warning", code, message, line };
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The WHATWG name of a charset label; UTF-16 in a `<meta>` means UTF-8 (as browsers read it); null when unknown. */
export function normaliseLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * The first charset a `<meta>` declares, read with an HTML parser from the
 * page's first 64 KiB taken as Windows-1252 (every charset a page may
 * declare agrees with ASCII on the markup).
 */
export function declaredCharset(bytes: Uint8Array): { label: string; line: number } | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, SNIFF_BYTES));
  let document: DefaultTreeAdapterTypes.Document;
  try {
    document = parse(head, { sourceCodeLocationInfo: true });
  } catch {
    return null;
  }
  // A <meta charset> counts before a <meta http-equiv>, each the first of its kind in document order.
  const metas: Element[] = [];
  const stack: ParentNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.childNodes.filter((child): child is Element => "tagName" in child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if ("tagName" in node && node.tagName === "meta") metas.push(node);
  }
  for (const kind of ["charset", "http-equiv"] as const) {
    for (const meta of metas) {
      const label = metaCharset(meta, kind);
      if (label !== null) return { label, line: meta.sourceCodeLocation?.startLine ?? 1 };
    }
  }
  return null;
}

function metaCharset(element: Element, kind: "charset" | "http-equiv"): string | null {
  const attribute = (name: string) => element.attrs.find((attr) => attr.name === name)?.value;
  const charset = attribute("charset");
  if (kind === "charset") return charset !== undefined && charset.trim() !== "" ? charset.trim() : null;
  if (attribute("http-equiv")?.trim().toLowerCase() === "content-type") {
    const match = attribute("content")?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
    if (match) return match[1]!;
  }
  return null;
}
