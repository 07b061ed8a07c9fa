import { assert, assertEquals } from "../../testing/assert.ts";
import { splitIndentedLines, splitNormalLines } from "./split_lines.ts";

/** What `splitNormalLines` must give for any text: the general split of the text's NFC form. */
const general = (text: string) => ({ normal: text.normalize("NFC"), ...splitIndentedLines(text.normalize("NFC")) });

const CASES: Record<string, string> = {
  "plain lines": "Hankekoodi: S21234\n\n  Nimi: Testi  \nSummat: 1 000",
  "an empty text": "",
  "a final line break": "Nimi: Testi\n",
  "odd spaces": "Summa:\u00A01\u202F000\t\n\u3000Nimi:\u2009Testi\u205F\u1680x\u2028y\u2029z",
  "cells apart": "Suunniteltu:\t199\t100\nToteutunut:  21    100\n \t \tYhteensä: 5",
  "a byte-order mark first": "\uFEFFHankekoodi: S21234\nNimi: Testi",
  "a byte-order mark inside": "…yrittäjyyttä.\uFEFFEuroopan unioni\nNimi",
  "a byte-order mark between spaces": "Summa: 21 \uFEFF 100",
  "carriage returns": "Nimi: Testi\r\nSumma: 1\u00A0000\r\n\r\nLoppu\rViimeinen",
  "a form feed": "Sivu 1\fNimi: Testi\n\f2\nyrittäjyyttä.\fEuroopan unioni",
  "decomposed letters": "Ka\u0308rsa\u0308maki\nNimi:  Va\u0308ha\u0308",
  "quads NFC makes spaces": "Summa:\u2000100\u2001000",
  "letters NFC keeps": "Имя: Тест  проект\nΌνομα: δοκιμή\n名前: テスト",
  "a singleton NFC changes": "Lämpötila 5 \u212A, \u2126",
  "controls": "Nimi:\u0001Testi\u007F\u0085\u000B1",
  "punctuation and signs": "Summa – 5 € … ”lainaus” ‘x’ • \u200B\u200D\u2060",
  "a columned print": Array.from({ length: 60 }, (_, k) => `    Nimike ${k}      Arvo  ${k}   ${k}`).join("\n"),
  "a hangul syllable and its jamo": "\u1100\u1161 \uAC00\u11A8",
};

for (const [name, text] of Object.entries(CASES)) {
  Deno.test(`splitNormalLines() splits ${name} as splitIndentedLines() splits its NFC form`, () => {
    assertEquals(splitNormalLines(text), general(text));
  });
}

Deno.test("splitNormalLines() keeps an NFC text as it is", () => {
  const text = "Nimi: Kärsämäki\nSumma:\u00A01 000";
  assert(splitNormalLines(text).normal === text);
});

Deno.test("splitNormalLines() takes the characters it skips as NFC after any letter or mark", () => {
  // Those its pattern skips (printable ASCII, U+00A1–U+02FF, U+200B–U+20CF but the odd spaces) and the odd spaces it
  // keeps: after a letter each composes with, and after a mark of each combining class that could reorder them.
  const before = ["a", "A", "e", "o", "u", "\u0301", "\u0345", "\u0334", "\u1100", "\uAC00", "\u0B47", "\u0BC6"];
  const skipped = /[\x20-\x7E\u00A1-\u02FF\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u20CF]/;
  const kept = [
    0x1680,
    0x2028,
    0x2029,
    0x202f,
    0x205f,
    0x3000,
    0xfeff,
    ...Array.from({ length: 9 }, (_, k) => 0x2002 + k),
  ];
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (!skipped.test(char) && !kept.includes(code)) continue;
    for (const b of before) {
      assertEquals((b + char).normalize("NFC"), b.normalize("NFC") + char, `U+${code.toString(16)}`);
    }
  }
});
