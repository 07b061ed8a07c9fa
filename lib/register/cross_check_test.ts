import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { namesAgree } from "./cross_check.ts";
import { SHIPPED_REGISTERS } from "./shipped.ts";

Deno.test("a name agrees with the register's where the register's collector lost a dash to '?', and nowhere else", () => {
  assertEquals(namesAgree("Naiset työssä – yrittäjinä", "Naiset työssä ? yrittäjinä"), true);
  assertEquals(namesAgree("Kestävää kasvua ja työtä 2014–2020", "Kestävää kasvua ja työtä 2014?2020"), true);
  assertEquals(namesAgree("Mitä nyt?", "Mitä nyt?"), true);
  assertEquals(namesAgree("Oy A, Oy B", "Oy A| Oy B"), true, "a comma the collector replaced by |");
  assertEquals(namesAgree("Festaripörssi –  Vapaaehtoiset", "Festaripörssi ?  Vapaaehtoiset"), true);
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
