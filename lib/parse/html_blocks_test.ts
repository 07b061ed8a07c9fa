import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";

const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));

Deno.test("htmlToText: a figure's rest in a block of its own (645, then 300 below it) is never read as the figure", () => {
  // As the browser saves `<p>…<span>645<div>300</div></span></p>`: the paragraph ends at the block.
  const row = (value: string) =>
    `<p class="kentta"><strong>Myönnetty EU- ja valtion rahoitus:</strong> <span class="arvo">${value}</p>`;
  for (
    const split of [
      "645</span></p><div>300</div><p>",
      "645</span></p><p>300</p><p>",
      "645</span></p><div>300 000</div><p>",
    ]
  ) {
    const page = PAGE.replace(
      /<dl class="tiedot">\n {2}<div class="rivi">\n {4}<dt>Myönnetty[\s\S]*?<dd>645&nbsp;300<\/dd>\n {2}<\/div>/,
      row(split) + `<dl class="tiedot">`,
    );
    const { documents, diagnostics } = parseDocuments(htmlToText(new TextEncoder().encode(page)).text);
    // Before: 645, with no word said.
    assertEquals(documents[0]!.project.funding_eu_state_granted, null, split);
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("645 300")), split);
    assertEquals(documents[0]!.project.funding_public_planned, 645300);
  }
});
