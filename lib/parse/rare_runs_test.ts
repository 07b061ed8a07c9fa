import fc from "fast-check";
import { assertEquals } from "../../testing/assert.ts";
import { RARE, UNUSUAL, usualText } from "./rare_runs.ts";
import { splitNormalLines } from "./split_lines.ts";
import { decodeDocument, decodeWithRuns } from "./decode.ts";

/** Texts of the characters either pattern looks at, and of those next to them in the tables of code points. */
const PIECES = [
  "a",
  "ä",
  "Ö",
  " ",
  "  ",
  "\n",
  "\t",
  "\u000B",
  "\u00A0",
  "\u00A1",
  "\u00C1",
  "\u00C2",
  "\u00C3",
  "\u00C4",
  "\u00E1",
  "\u00E2",
  "\u00E3",
  "\u0080",
  "\u0085",
  "\u009F",
  "\u0001",
  "\u007F",
  "\u02FF",
  "\u0300",
  "\u0308",
  "\u2013",
  "€",
  "\u2003",
  "\u202F",
  "\u3000",
  "\r",
  "\f",
  "\uFEFF",
  "Ж",
  "1",
  ":",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

/** RARE's runs in a text, as the line splitter finds them by itself. */
function rareRuns(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  RARE.lastIndex = 0;
  for (let run = RARE.exec(text); run !== null; run = RARE.exec(text)) {
    starts.push(run.index);
    ends.push(RARE.lastIndex);
  }
  return { starts, ends };
}

Deno.test("the one scan says what UNUSUAL says, and finds RARE's runs in a usual text", () => {
  fc.assert(
    fc.property(text, (text) => {
      const found = usualText(text);
      assertEquals(found.usual, !UNUSUAL.test(text));
      if (found.usual) assertEquals(found.runs, { text, ...rareRuns(text) });
    }),
    { numRuns: 3000, seed: 14 },
  );
});

Deno.test("a text with more runs than are kept is still told usual or not, and split by its own scan", () => {
  const many = "Жж ".repeat(5000);
  assertEquals(usualText(many), { usual: true, runs: null });
  assertEquals(usualText(`${many}Ã¤`).usual, false);
});

Deno.test("lines split with the decoder's runs are those split without them", () => {
  fc.assert(
    fc.property(text, (text) => {
      const { result, runs } = decodeWithRuns(new TextEncoder().encode(text));
      assertEquals(result, decodeDocument(new TextEncoder().encode(text)));
      if (result.kind === "text") assertEquals(splitNormalLines(result.text, runs), splitNormalLines(result.text));
    }),
    { numRuns: 3000, seed: 14 },
  );
});
