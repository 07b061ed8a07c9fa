import { assertEquals } from "../../testing/assert.ts";
import { portablePath } from "./run_info.ts";

Deno.test("portablePath records no folder outside the working one: an absolute path or one that climbs by its last part", () => {
  assertEquals(portablePath("data/documents/"), "data/documents");
  assertEquals(portablePath("./2007/../aineisto"), "aineisto");
  assertEquals(portablePath("/home/aino/eval/registers/eura2007.csv"), "eura2007.csv");
  // "../../home/aino/Asiakirjat/ESR" would name the user's folders on the page and in the manifest.
  assertEquals(portablePath("../../home/aino/Asiakirjat/ESR/"), "ESR");
  assertEquals(portablePath("aineisto/../../ESR"), "ESR");
});

Deno.test("portablePath names no folder by a person's e-mail address or phone number (audit 33)", () => {
  assertEquals(portablePath("/home/aino/anna.virtanen@kemi.fi/", { lang: "en" }), "[e-mail address removed]-574cb671");
  assertEquals(
    portablePath("exports/040 718 1414/2011", { lang: "fi" }),
    "exports/[puhelinnumero poistettu]-8e31e249/2011",
  );
  assertEquals(portablePath("/home/aino/anna.virtanen@kemi.fi", { keepContactText: true }), "anna.virtanen@kemi.fi");
  assertEquals(portablePath("data/documents/", { lang: "en" }), "data/documents");
});
