/** The organisations chart's description names its first bar as the English one does: first, not "most". */
import { assert } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "./analysis.ts";

Deno.test("the first organisation is called the first, in Finnish as in English", () => {
  // Before: '…; eniten: Jyväskylän ammattikorkeakoulu Oy (5318629-1).' when 15 organisations had 1 project each:
  // the first bar is first by its projects, then by its funding, not "most" of anything the sentence names.
  const fi = ANALYSIS_TEXT.fi.beneficiariesDescription(15, "Lapin yliopisto");
  assert(fi.endsWith("; ensimmäisenä: Lapin yliopisto."), fi);
  assert(ANALYSIS_TEXT.en.beneficiariesDescription(15, "Lapin yliopisto").endsWith("; first: Lapin yliopisto."));
});
