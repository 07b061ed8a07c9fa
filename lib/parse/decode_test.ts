import { assert, assertEquals } from "../../testing/assert.ts";
import { parsedContent } from "../../testing/form_fixtures.ts";
import { edit, lineOf, SEED_2007, SEED_2014, utf16, utf8, windows1252 } from "../../testing/seeds.ts";
import { decodeDocument } from "./decode.ts";
import iconv from "iconv-lite";
import { parseDocument } from "./parse_document.ts";

/** UTF-8 bytes of the text, with the first `char` of the line holding `needle` written as one Windows-1252 byte. */
function withOneLatinByte(text: string, needle: string, char: string): Uint8Array {
  const line = text.split("\n").find((l) => l.includes(needle))!;
  const at = text.indexOf(line) + line.indexOf(char);
  return Uint8Array.from([...utf8(text.slice(0, at)), ...windows1252(char), ...utf8(text.slice(at + 1))]);
}

Deno.test("one Windows-1252 byte in a UTF-8 file is repaired where it is, and named by its line", () => {
  const bytes = withOneLatinByte(SEED_2007, "Myönnetty EU- ja valtion rahoitus", "ö");
  const decoded = decodeDocument(bytes);
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2007, "every other character decoded as UTF-8");
  assertEquals(decoded.encoding, "utf-8");
  assertEquals(decoded.notes.map((n) => [n.kind, n.line]), [["repaired_bytes", lineOf(SEED_2007, "Myönnetty")]]);
  assert(decoded.notes[0]!.detail.includes("F6") && decoded.notes[0]!.detail.includes("ö"), decoded.notes[0]!.detail);
  assertEquals(parseDocument(decoded.text).document!.project.funding_eu_state_granted, 645300);
});

Deno.test("several stray bytes on several lines: each line named once", () => {
  const needles = ["Hankkeen nimi:", "Postitoimipaikka:", "Kunnat:"];
  const bytes = SEED_2014.split("\n").map((line) =>
    needles.some((needle) => line.startsWith(needle)) && line.includes("ä")
      ? [...utf8(line.replace(/ä.*$/, "")), 0xe4, ...utf8(line.replace(/^[^ä]*ä/, ""))]
      : [...utf8(line)]
  ).reduce((all, line, i) => i === 0 ? line : [...all, 0x0a, ...line], [] as number[]);
  const decoded = decodeDocument(Uint8Array.from(bytes));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2014);
  assertEquals(decoded.notes.map((n) => n.line), needles.map((needle) => lineOf(SEED_2014, needle)));
});

Deno.test("NFD text (decomposed ä and ö, as macOS writes it) parses like NFC", () => {
  for (const seed of [SEED_2007, SEED_2014]) {
    const nfd = seed.normalize("NFD");
    assert(nfd !== seed, "the seed has letters to decompose");
    assertEquals(parsedContent(nfd), parsedContent(seed));
    assertEquals(parseDocument(nfd).diagnostics, []);
  }
});

Deno.test("UTF-16 without a byte-order mark is recognised by its zero bytes, not called binary", () => {
  for (const littleEndian of [true, false]) {
    const decoded = decodeDocument(utf16(SEED_2007, littleEndian, false));
    assert(decoded.kind === "text", `${littleEndian ? "LE" : "BE"}: ${decoded.kind}`);
    assertEquals(decoded.text, SEED_2007);
    assertEquals(decoded.encoding, littleEndian ? "utf-16le" : "utf-16be");
  }
  // Zero bytes with no such pattern are still binary.
  assertEquals(decodeDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0x08, 0])).kind, "binary");
});

Deno.test("a UTF-8 byte-order mark on a Windows-1252 text: read as Windows-1252, with a warning", () => {
  const decoded = decodeDocument(Uint8Array.from([0xef, 0xbb, 0xbf, ...windows1252(SEED_2007)]));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2007);
  assertEquals(decoded.encoding, "windows-1252");
  assertEquals(decoded.notes.map((n) => [n.kind, n.line]), [["bom_mismatch", null]]);
});

Deno.test("a plain Windows-1252 file is read without a warning", () => {
  const decoded = decodeDocument(windows1252(SEED_2007));
  assert(decoded.kind === "text");
  assertEquals([decoded.text, decoded.encoding, decoded.notes], [SEED_2007, "windows-1252", []]);
});

/** Mac Roman bytes of a text. */
function macRoman(text: string): Uint8Array {
  const table = new TextDecoder("macintosh").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...text], (char) => {
    const byte = table.indexOf(char);
    if (byte < 0) throw new RangeError(`"${char}" has no Mac Roman byte`);
    return byte;
  });
}

Deno.test("a Mac Roman text is recognised by its bytes for ä and ö, with a warning to check it", () => {
  const decoded = decodeDocument(macRoman(SEED_2014));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2014);
  assertEquals(decoded.encoding, "macintosh");
  assertEquals(decoded.notes.map((n) => n.kind), ["mac_roman"]);
});

Deno.test("a DOS (code page 850) text is recognised by its bytes for ä and ö, with a warning to check it", () => {
  // The seed without the characters code page 850 lacks (the dashes and quotes of Windows).
  const text = SEED_2014.replace(/[–—]/g, "-").replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const bytes = iconv.encode(text, "cp850");
  assertEquals(iconv.decode(bytes, "cp850"), text, "the test's text has every character in code page 850");
  const decoded = decodeDocument(new Uint8Array(bytes));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, text);
  assertEquals(decoded.encoding, "ibm850");
  assertEquals(decoded.notes.map((n) => n.kind), ["dos"]);
});

Deno.test("C1 control characters are read as the Windows-1252 punctuation they stand for, named by line", () => {
  const text = edit(SEED_2007, "Kv-kohtaamo –nimisiä", "Kv-kohtaamo \u0096nimisiä");
  const decoded = decodeDocument(utf8(text));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2007);
  assertEquals(decoded.notes.map((n) => [n.kind, n.line]), [["c1_controls", lineOf(SEED_2007, "Kv-kohtaamo")]]);
  const euro = decodeDocument(utf8("Projektikoodi: S11547\nSumma: 5 000 \u0080\n"));
  assert(euro.kind === "text");
  assertEquals(euro.text, "Projektikoodi: S11547\nSumma: 5 000 €\n");
  assertEquals(euro.notes.map((n) => n.line), [2]);
});

Deno.test("UTF-8 once read as Windows-1252 and saved again (Ã¤ for ä) is read back, with a warning", () => {
  const mojibake = new TextDecoder("windows-1252").decode(utf8(SEED_2014));
  assert(mojibake.includes("JyvÃ¤skylÃ¤"));
  const decoded = decodeDocument(utf8(mojibake));
  assert(decoded.kind === "text");
  assertEquals(decoded.text, SEED_2014);
  assertEquals(decoded.notes.map((n) => [n.kind, n.line]), [["mojibake", null]]);
});

Deno.test("a text saved from an e-mail as quoted-printable (=C3=A4 for ä) is said to be so, on the line where it shows", () => {
  const qp = edit(SEED_2007, "Osio: Itä-Suomen suuralueosio", "Osio: It=C3=A4-Suomen suuralueosio");
  const encoded = edit(qp, "Toimintalinja: 4: Jäsenvaltioiden", "Toimintalinja: 4: J=C3=A4senvaltioiden =\nja");
  const decoded = decodeDocument(
    utf8(
      encoded.replace(
        "Projektityyppi: Projekti, jossa on henkilöitä",
        "Projektityyppi: Projekti, jossa on henkil=C3=B6it=C3=A4",
      ),
    ),
  );
  assert(decoded.kind === "text");
  assertEquals(decoded.notes.map((n) => [n.kind, n.line]), [["quoted_printable", lineOf(encoded, "It=C3=A4")]]);
  // Latin-1 quoted-printable too (=E4 for ä); a text with an "=" or two of its own is not.
  const latin = decodeDocument(utf8("Projektin nimi: K=E4ytt=F6=F6n otto\nSuunniteltu: 5"));
  assert(latin.kind === "text" && latin.notes.some((n) => n.kind === "quoted_printable"));
  const plain = decodeDocument(utf8(edit(SEED_2007, "Osio: Itä-Suomen suuralueosio", "Osio: a = b, c=1")));
  assert(plain.kind === "text");
  assertEquals(plain.notes, []);
});
