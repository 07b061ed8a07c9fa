/**
 * A corpus can name a file by a person's e-mail address or phone number: no output of the report holds
 * them, each names the file with the marker in their place (audit 33).
 */
import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { allFiles } from "../../testing/files.ts";
import { buildReport } from "./build_report.ts";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));

Deno.test("no output of a report names a file by the e-mail address or phone number in its name", async () => {
  const root = await tempDir("esf-contact-names-");
  await Deno.mkdir(`${root}/corpus/+358 40 123 4567`, { recursive: true });
  await Deno.copyFile(`${DATA}/000_0083efce40fb50fc.txt`, `${root}/corpus/matti.virtanen@example.fi.txt`);
  await Deno.copyFile(`${DATA}/001_bfc078f93719c10e.txt`, `${root}/corpus/+358 40 123 4567/a.txt`);
  await Deno.copyFile(`${DATA}/003_26d83fee4ba57d94.txt`, `${root}/corpus/003.txt`);
  await Deno.writeTextFile(`${root}/corpus/liite anna(at)kemi.fi.docx`, "PK");
  const out = `${root}/report`;
  const { manifest } = await buildReport({ corpus: `${root}/corpus`, out, progress: () => {} });
  assertEquals(manifest.inputs.map((input) => [input.file, input.outcome, input.bytes > 0]).sort(), [
    ["003.txt", "project", true],
    ["[puhelinnumero poistettu]-44d0b78a/a.txt", "project", true],
    ["[sähköpostiosoite poistettu]-aba0b736.txt", "project", true],
    ["liite [sähköpostiosoite poistettu]-0c55d0ff.docx", "skipped", true],
  ]);
  const projects = pl.readCSV(`${out}/tables/projects.csv`, { sep: "," }).getColumn("source_file").toArray();
  assertEquals(projects.sort(), [
    "003.txt",
    "[puhelinnumero poistettu]-44d0b78a/a.txt",
    "[sähköpostiosoite poistettu]-aba0b736.txt",
  ]);
  await assertNoneHolds(out, ["matti.virtanen", "358 40 123", "anna(at)", "anna@"]);
  const page = await Deno.readTextFile(`${out}/index.html`);
  assert(page.includes("liite [sähköpostiosoite poistettu]-0c55d0ff.docx"), "the method still names the skipped file");
});

Deno.test("no output of a report names the register by the e-mail address in its file's name", async () => {
  // Before: the page's method and the manifest named `matti.virtanen@example.fi.csv`.
  const root = await tempDir("esf-contact-register-");
  const register = `${root}/matti.virtanen@example.fi.csv`;
  await Deno.copyFile(fileURLToPath(new URL("../../data/registers/eura2007-esr.csv", import.meta.url)), register);
  const out = `${root}/report`;
  const { manifest } = await buildReport({ corpus: DATA, out, register, progress: () => {} });
  assertEquals(manifest.registers.map((r) => r.file), ["[sähköpostiosoite poistettu]-cb0f5e3a.csv"]);
  await assertNoneHolds(out, ["matti.virtanen"]);
  const page = await Deno.readTextFile(`${out}/index.html`);
  assert(
    page.includes("[sähköpostiosoite poistettu]-cb0f5e3a.csv (2\u00a0775 hanketta)"),
    "the method names the register",
  );
  // Notebook 05 names it so too (it printed the address, which its Markdown's scrubbing made a bare marker).
  const notebook = JSON.parse(await Deno.readTextFile(`${out}/notebooks/05-programme-context.ipynb`));
  const said = JSON.stringify(notebook.cells.map((cell: { outputs?: unknown[] }) => cell.outputs ?? []));
  assert(said.includes("Rekisteri `[sähköpostiosoite poistettu]-cb0f5e3a.csv` (2007–2013)"), "notebook 05 names it");
});

/** Asserts that no file of the report (a workbook's or Word document's parts, a Parquet file's rows) holds any of the texts. */
async function assertNoneHolds(out: string, contacts: readonly string[]): Promise<void> {
  const files = await allFiles(out);
  assert(files.some((f) => f.endsWith(".ipynb")) && files.some((f) => f.endsWith(".docx")));
  for (const file of files) {
    const bytes = file.endsWith(".docx") || file.endsWith(".xlsx")
      ? await unzipText(file)
      : new TextDecoder().decode(await Deno.readFile(file));
    const text = file.endsWith(".parquet") ? JSON.stringify(pl.readParquet(file).toRecords()) + bytes : bytes;
    for (const contact of contacts) assert(!text.includes(contact), `${contact} in ${file.slice(out.length + 1)}`);
  }
}

/** Every XML part of a workbook or a Word document, one after another. */
async function unzipText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await Deno.readFile(file));
  const parts = await Promise.all(Object.values(zip.files).map((entry) => entry.async("string")));
  return parts.join("\n");
}
