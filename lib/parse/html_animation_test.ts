/**
 * A page that shows itself by a CSS animation (`opacity: 0` and `@keyframes` to 1, filled `forwards`) is read as a
 * browser shows it once the animation has ended; one whose end a saved page cannot decide is `[?]`.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { readStyledPage, S11547_PAGE as PAGE } from "../../testing/styled_page.ts";

const FADE_IN = "@keyframes fadeIn { from { opacity: 0 } to { opacity: 1 } }";
const SHOW = "@-webkit-keyframes esiin { 0% { visibility: hidden } 100% { visibility: visible } }";

/** S11547's actual public funding, its line, and the problems' codes, with the row's `dd` as given and `css` added. */
function read(dd: string, css: string) {
  const r = readStyledPage(dd, css);
  return { value: r.actual, line: r.line, problems: r.problems.map((problem) => problem.code) };
}

const SHOWN = { value: 614153, line: "Toteutunut julkinen rahoitus yhteensä: 614 153", problems: [] };
const HIDDEN = { value: null, line: "Toteutunut julkinen rahoitus yhteensä", problems: [] };
const DOUBTFUL = { value: null, line: "Toteutunut julkinen rahoitus yhteensä: [?]", problems: ["doubtful_showing"] };

Deno.test("htmlToText: an element an animation shows, filled forwards, is read as shown when it has ended", () => {
  // Before: the element was read as hidden (opacity 0, visibility hidden) and 614 153, which Chromium shows, was null.
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: .3s ease-in both fadeIn } ${FADE_IN}`,
      `.kerros { opacity: 0; animation-name: fadeIn; animation-duration: .3s; animation-fill-mode: forwards } ${FADE_IN}`,
      `.kerros { visibility: hidden; animation: esiin 1s forwards } ${SHOW}`,
      `.kerros { opacity: 0; -webkit-animation: fadeIn .3s forwards } @-webkit-keyframes fadeIn { to { opacity: .8 } }`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), SHOWN, css);
});

Deno.test("htmlToText: an animation without a forwards fill, or whose keyframes are not found, leaves the element hidden", () => {
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn .3s } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn .3s backwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: muu .3s forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } .kerros.valmis { animation: none } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @keyframes fadeIn { from { opacity: 1 } }`,
      `.kerros { opacity: 0; animation-name: fadeIn } ${FADE_IN}`,
    ]
  ) assertEquals(read('<dd class="kerros valmis">614&nbsp;153</dd>', css), HIDDEN, css);
});

Deno.test("htmlToText: an animation whose end a saved page cannot decide makes the element [?]", () => {
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn .3s forwards paused } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards; animation-play-state: paused } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn 1s infinite alternate forwards } ${FADE_IN}`,
      `.kerros { visibility: hidden; animation: esiin 1s forwards; animation-play-state: paused } ${SHOW}`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), DOUBTFUL, css);
});

Deno.test("htmlToText: an animation that fades a shown element out, filled forwards, hides it", () => {
  const css = ".pois { animation: fadeOut 1s forwards } @keyframes fadeOut { to { opacity: 0 } }";
  assertEquals(read('<dd class="pois">614&nbsp;153</dd>', css), HIDDEN);
});

Deno.test("htmlToText: a page whose wrapper fades the whole document in is read whole, heading and figures", () => {
  // Before: the heading was hidden with the document: no_document_heading, and no figure read.
  const css = `.sivu { opacity: 0; animation: fadeIn .3s forwards } ${FADE_IN}`;
  // The page's own wrapper (`<div class="sivu">`) holds its heading and all its figures.
  const text = PAGE.replace("</style>", `${css}\n  </style>`);
  if (!text.includes(FADE_IN) || !text.includes('class="sivu"')) throw new Error("the page was not changed");
  const html = htmlToText(new TextEncoder().encode(text));
  const project = parseDocuments(html.text).documents[0]?.project;
  assertEquals({
    planned: project?.funding_public_planned ?? null,
    actual: project?.funding_public_actual ?? null,
    problems: html.problems.map((problem) => problem.code),
  }, { planned: 645300, actual: 614153, problems: [] });
});

Deno.test("htmlToText: keyframes under @media or @supports are read as the rules beside them: shown, or [?] where a screen may not meet it", () => {
  // Before: keyframes under a condition a screen may not meet were not read: 614 153, which Chromium shows, was
  // read as hidden with no [?]; and a print-only copy of the keyframes undid the screen's.
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @media screen and (min-width: 768px) { ${FADE_IN} }`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @supports (animation-name: a) { ${FADE_IN} }`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @media screen { @supports (opacity: 1) { ${FADE_IN} } }`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } ${FADE_IN} @media print { @keyframes fadeIn { to { opacity: 0 } } }`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), SHOWN, css);
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @media (prefers-reduced-motion: no-preference) { ${FADE_IN} }`,
      `.kerros { opacity: 0 } @media (prefers-reduced-motion: no-preference) { .kerros { animation: fadeIn .3s forwards } ${FADE_IN} }`,
      `.kerros { opacity: 0; animation: fadeIn .3s forwards } @media (min-width: 1400px) { ${FADE_IN} }`,
      `.kerros { opacity: 0 } ${FADE_IN} @media (min-width: 1400px) { .kerros { animation-name: fadeIn; animation-fill-mode: both } }`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), DOUBTFUL, css);
});

Deno.test("htmlToText: several animations pair their names with fill modes, counts and play states by position, as CSS does", () => {
  // Before: a forwards fill or an infinite count anywhere in the lists was taken as fadeIn's: 614 153, which Chromium
  // hides (its fadeIn is not filled), was read, and one it shows (the infinite one is another's) was [?].
  for (
    const css of [
      `.kerros { opacity: 0; animation-name: a, fadeIn; animation-duration: 1s; animation-fill-mode: none, forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: b 2s infinite, fadeIn 1s forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn 1s forwards, b 2s paused } ${FADE_IN}`,
      `.kerros { opacity: 0; animation-name: a, b, fadeIn; animation-duration: 1s; animation-fill-mode: forwards } ${FADE_IN}`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), SHOWN, css);
  for (
    const css of [
      `.kerros { opacity: 0; animation-name: fadeIn, a; animation-duration: 1s; animation-fill-mode: none, forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn 1s, b 2s forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation-name: a, fadeIn, c; animation-duration: 1s; animation-fill-mode: forwards, none } ${FADE_IN}`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), HIDDEN, css);
  // Played in reverse, it ends where it began (opacity 0, as Chromium shows): not read as shown.
  const reverse = `.kerros { opacity: 0; animation: fadeIn 1s reverse forwards } ${FADE_IN}`;
  assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', reverse).value, null);
});

Deno.test("htmlToText: a delay does not change how an animation ends, and no transition runs as a page loads", () => {
  // As Chromium shows the page once loaded and its animations ended: shown after a delay; a transition leaves it hidden.
  for (
    const css of [
      `.kerros { opacity: 0; animation: fadeIn 1s 2s forwards } ${FADE_IN}`,
      `.kerros { opacity: 0; animation: fadeIn 1s forwards; animation-delay: -5s } ${FADE_IN}`,
      `.kerros { visibility: hidden; animation: esiin 1s forwards; animation-delay: 10s } ${SHOW}`,
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), SHOWN, css);
  for (
    const css of [
      ".kerros { opacity: 0; transition: opacity 1s }",
      ".kerros { visibility: hidden; transition: all .3s }",
    ]
  ) assertEquals(read('<dd class="kerros">614&nbsp;153</dd>', css), HIDDEN, css);
});
