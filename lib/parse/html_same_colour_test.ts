/**
 * White text on a white background (its own, its nearest ancestor's, or the page's white canvas) is shown as
 * nothing a reader sees, yet it is no hiding a browser applies: `[?]`, no figure, with a `same_colour` warning.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's actual public funding, its line, and the problems, with the row's `dd` as given and `css` added. */
function read(dd: string, css = "") {
  const r = readStyledPage(dd, css);
  return { value: r.actual, line: r.line, problems: r.problems.map((problem) => [problem.code, problem.line]) };
}

Deno.test("htmlToText: white text on a white background is [?], with a same_colour warning on its line", () => {
  // Before: 614 153, which the page prints white on white, was read as a figure.
  for (
    const [dd, css] of [
      ['<dd style="color:white">614&nbsp;153</dd>', ""],
      ['<dd style="color:#fff;background-color:#ffffff">614&nbsp;153</dd>', ""],
      ['<dd class="valkoinen">614&nbsp;153</dd>', ".valkoinen { color: rgb(255, 255, 255) }"],
      ['<dd style="color:#FFFFFF"><span>614&nbsp;153</span></dd>', "dl.tiedot { background: white }"],
    ] as const
  ) {
    assertEquals(read(dd, css), {
      value: null,
      line: "Toteutunut julkinen rahoitus yhteensä: [?]",
      problems: [["same_colour", 211]],
    }, dd);
  }
});

Deno.test("htmlToText: white text on another background, or a descendant's own colour, is read", () => {
  for (
    const [dd, css] of [
      ['<dd style="color:white;background:#003580">614&nbsp;153</dd>', ""],
      ['<dd style="color:white">614&nbsp;153</dd>', "dl.tiedot { background-color: black }"],
      ['<dd style="color:white"><span style="color:#222">614&nbsp;153</span></dd>', ""],
      ['<dd style="color:#fffffe">614&nbsp;153</dd>', ""],
    ] as const
  ) {
    assertEquals(read(dd, css), {
      value: 614153,
      line: "Toteutunut julkinen rahoitus yhteensä: 614 153",
      problems: [],
    }, dd);
  }
});
