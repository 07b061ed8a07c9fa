/**
 * A value whose label the page hides (a `dt` hidden, its `dd` shown) is no value of the label before it: it is left
 * unlabelled, as `[?]`, said with a warning on its line.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";

const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));
/** The label of S11547's actual public funding, 614 153 (its `dd` on line 211, past the line the added rules take); planned is 645 300. */
const LABEL = "<dt>Toteutunut julkinen rahoitus yhteensä</dt>";

/** S11547's planned and actual public funding read with the actual's label as given and `css` added to its sheet. */
function read(dt: string, css = "") {
  const text = PAGE.replace("</style>", `${css}\n  </style>`).replace(LABEL, dt);
  if (!text.includes(dt)) throw new Error("the page was not changed");
  const html = htmlToText(new TextEncoder().encode(text));
  const project = parseDocuments(html.text).documents[0]!.project;
  return {
    planned: project.funding_public_planned,
    actual: project.funding_public_actual,
    lines: html.text.split("\n").filter((line) => /julkinen rahoitus|\[\?\]/.test(line)),
    problems: html.problems.map((problem) => [problem.code, problem.line]),
  };
}

Deno.test("htmlToText: a value whose dt the page hides is left unlabelled as [?], not a second value of the label before", () => {
  // Before: 614 153 was read as a second value of the planned public funding, and planned 645 300 was lost (null).
  for (
    const [dt, css] of [
      ['<dt style="display:none">Toteutunut julkinen rahoitus yhteensä</dt>', ""],
      ['<dt class="piilossa">Toteutunut julkinen rahoitus yhteensä</dt>', ""],
      ['<dt style="visibility:hidden">Toteutunut julkinen rahoitus yhteensä</dt>', ""],
      ['<dt class="vanha">Toteutunut julkinen rahoitus yhteensä</dt>', ".vanha { display: none }"],
    ] as const
  ) {
    assertEquals(read(dt, css), {
      planned: 645300,
      actual: null,
      lines: ["7. Projektin julkinen rahoitus, euroa", "Suunniteltu julkinen rahoitus yhteensä: 645 300", "[?]"],
      problems: [["unlabelled_value", 211]],
    }, dt);
  }
});

Deno.test("htmlToText: a dt and its dd both hidden are left out without a word; a shown dt is read as before", () => {
  const both = PAGE.replace(
    `${LABEL}\n    <dd>614&nbsp;153</dd>`,
    "<dt hidden>Toteutunut julkinen rahoitus yhteensä</dt><dd hidden>614&nbsp;153</dd>",
  );
  const html = htmlToText(new TextEncoder().encode(both));
  const project = parseDocuments(html.text).documents[0]!.project;
  assertEquals([project.funding_public_planned, project.funding_public_actual, html.problems], [645300, null, []]);
  assertEquals(read(LABEL).actual, 614153);
});

Deno.test("htmlToText: a table row whose label cell the page hides is [?], not its first value read as a label", () => {
  // Before: the row's 120 was read as the label of its 100 ("120: 100").
  const page = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc_cells-apart.html"));
  const label = '<th scope="row">Toteutunut seurantatietojen mukaan</th>\n      <td>120</td>';
  const hidden = page.replace(label, label.replace('scope="row"', 'scope="row" style="display:none"'));
  if (hidden === page) throw new Error("the page was not changed");
  const html = htmlToText(new TextEncoder().encode(hidden));
  const lines = html.text.split("\n");
  const at = lines.indexOf("4.1 Uusien työpaikkojen määrä");
  assertEquals(lines.slice(at, at + 4), ["4.1 Uusien työpaikkojen määrä", "", "Suunniteltu\t120\t100", "[?]"]);
  assertEquals(html.problems.map((problem) => [problem.code, problem.line]), [["unlabelled_value", 163]]);
});
