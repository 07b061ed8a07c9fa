/**
 * What the report says when it opens a register, and what it says of the register's rows, name a register file
 * named by a person's e-mail address or phone number as the page and the manifest do, by its scrubbed name
 * (`[sähköpostiosoite poistettu]-6a618910.csv`). Before, the progress line named `matti.meikalainen@ely-keskus.fi.csv`,
 * and a disagreement's message said `rekisterissä ([sähköpostiosoite poistettu] rivi 101)`: its text scrubbed, no
 * name of the report's.
 */
import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { buildReport } from "./build_report.ts";
import { crossCheckDiagnostics, programmeContext } from "./programme.ts";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));
const SCRUBBED = "[sähköpostiosoite poistettu]-6a618910.csv";

/**
 * The shipped 2007–2013 register as `matti.meikalainen@ely-keskus.fi.csv`: S10323 (line 101) under another name, so
 * that it disagrees with its document, and a row without a code at its end (line 2,777).
 */
async function register(): Promise<string> {
  const path = `${await tempDir("esf-register-messages-")}/matti.meikalainen@ely-keskus.fi.csv`;
  const shipped = await Deno.readTextFile(SHIPPED_REGISTERS["2007-2013"]);
  const renamed = shipped.replace("S10323,ESR,VASTAANOTTAVA POHJOIS-SAVO,", "S10323,ESR,Toinen nimi,");
  assert(renamed !== shipped, "S10323 renamed");
  await Deno.writeTextFile(path, `${renamed.trimEnd()}\n,ESR,Ilman koodia,,,,,1.1.2009,31.12.2010,,,,,\n`);
  return path;
}

Deno.test("programmeContext() names the register by its scrubbed name in every diagnostic and message", async () => {
  const frames = toDataFrame(await loadCorpus([DATA]));
  const context = programmeContext(frames, await register(), { lang: "fi" });
  assertEquals(context.compared.map(({ loaded }) => loaded.file), [SCRUBBED]);
  const said = crossCheckDiagnostics(context);
  assertEquals(said.map((d) => [d.code, d.project_code, d.line]), [
    ["register_mismatch", "S10323", 11],
    ["register_unreadable", null, 2777],
  ]);
  const [mismatch, withoutCode] = said;
  assertEquals(withoutCode!.file, SCRUBBED);
  for (
    const [lang, words] of [["fi", `rekisterissä (${SCRUBBED} rivi 101)`], [
      "en",
      `the register (${SCRUBBED} line 101)`,
    ]]
  ) {
    const message = localiseDiagnostic(mismatch!, lang as "fi" | "en");
    assert(message.includes(words!), `${lang}: ${message}`);
  }
  // Kept as it is when contact details are kept.
  const kept = programmeContext(frames, await register(), { keepContactText: true });
  assertEquals(kept.compared.map(({ loaded }) => loaded.file), ["matti.meikalainen@ely-keskus.fi.csv"]);
});

Deno.test("the report's progress and its register-crosscheck table name the register by its scrubbed name", async () => {
  const out = `${await tempDir("esf-register-messages-")}/report`;
  const lines: string[] = [];
  const { manifest } = await buildReport({
    corpus: DATA,
    out,
    register: await register(),
    notebooks: false,
    progress: (line) => lines.push(line),
  });
  assertEquals(manifest.registers.map((r) => r.file), [SCRUBBED]);
  assertEquals(lines.filter((line) => line.includes("rekisteri ")), [
    `report: rekisteri ${SCRUBBED} (2007–2013): 2 775 hanketta`,
  ]);
  const table = pl.readParquet(`${out}/tables/register-crosscheck.parquet`).toRecords();
  assertEquals(table.length, 2);
  const text = JSON.stringify(table);
  assert(text.includes(`rekisterissä (${SCRUBBED} rivi 101)`), text);
  assert(!text.includes("matti.meikalainen") && !text.includes("poistettu] rivi"), text);
  assert(table.some((row) => Object.values(row).includes(SCRUBBED)), `a row names the register's file: ${text}`);
});
