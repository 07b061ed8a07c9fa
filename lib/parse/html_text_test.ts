import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import fc from "fast-check";
import { htmlToText } from "./html_text.ts";
import { dataFile, DOCUMENTS, fixtureFile, nonEmptyLines, parsedContent } from "../../testing/form_fixtures.ts";
import { encodeWindows1252 } from "../../dev/make_form_fixtures.ts";
import { parseDocument } from "./parse_document.ts";
import { readDocument } from "../corpus/read_document.ts";

const pageOf = (name: string) => Deno.readFileSync(fixtureFile(name));

for (const base of DOCUMENTS) {
  Deno.test(`htmlToText: the saved page of ${base} gives the lines and the record of the .txt`, async () => {
    const txt = await Deno.readTextFile(dataFile(base));
    const html = htmlToText(pageOf(`${base}.html`));
    assertEquals(html.problems, []);
    assertEquals(html.encoding, "utf-8");
    assertEquals(nonEmptyLines(html.text), nonEmptyLines(txt));
    assertEquals(parsedContent(html.text), parsedContent(txt));
    assertEquals(html.lineOrigins.length, html.text.split("\n").length);
  });
}

Deno.test("htmlToText: S11547's values come from the page, each line with the source line it came from", () => {
  const bytes = pageOf("000_0083efce40fb50fc.html");
  const source = new TextDecoder().decode(bytes).split("\n");
  const { text, lineOrigins } = htmlToText(bytes);
  const lines = text.split("\n");
  const { document } = parseDocument(text);
  assertEquals(document?.project.project_code, "S11547");
  assertEquals(document?.project.funding_public_planned, 645300);
  assertEquals(document?.project.participants_planned, 199);
  // "Projektikoodi: S11547" is a dt/dd pair: its origin is the <dt>.
  const code = lines.indexOf("Projektikoodi: S11547");
  assertEquals(source[lineOrigins[code]! - 1]!.trim(), "<dt>Projektikoodi</dt>");
  // "Tasa-arvo: Sukupuolineutraali projekti" is a table row: its origin is the <tr>, the line before its <th>.
  const equality = lines.indexOf("Tasa-arvo: Sukupuolineutraali projekti");
  assertEquals(source[lineOrigins[equality]! - 1]!.trim(), "<tr>");
  assertEquals(source[lineOrigins[equality]!]!.trim(), '<th scope="row">Tasa-arvo</th>');
  // Free text: the origin is the source line where the line's text begins.
  const summary = lines.findIndex((line) => line.startsWith("Pohjois-Savon ELY-keskus toteuttaa"));
  assert(source[lineOrigins[summary]! - 1]!.includes("Pohjois-Savon ELY-keskus toteuttaa"));
  // Every origin is a line of the source, in document order.
  assert(
    lineOrigins.every((origin, i) => origin >= 1 && origin <= source.length && origin >= (lineOrigins[i - 1] ?? 1)),
  );
});

Deno.test("htmlToText: navigation, scripts, styles, hidden parts and the footer are left out", () => {
  for (const base of DOCUMENTS) {
    const { text } = htmlToText(pageOf(`${base}.html`));
    for (
      const outside of [
        "Etusivu",
        "Siirry sisältöön",
        "X00000",
        "X99999",
        "dataLayer",
        "Saavutettavuus",
        "evästeitä",
        "JavaScript",
      ]
    ) {
      assert(!text.includes(outside), `${base}: "${outside}" is not document text`);
    }
  }
});

Deno.test("htmlToText: a Windows-1252 page declared with http-equiv reads as the UTF-8 one does", async () => {
  const base = "001_bfc078f93719c10e";
  const page = htmlToText(pageOf(`${base}_windows-1252.html`));
  assertEquals(page.encoding, "windows-1252");
  assertEquals(page.problems, []);
  assertEquals(nonEmptyLines(page.text), nonEmptyLines(await Deno.readTextFile(dataFile(base))));
});

Deno.test("htmlToText: a wrong charset declaration is overruled, with a warning, and gives no mojibake", async () => {
  const cases = [
    { name: "002_9a75f02c10db9dc6_declared-utf-8.html", encoding: "windows-1252", says: "declares UTF-8" },
    { name: "004_b5ee5d749125fe7f_declared-latin-1.html", encoding: "utf-8", says: "declares windows-1252" },
  ];
  for (const { name, encoding, says } of cases) {
    const page = htmlToText(pageOf(name));
    assertEquals(page.encoding, encoding);
    assertEquals(page.problems.map((problem) => problem.code), ["charset_mismatch"]);
    assert(page.problems[0]!.message.includes(says));
    assertEquals(page.problems[0]!.line, 4);
    const txt = await Deno.readTextFile(dataFile(name.slice(0, 20)));
    assertEquals(nonEmptyLines(page.text), nonEmptyLines(txt));
  }
});

Deno.test("htmlToText: UTF-8 saved as Windows-1252 characters (mojibake) is repaired with a warning", () => {
  const good = "<p>Kyllä, työllistyminen edistyi; ähky ölj Äiti.</p>";
  const utf8 = new TextEncoder().encode(good);
  const mojibake = new TextDecoder("windows-1252").decode(utf8);
  const page = htmlToText(new TextEncoder().encode(`<meta charset="utf-8">${mojibake}`));
  assertEquals(page.text, "Kyllä, työllistyminen edistyi; ähky ölj Äiti.");
  assertEquals(page.problems.map((problem) => problem.code), ["mojibake_repaired", "no_document_heading"]);
});

Deno.test("htmlToText: bytes that are no page give a problem, not an exception", () => {
  assertEquals(htmlToText(new Uint8Array()).problems[0]?.code, "empty_file");
  assertEquals(htmlToText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])).problems[0]?.code, "not_html");
  const blank = htmlToText(new TextEncoder().encode("<html><body><script>var a = 1;</script></body></html>"));
  assertEquals(blank.text, "");
  assertEquals(blank.problems.map((problem) => problem.code), ["no_document_heading", "no_text"]);
});

Deno.test("htmlToText: rows, definitions, line breaks, lists and inline tags", () => {
  const page = `<body><article>
<h1>Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus</h1>
<table><tr><td>Y-tunnus:</td><td>0174666-4</td></tr><tr><th>Jakeluosoite</th><td></td></tr>
<tr><td>a</td><td>b</td><td>c</td></tr></table>
<dl><dt>Kunnat</dt><dd>Jyväskylä, <em>Äänekoski</em></dd><dt>Tyhjä</dt></dl>
<p>eka<br>toka<br><br>kolmas &amp; <b>lihava</b>&nbsp;<a href="#">linkki</a></p>
<ul><li>yksi</li><li>- kaksi</li></ul><ol start="3"><li>kolme</li></ol>
<div style="display:none">piilossa</div><div class="sr-only">lukijalle</div>
<pre>  a
  b</pre>
</article></body>`;
  const { text, problems } = htmlToText(new TextEncoder().encode(page));
  assertEquals(problems, []);
  assertEquals(text.split("\n"), [
    "Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus",
    "",
    "Y-tunnus: 0174666-4",
    "Jakeluosoite:",
    "a\tb\tc", // cells apart by a tab, as a pasted table (the parser reads a tab as a space, but between digits)
    "",
    "Kunnat: Jyväskylä, Äänekoski",
    "Tyhjä",
    "",
    "eka",
    "toka",
    "",
    "kolmas & lihava linkki",
    "",
    "- yksi",
    "- kaksi",
    "",
    "3. kolme",
    "",
    "a",
    "b",
  ]);
});

/** The page of S11547 as a string, for the fuzzing below. */
const SOURCE = new TextDecoder().decode(pageOf("000_0083efce40fb50fc.html"));

function assertSound(result: ReturnType<typeof htmlToText>): void {
  assert(typeof result.text === "string");
  assert(result.text !== "" || result.problems.length > 0, "either text or a problem");
  assertEquals(result.lineOrigins.length, result.text === "" ? 0 : result.text.split("\n").length);
}

Deno.test("htmlToText fuzzing: a page cut anywhere gives text or a problem", () => {
  const bytes = new TextEncoder().encode(SOURCE);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: bytes.length }), (end) => assertSound(htmlToText(bytes.subarray(0, end)))),
    { numRuns: 150 },
  );
});

Deno.test("htmlToText fuzzing: tags deleted at random never break the extraction", () => {
  const tags = [...SOURCE.matchAll(/<[^>]*>/g)].map((match) => ({
    start: match.index!,
    end: match.index! + match[0].length,
  }));
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat({ max: tags.length - 1 }), { maxLength: 60 }), (picked) => {
      const drop = new Set(picked);
      let html = "";
      let at = 0;
      tags.forEach((tag, index) => {
        if (!drop.has(index)) return;
        html += SOURCE.slice(at, tag.start);
        at = tag.end;
      });
      html += SOURCE.slice(at);
      const result = htmlToText(new TextEncoder().encode(html));
      assertSound(result);
      // Text between the tags survives: the project code is still there unless its own tag went.
      if (!picked.some((index) => SOURCE.slice(tags[index]!.start, tags[index]!.end).includes("script"))) {
        assert(!result.text.includes("dataLayer"));
      }
    }),
    { numRuns: 120 },
  );
});

Deno.test("htmlToText fuzzing: any charset declaration over UTF-8 or Windows-1252 bytes gives the right letters", () => {
  const labels = [
    "utf-8",
    "UTF8",
    "windows-1252",
    "iso-8859-1",
    "latin1",
    "iso-8859-15",
    "ascii",
    "utf-16",
    "utf-16le",
    "bogus-charset",
    "",
  ];
  const body = SOURCE.replace('<meta charset="utf-8">', "@@META@@");
  fc.assert(
    fc.property(
      fc.constantFrom(...labels),
      fc.constantFrom("charset", "http-equiv"),
      fc.boolean(),
      (label, form, asWindows1252) => {
        const meta = form === "charset"
          ? `<meta charset="${label}">`
          : `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`;
        const html = body.replace("@@META@@", meta);
        const result = htmlToText(asWindows1252 ? encodeWindows1252(html) : new TextEncoder().encode(html));
        assertSound(result);
        assertEquals(result.encoding, asWindows1252 ? "windows-1252" : "utf-8");
        assert(result.text.includes("Maahanmuuttopäällikkö") && result.text.includes("käyttöön (MOK)"));
        assert(!/Ã|Â|\uFFFD|[\u0080-\u009F]/.test(result.text), "no mojibake");
      },
    ),
    { numRuns: 120 },
  );
});

Deno.test("htmlToText: <meta charset> counts before <meta http-equiv>, and a BOM before both", () => {
  const latin = encodeWindows1252(
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta charset="windows-1252"><p>Kyllä</p>',
  );
  assertEquals(htmlToText(latin).encoding, "windows-1252");
  assertEquals(htmlToText(latin).problems.map((problem) => problem.code), ["no_document_heading"]);
  const bom = new Uint8Array([
    0xef,
    0xbb,
    0xbf,
    ...new TextEncoder().encode('<meta charset="windows-1252"><p>Kyllä</p>'),
  ]);
  assertEquals(htmlToText(bom).encoding, "utf-8");
  assertEquals(htmlToText(bom).text, "Kyllä");
});

Deno.test("htmlToText: table rows run together (a <tr> missing) still give a Label: value line per pair", () => {
  const page = `<html><body><h1>Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus</h1>
<table><tr><th>Tasa-arvo</th><td>Sukupuolineutraali projekti</td>
<th>Kestävä kehitys</th><td>Kestävää kehitystä edistävä projekti</td></tr></table></body></html>`;
  const { text, lineOrigins } = htmlToText(new TextEncoder().encode(page));
  assertEquals(text.split("\n").slice(2), [
    "Tasa-arvo: Sukupuolineutraali projekti",
    "Kestävä kehitys: Kestävää kehitystä edistävä projekti",
  ]);
  assertEquals(lineOrigins.slice(2), [2, 3]);
});

Deno.test("htmlToText: a footnote mark, a second value or a correction in a value's cell is not read past", () => {
  const read = (from: string, to: string) => {
    assert(SOURCE.includes(from), from);
    const { text } = htmlToText(new TextEncoder().encode(SOURCE.replace(from, to)));
    return parseDocument(text);
  };
  // 199 with a footnote mark 1: not 1991.
  const footnote = read("<dd>199, joista naisia 100</dd>", "<dd>199<sup>1</sup>, joista naisia 100</dd>");
  assertEquals(footnote.document!.project.participants_planned, null);
  assert(footnote.diagnostics.some((d) => d.code === "unreadable_value"), JSON.stringify(footnote.diagnostics));
  // A label with two values: a conflict, not the first.
  const two = read("<dd>614&nbsp;153</dd>", "<dd>614&nbsp;153</dd><dd>700&nbsp;000</dd>");
  assertEquals(two.document!.project.funding_eu_state_actual, null);
  assert(two.diagnostics.some((d) => d.code === "conflicting_values"), JSON.stringify(two.diagnostics));
  // A correction on the next line of the cell: unreadable, as on one line of a text export.
  const corrected = read("<dd>614&nbsp;153</dd>", "<dd>614&nbsp;153<br>(korjattu 620&nbsp;000)</dd>");
  assertEquals(corrected.document!.project.funding_eu_state_actual, null);
});

Deno.test("htmlToText: text marked as deleted (tracked changes, struck through) is left out, with a warning on its line", () => {
  for (
    const [from, to] of <[string, string][]> [
      ["<dd>614&nbsp;153</dd>", "<dd><del>650&nbsp;000</del> <ins>614&nbsp;153</ins></dd>"],
      ["<dd>614&nbsp;153</dd>", "<dd><s>650&nbsp;000</s> 614&nbsp;153</dd>"],
      ["<dd>614&nbsp;153</dd>", "<dd><strike>650&nbsp;000</strike>614&nbsp;153</dd>"],
    ]
  ) {
    const { text, problems } = htmlToText(new TextEncoder().encode(SOURCE.replace(from, to)));
    const { document } = parseDocument(text);
    assertEquals(document!.project.funding_eu_state_actual, 614153, to);
    assertEquals(problems.map((p) => [p.level, p.code]), [["warning", "deleted_text"]], to);
    assert(problems[0]!.line !== null && problems[0]!.message.includes("deleted"), to);
  }
});

Deno.test("htmlToText: text struck through by a style (inline, or a class of the page's style sheet, as Google Docs exports it) is deleted text too", () => {
  const sheet =
    "<style>.c7{color:#000;text-decoration:line-through}.c8{text-decoration-line: underline line-through}</style>";
  for (
    const [from, to] of <[string, string][]> [
      [
        "<dd>614&nbsp;153</dd>",
        '<dd><span style="text-decoration: line-through">650&nbsp;000</span> 614&nbsp;153</dd>',
      ],
      ["<dd>614&nbsp;153</dd>", '<dd><span class="c1 c7">650&nbsp;000</span> 614&nbsp;153</dd>'],
      ["<dd>614&nbsp;153</dd>", '<dd><span class="c8">650&nbsp;000</span> 614&nbsp;153</dd>'],
    ]
  ) {
    const page = SOURCE.replace(from, to).replace("</head>", `${sheet}</head>`);
    assert(page.includes(sheet), "the page has a head");
    const { text, problems } = htmlToText(new TextEncoder().encode(page));
    const { document } = parseDocument(text);
    assertEquals(document!.project.funding_eu_state_actual, 614153, to);
    assertEquals(problems.map((p) => [p.level, p.code]), [["warning", "deleted_text"]], to);
  }
  // Underlined text, or a line-through only in print, is text.
  const underlined = SOURCE.replace(
    "<dd>614&nbsp;153</dd>",
    '<dd><span style="text-decoration: underline">614&nbsp;153</span></dd>',
  );
  assertEquals(
    parseDocument(htmlToText(new TextEncoder().encode(underlined)).text).document!.project.funding_eu_state_actual,
    614153,
  );
});

Deno.test("htmlToText: figures in cells side by side, or on lines of one cell, are never read as one figure", () => {
  const read = (from: string, to: string) => {
    assert(SOURCE.includes(from), from);
    const { text } = htmlToText(new TextEncoder().encode(SOURCE.replace(from, to)));
    return parseDocument(text);
  };
  const jobs = "<td>0, joista naisten työpaikkoja 0</td>";
  // A total and a women's column in cells of their own: not 120100.
  const columns = read(jobs, "<td>120</td><td>100</td>");
  assertEquals(columns.document!.project.jobs_planned, null);
  assert(columns.diagnostics.some((d) => d.message.includes("120 | 100")), JSON.stringify(columns.diagnostics));
  // Two figures on lines of one cell (an old and a corrected one, a line broken by hand): not 119125 or 119102.
  for (const cell of ["<dd>119<br>125, joista naisia 102</dd>", "<dd><div>119</div><div>102</div></dd>"]) {
    const lines = read("<dd>119, joista naisia 102</dd>", cell);
    assertEquals(lines.document!.project.participants_actual, null, cell);
    assert(lines.diagnostics.some((d) => d.code === "unreadable_value"), cell);
  }
  // A correction in words on the cell's next line is still seen (see the test of a value's cell above).
  const corrected = read("<dd>614&nbsp;153</dd>", "<dd>614&nbsp;153<br>(korjattu 620&nbsp;000)</dd>");
  assertEquals(corrected.document!.project.funding_eu_state_actual, null);
});

Deno.test("htmlToText: a page nesting its elements thousands deep is said to be so, not taken for no page", async () => {
  const deep = (n: number) =>
    `<html><body><h1>Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus</h1>${"<div>".repeat(n)}` +
    `Projektikoodi: S10001${"</div>".repeat(n)}</body></html>`;
  assertEquals(htmlToText(new TextEncoder().encode(deep(1000))).problems, []);
  const { problems } = htmlToText(new TextEncoder().encode(deep(20000)));
  assertEquals(problems.map((p) => p.code), ["html_too_deep"]);
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/deep.html`, deep(20000));
    const outcome = await readDocument(`${dir}/deep.html`, { name: "deep.html" });
    assertEquals(outcome.diagnostics.map((d) => [d.code, d.level]), [["unreadable_document", "error"]]);
    assert(outcome.diagnostics[0]!.message.includes("nests its elements"), outcome.diagnostics[0]!.message);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("htmlToText: a text export saved as a page (<pre>) or figures apart by no-break spaces keep their cells apart", () => {
  const seed = Deno.readTextFileSync(dataFile("000_0083efce40fb50fc"));
  const table = "\tYhteensä\tjoista naisia\nSuunniteltu\t199\t100";
  const text = seed.replace("Suunniteltu: 199, joista naisia 100", table);
  assert(text.includes(table));
  const page = `<html><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${text}</pre></body></html>`;
  const fromPre = parseDocument(htmlToText(new TextEncoder().encode(page)).text);
  assertEquals(fromPre.document!.project.participants_planned, null);
  assert(fromPre.diagnostics.some((d) => d.message.includes("199 | 100")), JSON.stringify(fromPre.diagnostics));
  for (const cell of ["<dd>119&nbsp;&nbsp;&nbsp;&nbsp;102</dd>", "<dd>119 &nbsp; &nbsp; 102</dd>"]) {
    const { text } = htmlToText(new TextEncoder().encode(SOURCE.replace("<dd>119, joista naisia 102</dd>", cell)));
    assertEquals(parseDocument(text).document!.project.participants_actual, null, cell);
  }
});
