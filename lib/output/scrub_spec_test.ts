import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { TopLevelSpec } from "vega-lite";
import { scrubSpec } from "./scrub_spec.ts";

const EN = { lang: "en" as const, keepContactText: false };

Deno.test("a chart's rows name files as the tables do: two files named by addresses stay two bars, their extensions kept (review 36)", () => {
  const spec = {
    data: {
      values: [
        { file: "anna@kemi.fi.txt", project_code: "S11547", label: "Johtaja Aino Aalto p. 040 765 4321" },
        { file: "pekka@kemi.fi.txt", project_code: "S11548", label: "Hanke" },
      ],
    },
    mark: "bar",
    title: "Tiedustelut anna@kemi.fi",
  } as TopLevelSpec;
  const scrubbed = scrubSpec(spec, EN) as { data: { values: Record<string, string>[] }; title: string };
  assertEquals(scrubbed.data.values, [
    {
      file: "[e-mail address removed]-72ce09ec.txt",
      project_code: "S11547",
      label: "Johtaja [name removed] p. [phone number removed]",
    },
    { file: "[e-mail address removed]-13352730.txt", project_code: "S11548", label: "Hanke" },
  ]);
  assertEquals(scrubbed.title, "Tiedustelut [e-mail address removed]");
});
