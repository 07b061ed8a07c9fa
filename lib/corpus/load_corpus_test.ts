import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "./load_corpus.ts";
import type { Corpus } from "./load_corpus.ts";
import { utf16, utf8, windows1252 } from "../../testing/seeds.ts";

const SEED_2007 = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
const SEED_2014 = Deno.readTextFileSync(new URL("../../data/documents/003_26d83fee4ba57d94.txt", import.meta.url));

/** The 2007-2013 seed under another project code. */
const seedAs = (code: string, text = SEED_2007) => text.replace(/S11547|S22254/, code);

const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

async function corpusOf(files: Record<string, Uint8Array>): Promise<{ dir: string; corpus: Corpus }> {
  const dir = await tempDir("esf-corpus-");
  for (const [name, bytes] of Object.entries(files)) await Deno.writeFile(`${dir}/${name}`, bytes);
  return { dir, corpus: await loadCorpus([dir]) };
}

function projectOf(corpus: Corpus, code: string) {
  const document = corpus.documents.find((d) => d.project.project_code === code);
  assert(document, `project ${code} was parsed`);
  return document;
}

function diagnosticsOf(corpus: Corpus, dir: string, name: string) {
  return corpus.diagnostics.filter((d) => d.file === `${dir}/${name}`);
}

/** Every input file is a row, a named duplicate or an error with a diagnostic. */
function assertNothingLost(corpus: Corpus, inputs: number): void {
  assertEquals(corpus.files.length, inputs, "every input file is listed");
  for (const file of corpus.files) {
    if (file.outcome === "project") {
      assert(corpus.documents.some((d) => d.project.source_file === file.file), `${file.file} is a row`);
    } else {
      const own = corpus.diagnostics.filter((d) => d.file === file.file);
      assert(own.length > 0, `${file.file} (${file.outcome}) has a diagnostic`);
      if (file.outcome === "duplicate") {
        assert(own.some((d) => d.code === "duplicate" && d.message.includes(file.kept_file!)));
      }
    }
  }
}

Deno.test("loadCorpus() decodes UTF-8 with BOM, UTF-16 LE/BE with BOM and Windows-1252 alike", async () => {
  const { corpus, dir } = await corpusOf({
    "bom.txt": withBom(utf8(seedAs("S19001"))),
    "utf16le.txt": utf16(seedAs("S19002"), true),
    "utf16be.txt": utf16(seedAs("S19003"), false),
    "cp1252.txt": windows1252(seedAs("S19004")),
  });
  assertNothingLost(corpus, 4);
  assertEquals(corpus.diagnostics, []);
  const encodings = ["S19001", "S19002", "S19003", "S19004"].map((code) =>
    projectOf(corpus, code).project.source_encoding
  );
  assertEquals(encodings, ["utf-8", "utf-16le", "utf-16be", "windows-1252"]);
  for (const code of ["S19001", "S19002", "S19003", "S19004"]) {
    const { project } = projectOf(corpus, code);
    assertEquals(project.name?.startsWith("Maahanmuuttajien osaaminen käyttöön"), true, `${code} name decoded`);
    assertEquals(project.municipalities.at(-1), "Vieremä");
    assertEquals(project.participants_actual_women, 102);
    assertEquals(project.funding_public_actual, 614153);
  }
  assertEquals(diagnosticsOf(corpus, dir, "bom.txt"), []);
});

Deno.test("loadCorpus() reads CRLF, tabs, stray spaces, doubled blank lines and no-break spaces in numbers", async () => {
  const messy = seedAs("S19010")
    .replace("Myönnetty EU- ja valtion rahoitus: 645 300", "  Myönnetty EU- ja valtion rahoitus\t :\t645\u00A0300  ")
    .replace("Toteutunut EU- ja valtion rahoitus: 614 153", "Toteutunut EU- ja valtion rahoitus: 614\u202F153")
    .replace("Suunniteltu: 199, joista naisia 100", "\tSuunniteltu:   199 ,  joista naisia   100 ")
    .replace("Projektikoodi: S19010", "Projektikoodi :S19010")
    .replaceAll("\n\n", "\n\n\n")
    .replaceAll("\n", "\r\n");
  const { corpus } = await corpusOf({ "messy.txt": utf8(messy) });
  assertEquals(corpus.diagnostics, []);
  const { project, sourceLines } = projectOf(corpus, "S19010");
  assertEquals(project.funding_eu_state_granted, 645300);
  assertEquals(project.funding_eu_state_actual, 614153);
  assertEquals([project.participants_planned, project.participants_planned_women], [199, 100]);
  assertEquals(project.start_date, "2011-01-01");
  assertEquals(sourceLines.project_code, 13, "lines counted with the doubled blank lines");
  assert(!project.summary!.includes("\r"), "no carriage returns in texts");
  assert(!project.summary!.includes("\n\n\n"), "doubled blank lines collapsed");
});

Deno.test("loadCorpus() reads decimal commas and flags an amount it cannot read", async () => {
  const decimal = seedAs("S19020").replace(
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 401 955,50",
  );
  const broken = seedAs("S19021").replace(
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 614.153.2",
  );
  const { corpus, dir } = await corpusOf({ "decimal.txt": utf8(decimal), "broken.txt": utf8(broken) });
  assertNothingLost(corpus, 2);
  assertEquals(projectOf(corpus, "S19020").project.funding_public_actual, 401955.5);
  assertEquals(projectOf(corpus, "S19021").project.funding_public_actual, null);
  const [warning] = diagnosticsOf(corpus, dir, "broken.txt");
  assertEquals([warning?.level, warning?.code, warning?.line, warning?.project_code], [
    "warning",
    "unreadable_value",
    128,
    "S19021",
  ]);
  assert(
    warning!.message.includes("(Public funding, actual)") && warning!.message.includes("614.153.2"),
    warning!.message,
  );
});

Deno.test("loadCorpus() keeps a truncated document with a warning for each missing section", async () => {
  const lines = SEED_2007.split("\n");
  // Stops after §3.4, its last line with text (79) followed by one line break: cut inside it or at its end, the file
  // looks the same, so that line's values are unread and said; the lines above it are whole.
  const truncated = seedAs("S19030", lines.slice(0, 80).join("\n"));
  const { corpus, dir } = await corpusOf({ "truncated.txt": utf8(truncated) });
  assertNothingLost(corpus, 1);
  const { project } = projectOf(corpus, "S19030");
  assertEquals([project.participants_planned, project.participants_actual, project.participants_actual_women], [
    199,
    null,
    null,
  ]);
  const all = diagnosticsOf(corpus, dir, "truncated.txt");
  assertEquals(all.filter((d) => d.code === "unreadable_value").map((d) => d.line), [79, 79]);
  assertEquals([project.funding_public_planned, project.jobs_planned, project.final_report_summary], [
    null,
    null,
    null,
  ]);
  const warnings = all.filter((d) => d.code !== "unreadable_value");
  assert(warnings.every((d) => d.level === "warning" && d.code === "missing_section" && d.project_code === "S19030"));
  assertEquals(
    warnings.map((d) => d.message.match(/"(.*)"/)![1]),
    [
      "Uusien työpaikkojen määrä",
      "Uusien yritysten määrä",
      "Suoritettujen tutkintojen määrä",
      "Suunnitelman mukainen tiivistelmä toteutuksesta",
      "Tiedotussuunnitelma",
      "Suunnitelma hyvien käytäntöjen levittämisestä",
      "Projektin julkinen rahoitus, euroa",
      "Horisontaalinen luokittelu",
      "Loppuraportin tiivistelmä",
    ],
  );
});

Deno.test("loadCorpus() gives an error, never a crash, for a non-document, an empty file and a binary file", async () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const { corpus, dir } = await corpusOf({
    "letter.txt": utf8("Hei!\n\nTässä pyytämänne tiedot: ei mitään.\n"),
    "empty.txt": new Uint8Array(),
    "blank.txt": utf8(" \r\n\t\n"),
    "image.txt": png,
    "ok.txt": utf8(SEED_2014),
  });
  assertNothingLost(corpus, 5);
  assertEquals(corpus.documents.length, 1);
  const codes = (name: string) => diagnosticsOf(corpus, dir, name).map((d) => [d.level, d.code, d.line]);
  assertEquals(codes("letter.txt"), [["error", "not_a_project_description", null]]);
  assertEquals(codes("empty.txt"), [["error", "empty_file", null]]);
  assertEquals(codes("blank.txt"), [["error", "empty_file", null]]);
  assertEquals(codes("image.txt"), [["error", "binary_file", null]]);
  assertEquals(corpus.files.filter((f) => f.outcome === "error").length, 4);
});

Deno.test("loadCorpus() keeps one row per project code and names the file kept", async () => {
  const changed = SEED_2014.replace(
    "Toteutunut julkinen rahoitus yhteensä: 143 265",
    "Toteutunut julkinen rahoitus yhteensä: 150 000",
  );
  const { corpus, dir } = await corpusOf({
    "a.txt": utf8(SEED_2014),
    "b-copy.txt": utf8(SEED_2014),
    "c-later.txt": utf8(changed),
  });
  assertNothingLost(corpus, 3);
  assertEquals(corpus.documents.length, 1);
  assertEquals(corpus.documents[0]!.project.source_file, `${dir}/a.txt`, "equal diagnostics: the first path is kept");
  const [copy] = diagnosticsOf(corpus, dir, "b-copy.txt");
  assertEquals([copy?.level, copy?.code, copy?.project_code], ["warning", "duplicate", "S22254"]);
  assert(copy!.message.includes("identical copy") && copy!.message.includes(`${dir}/a.txt`), copy!.message);
  const [later] = diagnosticsOf(corpus, dir, "c-later.txt");
  // 143 265 against 150 000: which is right, the documents do not say.
  assert(later!.message.endsWith("differs in figures, not read for it: Public funding, actual."), later!.message);
  const kept = corpus.documents[0]!.project;
  assertEquals([kept.funding_public_actual, kept.companies_participating_actual], [null, 25], "only what differs");
  assertEquals(corpus.files.map((f) => [f.outcome, f.kept_file]), [
    ["project", null],
    ["duplicate", `${dir}/a.txt`],
    ["duplicate", `${dir}/a.txt`],
  ]);
});

Deno.test("loadCorpus() prefers the duplicate with fewer gaps over the first path", async () => {
  const damaged = SEED_2014.replace(
    "Toteutunut julkinen rahoitus yhteensä: 143 265",
    "Toteutunut julkinen rahoitus yhteensä: ???",
  );
  const { corpus, dir } = await corpusOf({ "a-damaged.txt": utf8(damaged), "b-clean.txt": utf8(SEED_2014) });
  assertEquals(corpus.documents[0]!.project.source_file, `${dir}/b-clean.txt`);
  assertEquals(corpus.documents[0]!.project.funding_public_actual, 143265);
  assertNothingLost(corpus, 2);
});

Deno.test("loadCorpus() reads folders recursively, in path order, and reports files it skips", async () => {
  const dir = await tempDir("esf-corpus-");
  await Deno.mkdir(`${dir}/2014/late`, { recursive: true });
  await Deno.writeTextFile(`${dir}/2014/late/b.TXT`, SEED_2014);
  await Deno.writeTextFile(`${dir}/a.txt`, SEED_2007);
  await Deno.writeTextFile(`${dir}/README.md`, "# notes");
  await Deno.writeTextFile(`${dir}/.hidden.txt`, "x");
  await Deno.writeFile(`${dir}/scan.jpg`, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]));
  const corpus = await loadCorpus([dir]);
  assertEquals(corpus.files.map((f) => f.file), [`${dir}/2014/late/b.TXT`, `${dir}/a.txt`]);
  assertEquals(corpus.documents.map((d) => d.project.project_code), ["S11547", "S22254"]);
  assertEquals(corpus.diagnostics.map((d) => [d.file, d.level, d.code]), [
    [`${dir}/.hidden.txt`, "warning", "skipped_file"],
    [`${dir}/README.md`, "warning", "skipped_file"],
    [`${dir}/scan.jpg`, "warning", "skipped_file"],
  ]);
});

Deno.test("loadCorpus() diagnoses a file too large to be a description without reading it", async () => {
  const dir = await tempDir("esf-corpus-");
  await Deno.writeTextFile(`${dir}/huge.txt`, SEED_2007);
  const corpus = await loadCorpus([dir], { maxBytes: 1000 });
  assertEquals(corpus.documents.length, 0);
  assertEquals(corpus.diagnostics.map((d) => [d.level, d.code]), [["error", "file_too_large"]]);
  assertEquals(corpus.files[0]!.sha256, null, "not read");
});

Deno.test("loadCorpus() keeps a project that lost its code, with an error", async () => {
  const { corpus, dir } = await corpusOf({ "nocode.txt": utf8(SEED_2007.replace("Projektikoodi: S11547\n", "")) });
  assertEquals(corpus.documents.length, 1);
  assertEquals(corpus.documents[0]!.project.project_code, null);
  assertEquals(corpus.documents[0]!.project.participants_planned, 199);
  assertEquals(diagnosticsOf(corpus, dir, "nocode.txt").map((d) => [d.level, d.code]), [[
    "error",
    "missing_project_code",
  ]]);
});

Deno.test("loadCorpus() diagnoses a large binary file from its first bytes, without reading it whole", async () => {
  const dir = await tempDir("esf-corpus-");
  const big = new Uint8Array(8 * 1024 * 1024); // 8 MiB of zeros: under the size limit, plainly not text
  await Deno.writeFile(`${dir}/video.txt`, big);
  const corpus = await loadCorpus([dir]);
  assertEquals(corpus.diagnostics.map((d) => [d.level, d.code]), [["error", "binary_file"]]);
  assertEquals(corpus.files[0]!.sha256, null, "not read whole, so not hashed");
  assertEquals(corpus.files[0]!.bytes, 8 * 1024 * 1024);
});

Deno.test("loadCorpus() gives the same corpus with worker threads as without", async () => {
  const { writeGeneratedCorpus } = await import("../../dev/generate.ts");
  const dir = await tempDir("esf-corpus-");
  await writeGeneratedCorpus(dir, 250, 5);
  await Deno.writeTextFile(`${dir}/gen_000003-copy.txt`, await Deno.readTextFile(`${dir}/gen_000003.txt`));
  await Deno.writeFile(`${dir}/zz-binary.txt`, new Uint8Array([0, 1, 2, 3]));
  let progress = 0;
  const threaded = await loadCorpus([dir], { workers: 2, onProgress: () => progress++ });
  const single = await loadCorpus([dir], { workers: 0 });
  assertEquals(threaded, single);
  assertEquals(progress, 252);
  assertEquals(threaded.files.map((f) => f.outcome).filter((o) => o !== "project"), ["duplicate", "error"]);
});

Deno.test("loadCorpus() reads both documents of a concatenated file: two rows, the files table says where each starts", async () => {
  const text = `${SEED_2007}\n${SEED_2014}`;
  const { corpus, dir } = await corpusOf({
    "two.txt": utf8(text),
    "twice.txt": utf8(`${seedAs("S19040")}\n${seedAs("S19040")}`),
  });
  assertNothingLost(corpus, 4);
  assertEquals(corpus.documents.map((d) => d.project.project_code), ["S11547", "S19040", "S22254"]);
  const second = SEED_2007.split("\n").length + 1;
  assertEquals(
    corpus.files.map((f) => [f.file.slice(dir.length + 1), f.first_line, f.outcome, f.project_code, f.kept_file]),
    [
      ["twice.txt", 1, "project", "S19040", null],
      ["twice.txt", second, "duplicate", "S19040", `${dir}/twice.txt`],
      ["two.txt", 1, "project", "S11547", null],
      ["two.txt", second, "project", "S22254", null],
    ],
  );
  assertEquals(projectOf(corpus, "S22254").sourceLines.project_code, second + 6);
  const duplicate = diagnosticsOf(corpus, dir, "twice.txt").find((d) => d.code === "duplicate")!;
  assertEquals(duplicate.line, second + 8);
  assert(duplicate.message.includes("identical"), duplicate.message);
});

Deno.test("loadCorpus() takes variants of one project code for the same project and names the duplicates", async () => {
  const variants = ["s11547", "S11547\u200B", "S115\u00AD47", "S 11547", "S\u201111547", "S11547 (korjattu)"];
  const files: Record<string, Uint8Array> = { "a.txt": utf8(SEED_2007) };
  variants.forEach((code, i) => files[`v${i}.txt`] = utf8(SEED_2007.replace("S11547", code)));
  const { corpus, dir } = await corpusOf(files);
  assertNothingLost(corpus, variants.length + 1);
  assertEquals(corpus.documents.map((d) => [d.project.project_code, d.project.source_file]), [[
    "S11547",
    `${dir}/a.txt`,
  ]]);
  assertEquals(corpus.files.filter((f) => f.outcome === "duplicate").length, variants.length);
});

Deno.test("loadCorpus() reads UTF-16 without a byte-order mark, and names the line of a stray Windows-1252 byte", async () => {
  const noBom = utf16(seedAs("S19050"), true).subarray(2);
  const granted = "Myönnetty EU- ja valtion rahoitus: 645 300";
  const text = seedAs("S19051");
  const at = text.indexOf(granted);
  const mixed = Uint8Array.from([...utf8(text.slice(0, at + 2)), 0xf6, ...utf8(text.slice(at + 3))]);
  const { corpus, dir } = await corpusOf({ "utf16.txt": noBom, "mixed.txt": mixed });
  assertNothingLost(corpus, 2);
  assertEquals(projectOf(corpus, "S19050").project.source_encoding, "utf-16le");
  assertEquals(projectOf(corpus, "S19050").project.participants_actual_women, 102);
  assertEquals(projectOf(corpus, "S19051").project.funding_eu_state_granted, 645300);
  assertEquals(projectOf(corpus, "S19051").project.name, projectOf(corpus, "S19050").project.name);
  assertEquals(diagnosticsOf(corpus, dir, "mixed.txt").map((d) => [d.code, d.line, d.project_code]), [
    ["encoding", 122, "S19051"],
  ]);
  assertEquals(diagnosticsOf(corpus, dir, "utf16.txt"), []);
});

Deno.test("byte-identical copies of a document without a code are one project, the others named duplicates", async () => {
  const { loadCorpusFrames } = await import("../frame/load_frames.ts");
  const { summarise } = await import("../analysis/summarise.ts");
  const codeless = utf8(SEED_2007.replace("Projektikoodi: S11547", "Projektikoodi: "));
  const { corpus, dir } = await corpusOf({ "a.txt": codeless, "b.txt": codeless, "c.txt": utf8(seedAs("S19060")) });
  assertNothingLost(corpus, 3);
  assertEquals(corpus.documents.map((d) => [d.project.source_file, d.project.project_code]), [
    [`${dir}/c.txt`, "S19060"],
    [`${dir}/a.txt`, null],
  ]);
  assertEquals(corpus.files.map((f) => [f.file.slice(dir.length + 1), f.outcome, f.kept_file?.slice(dir.length + 1)]), [
    ["a.txt", "project", undefined],
    ["b.txt", "duplicate", "a.txt"],
    ["c.txt", "project", undefined],
  ]);
  // Counted once: participants planned 199 + 199 (S19060), not 199 × 3.
  for (const cache of [undefined, `${dir}-cache`]) {
    const { frames } = await loadCorpusFrames([dir], cache ? { cache } : {});
    assertEquals(summarise(frames.projects).toRecords()[0]!.participants_planned, 398);
    assertEquals(frames.files.getColumn("outcome").toArray(), ["project", "duplicate", "project"]);
  }
  // A third copy added after a cached run: the cache's resolution does not stand, the copy is a duplicate too.
  await Deno.writeFile(`${dir}/d.txt`, codeless);
  const { frames } = await loadCorpusFrames([dir], { cache: `${dir}-cache` });
  assertEquals(frames.files.getColumn("outcome").toArray(), ["project", "duplicate", "project", "duplicate"]);
  assertEquals(frames.projects.height, 2);
});

Deno.test("a duplicate's message names the kept file whole, however long its path", async () => {
  const deep = `${"kansio-".repeat(25)}/${"alikansio-".repeat(18)}`;
  const copy = utf8(seedAs("S19070"));
  const dir = await tempDir("esf-corpus-");
  await Deno.mkdir(`${dir}/${deep}`, { recursive: true });
  for (const name of ["a.txt", "b.txt"]) await Deno.writeFile(`${dir}/${deep}/${name}`, copy);
  const corpus = await loadCorpus([dir]);
  assert(`${dir}/${deep}/a.txt`.length > 300, "a path over 300 characters");
  assertNothingLost(corpus, 2);
});
