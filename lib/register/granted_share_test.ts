import { assert, assertEquals } from "../../testing/assert.ts";
import { loadRegister } from "./load_register.ts";
import { SHIPPED_REGISTERS } from "./shipped.ts";
import { grantedShare } from "./granted_share.ts";

Deno.test("the whole 2007–2013 list grants EU and state funding in full; the 2016 snapshot of 2014–2020 in parts", async () => {
  const whole = grantedShare((await loadRegister(SHIPPED_REGISTERS["2007-2013"])).register);
  const snapshot = grantedShare((await loadRegister(SHIPPED_REGISTERS["2014-2020"])).register);
  assertEquals([whole.partial, snapshot.partial], [false, true]);
  assert(Math.abs(whole.median! - 0.85) < 0.01, String(whole.median));
  assert(Math.abs(snapshot.median! - 0.459) < 0.001, String(snapshot.median));
});
