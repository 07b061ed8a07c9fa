import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { dataFile, DOCUMENTS, fixtureFile } from "../../testing/form_fixtures.ts";
import { runScript } from "../../testing/subprocess.ts";
import { UNREADABLE_AMOUNT } from "../../dev/make_form_fixtures.ts";
import { type KeyedDiagnostic, localiseDiagnostic } from "../diagnostics.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { pdfToText } from "../parse/pdf_text.ts";
import { buildReport } from "../report/build_report.ts";
import type { DocumentForm } from "../schema.ts";
import { loadCorpus } from "./load_corpus.ts";
import { readDocument } from "./read_document.ts";
import { fileURLToPath } from "node:url";

const path = (url: URL) => fileURLToPath(url);
const FILE_OF: Record<DocumentForm, (base: string) => string> = {
  text: (base) => path(dataFile(base)),
  html: (base) => path(fixtureFile(`${base}.html`)),
  pdf: (base) => path(fixtureFile(`${base}.pdf`)),
};
const PROVENANCE = new Set(["source_file", "source_encoding", "source_line", "source_page", "form"]);
const without = (rows: Record<string, unknown>[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !PROVENANCE.has(key))));

/** The corpus of the five shipped documents in one form, as frames, provenance aside. */
async function framesOf(form: DocumentForm) {
  const corpus = await loadCorpus(DOCUMENTS.map(FILE_OF[form]));
  const frames = toDataFrame(corpus);
  return {
    corpus,
    frames,
    content: Object.fromEntries(
      (["projects", "areas", "coImplementers", "sustainabilityScores", "genderEquality", "contacts"] as const)
        .map((name) => [name, without(toJsonRecords(frames[name]))]),
    ),
    columns: toJsonRecords(frames.provenance).map((row) => `${row.project_code} ${row.column}`),
  };
}

const text = await framesOf("text");
const html = await framesOf("html");
const pdf = await framesOf("pdf");

Deno.test("every shipped document, as text, saved web page and PDF print, gives the same rows through loadCorpus and toDataFrame", () => {
  assertEquals(text.frames.projects.height, 5);
  for (const [form, read] of [["html", html], ["pdf", pdf]] as const) {
    assertEquals(read.content, text.content, form);
    assertEquals(read.columns, text.columns, `${form}: every value has its provenance`);
    // Each page links its site's sheet, not saved with it: said, at its <link>; nothing else.
    assertEquals(
      read.corpus.diagnostics.map((
        d,
      ) => [d.line, d.code, (d as KeyedDiagnostic).key, (d as KeyedDiagnostic).values[0]]),
      form === "html"
        ? DOCUMENTS.map(() => [7, "incomplete_document", "html_sheet_not_read", "./projekti_files/eura.css"])
        : [],
      form,
    );
    assertEquals(read.corpus.files.map((file) => [file.outcome, file.form]), DOCUMENTS.map(() => ["project", form]));
  }
  // The seed's figures, read by hand, from the print.
  const s11547 = toJsonRecords(pdf.frames.projects).find((row) => row.project_code === "S11547")!;
  assertEquals(
    [
      s11547.participants_planned,
      s11547.participants_planned_women,
      s11547.participants_actual,
      s11547.participants_actual_women,
      s11547.funding_public_planned,
      s11547.funding_public_actual,
    ],
    [199, 100, 119, 102, 645300, 614153],
  );
});

Deno.test("provenance: a web page's values name the line of the HTML source, a print's the page and the line on it", async () => {
  const value = (read: typeof html, column: string) =>
    toJsonRecords(read.frames.provenance).find((row) => row.project_code === "S11547" && row.column === column)!;
  const fromPage = value(html, "funding_public_planned");
  assertEquals([fromPage.form, fromPage.source_page], ["html", null]);
  const source = (await Deno.readTextFile(FILE_OF.html(DOCUMENTS[0]))).split("\n");
  const row = source.slice((fromPage.source_line as number) - 1, (fromPage.source_line as number) + 1).join(" ");
  assert(row.includes("Suunniteltu julkinen rahoitus yhteensä") && row.includes("645&nbsp;300"), row);

  const fromPrint = value(pdf, "funding_public_planned");
  assertEquals(fromPrint.form, "pdf");
  const printed = await pdfToText(await Deno.readFile(FILE_OF.pdf(DOCUMENTS[0])));
  const at = printed.lineOrigins.findIndex((origin) =>
    origin.page === fromPrint.source_page && origin.line === fromPrint.source_line
  );
  assertEquals(printed.text.split("\n")[at], "Suunniteltu julkinen rahoitus yhteensä: 645 300");
  assertEquals(value(text, "funding_public_planned").form, "text");
  // The long tables and the files say where too.
  const area = toJsonRecords(pdf.frames.areas).find((row) => row.project_code === "S11547")!;
  assertEquals(area.source_page, 1);
  const file = toJsonRecords(pdf.frames.files).find((row) => row.project_code === "S11547")!;
  assertEquals([file.form, file.first_page, file.encoding], ["pdf", 1, "pdf"]);
});

Deno.test("a value's diagnostic in a web page or a print says so: the form, and the print's page", async () => {
  const read = async (extension: string) => {
    const outcome = await readDocument(path(fixtureFile(`${UNREADABLE_AMOUNT.base}.${extension}`)));
    const found = outcome.diagnostics.find((d) => d.code === "unreadable_value")!;
    return { outcome, found };
  };
  const page = await read("html");
  assertEquals(page.outcome.documents[0]!.project.funding_public_actual, null);
  assertEquals(page.outcome.documents[0]!.project.funding_public_planned, 645300);
  const source = (await Deno.readTextFile(fixtureFile(`${UNREADABLE_AMOUNT.base}.html`))).split("\n");
  assertEquals(source[page.found.line! - 1]!.trim(), "<dt>Toteutunut julkinen rahoitus yhteensä</dt>");
  assert(page.found.message.endsWith("(Saved web page: the line is a line of the HTML source.)"), page.found.message);
  assert(localiseDiagnostic(page.found, "fi").endsWith("(Tallennettu verkkosivu: rivi on HTML-lähdekoodin rivi.)"));

  const print = await read("pdf");
  assertEquals(print.outcome.documents[0]!.project.funding_public_actual, null);
  const { page: onPage } = print.found as { page?: number };
  assertEquals(onPage, print.outcome.documents[0]!.sourcePages!.funding_public_actual);
  assert(print.found.message.endsWith(`(PDF print, page ${onPage}, line ${print.found.line} of the page.)`));
  assert(
    localiseDiagnostic(print.found, "fi").endsWith(`(PDF-tuloste, sivu ${onPage}, sivun rivi ${print.found.line}.)`),
  );
});

/** A folder of every shipped document in its three forms, the damaged pages and prints, and a note. */
async function mixedFolder(): Promise<string> {
  const dir = await tempDir("esf-forms-");
  for (const base of DOCUMENTS) await Deno.copyFile(dataFile(base), `${dir}/${base}.txt`);
  for (const entry of Deno.readDirSync(fixtureFile(""))) {
    const to = entry.name.endsWith(".html") ? `${dir}/pages/${entry.name}` : `${dir}/${entry.name}`;
    await Deno.mkdir(`${dir}/pages`, { recursive: true });
    await Deno.copyFile(fixtureFile(entry.name), to);
  }
  await Deno.writeTextFile(`${dir}/notes.md`, "not a project description");
  return dir;
}

Deno.test("a folder mixing text, web pages and prints: one row per project, every other file a named duplicate or a diagnostic", async () => {
  const dir = await mixedFolder();
  try {
    const corpus = await loadCorpus([dir], { root: dir });
    const count = (await Array.fromAsync(Deno.readDir(fixtureFile("")))).length + DOCUMENTS.length;
    assertEquals(corpus.files.length, count);
    assertEquals(corpus.documents.map((d) => d.project.source_file).sort(), DOCUMENTS.map((base) => `${base}.txt`));
    const outcome = (file: string) => corpus.files.find((f) => f.file === file)!;
    // The text is kept before its page and print (fewest diagnostics first, then text, page, print).
    assertEquals(outcome("000_0083efce40fb50fc.pdf").kept_file, "000_0083efce40fb50fc.txt");
    const duplicate = corpus.diagnostics.find((d) => d.file === "000_0083efce40fb50fc.pdf" && d.code === "duplicate")!;
    assert(duplicate.message.startsWith("Duplicate of project S11547 in another form: this PDF print holds the same"));
    assert(duplicate.message.includes("text file 000_0083efce40fb50fc.txt, which was kept; the values are the same."));
    const differs = corpus.diagnostics.find((d) =>
      d.file === `pages/${UNREADABLE_AMOUNT.base}.html` && d.code === "duplicate"
    )!;
    // The page's amount is unreadable (a gap), the text's is read: a gap is no disagreement, the text's figure stands.
    assert(
      differs.message.endsWith(
        "the values differ in Public funding, actual. (Saved web page: the line is a line of the HTML source.)",
      ),
      differs.message,
    );
    assertEquals(outcome("scanned.pdf").outcome, "error");
    const scan = corpus.diagnostics.filter((d) => d.file === "scanned.pdf");
    assertEquals(scan.map((d) => [d.level, d.code]), [["error", "no_text_layer"]]);
    assert(/no text layer.*Run OCR on it/.test(scan[0]!.message));
    assertEquals(
      corpus.diagnostics.filter((d) => d.file === "truncated.pdf").map((d) => d.code),
      ["unreadable_document"],
    );
    assertEquals(corpus.diagnostics.find((d) => d.file === "notes.md")?.code, "skipped_file");
    for (const file of corpus.files) {
      if (file.outcome === "project") assert(file.file.endsWith(".txt"));
      else assert(corpus.diagnostics.some((d) => d.file === file.file), `${file.file} explained`);
    }
    // Worker threads read pages and prints as this thread does.
    const inWorkers = await loadCorpus([dir], { root: dir, workers: 1 });
    assertEquals(inWorkers.files, corpus.files);
    assertEquals(inWorkers.diagnostics.map((d) => d.message), corpus.diagnostics.map((d) => d.message));
    // Files named on the command line are read by their first bytes, whatever their name.
    const renamed = `${dir}/S11547-print`;
    await Deno.copyFile(FILE_OF.pdf(DOCUMENTS[0]), renamed);
    const one = await loadCorpus([renamed]);
    assertEquals([one.files[0]!.form, one.documents[0]!.project.funding_public_planned], ["pdf", 645300]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("deno task parse and the report read a mixed folder without a flag", async () => {
  const dir = await mixedFolder();
  const out = await tempDir("esf-forms-report-");
  try {
    const cli = fileURLToPath(new URL("../cli/parse.ts", import.meta.url));
    const run = await runScript(cli, ["--format", "ndjson", "--diagnostics", `${out}/diagnostics.ndjson`, dir]);
    assertEquals(run.code, 0, run.stderr);
    const rows = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    // (Files are named as given, or relative to the folder: the name is what counts here.)
    const name = (file: string) => file.slice(file.lastIndexOf("/") + 1);
    assertEquals(rows.map((row) => name(row.source_file)).sort(), DOCUMENTS.map((base) => `${base}.txt`));
    const diagnostics = (await Deno.readTextFile(`${out}/diagnostics.ndjson`)).trim().split("\n").map((line) =>
      JSON.parse(line)
    );
    const scan = diagnostics.find((d) => name(d.file) === "scanned.pdf");
    assertEquals([scan.level, scan.code], ["error", "no_text_layer"]);

    const report = await buildReport({ corpus: dir, out: `${out}/report`, notebooks: false, progress: () => {} });
    const inputs = report.manifest.inputs;
    assertEquals(inputs.filter((input) => input.outcome === "project").length, DOCUMENTS.length);
    assert(inputs.some((input) => input.file === "000_0083efce40fb50fc.pdf" && input.outcome === "duplicate"));
    const projects = await Deno.readTextFile(`${out}/report/tables/projects.csv`);
    assert(projects.includes("S11547") && projects.includes("S22254"));
  } finally {
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
});
