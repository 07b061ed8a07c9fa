/**
 * Turning the bytes of an exported document into text.
 *
 * UTF-8 is read sequence by sequence: a file that is UTF-8 but for a few
 * bytes (a line pasted from a Windows-1252 document) keeps every valid
 * sequence as UTF-8 and reads only the invalid bytes as Windows-1252, and
 * says on which lines. A file with no valid multi-byte sequence at all is a
 * single-byte text: Windows-1252, or Mac Roman or DOS code page 850 when its bytes for ä and ö
 * say so. UTF-16 is recognised by its byte-order mark or, without one, by
 * its zero bytes. C1 control characters (U+0080–U+009F), which only appear
 * when Windows-1252 punctuation went through a wrong conversion, are read as
 * the characters they stand for, and UTF-8 that was once read as
 * Windows-1252 and saved again ("Ã¤" for "ä") is read back.
 *
 * @module
 */

import iconv from "iconv-lite";
import { Buffer } from "node:buffer";
import { repairMojibake } from "./mojibake.ts";
import { type RareRuns, UNUSUAL, usualText } from "./rare_runs.ts";

/** The encodings a document can be decoded from. */
export type TextEncodingName =
  | "utf-8"
  | "utf-16le"
  | "utf-16be"
  | "windows-1252"
  | "macintosh"
  | "ibm850";

/** Something the decoder repaired or guessed, and where (a 1-based line of the text; null for the whole file). */
export interface EncodingNote {
  kind: "repaired_bytes" | "c1_controls" | "bom_mismatch" | "mac_roman" | "dos" | "mojibake" | "quoted_printable";
  line: number | null;
  /** What was read as what, e.g. `F6 → "ö"`; empty for the whole-file notes. */
  detail: string;
}

/** Decoded text, or the reason the bytes are not text. */
export type DecodeResult =
  | { kind: "text"; text: string; encoding: TextEncodingName; notes: EncodingNote[] }
  | { kind: "empty" }
  /** Not text: NUL bytes (`controls` null) or too many control characters. */
  | { kind: "binary"; controls: number | null; length: number };

/** A control character counted by {@linkcode countControls}, NUL among them. */
// deno-lint-ignore no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;

/** Share of control characters above which bytes are taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a document: UTF-8 (with or without BOM, invalid bytes repaired as
 * Windows-1252), UTF-16 LE or BE (with BOM, or recognised by its zero
 * bytes), Windows-1252 and Mac Roman. Empty input (nothing but whitespace)
 * and binary input (NUL bytes or many control characters) are reported
 * instead of decoded.
 *
 * @example Usage
 * ```ts
 * import { decodeDocument } from "./decode.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const latin = new Uint8Array([0x4b, 0x79, 0x6c, 0x6c, 0xe4]); // "Kyllä" in Windows-1252
 * assertEquals(decodeDocument(latin), { kind: "text", text: "Kyllä", encoding: "windows-1252", notes: [] });
 * ```
 */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  return decoding(bytes, false).result;
}

/**
 * {@linkcode decodeDocument}, and the runs of `rare_runs.ts`'s `RARE` in the text, found by the scan that tells
 * whether it needs repair (null: not found so): for `parseDocuments`, whose line splitter then does not scan the text
 * again (see `rare_runs.ts`).
 *
 * @example Usage
 * ```ts
 * import { decodeWithRuns } from "./decode.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { result, runs } = decodeWithRuns(new TextEncoder().encode("Kyllä  ei"));
 * assertEquals([result.kind, runs?.starts, runs?.ends], ["text", [5], [7]]);
 * ```
 */
export function decodeWithRuns(bytes: Uint8Array): { result: DecodeResult; runs: RareRuns | null } {
  return decoding(bytes, true);
}

/** {@linkcode decodeWithRuns}; `withRuns` false: no runs looked for. */
function decoding(bytes: Uint8Array, withRuns: boolean): { result: DecodeResult; runs: RareRuns | null } {
  const { text, encoding, notes, usual, runs = null } = decodeBytes(bytes, withRuns);
  if (text.trim() === "") return { result: { kind: "empty" }, runs: null };
  const asText = (): DecodeResult => ({ kind: "text", text, encoding, notes: withQuotedPrintable(text, notes) });
  // Most texts are free of control characters (one scan tells): they need neither check below.
  if (usual || !CONTROL.test(text)) return { result: asText(), runs };
  if (text.includes("\u0000")) {
    return { result: { kind: "binary", controls: null, length: text.length }, runs: null };
  }
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_SHARE) {
    return { result: { kind: "binary", controls, length: text.length }, runs: null };
  }
  return { result: asText(), runs };
}

/** A byte of a letter past ASCII as quoted-printable writes it (`=C3=A4` for ä in UTF-8, `=E4` in Latin-1). */
const QUOTED_BYTE = /=[89A-F][0-9A-F]/g;
/** Quoted bytes in a text that make it quoted-printable: a text's own "=" is followed by no such byte this often. */
const QUOTED_BYTES = 3;

/**
 * The notes, and one that the text is quoted-printable (an e-mail's body saved as it travelled: `k=C3=A4ytt=C3=B6`,
 * a line ending in `=` going on): its letters and figures are not read as printed. Said, not decoded: joining its
 * lines again would change every line number after them.
 */
function withQuotedPrintable(text: string, notes: EncodingNote[]): EncodingNote[] {
  if (!text.includes("=")) return notes;
  const quoted = [...text.matchAll(QUOTED_BYTE)];
  if (quoted.length < QUOTED_BYTES) return notes;
  const [first] = byLine(text, [{ offset: quoted[0]!.index, detail: "" }]);
  return [...notes, { kind: "quoted_printable", line: first!.line, detail: "" }];
}

/** The UTF-16 a byte-order mark at the start says (its two bytes), or null without one. */
export function utf16ByteOrderMark(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16 recognised from the first bytes: a byte-order mark, or zero bytes
 * in every other place (the high bytes of Latin text) and almost none in the
 * others. Null for anything else.
 */
export function sniffUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const marked = utf16ByteOrderMark(head);
  if (marked) return marked;
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zerosEven++;
    if (head[2 * i + 1] === 0) zerosOdd++;
  }
  const mostly = (zeros: number) => zeros >= pairs * 0.6;
  const hardly = (zeros: number) => zeros <= pairs * 0.02;
  if (mostly(zerosOdd) && hardly(zerosEven)) return "utf-16le";
  if (mostly(zerosEven) && hardly(zerosOdd)) return "utf-16be";
  return null;
}

interface Decoded {
  text: string;
  /** True when the text has none of the {@linkcode UNUSUAL} characters (not said: not looked for). */
  usual?: true;
  /** With `usual`, when asked for: `RARE`'s runs in the text (see `rare_runs.ts`). */
  runs?: RareRuns | null;
  encoding: TextEncodingName;
  notes: EncodingNote[];
}

function decodeBytes(bytes: Uint8Array, withRuns: boolean): Decoded {
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return repairC1({
      text: new TextDecoder(utf16).decode(bytes.subarray(hasBom ? 2 : 0)),
      encoding: utf16,
      notes: [],
    }, withRuns);
  }
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  try {
    return repairC1({
      text: STRICT_UTF8.decode(body),
      encoding: "utf-8",
      notes: [],
    }, withRuns);
  } catch {
    // Not valid UTF-8 throughout: read sequence by sequence below.
  }
  const scan = scanUtf8(body);
  if (scan.multiByte > 0) {
    const notes = byLine(scan.text, scan.repairs).map(({ line, details }) => ({
      kind: "repaired_bytes" as const,
      line,
      detail: details.join(", "),
    }));
    return repairC1({ text: scan.text, encoding: "utf-8", notes }, withRuns);
  }
  const notes: EncodingNote[] = hasUtf8Bom ? [{ kind: "bom_mismatch", line: null, detail: "" }] : [];
  if (umlautsOf(body, MAC_UMLAUTS)) {
    return {
      text: new TextDecoder("macintosh").decode(body),
      encoding: "macintosh",
      notes: [...notes, { kind: "mac_roman", line: null, detail: "" }],
    };
  }
  if (umlautsOf(body, DOS_UMLAUTS)) {
    return {
      text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "cp850"),
      encoding: "ibm850",
      notes: [...notes, { kind: "dos", line: null, detail: "" }],
    };
  }
  return repairC1({ text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252", notes }, withRuns);
}

/** A repair at a place of the decoded text. */
interface Repair {
  offset: number;
  detail: string;
}

/** Stateless between calls (nothing is streamed), so one serves every document. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, "0");
const WINDOWS_1252 = new TextDecoder("windows-1252");

/** The length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** UTF-8 with every byte that starts no valid sequence read as Windows-1252. */
function scanUtf8(bytes: Uint8Array): { text: string; repairs: Repair[]; multiByte: number } {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  const parts: string[] = [];
  const repairs: Repair[] = [];
  let length = 0;
  let multiByte = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const run = utf8.decode(bytes.subarray(runStart, end));
      parts.push(run);
      length += run.length;
    }
  };
  for (let i = 0; i < bytes.length;) {
    const size = sequenceLength(bytes, i);
    if (size > 0) {
      if (size > 1) multiByte++;
      i += size;
      continue;
    }
    flush(i);
    const char = WINDOWS_1252.decode(bytes.subarray(i, i + 1));
    repairs.push({ offset: length, detail: `${hex(bytes[i]!)} → "${char}"` });
    parts.push(char);
    length += char.length;
    runStart = ++i;
  }
  flush(bytes.length);
  return { text: parts.join(""), repairs, multiByte };
}

/** Windows-1252's bytes for ä, ö, Ä and Ö. */
const LATIN_UMLAUTS = new Set([0xe4, 0xf6, 0xc4, 0xd6]);
/** Mac Roman's bytes for ä and ö (8A, 9A). */
const MAC_UMLAUTS = new Set([0x8a, 0x9a]);
/** A DOS code page's bytes for ä, ö, Ä and Ö (850 and 437 agree: 84, 94, 8E, 99; in Windows-1252 „, ”, Ž and ™). */
const DOS_UMLAUTS = new Set([0x84, 0x94, 0x8e, 0x99]);

/** A single-byte text whose bytes for ä and ö are another code page's (`umlauts`) rather than Windows-1252's. */
function umlautsOf(bytes: Uint8Array, umlauts: ReadonlySet<number>): boolean {
  let theirs = 0;
  let latin = 0;
  for (const byte of bytes) {
    if (umlauts.has(byte)) theirs++;
    else if (LATIN_UMLAUTS.has(byte)) latin++;
  }
  return theirs >= 2 && theirs > latin;
}

/** Mojibake read back, then C1 control characters read as the Windows-1252 characters of the same codes, each line noted. */
function repairC1(decoded: Decoded, withRuns: boolean): Decoded {
  if (withRuns) {
    const found = usualText(decoded.text);
    if (found.usual) return { ...decoded, usual: true, runs: found.runs };
  } else if (!UNUSUAL.test(decoded.text)) return { ...decoded, usual: true };
  const readBack = repairMojibake(decoded.text);
  if (readBack !== null) {
    return repairC1({
      ...decoded,
      text: readBack,
      notes: [...decoded.notes, { kind: "mojibake", line: null, detail: "" }],
    }, withRuns);
  }
  if (!/[\u0080-\u009F]/.test(decoded.text)) return decoded;
  const repairs: Repair[] = [];
  const text = decoded.text.replace(/[\u0080-\u009F]/g, (control, offset: number) => {
    const char = WINDOWS_1252.decode(Uint8Array.of(control.charCodeAt(0)));
    const read = /[\u0080-\u009F]/.test(char) ? "\uFFFD" : char;
    const code = control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    repairs.push({ offset, detail: `U+${code} → "${read}"` });
    return read;
  });
  const notes = byLine(decoded.text, repairs).map(({ line, details }) => ({
    kind: "c1_controls" as const,
    line,
    detail: details.join(", "),
  }));
  return { ...decoded, text, notes: [...decoded.notes, ...notes] };
}

/** The repairs grouped by the 1-based line (LF, CRLF or CR) their offset is on, each detail once. */
function byLine(text: string, repairs: readonly Repair[]): { line: number; details: string[] }[] {
  const lines: { line: number; details: string[] }[] = [];
  let line = 1;
  let position = 0;
  for (const { offset, detail } of repairs) {
    for (; position < offset; position++) {
      const code = text.charCodeAt(position);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(position + 1) !== 0x0a)) line++;
    }
    const last = lines.at(-1);
    if (last?.line === line) {
      if (!last.details.includes(detail)) last.details.push(detail);
    } else lines.push({ line, details: [detail] });
  }
  return lines;
}

/** Control characters other than tab, line feed, carriage return, vertical tab and form feed. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) count++;
  }
  return count;
}
