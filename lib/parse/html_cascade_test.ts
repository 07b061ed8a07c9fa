/**
 * The cascade between a saved page's inline styles and its sheets, and the weight of a selector, as a browser has
 * them: a sheet's `!important` beats an inline style that is not, and `[id="x"]` weighs as an attribute, not an id.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";

const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));
/** S11547's row of its actual public funding, 614 153. */
const ACTUAL = "<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd>614&nbsp;153</dd>";

/** S11547's actual public funding read from its page with the row's `dd` as given and `css` added to its sheet. */
function actual(dd: string, css: string): number | null {
  const text = PAGE.replace("</style>", `${css}\n  </style>`)
    .replace(ACTUAL, `<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    ${dd}`);
  if (!text.includes(dd)) throw new Error("the page was not changed");
  const { documents } = parseDocuments(htmlToText(new TextEncoder().encode(text)).text);
  return documents[0]!.project.funding_public_actual as number | null;
}

Deno.test("htmlToText: a sheet's display: none !important hides an element whose inline style shows it", () => {
  // Before: the inline display: block won, and 614 153, which the page hides, was read.
  assertEquals(
    actual('<dd class="vanha" style="display: block">614&nbsp;153</dd>', ".vanha { display: none !important }"),
    null,
  );
  // An inline !important beats it, as in a browser: shown, read.
  assertEquals(
    actual(
      '<dd class="vanha" style="display: block !important">614&nbsp;153</dd>',
      ".vanha { display: none !important }",
    ),
    614153,
  );
});

Deno.test("htmlToText: a sheet's display: block !important shows an element whose inline style hides it", () => {
  // Before: the inline display: none won, and the figure the page shows was lost.
  assertEquals(
    actual('<dd class="auki" style="display:none">614&nbsp;153</dd>', ".auki { display: block !important }"),
    614153,
  );
  assertEquals(
    actual('<dd class="auki" style="display:none !important">614&nbsp;153</dd>', ".auki { display: block !important }"),
    null,
  );
});

Deno.test("htmlToText: [id=...] weighs as an attribute, less than a class and a tag", () => {
  // Before: [id="summa"] weighed as an id, and hid the figure that dd.nakyva, the heavier, shows.
  assertEquals(
    actual(
      '<dd id="summa" class="nakyva">614&nbsp;153</dd>',
      'dd.nakyva { display: block } [id="summa"] { display: none }',
    ),
    614153,
  );
  assertEquals(
    actual('<dd id="summa" class="nakyva">614&nbsp;153</dd>', "dd.nakyva { display: block } #summa { display: none }"),
    null,
  );
});

/** A figure printed twice, for a computer's screen and a phone's, each hidden on the other by a media query. */
const TWICE = '<dd><span class="iso">614&nbsp;153</span><span class="pieni">614 153 € </span></dd>';

Deno.test("htmlToText: @media rules apply as on a computer's screen: the copy for a phone is hidden, the other read", () => {
  for (
    const css of [
      "@media (max-width: 767px) { .iso { display: none } } @media (min-width: 768px) { .pieni { display: none } }",
      "@media only screen and (max-width: 47.9375em) { .iso { display: none } } " +
      "@media screen and (min-width: 48em) { .pieni { display: none } }",
      "@media (width < 768px) { .iso { display: none } } @media (768px <= width) { .pieni { display: none } }",
    ]
  ) {
    // Before: both copies were hidden (every @media rule but print's applied), and 614 153 was lost.
    assertEquals(actual(TWICE, css), 614153, css);
  }
});

Deno.test("htmlToText: a rule under `not print`, or a list with a query that applies, hides on screen", () => {
  // Before: read as print-only (it names print), so the figure the page hides was read.
  for (
    const css of [
      "@media not print { .vanha { display: none } }",
      "@media print, (min-width: 768px) { .vanha { display: none } }",
    ]
  ) {
    assertEquals(actual('<dd class="vanha">614&nbsp;153</dd>', css), null, css);
  }
  assertEquals(actual('<dd class="vanha">614&nbsp;153</dd>', "@media not screen { .vanha { display: none } }"), 614153);
});

Deno.test("htmlToText: a rule under a condition the screen does not decide (min-width: 1400px) is doubtful: [?], said", () => {
  const bytes = (css: string) =>
    new TextEncoder().encode(
      PAGE.replace("</style>", `${css}\n  </style>`)
        .replace(ACTUAL, `<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd class="vanha">614&nbsp;153</dd>`),
    );
  const html = htmlToText(bytes("@media (min-width: 1400px) { .vanha { display: none } }"));
  assertEquals(html.text.includes("Toteutunut julkinen rahoitus yhteensä: [?]"), true);
  assertEquals(
    html.problems.map((problem) => [problem.code, problem.detail]),
    [["doubtful_hiding", "@media (min-width: 1400px) { .vanha { display: none } }"]],
  );
});

Deno.test("htmlToText: display and visibility are apart in the cascade: a rule showing by one does not undo the other", () => {
  // Before: display: block undid visibility: hidden (and visibility: visible undid display: none), so 614 153, which
  // the page hides, was read.
  for (
    const [dd, css] of [
      ['<dd class="x">614&nbsp;153</dd>', ".x { visibility: hidden } dd.x { display: block }"] as const,
      ['<dd class="x">614&nbsp;153</dd>', ".x { display: none } dd.x { visibility: visible }"],
      ['<dd class="x" style="display: block">614&nbsp;153</dd>', ".x { visibility: hidden }"],
      ['<dd class="x" style="visibility: visible">614&nbsp;153</dd>', ".x { display: none }"],
      // The last declaration of a property in a block wins: display: block, then none.
      ['<dd class="x">614&nbsp;153</dd>', ".x { display: block; display: none }"],
    ]
  ) assertEquals(actual(dd, css), null, css);
  // Each undone by its own: shown, read.
  assertEquals(
    actual('<dd class="x">614&nbsp;153</dd>', ".x { visibility: hidden } dd.x { visibility: visible }"),
    614153,
  );
  assertEquals(actual('<dd class="x">614&nbsp;153</dd>', ".x { display: none; display: block }"), 614153);
});

Deno.test("htmlToText: a class that hides (d-none, hidden) with one that shows on a computer's screen (d-md-block, md:block) is shown", () => {
  // Before: d-none alone decided, and 614 153, which the page shows from 768 px up (Bootstrap, Tailwind), was lost.
  for (
    const classes of [
      "d-none d-md-block",
      "d-none d-lg-inline",
      "hidden md:block",
      "hidden sm:flex",
      "d-sm-table-cell d-none",
    ]
  ) {
    assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), 614153, classes);
  }
  for (const classes of ["d-none", "hidden", "d-none d-md-none", "hidden md:hidden", "d-none d-print-block"]) {
    assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), null, classes);
  }
});

Deno.test("htmlToText: a framework's display classes, its sheet not saved, are read as a wide screen shows them", () => {
  // Before: a class that shows from 1,200 px up (d-xl-block, xl:block) was not read as showing: 614 153, which a
  // browser with Bootstrap or Tailwind shows on a wide screen (and one without them shows too), was lost; and one
  // that hides on every computer's screen (d-md-none, lg:hidden) hid nothing, a phone's copy read beside the screen's.
  for (
    const classes of [
      "d-none d-xl-block",
      "d-none d-xxl-inline",
      "d-none d-md-inline",
      "hidden xl:block",
      "hidden 2xl:flex",
    ]
  ) assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), 614153, classes);
  for (
    const classes of [
      "d-md-none",
      "d-lg-none",
      "d-xl-none",
      "d-none d-md-block d-xl-none",
      "lg:hidden",
      "block xl:hidden",
    ]
  ) assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), null, classes);
});

Deno.test("htmlToText: a style sheet nesting @media 20,000 deep is read, its rules applied: the page is not lost", () => {
  const css = "@media screen {".repeat(20_000) + ".vanha { display: none }" + "}".repeat(20_000);
  // Before: the sheet's reading ran out of stack, and the whole page was an error (html_too_deep), nothing read.
  assertEquals(actual('<dd class="vanha">614&nbsp;153</dd>', css), null);
  assertEquals(actual('<dd class="uusi">614&nbsp;153</dd>', css), 614153);
});

Deno.test("htmlToText: a page's own <style media> applies under its media, as @media would: a print-only rule hides nothing on screen", () => {
  /** S11547's actual public funding read with its row's `dd` of class `vanha` and `style` added to the page's head. */
  const read = (style: string) => {
    const text = PAGE.replace("</head>", `${style}\n</head>`)
      .replace(ACTUAL, '<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd class="vanha">614&nbsp;153</dd>');
    if (!text.includes(style)) throw new Error("the page was not changed");
    const html = htmlToText(new TextEncoder().encode(text));
    return { actual: parseDocuments(html.text).documents[0]!.project.funding_public_actual, html };
  };
  // Before: every <style> applied whatever its media, so the print copy's rule hid the figure the screen shows.
  for (
    const style of [
      '<style media="print">.vanha { display: none }</style>',
      '<style media="PRINT">.vanha { visibility: hidden }</style>',
      '<style media="not screen">.vanha { display: none }</style>',
      // A rule of its own for the screen inside does not make the sheet the screen's.
      '<style media="print">@media screen { .vanha { display: none } }</style>',
      // A stray `}` does not end the sheet's media: the rules after it are still print's.
      '<style media="print">body { margin: 0 } }\n.vanha { display: none }</style>',
    ]
  ) assertEquals(read(style).actual, 614153, style);
  for (
    const style of [
      '<style media="screen">.vanha { display: none }</style>',
      '<style media="all">.vanha { display: none }</style>',
      '<style media="">.vanha { display: none }</style>',
    ]
  ) {
    assertEquals(read(style).actual, null, style);
  }
  // A media the screen does not decide makes its rules doubtful, said with it.
  const { actual: doubtful, html } = read('<style media="(min-width: 1400px)">.vanha { display: none }</style>');
  assertEquals(doubtful, null);
  assertEquals(
    html.problems.map((problem) => [problem.code, problem.detail]),
    [["doubtful_hiding", "@media (min-width: 1400px) { .vanha { display: none } }"]],
  );
});

Deno.test("htmlToText: a <style> of another type than CSS is no style sheet, as a browser has it: it hides nothing", () => {
  const read = (style: string) => {
    const text = PAGE.replace("</head>", `${style}\n</head>`)
      .replace(ACTUAL, '<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd class="vanha">614&nbsp;153</dd>');
    if (!text.includes(style)) throw new Error("the page was not changed");
    return parseDocuments(htmlToText(new TextEncoder().encode(text)).text).documents[0]!.project.funding_public_actual;
  };
  // Before: every <style> applied, whatever its type, so a block of text kept in a style element hid the figure.
  for (
    const style of [
      '<style type="text/plain">.vanha { display: none }</style>',
      '<style type="text/less">.vanha { display: none }</style>',
      '<style type="text/css; charset=utf-8">.vanha { display: none }</style>',
    ]
  ) assertEquals(read(style), 614153, style);
  for (
    const style of [
      '<style type="text/css">.vanha { display: none }</style>',
      '<style type="TEXT/CSS">.vanha { display: none }</style>',
      '<style type="">.vanha { display: none }</style>',
    ]
  ) assertEquals(read(style), null, style);
});

Deno.test("htmlToText: braces and semicolons inside a sheet's strings end no rule, and a string's words are no declaration", () => {
  const vanha = '<dd class="vanha">614&nbsp;153</dd>';
  // Before: the `}` in the string ended the rule, so its display: none was never read and the figure was.
  assertEquals(actual(vanha, '.vanha { content: "}"; display: none }'), null);
  assertEquals(actual(vanha, ".vanha { content: '{ } ;'; display: none }"), null);
  assertEquals(actual(vanha, '.vanha { content: "a \\" }"; display: none }'), null);
  assertEquals(actual(vanha, '[title="{"] { color: red } .vanha { display: none }'), null);
  // What a string says is not what the rule sets.
  assertEquals(actual(vanha, '.vanha { content: "display: none" }'), 614153);
  assertEquals(actual(vanha, '.vanha::after { content: "}" } .other { display: none }'), 614153);
});

Deno.test("htmlToText: Bootstrap 3's responsive classes, its sheet not saved, are read as a wide screen (1,200 px) shows them", () => {
  // Before: hidden-lg and visible-xs hid nothing: 614 153, which a wide screen does not show (a phone's copy), was
  // read beside the screen's.
  for (
    const classes of ["hidden-xs", "hidden-xs hidden-sm", "visible-lg", "visible-lg-block", "visible-md visible-lg"]
  ) {
    assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), 614153, classes);
  }
  for (const classes of ["hidden-lg", "hidden-xs hidden-sm hidden-md hidden-lg", "visible-xs", "visible-sm-inline"]) {
    assertEquals(actual(`<dd class="${classes}">614&nbsp;153</dd>`, ""), null, classes);
  }
});
