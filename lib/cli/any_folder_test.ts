import { fileURLToPath } from "node:url";
import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The toolkit as a user has it, in a folder whose name has a space and a letter past ASCII ("Työ kansio"). */
async function checkoutIn(parent: string): Promise<string> {
  const copy = `${parent}/Työ kansio/esf`;
  await Deno.mkdir(copy, { recursive: true });
  for (const part of ["lib", "data", "notebooks", "deno.json", "deno.lock"]) {
    const { code } = await new Deno.Command("cp", { args: ["-R", `${ROOT}${part}`, `${copy}/`] }).output();
    assertEquals(code, 0, `copied ${part}`);
  }
  return copy;
}

Deno.test("the toolkit works from a folder whose name has a space and a letter past ASCII", async () => {
  const copy = await checkoutIn(await tempDir("any-folder-"));
  const run = (args: string[]) =>
    new Deno.Command(Deno.execPath(), {
      args: ["run", "-q", "-P", "--config", `${copy}/deno.json`, ...args],
      cwd: copy,
    })
      .output();
  // The notebooks' helpers find the shipped corpus and registers (a path read as "Ty%C3%B6%20kansio" found nothing).
  await Deno.writeTextFile(
    `${copy}/opened.ts`,
    `import * as nb from "./lib/notebook/mod.ts";
const { frames } = await nb.openCorpus();
console.log(JSON.stringify([frames.projects.height, nb.openRegisters(frames.projects).map((r) => r.period)]));`,
  );
  const opened = await run([`${copy}/opened.ts`]);
  assertEquals(opened.code, 0, new TextDecoder().decode(opened.stderr));
  assertEquals(JSON.parse(new TextDecoder().decode(opened.stdout)), [5, ["2007-2013", "2014-2020"]]);
  // The report, charts, registers and Word included (its notebooks have tests of their own).
  const report = await run([`${copy}/lib/cli/report.ts`, "--no-notebooks", "--out", `${copy}/../raportti`]);
  assertEquals(report.code, 0, new TextDecoder().decode(report.stderr));
  const written = [...Deno.readDirSync(`${copy}/../raportti`)].map((entry) => entry.name).sort();
  assertEquals(["index.html", "report.docx", "report.xlsx"].every((name) => written.includes(name)), true);
});
