import { assert } from "../../testing/assert.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";

Deno.test("notebook 05 says a register without programme sections has none, not a group named '–'", () => {
  const sections = [{ group: "–", value: 0.157, n: 786 }];
  const axes = [{ group: "3", value: 0.128, n: 10 }];
  const fi = NOTEBOOK_TEXT.fi.programmeGroups(sections, axes);
  const en = NOTEBOOK_TEXT.en.programmeGroups(sections, axes);
  assert(fi.includes("osioittain: rekisterissä ei ole osioita; toimintalinjoittain: toimintalinja 3: 12,8"), fi);
  assert(en.includes("by programme section: the register has no sections; by priority axis: axis 3: 12.8%"), en);
});
