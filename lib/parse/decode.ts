/**
 * Turning the bytes of an exported document into text.
 *
 * @module
 */

/** The encodings a document can be decoded from. */
export type TextEncodingName =
  | "utf-8"
  | "utf-16le"
  | "utf-16be"
  | "windows-1252";

/** Decoded text, or the reason the bytes are not text. */
export type DecodeResult =
  | { kind: "text"; text: string; encoding: TextEncodingName }
  | { kind: "empty" }
  /** Not text: NUL bytes (`controls` null) or too many control characters. */
  | { kind: "binary"; controls: number | null; length: number };

/** Share of control characters above which bytes are taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a document: UTF-8 with or without BOM, UTF-16 (LE or BE) with BOM,
 * and Windows-1252 for older exports that are not valid UTF-8. Empty input
 * (nothing but whitespace) and binary input (NUL bytes or many control
 * characters) are reported instead of decoded.
 *
 * @example Usage
 * ```ts
 * import { decodeDocument } from "./decode.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const latin = new Uint8Array([0x4b, 0x79, 0x6c, 0x6c, 0xe4]); // "Kyllä" in Windows-1252
 * assertEquals(decodeDocument(latin), { kind: "text", text: "Kyllä", encoding: "windows-1252" });
 * ```
 */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === "") return { kind: "empty" };
  if (text.includes("\u0000")) {
    return { kind: "binary", controls: null, length: text.length };
  }
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_SHARE) {
    return { kind: "binary", controls, length: text.length };
  }
  return { kind: "text", text, encoding };
}

function decodeBytes(
  bytes: Uint8Array,
): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
    };
  }
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb &&
    bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
      .decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
    return {
      text: new TextDecoder("windows-1252").decode(body),
      encoding: "windows-1252",
    };
  }
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
