import pl from "nodejs-polars";
import { fileURLToPath } from "node:url";
import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { crossCheckRegister, namesAgree } from "./cross_check.ts";
import { loadRegister } from "./load_register.ts";
import { SHIPPED_REGISTERS } from "./shipped.ts";

Deno.test("a name agrees with the register's where the register's collector lost a dash to '?', and nowhere else", () => {
  assertEquals(namesAgree("Naiset työssä – yrittäjinä", "Naiset työssä ? yrittäjinä"), true);
  assertEquals(namesAgree("Kestävää kasvua ja työtä 2014–2020", "Kestävää kasvua ja työtä 2014?2020"), true);
  assertEquals(namesAgree("Mitä nyt?", "Mitä nyt?"), true);
  assertEquals(namesAgree("Oy A, Oy B", "Oy A| Oy B"), true, "a comma the collector replaced by |");
  assertEquals(namesAgree("Festaripörssi –  Vapaaehtoiset", "Festaripörssi ?  Vapaaehtoiset"), true);
  assertEquals(namesAgree("Nuoret \u2015 työhön", "Nuoret - työhön"), true, "a horizontal bar is a dash too");
  // A '?' stands for one dash, nothing else: a letter, or another word, still disagrees.
  assertEquals(namesAgree("Naiset työssä a yrittäjinä", "Naiset työssä ? yrittäjinä"), false);
  assertEquals(namesAgree("Naiset työssä – yrittäjät", "Naiset työssä ? yrittäjinä"), false);
  assertEquals(namesAgree("Naiset työssä yrittäjinä", "Naiset työssä ? yrittäjinä"), false);
});

Deno.test("every shipped register name with a lost dash agrees with the name as printed with its dash", () => {
  const register = pl.readCSV(SHIPPED_REGISTERS["2014-2020"], { sep: ",", inferSchemaLength: 0 });
  const names = (register.getColumn("Hankkeen nimi").toArray() as (string | null)[])
    .filter((name): name is string => name?.includes("?") ?? false);
  assertEquals(names.length > 20, true, `${names.length} names with '?'`);
  for (const name of names) assertEquals(namesAgree(name.replaceAll("?", "–"), name), true, name);
});

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));
const SEED = Deno.readTextFileSync(`${DATA}000_0083efce40fb50fc.txt`);
/** The seed's name line. */
const NAME = /Projektin nimi: .*/;

/** The cross-check of the seed S11547 changed as `change` says, with the shipped 2007-2013 register. */
async function checkChanged(change: (text: string) => string) {
  const dir = await tempDir("esf-other-project-");
  await Deno.writeTextFile(`${dir}/changed.txt`, change(SEED));
  return crossCheckRegister(toDataFrame(await loadCorpus([dir])), loadRegister(SHIPPED_REGISTERS["2007-2013"]));
}

Deno.test("a document whose name and both dates differ from its code's register row is said to be maybe another project's, not compared field by field", async () => {
  const check = await checkChanged((text) =>
    text.replace(NAME, "Projektin nimi: Nuorten työpaja Kajaanissa")
      .replace(/Alkaa \S+ ja päättyy \S+/, "Alkaa 1.3.2009 ja päättyy 31.12.2010")
      .replace("Toteutunut julkinen rahoitus yhteensä: 614 153", "Toteutunut julkinen rahoitus yhteensä: 100 000")
  );
  assertEquals([check.compared, check.otherProject], [0, ["S11547"]]);
  assertEquals(check.diagnostics.map((d) => [d.code, d.level, d.project_code]), [
    ["register_mismatch", "warning", "S11547"],
  ]);
  const [message] = check.diagnostics.map((d) => d.message);
  for (const part of ["Nuorten työpaja Kajaanissa", "Maahanmuuttajien osaaminen", "another project", "1 Mar 2009"]) {
    assert(message!.includes(part), `${part}: ${message}`);
  }
  const finnish = localiseDiagnostic(check.diagnostics[0]!, "fi");
  assert(finnish.includes("toisen hankkeen") && finnish.includes("1.3.2009"), finnish);
});

Deno.test("a document that agrees with its register row on its name or a date is compared field by field as before", async () => {
  const check = await checkChanged((text) =>
    text.replace(NAME, "Projektin nimi: Nuorten työpaja Kajaanissa").replace(/päättyy \S+/, "päättyy 31.12.2015")
  );
  assertEquals([check.compared, check.otherProject], [1, []]);
  assertEquals(check.diagnostics.map((d) => d.message.split(":")[0]), ["Project name", "End (planned)"]);
});

Deno.test("a document whose name differs and whose two dates are the register's two swapped is the register's project, compared field by field", async () => {
  const check = await checkChanged((text) =>
    text.replace(NAME, "Projektin nimi: Nuorten työpaja Kajaanissa")
      .replace("Alkaa 1.1.2011 ja päättyy 28.2.2015", "Alkaa 28.2.2015 ja päättyy 1.1.2011")
  );
  assertEquals([check.compared, check.otherProject], [1, []]);
  assertEquals(check.diagnostics.map((d) => d.message.split(":")[0]), [
    "Project name",
    "Start (planned)",
    "End (planned)",
  ]);
});

Deno.test("a name the register prints otherwise only in its case, punctuation or quotes is the register's project: with both dates changed (an amended plan) it is compared field by field", async () => {
  const moved = (text: string) => text.replace(/Alkaa \S+ ja päättyy \S+/, "Alkaa 1.3.2011 ja päättyy 30.6.2015");
  for (
    const name of [
      "MAAHANMUUTTAJIEN OSAAMINEN KÄYTTÖÖN (MOK) - TEHOKKAIDEN TYÖLLISTYMIS- JA KV-REKRYTOINTIKÄYTÄNTÖJEN KEHITTÄMINEN",
      "“Maahanmuuttajien osaaminen käyttöön” (MOK) – Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen.",
      "Maahanmuuttajien osaaminen käyttöön (MOK) -Tehokkaiden työllistymis-ja kv-rekrytointikäytäntöjen kehittäminen",
    ]
  ) {
    const check = await checkChanged((text) => moved(text.replace(NAME, `Projektin nimi: ${name}`)));
    assertEquals([check.compared, check.otherProject], [1, []], name);
    assertEquals(check.diagnostics.map((d) => d.message.split(":")[0]), [
      "Project name",
      "Start (planned)",
      "End (planned)",
    ], name);
  }
});

Deno.test("namesAgree() as words leaves case, punctuation and the register's lost characters aside, never a letter", () => {
  assertEquals(namesAgree("TOPPA-hanke: Asettautumispalvelut.", "Toppa -hanke  asettautumispalvelut", true), true);
  assertEquals(namesAgree("Tšetanes naal", "T?etanes naal", true), true, "a letter the register lost");
  assertEquals(namesAgree("Kestävää kasvua 2014–2020", "Kestävää kasvua 2014?2020", true), true);
  assertEquals(namesAgree("Nuorten työpaja", "Nuorten työpajat", true), false);
  assertEquals(namesAgree("Nuorten työpaja Kajaanissa", "Nuorten työpaja", true), false);
  assertEquals(namesAgree("Tšetanes naal", "T?etanes naal"), false, "as printed, a '?' is a lost dash only");
});

Deno.test("a project of the register's period without a code is neither compared nor missing: named apart, so the counts add up", async () => {
  const check = await checkChanged((text) => text.replace("Projektikoodi: S11547", "Projektikoodi:"));
  // Before: compared 0, missing none, other project none: the corpus' one 2007-2013 project in no count.
  assertEquals([check.compared, check.missing, check.otherProject], [0, [], []]);
  assertEquals(check.withoutCode.map((file) => file.slice(file.lastIndexOf("/") + 1)), ["changed.txt"]);
});

Deno.test("a status written otherwise but the same (Päättynyt, Toiminta päättynyt) is no disagreement; another status is", async () => {
  const same = await checkChanged((text) =>
    text.replace("Toiminnan tila: Toiminta päättynyt", "Toiminnan tila: Päättynyt")
  );
  // Before: a register_mismatch on the status, "Päättynyt" against "Toiminta päättynyt".
  assertEquals([same.compared, same.diagnostics.length], [1, 0]);
  const other = await checkChanged((text) =>
    text.replace("Toiminnan tila: Toiminta päättynyt", "Toiminnan tila: Keskeytynyt")
  );
  assertEquals(other.diagnostics.map((d) => d.message.split(":")[0]), ["Status as printed"]);
});

Deno.test("a figure with cents agrees with the register's whole euros it truncates or rounds to; a euro more is a disagreement", async () => {
  const figure = (printed: string) => (text: string) =>
    text.replace("Toteutunut julkinen rahoitus yhteensä: 614 153", `Toteutunut julkinen rahoitus yhteensä: ${printed}`);
  // Before: 614 153,60 against the register's 614 153 was a register_mismatch, 0.60 € apart.
  for (const printed of ["614 153,60", "614 153,99", "614 152,50"]) {
    const check = await checkChanged(figure(printed));
    assertEquals([printed, check.compared, check.diagnostics.length], [printed, 1, 0]);
  }
  for (const printed of ["614 154", "614 152,49", "614 155,00"]) {
    const check = await checkChanged(figure(printed));
    assertEquals([printed, check.diagnostics.map((d) => d.message.split(":")[0])], [printed, [
      "Public funding, actual",
    ]]);
  }
});
