/** A utilisation flagged as above 100 % is written with the decimals that show it above 100 %. */
import { tempDir } from "../../testing/temp.ts";
import { assert } from "../../testing/assert.ts";
import { edit, SEED_2007 } from "../../testing/seeds.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { suspiciousValues } from "../analysis/suspicious_values.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { suspiciousTable } from "./tables.ts";

Deno.test("a utilisation just above 100 % is not written as 100,0 %", async () => {
  // 645 337 of 645 300: 100.0057 %. Before: 'Käyttöaste yli 100 %: käytetty 100,0 %' (and '100.0% used').
  const text = edit(
    edit(SEED_2007, "Toteutunut EU- ja valtion rahoitus: 614 153", "Toteutunut EU- ja valtion rahoitus: 645 337"),
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 645 337",
  );
  const dir = await tempDir("esf-above-100-");
  try {
    await Deno.writeTextFile(`${dir}/above.txt`, text);
    const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
    const details = (lang: "fi" | "en") =>
      toJsonRecords(suspiciousTable("t", suspiciousValues(projects, provenance), projects, lang).display)
        .map((row) => String(row.detail)).filter((detail) => detail.includes("%"));
    const [fi, en] = [details("fi"), details("en")];
    assert(fi.length === 2 && fi.every((d) => d === "käytetty 100,01\u00A0%"), fi.join(" | "));
    assert(en.length === 2 && en.every((d) => d === "100.01% used"), en.join(" | "));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
