import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { fitsSchema } from "./fits_schema.ts";
import { parseDocuments } from "./parse_document.ts";
import { ProjectSchema } from "../schema.ts";

const ODD_VALUES = [
  null,
  undefined,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  "",
  "x",
  "2020-02-29",
  "2021-02-29",
  "2020-13-01",
  true,
  [],
  ["Kemi"],
  [1],
  [{ name: "Osatoteuttaja Oy", business_id: null }],
  [{ name: 1 }],
  {},
  "ESR",
  "ended",
  "2007-2013",
];

Deno.test("fitsSchema says yes of a parsed record, and of no record zod refuses, whatever a column holds", () => {
  const text = Deno.readTextFileSync("data/documents/000_0083efce40fb50fc.txt");
  const project = parseDocuments(text).documents[0]!.project as unknown as Record<string, unknown>;
  const fits = fitsSchema(ProjectSchema);
  assertEquals([fits(project), ProjectSchema.safeParse(project).success], [true, true]);
  const wrongYes: string[] = [];
  let yes = 0;
  for (const column of Object.keys(ProjectSchema.shape)) {
    for (const value of ODD_VALUES) {
      const record = { ...project, [column]: value };
      const zodSays = ProjectSchema.safeParse(record).success;
      if (fits(record)) {
        yes++;
        if (!zodSays) wrongYes.push(`${column} = ${JSON.stringify(value)}`);
      } else assertEquals(zodSays, false, `${column} = ${JSON.stringify(value)}: zod says yes, the quick test no`);
    }
  }
  assertEquals(wrongYes, []);
  // Each column takes null or its own kind of value: the test said yes to some, so it was not refusing everything.
  assertEquals(yes > Object.keys(ProjectSchema.shape).length, true);
});
