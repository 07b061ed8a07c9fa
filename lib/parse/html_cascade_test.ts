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
