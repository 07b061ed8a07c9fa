import { assertNullAndSaid } from "../../testing/null_and_said.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

Deno.test("a long text whose next section's heading is lost or reworded is not read: null, said at its heading", () => {
  const cases: [string, string, string, "target_groups" | "communication_plan" | "indirect_target_groups", string][] = [
    [SEED_2007, "3.3 Välilliset kohderyhmät\n\n", "", "target_groups", "3.2 Varsinaiset kohderyhmät"],
    [
      SEED_2007,
      "3.3 Välilliset kohderyhmät",
      "3.3 Välillinen kohderyhmä",
      "target_groups",
      "3.2 Varsinaiset kohderyhmät",
    ],
    [
      SEED_2007,
      "6.2 Suunnitelma hyvien käytäntöjen levittämisestä\n\n",
      "",
      "communication_plan",
      "6.1 Tiedotussuunnitelma",
    ],
    [SEED_2014, "5 Projektin julkinen rahoitus, euroa\n\n", "", "indirect_target_groups", "4.2 Välilliset kohderyhmät"],
  ];
  for (const [seed, from, to, column, heading] of cases) {
    const text = edit(seed, from, to);
    assertNullAndSaid(text, column, "unreadable_value", lineOf(text, heading), from);
  }
});

Deno.test("a long text is read whole when only a heading above the next section (6., 4.) is lost, or the file ends in it", () => {
  const parent = parseDocument(edit(SEED_2007, "6. Tiedotus ja hyvien käytäntöjen levittäminen\n\n", ""));
  assertEquals(parent.document!.project.summary, parseDocument(SEED_2007).document!.project.summary);
  const cut = SEED_2007.slice(0, SEED_2007.indexOf("3.3 Välilliset kohderyhmät"));
  assert(parseDocument(cut).document!.project.target_groups !== null);
});
