import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { joinWrapped } from "./join_wrapped.ts";

Deno.test("joinWrapped: a space between wrapped lines, none inside a word broken at its hyphen", () => {
  assertEquals(
    joinWrapped("alueiden välinen yhteistyö ESR-", "toiminnassa"),
    "alueiden välinen yhteistyö ESR-toiminnassa",
  );
  assertEquals(joinWrapped("sosiaali-", "ja terveysalalla"), "sosiaali- ja terveysalalla");
  assertEquals(joinWrapped("(MOK) -", "Tehokkaiden"), "(MOK) - Tehokkaiden");
  assertEquals(
    joinWrapped('"Maahanmuuttajien osaaminen käyttöön (MOK)" -', "projektin"),
    '"Maahanmuuttajien osaaminen käyttöön (MOK)" -projektin',
  );
  assertEquals(joinWrapped("tiedotuksen", "kanavia"), "tiedotuksen kanavia");
});
