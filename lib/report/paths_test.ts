/**
 * A report is shared: it names files relative to the corpus folder and holds
 * no absolute path of the machine that made it.
 */
import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { allFiles } from "../../testing/files.ts";
import { buildReport } from "./build_report.ts";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");
const DATA = `${REPO}/data/documents`;

Deno.test("no output of a report holds an absolute path of the machine: files are named relative to the corpus", async () => {
  const root = await tempDir("esf-paths-");
  await Deno.mkdir(`${root}/corpus/2007`, { recursive: true });
  for await (const entry of Deno.readDir(DATA)) {
    const to = entry.name.startsWith("00") && Number(entry.name[2]) < 3 ? "2007/" : "";
    await Deno.copyFile(`${DATA}/${entry.name}`, `${root}/corpus/${to}${entry.name}`);
  }
  await Deno.writeTextFile(`${root}/corpus/notes.txt`, "Muistiinpanoja.\n");
  const out = `${root}/report`;
  const { manifest } = await buildReport({ corpus: `${root}/corpus`, out, progress: () => {} });
  const files = await allFiles(out);
  assert(files.some((f) => f.endsWith(".parquet")) && files.some((f) => f.endsWith(".ipynb")));
  for (const file of files) {
    const bytes = new TextDecoder().decode(await Deno.readFile(file));
    // Parquet compresses its pages: read its values too.
    const text = file.endsWith(".parquet") ? JSON.stringify(pl.readParquet(file).toRecords()) + bytes : bytes;
    for (const machine of [root, REPO, Deno.env.get("HOME") ?? REPO]) {
      assert(!text.includes(machine), `${machine} in ${file.slice(out.length + 1)}`);
    }
  }
  assertEquals(
    manifest.inputs.map((input) => input.file),
    [
      "004_b5ee5d749125fe7f.txt",
      "003_26d83fee4ba57d94.txt",
      "2007/000_0083efce40fb50fc.txt",
      "2007/001_bfc078f93719c10e.txt",
      "2007/002_9a75f02c10db9dc6.txt",
      "notes.txt",
    ].sort(),
  );
  const diagnostics = pl.readCSV(`${out}/tables/diagnostics.csv`, { sep: "," }).getColumn("file").toArray();
  assert(diagnostics.includes("notes.txt"), diagnostics.join(", "));
  const quality = await Deno.readTextFile(`${out}/notebooks/04-data-quality.ipynb`);
  assert(quality.includes("2007/000_0083efce40fb50fc.txt"), "the notebooks name files relative to the corpus too");
});
