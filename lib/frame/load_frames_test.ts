import { tempDir } from "../../testing/temp.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "./to_dataframe.ts";
import { loadCorpusFrames } from "./load_frames.ts";
import { LONG_TEXT_COLUMNS } from "./document_rows.ts";
import { writeGeneratedCorpus } from "../../dev/generate.ts";
import { framesDifferences, referenceFrames } from "../../testing/reference_frames.ts";
import { assertEquals } from "../../testing/assert.ts";
import { diagnosticRecord } from "../diagnostics.ts";

/** A generated corpus of 300 documents, damaged, with duplicates (identical, differing, of another form), pages, prints and files that fail. */
async function mixedCorpus(dir: string): Promise<void> {
  await writeGeneratedCorpus(dir, 300, 11, { damaged: true });
  const names = [...Deno.readDirSync(dir)].map((entry) => entry.name).sort();
  await Deno.copyFile(`${dir}/${names[3]}`, `${dir}/copy-identical.txt`);
  const text = await Deno.readTextFile(`${dir}/${names[4]}`);
  await Deno.writeTextFile(
    `${dir}/copy-differs.txt`,
    text.replace(/(Suunniteltu julkinen rahoitus yhteensä:)/, "$1 1"),
  );
  await Deno.writeTextFile(`${dir}/empty.txt`, "");
  await Deno.writeFile(`${dir}/binary.txt`, new Uint8Array([0, 1, 2, 0, 65]));
  await Deno.writeTextFile(`${dir}/notes.md`, "not a document");
  await Deno.mkdir(`${dir}/sub`);
  await Deno.copyFile("data/documents/000_0083efce40fb50fc.txt", `${dir}/sub/seed.txt`);
  // Saved pages and PDF prints, one of them the seed's project again (a duplicate of another form), one a scan.
  for (
    const name of ["000_0083efce40fb50fc.pdf", "001_bfc078f93719c10e.html", "002_9a75f02c10db9dc6.pdf", "scanned.pdf"]
  ) {
    await Deno.copyFile(`testing/fixtures/forms/${name}`, `${dir}/sub/${name}`);
  }
}

Deno.test("loadCorpusFrames gives the frames, diagnostics and files of loadCorpus + the record-by-record frames, in workers or not", async () => {
  const dir = await tempDir("esf-load-frames-");
  try {
    await mixedCorpus(`${dir}/corpus`);
    const corpus = await loadCorpus([`${dir}/corpus`], { workers: 0, root: `${dir}/corpus` });
    const expected = referenceFrames(corpus);
    assertEquals(corpus.files.filter((f) => f.outcome === "duplicate").length >= 3, true, "the corpus has duplicates");
    assertEquals(corpus.files.some((f) => f.form === "pdf" && f.outcome === "duplicate"), true, "one of another form");
    assertEquals(corpus.files.some((f) => f.form === "html" && f.outcome === "project"), true, "a saved page read");
    for (const workers of [0, 2]) {
      const loaded = await loadCorpusFrames([`${dir}/corpus`], { workers, root: `${dir}/corpus` });
      assertEquals(framesDifferences(loaded.frames, expected), [], `workers: ${workers}`);
      assertEquals(loaded.diagnostics.map(diagnosticRecord), corpus.diagnostics.map(diagnosticRecord));
      assertEquals(loaded.diagnostics, corpus.diagnostics, "with the keys and values that translate each message");
      assertEquals(loaded.files, corpus.files);
    }
    const none = await loadCorpusFrames([`${dir}/missing`]);
    assertEquals(framesDifferences(none.frames, referenceFrames(await loadCorpus([`${dir}/missing`]))), []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadCorpusFrames without the long texts: every other column, row, diagnostic and file the same; a duplicate differing in a text still says so", async () => {
  const dir = await tempDir("esf-load-frames-");
  try {
    await mixedCorpus(`${dir}/corpus`);
    const names = [...Deno.readDirSync(`${dir}/corpus`)].map((entry) => entry.name).sort();
    const text = await Deno.readTextFile(`${dir}/corpus/${names[5]}`);
    const changed = text.replace(/(Suunnitelman mukainen tiivistelmä toteutuksesta\s*\n)/, "$1Lisätty lause. ");
    assertEquals(changed !== text, true, "the summary was changed");
    await Deno.writeTextFile(`${dir}/corpus/copy-summary-differs.txt`, changed);
    const options = { root: `${dir}/corpus`, workers: 2 };
    const whole = await loadCorpusFrames([`${dir}/corpus`], options);
    const lean = await loadCorpusFrames([`${dir}/corpus`], { ...options, texts: false });
    assertEquals(
      lean.frames.projects.columns,
      whole.frames.projects.columns.filter((column) => !LONG_TEXT_COLUMNS.includes(column as never)),
    );
    const expected = { ...whole.frames, projects: whole.frames.projects.drop(...LONG_TEXT_COLUMNS) };
    assertEquals(framesDifferences(lean.frames, expected), []);
    assertEquals(lean.diagnostics, whole.diagnostics);
    assertEquals(lean.files, whole.files);
    const summary = whole.diagnostics.filter((d) =>
      d.code === "duplicate" && d.message.includes("copy-summary-differs")
    );
    assertEquals(summary.length, 1, JSON.stringify(whole.diagnostics.filter((d) => d.code === "duplicate"), null, 1));
    assertEquals(summary[0]!.message.includes("summary"), true, summary[0]!.message);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("two copies of a project that disagree on a figure: the figure is null, said by the duplicate's diagnostic", async () => {
  const dir = await tempDir("esf-load-frames-");
  const seed = await Deno.readTextFile("data/documents/000_0083efce40fb50fc.txt");
  await Deno.writeTextFile(`${dir}/a.txt`, seed);
  await Deno.writeTextFile(
    `${dir}/b.txt`,
    seed.replace("Toteutunut julkinen rahoitus yhteensä: 614 153", "Toteutunut julkinen rahoitus yhteensä: 714 153")
      .replace("Projektin nimi: Maahanmuuttajien", "Projektin nimi: MAAHANMUUTTAJIEN"),
  );
  const figures = (projects: import("nodejs-polars").DataFrame) =>
    projects.select("project_code", "funding_public_actual", "funding_utilisation", "participants_actual", "name")
      .toRecords().map((row) => ({ ...row, name: String(row.name).slice(0, 16) }));
  const want = [{
    project_code: "S11547",
    funding_public_actual: null,
    funding_utilisation: null,
    participants_actual: 119,
    name: "Maahanmuuttajien", // a text that differs: the kept copy's, said by the diagnostic
  }];
  const fast = await loadCorpusFrames([dir], { root: dir });
  assertEquals(figures(fast.frames.projects), want);
  assertEquals(figures(toDataFrame(await loadCorpus([dir], { root: dir })).projects), want);
  const [said] = fast.diagnostics.filter((d) => d.code === "duplicate");
  assertEquals(said!.file, "b.txt");
  assertEquals(
    said!.message,
    "Duplicate of project S11547: a.txt was kept; this file differs in Project name; " +
      "figures, not read for it: Public funding, actual.",
  );
});
