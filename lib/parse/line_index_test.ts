import { assertEquals } from "../../testing/assert.ts";
import { LineIndex } from "./line_index.ts";

Deno.test("a line index gives the lines a label could start, in line order: its first letter's, any case, and those past ASCII", () => {
  const texts = ["Osio: 1", "", "toinen", "ÄÄ", "osio: 2", "9 kpl", "\u200BOsio: 3", "Tila: x", "€ 5"];
  const index = new LineIndex(texts.map((text, i) => ({ number: i + 1, text })));
  const numbers = (wanted: string[]) => index.candidates(wanted).map((line) => line.number);
  for (let round = 0; round < 2; round++) {
    assertEquals(numbers(["osio"]), [1, 4, 5, 7, 9]);
    assertEquals(numbers(["osio", "tila", "osa"]), [1, 3, 4, 5, 7, 8, 9]);
    assertEquals(numbers(["tila", "osio"]), [1, 3, 4, 5, 7, 8, 9]);
    assertEquals(numbers(["9 kpl"]), [4, 6, 7, 9]);
    assertEquals(numbers(["9 kpl", "osio"]), [1, 4, 5, 6, 7, 9]);
    assertEquals(numbers(["ää"]), [4, 7, 9]);
    assertEquals(numbers(["x"]), [4, 7, 9]);
  }
  const ascii = new LineIndex([{ number: 1, text: "Osio" }, { number: 2, text: "Tila" }, { number: 3, text: "osa" }]);
  assertEquals(ascii.candidates(["osio", "osa"]).map((line) => line.number), [1, 3]);
  assertEquals(ascii.candidates(["osio", "tila"]).map((line) => line.number), [1, 2, 3]);
  assertEquals(ascii.candidates(["x"]), []);
});
