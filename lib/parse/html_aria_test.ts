/**
 * `aria-hidden="true"` hides an element from screen readers only: the page shows it, so its text is read as the
 * page's, and a copy for screen readers only (visually hidden) is not read beside it.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";

const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));
/** S11547's row of its actual public funding, 614 153. */
const ACTUAL = "<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd>614&nbsp;153</dd>";

/** The page with its actual public funding's value cell given as `dd`, and `css` added to its style sheet. */
function page(dd: string, css = ""): Uint8Array {
  const text = PAGE.replace("</style>", `${css}\n  </style>`)
    .replace(ACTUAL, `<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd>${dd}</dd>`);
  if (text === PAGE) throw new Error("the page was not changed");
  return new TextEncoder().encode(text);
}

const actual = (bytes: Uint8Array) => {
  const html = htmlToText(bytes);
  const { documents } = parseDocuments(html.text);
  return { value: documents[0]!.project.funding_public_actual, text: html.text, problems: html.problems };
};

Deno.test("htmlToText: a figure shown only in an aria-hidden element is read (aria-hidden hides from screen readers only)", () => {
  // Before: the element was left out as hidden, and 614 153 was null with no word of why.
  const { value, problems } = actual(page('<span aria-hidden="true">614&nbsp;153</span>'));
  assertEquals(value, 614153);
  assertEquals(problems, []);
});

Deno.test("htmlToText: a shown aria-hidden figure and its copy for screen readers only are read once", () => {
  for (
    const { dd, css } of [
      { dd: '<span aria-hidden="true">614&nbsp;153&nbsp;€</span><span class="sr-only">614 153 euroa</span>', css: "" },
      {
        dd: '<span aria-hidden="true">614&nbsp;153</span> <span class="nakymaton">614 153 euroa</span>',
        css: ".nakymaton { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }",
      },
      {
        dd: '<span aria-hidden="true">614&nbsp;153</span> <span style="position:absolute;clip-path:inset(50%);' +
          'width:1px;height:1px;overflow:hidden">614 153 euroa</span>',
        css: "",
      },
    ]
  ) {
    const { value, text } = actual(page(dd, css));
    assertEquals(value, 614153, dd);
    assertEquals(text.split("\n").filter((line) => line.includes("614 153")).length, 2, dd);
  }
});

Deno.test("htmlToText: the visually hidden classes of Drupal, Foundation and others are hidden (the sheet saved apart)", () => {
  // Before: the copy for screen readers was read beside the shown one, "614 153 € 614 153 euroa", and no figure.
  for (
    const name of [
      "element-invisible",
      "show-for-sr",
      "u-visually-hidden",
      "govuk-visually-hidden",
      "screenreader-only",
      "sr-only-focusable",
      "visually-hidden-focusable",
      "assistive-text",
      "offscreen",
    ]
  ) {
    const dd = `<span aria-hidden="true">614&nbsp;153&nbsp;€</span><span class="${name}">614 153 euroa</span>`;
    assertEquals(actual(page(dd)).value, 614153, name);
  }
});
