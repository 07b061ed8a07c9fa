import { assert, assertEquals } from "../../testing/assert.ts";
import { SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { PDFTOTEXT, run } from "../../testing/office.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { parseDocuments } from "./parse_document.ts";

/** A description as `pdftotext -layout` writes its print: indented, each label padded to the value column. */
function inColumns(text: string): string {
  return text.split("\n").map((line) => {
    const labelled = line.match(/^([^:]{1,45}):\s*(.*)$/);
    if (labelled) return `    ${labelled[1]!.padEnd(47)}${labelled[2]}`;
    return line === "" ? "" : `    ${line}`;
  }).join("\n");
}

const columnWarnings = (text: string) =>
  parseDocuments(text, { sourceFile: "print.txt" }).diagnostics.filter((d) => d.code === "column_layout");

Deno.test("a text in columns of spaces (pdftotext -layout) is said once, at its first such line, in each language", () => {
  const text = inColumns(SEED_2007);
  const warnings = columnWarnings(text);
  const first = text.split("\n").findIndex((line) => /\S {3,}\S/.test(line)) + 1;
  assertEquals(warnings.map((d) => [d.level, d.line]), [["warning", first]]);
  assert(warnings[0]!.message.includes("pdftotext -layout"), warnings[0]!.message);
  const finnish = localiseDiagnostic(warnings[0]!, "fi");
  assert(finnish.includes("sarakkeissa") && finnish.includes("pdftotext -layout"), finnish);
});

Deno.test("an export, a text with a few aligned figures, and a print's text without -layout are no column layout", () => {
  assertEquals(columnWarnings(SEED_2007), []);
  assertEquals(columnWarnings(SEED_2014), []);
  // A table of figures lined up with spaces inside an otherwise plain text.
  const aligned = SEED_2007.replace("Suunniteltu: 199, joista naisia 100", "Suunniteltu:      199      100");
  assertEquals(columnWarnings(aligned), []);
});

Deno.test({
  name: "the shipped print converted by pdftotext -layout is said to be in columns; converted without it, it is not",
  ignore: PDFTOTEXT === undefined,
  fn: async () => {
    const pdf = new URL("../../testing/fixtures/forms/000_0083efce40fb50fc.pdf", import.meta.url).pathname;
    assertEquals(columnWarnings(await run(PDFTOTEXT!, ["-layout", pdf, "-"])).length, 1);
    assertEquals(columnWarnings(await run(PDFTOTEXT!, [pdf, "-"])), []);
  },
});
