import { deepStrictEqual as assertEquals } from "node:assert/strict";
import fc from "fast-check";
import { Utf8Writer } from "./utf8_writer.ts";

const encoder = new TextEncoder();

/** What a writer holds after writing the texts, each with `"` doubled or not. */
function written(texts: readonly [string, boolean][], capacity?: number): Uint8Array {
  const writer = new Utf8Writer(capacity);
  for (const [text, doubleQuotes] of texts) writer.text(text, doubleQuotes);
  return writer.take();
}

/**
 * Each text as TextEncoder encodes it, with `"` doubled where asked, one after another (each text on its own:
 * a lone surrogate at the end of one and at the start of the next are two U+FFFD, not one character).
 */
function expected(texts: readonly [string, boolean][]): Uint8Array {
  const parts = texts.map(([text, doubleQuotes]) => encoder.encode(doubleQuotes ? text.replaceAll('"', '""') : text));
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  return joined;
}

Deno.test("Utf8Writer writes what TextEncoder encodes: Finnish letters, quotes, emoji, lone surrogates, short and long", () => {
  const texts: [string, boolean][] = [
    ["Hämeen ELY-keskus", true],
    ['"Osaava" työ', true],
    ['"ei tuplattu"', false],
    ["", true],
    ["€ 1 000 – 2 000", true],
    ["emoji 😀 ja ääkköset", true],
    ["yksinäinen \uD800 ja \uDC00 puolikas, loppuun \uD83D", true],
    ["pitkä teksti ".repeat(20) + '"lainaus" ' + "😀\uD800", true],
    ["x".repeat(65), true],
    ["loppuu puolikkaaseen \uD83D", false],
    ["\uDE00 alkaa puolikkaalla", false],
  ];
  assertEquals(written(texts), expected(texts));
  // A buffer that starts small grows as often as needed and loses nothing.
  assertEquals(written(texts, 1), expected(texts));
});

Deno.test("Utf8Writer writes any text as TextEncoder encodes it (property)", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom("a", "ä", "Ö", '"', "€", "😀", "\uD800", "\uDFFF", "\n", ","), maxLength: 120 }),
  );
  fc.assert(fc.property(fc.array(fc.tuple(anyText, fc.boolean()), { maxLength: 12 }), (texts) => {
    assertEquals(written(texts, 8), expected(texts));
  }));
});

Deno.test("Utf8Writer.take hands over the bytes in a buffer of their own size, and starts again empty", () => {
  const writer = new Utf8Writer(4);
  writer.text("S20001");
  writer.byte(0x2c);
  const first = writer.take();
  assertEquals([first.byteLength, first.buffer.byteLength, new TextDecoder().decode(first)], [7, 7, "S20001,"]);
  assertEquals(writer.length, 0);
  writer.text("ä");
  assertEquals([...writer.take()], [0xc3, 0xa4]);
  assertEquals(writer.take().byteLength, 0);
});
