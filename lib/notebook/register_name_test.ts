/**
 * Notebook 05 names each register it compares with: a register file named by a person's e-mail address or phone
 * number is named as the report names it, the contact detail scrubbed and the name told apart by its hash
 * (`[sähköpostiosoite poistettu]-6a618910.csv`). Before, the notebook printed `matti.meikalainen@ely-keskus.fi.csv`
 * into its Markdown, whose scrubbing made it `[sähköpostiosoite poistettu]`: no name the report gives.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";
import { markdownBundle } from "./display.ts";
import { NOTEBOOK_TEXT } from "../i18n/notebooks.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { openRegisters } from "./register_name.ts";

const PROJECTS = pl.DataFrame({ programme_period: ["2007-2013"] });
const NOTEBOOK = fileURLToPath(new URL("../../notebooks/05-programme-context.ipynb", import.meta.url));

/** The shipped 2007–2013 register copied to a file of this name, with a row without a code (a diagnostic). */
async function registerNamed(name: string): Promise<string> {
  const path = `${await tempDir("esf-register-name-")}/${name}`;
  const shipped = await Deno.readTextFile(SHIPPED_REGISTERS["2007-2013"]);
  await Deno.writeTextFile(path, `${shipped.trimEnd()}\n,ESR,Ilman koodia,,,,,1.1.2009,31.12.2010,,,,,\n`);
  return path;
}

Deno.test("notebook 05 names a register file named by an e-mail address or phone number as the report does", async () => {
  for (
    const [file, scrubbed] of [
      ["matti.meikalainen@ely-keskus.fi.csv", "[sähköpostiosoite poistettu]-6a618910.csv"],
      ["040 123 4567.csv", "[puhelinnumero poistettu]-777efe07.csv"],
    ]
  ) {
    const [register, ...others] = openRegisters(PROJECTS, await registerNamed(file!), { lang: "fi" });
    assertEquals([register!.file, register!.period, others.length], [scrubbed, "2007-2013", 0]);
    // What it says of its rows names it so too (the row without a code, at the file's end).
    assertEquals(register!.diagnostics.map((d) => [d.code, d.file]), [["register_unreadable", scrubbed]]);
    // The line the notebook shows, as its Markdown is published.
    const line = NOTEBOOK_TEXT.fi.registerLine(register!.file, register!.period, register!.register.height, 1);
    assertEquals(
      markdownBundle(line, { lang: "fi" }).data["text/markdown"],
      `Rekisteri \`${scrubbed}\` (2007–2013): 2\u00a0775 hanketta, lukukelvottomia arvoja 1 ` +
        "(rikkinäisten rivien arvot ovat tyhjiä, eivät arvauksia).",
    );
  }
});

Deno.test("notebook 05 names registers in English words, keeps the name when told to, and a shipped one by its place", async () => {
  const path = await registerNamed("matti.meikalainen@ely-keskus.fi.csv");
  assertEquals(openRegisters(PROJECTS, path, { lang: "en" })[0]!.file, "[e-mail address removed]-6a618910.csv");
  assertEquals(
    openRegisters(PROJECTS, path, { keepContactText: true })[0]!.file,
    "matti.meikalainen@ely-keskus.fi.csv",
  );
  assertEquals(openRegisters(PROJECTS, undefined).map((r) => r.file), ["data/registers/eura2007-esr.csv"]);
  assertEquals(openRegisters(PROJECTS, "none"), []);
});

Deno.test("notebook 05 opens its registers by the function that scrubs their names", async () => {
  const cells = JSON.parse(await Deno.readTextFile(NOTEBOOK)).cells as { source: string[] }[];
  const code = cells.map((cell) => cell.source.join("")).join("\n");
  assert(code.includes("const registers = nb.openRegisters(projects);"), "the notebook opens them so");
  assert(code.includes("t.registerLine(r.file, "), "and names each by its file as opened");
});
