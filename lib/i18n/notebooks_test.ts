import { assert, assertEquals } from "../../testing/assert.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";

Deno.test("notebook 05 says a register without programme sections has none, not a group named '–'", () => {
  const sections = [{ group: "–", value: 0.157, n: 786 }];
  const axes = [{ group: "3", value: 0.128, n: 10 }];
  const fi = NOTEBOOK_TEXT.fi.programmeGroups(sections, axes);
  const en = NOTEBOOK_TEXT.en.programmeGroups(sections, axes);
  assert(fi.includes("osioittain: rekisterissä ei ole osioita; toimintalinjoittain: toimintalinja 3: 12,8"), fi);
  assert(en.includes("by programme section: the register has no sections; by priority axis: axis 3: 12.8%"), en);
});

Deno.test("notebook 05 says a register taken while its projects ran is interim: no median, no base rate read as final", () => {
  const fi = NOTEBOOK_TEXT.fi;
  const en = NOTEBOOK_TEXT.en;
  assert(fi.registerInterim(786, 786).includes("Rekisterin 786 hankkeesta 786 (100,0\u00A0%) on käynnissä"));
  assert(en.registerInterim(786, 786).includes("786 of the register's 786 projects (100.0%) are active"));
  assertEquals(fi.registerInterim(0, 2775), "");
  const base = fi.interruptedBase(0, 0, 786, 786);
  assert(base.includes("väliaikainen") && !base.includes("perustaso, johon"), base);
  assert(fi.interruptedBase(40, 40 / 2775, 0, 2775).includes("perustaso"), "an ended programme's share is the base");
  assert(!en.interruptedBase(0, 0, 786, 786).includes("base rate, against"), "no base rate while projects run");
});
