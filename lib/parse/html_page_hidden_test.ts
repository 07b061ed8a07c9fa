/**
 * A page whose `<body>` or `<html>` its style hides shows nothing: an error, `page_hidden`; the text is read from its
 * first `<main>` or `<article>` the page does not hide itself, said so, else none.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";
import { readForm } from "../corpus/read_form.ts";
import type { KeyedDiagnostic } from "../diagnostics.ts";

const PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));

/** S11547's page, its content in a `<main>` unless `main` is false, with `css` added to its sheet. */
function read(css: string, main = true) {
  const page = PAGE.replace("</style>", `${css}\n  </style>`)
    .replace('<div id="sisalto" class="sivu">', main ? '<main><div id="sisalto" class="sivu">' : "$&");
  const html = htmlToText(new TextEncoder().encode(page));
  const documents = parseDocuments(html.text).documents;
  return {
    actual: documents[0]?.project.funding_public_actual ?? null,
    problems: html.problems.map((problem) => [problem.level, problem.code]),
  };
}

Deno.test("htmlToText: a page whose body or html its style hides is an error; its first shown main is read, said so", () => {
  // Before: display: none on the body hid nothing (614 153 read without a word), and visibility: hidden hid all
  // (the page had no text, said as none).
  for (
    const css of [
      "body { display: none }",
      "html { display: none }",
      "body { visibility: hidden }",
      "html { opacity: 0 }",
      "body { color: rgba(0, 0, 0, 0) }",
    ]
  ) {
    assertEquals(read(css), { actual: 614153, problems: [["error", "page_hidden"]] }, css);
  }
  // A main the page hides itself is no fallback, nor is a page without one: nothing is read.
  for (
    const [css, main] of [["body { display: none } main { display: none }", true], [
      "body { display: none }",
      false,
    ]] as const
  ) {
    assertEquals(read(css, main), { actual: null, problems: [["error", "page_hidden"], ["error", "no_text"]] }, css);
  }
});

Deno.test("readForm: a page whose body is hidden gives no document, and an html_page_hidden error (no main: no text)", async () => {
  const page = PAGE.replace("</style>", "body { display: none }\n  </style>");
  const outcome = await readForm("hidden.html", "html", new TextEncoder().encode(page));
  assertEquals(outcome.documents, []);
  assertEquals(outcome.diagnostics.map((d) => [d.level, d.code, (d as KeyedDiagnostic).key]), [
    // Its site's sheet, not saved with it (the fixture's `<link>`).
    ["warning", "incomplete_document", "html_sheet_not_read"],
    ["error", "unreadable_document", "html_page_hidden"],
    ["error", "unreadable_document", "html_no_text"],
  ]);
});
