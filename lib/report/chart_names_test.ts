/**
 * The charts draw the documents' own names (projects, organisations): what the tables scrub of them (an
 * e-mail, a phone number, a person's name beside a role) no chart draws either (audit 33).
 */
import { tempDir } from "../../testing/temp.ts";
import { assert } from "../../testing/assert.ts";
import { allFiles } from "../../testing/files.ts";
import { buildReport } from "./build_report.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));

Deno.test("no chart draws a contact detail that the tables scrub from a project's name", async () => {
  const root = await tempDir("esf-chart-names-");
  await Deno.mkdir(`${root}/corpus`);
  for await (const entry of Deno.readDir(DATA)) {
    await Deno.copyFile(`${DATA}/${entry.name}`, `${root}/corpus/${entry.name}`);
  }
  const mok = await Deno.readTextFile(`${DATA}/000_0083efce40fb50fc.txt`);
  const name = "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja " +
    "kv-rekrytointikäytäntöjen kehittäminen";
  assert(mok.includes(name));
  await Deno.writeTextFile(
    `${root}/corpus/hostile.txt`,
    mok.replaceAll("S11547", "S99101").replace(name, "Projektin nimi: Johtaja Aino Aalto"),
  );
  const out = `${root}/report`;
  await buildReport({ corpus: `${root}/corpus`, out, notebooks: false, progress: () => {} });
  const projects = await Deno.readTextFile(`${out}/tables/projects.csv`);
  assert(projects.includes("S99101,2007-2013,ESR,Johtaja [nimi poistettu],"), "the table scrubs the name");
  const drawn = [];
  for (const file of (await allFiles(out)).filter((f) => f.endsWith(".svg") || f.endsWith(".html"))) {
    const text = await Deno.readTextFile(file);
    assert(!text.includes("Aino Aalto"), `Aino Aalto in ${file.slice(out.length + 1)}`);
    if (text.includes("Johtaja [nimi poistettu] (S99101)")) drawn.push(file.slice(out.length + 1));
  }
  assert(drawn.includes("charts/projects-timeline.svg"), `the project is drawn under its scrubbed name: ${drawn}`);
});
