/**
 * A rule a saved page cannot answer (`:target`, a width) that may show what the page hides leaves it in doubt: the
 * text is `[?]`, no figure read from it, said with the rule, as a rule that may hide does (`doubtful_hiding`).
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's actual public funding, its line, and the problems, with the row's `dd` as given and `css` added. */
function read(dd: string, css = "") {
  const r = readStyledPage(dd, css);
  return { value: r.actual, line: r.line, problems: r.problems.map((problem) => [problem.code, problem.detail]) };
}

Deno.test("htmlToText: a rule a saved page cannot answer that may show a hidden element makes it [?], said with the rule", () => {
  // Before: the element was left out without a word, as though the page surely hid 614 153.
  for (
    const [css, rule] of [
      [".vanha { display: none } .vanha:target { display: block }", ".vanha:target { display: block }"],
      [
        ".vanha { display: none } @media (min-width: 1400px) { .vanha { display: block } }",
        "@media (min-width: 1400px) { .vanha { display: block } }",
      ],
      [".vanha { visibility: hidden } .vanha:target { visibility: visible }", ".vanha:target { visibility: visible }"],
      [".vanha { opacity: 0 } .vanha:target { opacity: 1 }", ".vanha:target { opacity: 1 }"],
    ] as const
  ) {
    assertEquals(read('<dd class="vanha">614&nbsp;153</dd>', css), {
      value: null,
      line: "Toteutunut julkinen rahoitus yhteensä: [?]",
      problems: [["doubtful_showing", rule]],
    }, css);
  }
});

Deno.test("htmlToText: what another property hides, or the page's markup, stays hidden without a word", () => {
  for (
    const [dd, css] of [
      [
        '<dd class="vanha" style="clip-path:inset(50%)">614&nbsp;153</dd>',
        ".vanha { display: none } .vanha:target { display: block }",
      ],
      ['<dd class="vanha" hidden>614&nbsp;153</dd>', ".vanha:target { visibility: visible }"],
      ['<dd class="vanha d-none">614&nbsp;153</dd>', ".vanha:target { opacity: 1 }"],
    ] as const
  ) assertEquals(read(dd, css), { value: null, line: "Toteutunut julkinen rahoitus yhteensä", problems: [] }, dd);
});
