import { assert, assertEquals } from "../../testing/assert.ts";
import { dataDictionary, withDictionary } from "./data_dictionary.ts";

import { DERIVED_METRICS, DerivedMetricsSchema, ProjectSchema } from "../schema.ts";

const README = Deno.readTextFileSync(new URL("../../README.md", import.meta.url));
/** `deno fmt` pads Markdown tables; compare without the padding. */
const unpadded = (text: string) =>
  text.split("\n").map((line) => line.replace(/ {2,}/g, " ").replace(/-{3,}/g, "---").trimEnd()).join("\n").trim();

Deno.test("dataDictionary() lists every column with its type and meaning", () => {
  const dictionary = dataDictionary();
  for (const column of [...Object.keys(ProjectSchema.shape), ...Object.keys(DerivedMetricsSchema.shape)]) {
    assert(dictionary.includes(`| \`${column}\` |`), column);
  }
  assert(dictionary.includes("| `participants_actual_women` | integer, nullable | Of the actual participants, women"));
  assert(dictionary.includes("| `start_date` | date, nullable |"));
  assert(dictionary.includes("| `municipalities` | list of text |"));
});

Deno.test("README.md carries the current data dictionary and diagnostic codes (run `deno task dictionary` if not)", () => {
  assertEquals(unpadded(README), unpadded(withDictionary(README)));
});

Deno.test("README.md defines every derived metric as the code computes it", () => {
  for (const { column, numerator, denominator } of DERIVED_METRICS) {
    assert(README.includes(`\`${column}\` = \`${numerator}\` ÷ \`${denominator}\``), column);
  }
});
