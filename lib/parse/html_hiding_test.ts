/**
 * What hides an element as a browser on a computer's screen shows the page: `visibility` is inherited and a
 * descendant may show itself again, while `display: none` takes the whole subtree; `clip` hides only an absolutely
 * positioned element.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { readStyledPage, S11547_PAGE as PAGE } from "../../testing/styled_page.ts";

/** S11547's actual public funding read from its page with the row's `dd` as given and `css` added to its sheet. */
function read(dd: string, css = ""): { value: number | null; problems: [string, string | undefined][] } {
  const r = readStyledPage(dd, css);
  return { value: r.actual, problems: r.problems.map((problem) => [problem.code, problem.detail]) };
}

Deno.test("htmlToText: a descendant that sets visibility: visible inside a visibility: hidden element is shown, and read", () => {
  // Before: the hidden dd was left out with its whole subtree, and 614 153, which the page shows, was null.
  for (
    const [dd, css] of [
      ['<dd style="visibility:hidden"><span style="visibility:visible">614&nbsp;153</span></dd>', ""],
      [
        '<dd class="vanha"><span class="auki">614&nbsp;153</span></dd>',
        ".vanha { visibility: hidden } .auki { visibility: visible }",
      ],
      // Its descendants inherit visible; the hidden element's own text is still left out.
      [
        '<dd class="vanha">999&nbsp;999 <span class="auki"><b>614&nbsp;153</b></span></dd>',
        ".vanha { visibility: hidden } .auki { visibility: visible }",
      ],
      ['<dd style="visibility:hidden"><div><span style="visibility:visible">614&nbsp;153</span></div></dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
});

Deno.test("htmlToText: what visibility: visible cannot show stays hidden: under display: none, hidden, a hiding class, a clip, or hidden again", () => {
  for (
    const [dd, css] of [
      [
        '<dd style="visibility:hidden"><span style="visibility:visible"><b style="visibility:hidden">614&nbsp;153</b></span></dd>',
        "",
      ],
      ['<dd style="visibility:hidden"><span>614&nbsp;153</span></dd>', ""],
      [
        '<dd class="vanha"><span>614&nbsp;153</span></dd>',
        ".vanha { visibility: hidden } .auki { visibility: visible }",
      ],
      ['<dd style="display:none"><span style="visibility:visible">614&nbsp;153</span></dd>', ""],
      ['<dd style="display:none"><span style="display:block">614&nbsp;153</span></dd>', ""],
      [
        '<dd class="vanha"><span class="auki">614&nbsp;153</span></dd>',
        ".vanha { display: none } .auki { display: block; visibility: visible }",
      ],
      ['<dd hidden><span style="visibility:visible">614&nbsp;153</span></dd>', ""],
      ['<dd class="d-none"><span style="visibility:visible">614&nbsp;153</span></dd>', ""],
      ['<dd class="sr-only"><span style="visibility:visible">614&nbsp;153</span></dd>', ""],
      [
        '<dd style="position:absolute;clip:rect(0 0 0 0)"><span style="visibility:visible">614&nbsp;153</span></dd>',
        "",
      ],
    ] as const
  ) assertEquals(read(dd, css), { value: null, problems: [] }, dd);
});

Deno.test("htmlToText: a visibility rule a saved page cannot answer stays doubtful: [?], said with the rule", () => {
  const rule = ".vanha:target { visibility: hidden }";
  assertEquals(read('<dd><span class="vanha">614&nbsp;153</span></dd>', rule), {
    value: null,
    problems: [["doubtful_hiding", rule]],
  });
  // Shown again inside a hidden element, then maybe hidden by its own doubtful rule.
  assertEquals(
    read(
      '<dd style="visibility:hidden"><span style="visibility:visible"><b class="vanha">614&nbsp;153</b></span></dd>',
      rule,
    ),
    { value: null, problems: [["doubtful_hiding", rule]] },
  );
});

/** The page's heading. */
const HEADING = '<h1 class="otsikko">Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus</h1>';

/** The codes of the problems of S11547's page read with its heading as given. */
function headingProblems(heading: string): string[] {
  const text = PAGE.replace(HEADING, heading);
  if (!text.includes(heading)) throw new Error("the page was not changed");
  return htmlToText(new TextEncoder().encode(text)).problems.map((problem) => problem.code);
}

Deno.test("htmlToText: the document's heading is found by the text the page shows, visibility as inherited", () => {
  assertEquals(
    headingProblems(`<div style="visibility:hidden">${HEADING.replace("<h1", '<h1 style="visibility:visible"')}</div>`),
    [],
  );
  // The header's words hidden, only a word after them shown: no heading the page shows.
  assertEquals(
    headingProblems(
      '<h1 style="visibility:hidden">Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus ' +
        '<span style="visibility:visible">S11547</span></h1>',
    ),
    ["no_document_heading"],
  );
});

Deno.test("htmlToText: clip hides only an absolutely positioned element: without a position the figure is shown, and read", () => {
  // Before: any clip to nothing hid the element, and 614 153, which the page shows, was null.
  for (
    const [dd, css] of [
      ['<dd style="clip:rect(0 0 0 0)">614&nbsp;153</dd>', ""],
      ['<dd class="leikattu">614&nbsp;153</dd>', ".leikattu { clip: rect(0, 0, 0, 0) }"],
      ['<dd style="position:relative;clip:rect(0 0 0 0)">614&nbsp;153</dd>', ""],
      [
        '<dd class="leikattu">614&nbsp;153</dd>',
        ".leikattu { position: absolute; clip: rect(0 0 0 0) } dd.leikattu { position: static }",
      ],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
});

Deno.test("htmlToText: clip hides an element positioned absolute or fixed, by its style or a rule, in the cascade", () => {
  for (
    const [dd, css] of [
      ['<dd style="position:absolute;clip:rect(0 0 0 0)">614&nbsp;153</dd>', ""],
      ['<dd style="position: fixed; clip: rect(0px, 0px, 0px, 0px)">614&nbsp;153</dd>', ""],
      ['<dd class="leikattu" style="clip:rect(0 0 0 0)">614&nbsp;153</dd>', ".leikattu { position: absolute }"],
      ['<dd class="piiloon">614&nbsp;153</dd>', ".piiloon { position: absolute; clip: rect(0 0 0 0) }"],
      [
        '<dd class="piiloon" style="position:static">614&nbsp;153</dd>',
        ".piiloon { position: absolute !important; clip: rect(0 0 0 0) }",
      ],
      // clip-path hides whatever the position.
      ['<dd style="clip-path:inset(50%)">614&nbsp;153</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: null, problems: [] }, dd);
  // A position a saved page cannot answer is doubtful: [?], said with the rule.
  const rule = ".leikattu:target { position: absolute }";
  assertEquals(read('<dd class="leikattu" style="clip:rect(0 0 0 0)">614&nbsp;153</dd>', rule), {
    value: null,
    problems: [["doubtful_hiding", rule]],
  });
});

Deno.test("htmlToText: a heading inside an element the page hides is no document's heading: what it hides is not read", () => {
  // Before: the heading of a hidden preview was found inside it (its own style hid nothing), and the preview's
  // 999 999, which the page never shows, was read as a document of its own.
  for (
    const around of [
      '<div style="display:none">',
      '<div class="esikatselu">',
      "<div hidden>",
      '<div style="visibility:hidden">',
      '<div style="position:absolute;clip:rect(0 0 0 0)">',
    ]
  ) {
    const preview = `${around}<h1>Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus</h1><dl>` +
      "<dt>Projektikoodi</dt><dd>S11547</dd><dt>Toteutunut julkinen rahoitus yhteensä</dt><dd>999 999</dd></dl></div>";
    const text = PAGE.replace("</style>", ".esikatselu { display: none }\n  </style>").replace(
      HEADING,
      preview + HEADING,
    );
    const html = htmlToText(new TextEncoder().encode(text));
    const { documents } = parseDocuments(html.text);
    assertEquals(documents.map((document) => document.project.funding_public_actual), [614153], around);
    assertEquals(html.problems, [], around);
  }
});
