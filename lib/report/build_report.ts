/**
 * `deno task report`: re-runs every analysis on a corpus folder and writes
 * what an evaluation report needs, replacing the previous output whole.
 *
 * @module
 */
import { join, resolve } from "node:path";
import { reportCharts } from "./catalogue.ts";
import { shownChart } from "./chart_note.ts";
import { analysisContent, analysisTableCharts, analysisTables } from "./analysis_tables.ts";
import {
  contextCharts,
  crossCheckDiagnostics,
  type ManifestRegister,
  manifestRegisters,
  pageComparisons,
  programmeContext,
  registerChoice,
} from "./programme.ts";
import { SaidError } from "../i18n/cli.ts";
import { REPORT_CLI } from "../i18n/cli_report.ts";
import type { Language } from "../charts/mod.ts";
import { saveChartFiles, saveTable } from "../output/export.ts";
import { scrubDiagnostic, scrubFileName, scrubFrame } from "../output/scrub.ts";
import { createHash } from "node:crypto";
import { sha256Hex } from "../corpus/hash.ts";
import {
  checkJupyter,
  cleanNotebookLeftovers,
  type NotebookRun,
  runNotebooks,
  shippedNotebooks,
} from "../notebook/jupyter.ts";
import { summarise } from "../analysis/summarise.ts";
import { suspiciousValues } from "../analysis/suspicious_values.ts";
import { reportHtml } from "./page.ts";
import { REPORT_PROJECT_FIELDS } from "./report_content.ts";
import type pl from "nodejs-polars";
import { gitCommit, portablePath, TOOL_VERSION } from "./run_info.ts";
import { type ManifestInput, manifestInputs } from "./manifest_inputs.ts";
import {
  diagnosticsTable,
  projectTables,
  type ReportTable,
  summaryTables,
  suspiciousTable,
  withoutLongTexts,
} from "./tables.ts";
import { wordReport } from "./word_report.ts";
import { writeReportWorkbooks } from "./workbook.ts";
import { writeWordReport } from "../output/docx.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import type { CorpusFrames } from "../frame/to_dataframe.ts";
import { loadCorpusFrames } from "../frame/load_frames.ts";
import type { CorpusSummary } from "../notebook/frame_cache.ts";
import { chartToSvg, svgToPng } from "../output/render_chart.ts";
import {
  checkOutFolder,
  cleanLeftovers,
  dropStaging,
  MANIFEST,
  MANIFEST_TOOL,
  startStaging,
  swapIn,
} from "./out_folder.ts";

/** Options of {@linkcode buildReport}. */
export interface ReportOptions {
  /** The folder of documents. */
  corpus: string;
  /** The report folder; replaced by each run if it holds only what an earlier run wrote (else refused). */
  out: string;
  /**
   * Language of charts and page.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Run the notebooks (needs Jupyter); off only for a quick look.
   * @default {true}
   */
  notebooks?: boolean;
  /**
   * An official EURA project list (CSV) to compare the documents of its
   * period with and to chart the programme from; `false` for none.
   * @default {undefined (the shipped register of each period of the corpus)}
   */
  register?: string | false;
  /**
   * Keep e-mail addresses and phone numbers in exported free text (tables,
   * page, Word report, workbooks, notebooks); by default they are replaced by a marker.
   * @default {false}
   */
  keepContactText?: boolean;
  /**
   * Keep each document's parse in the parse cache (`$XDG_CACHE_HOME/esf-toolkit/parse`,
   * else `~/.cache/esf-toolkit/parse`), so that a re-run parses only new and changed
   * documents; a changed parser invalidates it.
   * @default {false}
   */
  cache?: boolean;
  /**
   * Where progress lines go.
   * @default {(line) => console.error(line)}
   */
  progress?: (line: string) => void;
}

/** What a report run produced. */
export interface ReportResult {
  out: string;
  manifest: Manifest;
  notebookRuns: NotebookRun[];
}

/** The manifest: what was produced from which inputs, with content hashes. */
export interface Manifest {
  tool: string;
  /** The tool's version (`deno.json`). */
  version: string;
  /** The git commit of the tool's checkout; null when it is none or git is missing. */
  commit: string | null;
  generated_at: string;
  /** Seconds the run took, up to writing the manifest. */
  seconds: number;
  /** The options of the run, paths without the machine's folders; `register`: a file's name, "shipped" or "none". */
  options: { corpus: string; lang: Language; notebooks: boolean; register: string; keep_contact_text: boolean };
  corpus: string;
  lang: Language;
  /** The registers compared with, by name (a shipped one by its place in the repository). */
  registers: ManifestRegister[];
  inputs: ManifestInput[];
  outputs: { file: string; sha256: string; bytes: number }[];
  notebooks: { notebook: string; ok: boolean; seconds: number }[];
}

const WORD_REPORT = "report.docx";
/** The folder of the report in which the notebook runner writes the executed notebooks (and nothing else does). */
const NOTEBOOKS_DIR = "notebooks";

/** Files up to this size are hashed read whole: twice as fast as a chunk at a time (a 1,000-document report's 134). */
const HASHED_WHOLE = 16 * 1024 * 1024;

/** A file's SHA-256 and size; a large file read a chunk at a time (the tables of 10,000 projects are 85 MB). */
async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  const { size } = await Deno.stat(path);
  if (size <= HASHED_WHOLE) {
    const bytes = await Deno.readFile(path);
    return { sha256: sha256Hex(bytes), bytes: bytes.length };
  }
  const hash = createHash("sha256");
  let bytes = 0;
  // The readable closes the file when read to its end (or cancelled).
  for await (const chunk of (await Deno.open(path)).readable) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of Deno.readDir(join(dir, prefix))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory) files.push(...await listFiles(dir, path));
    else files.push(path);
  }
  return files.sort();
}

/** The corpus parsed into frames; of the parsed documents only their diagnostics and files are kept (memory). */
async function parseCorpus(
  corpus: string,
  progress: (line: string) => void,
  cache: boolean,
  lang: Language,
): Promise<{ loaded: CorpusSummary; frames: CorpusFrames }> {
  const parsed = await loadCorpusFrames([corpus], {
    root: corpus, // files named relative to the corpus: no path of this machine in the report
    cache,
    onProgress: (done, total) => {
      if (done === total || done % 100 === 0) progress(`report: ${REPORT_CLI[lang].parsed(done, total)}`);
    },
  });
  return { loaded: { diagnostics: parsed.diagnostics, files: parsed.files }, frames: parsed.frames };
}

/** The projects' columns that the page and the Word report read (records of 10,000 projects' 70 columns: 0.4 s). */
function reportProjects(projects: pl.DataFrame): pl.DataFrame {
  return projects.select(...REPORT_PROJECT_FIELDS.filter((column) => projects.columns.includes(column)));
}

/**
 * Builds the report into a staging folder beside `out`, then swaps it in:
 * a run never leaves old and new files mixed, and a failed run leaves the
 * previous report as it was.
 */
export async function buildReport(options: ReportOptions): Promise<ReportResult> {
  const started = performance.now();
  const progress = options.progress ?? ((line: string) => console.error(line));
  const lang = options.lang ?? "fi";
  const say = REPORT_CLI[lang]; // the progress lines in the report's language
  const corpus = resolve(options.corpus);
  const folder = await checkOutFolder(options.out, corpus); // refuses, touching nothing, what is not its own
  const out = folder.path;
  if (options.notebooks ?? true) await checkJupyter(); // fail before any work, with how to install it
  for (const left of [...await cleanLeftovers(folder), ...await cleanNotebookLeftovers()]) {
    progress(`report: ${say.cleanedUp(left)}`);
  }
  const staging = await startStaging(folder);
  // Free text without e-mails and phone numbers unless kept; markers in the report's language.
  const scrub = { lang, keepContactText: options.keepContactText ?? false };
  const stopNotebooks = new AbortController();
  let notebooksRun: Promise<NotebookRun[]> = Promise.resolve([]);
  try {
    const parsing = parseCorpus(options.corpus, progress, options.cache ?? false, lang);
    // The notebooks run beside the rest of the report, on the frames it builds (awaited before the page): their
    // kernels start while it parses, their cells once the frames are written.
    const given = Promise.withResolvers<void>();
    if (options.notebooks ?? true) {
      notebooksRun = runNotebooks({
        notebooks: shippedNotebooks(),
        corpus,
        // the kernels read these instead of parsing again
        frames: parsing.then(({ loaded, frames }) => ({ corpus: loaded, frames })),
        out: join(staging, NOTEBOOKS_DIR),
        signal: stopNotebooks.signal,
        onFramesGiven: given.resolve,
        checked: true, // above, before any work
        lang,
        env: {
          ESF_LANG: lang,
          ESF_KEEP_CONTACT_TEXT: scrub.keepContactText ? "1" : "0",
          // 05's register: the one named, "none", or (empty) the shipped one of each period.
          ESF_REGISTER: options.register ? resolve(options.register) : options.register === false ? "none" : "",
        },
      });
      notebooksRun.catch(() => {}); // awaited below; a failure meanwhile is not an unhandled rejection
    }
    const { loaded: parsed, frames } = await parsing;
    const read = new Set(parsed.files.map((file) => file.file)).size;
    if (frames.projects.height === 0) throw new SaidError((lang) => REPORT_CLI[lang].noProjects(options.out, read));
    // The kernels' frames written before this thread's own work, which would hold them back while the kernels wait.
    await Promise.race([given.promise, notebooksRun.catch(() => {})]); // without notebooks: at once
    // What the diagnostics quote of the documents is exported too: scrubbed as the tables are.
    // So are the files' names: a corpus can name a file by a person's e-mail address or phone number.
    const loaded = {
      ...parsed,
      files: parsed.files.map((file) => ({ ...file, file: scrubFileName(file.file, scrub) })),
      diagnostics: parsed.diagnostics.map((d) => scrubDiagnostic(d, scrub)),
    };
    const { projects } = frames;
    // Charts, checks and pages need no long texts (73 MB at 10,000 documents, copied into every row object).
    const lean = withoutLongTexts(projects);

    progress(`report: ${say.writingTables}`);
    const { overall, byPeriod, summaries } = summaryTables(projects, lang);
    const suspicious = suspiciousTable(
      "suspicious-values",
      suspiciousValues(lean, frames.provenance), // figures, dates and statuses: it reads no long text
      lean,
      lang,
    );
    const analyses = analysisTables(projects, lang); // regions, beneficiaries, cohorts, costs, … (lib/analysis)
    const tables: ReportTable[] = [
      ...projectTables(projects, lang), // the long texts in a table of their own
      ...summaries,
      diagnosticsTable("diagnostics", loaded.diagnostics, lang),
      suspicious,
    ];

    // Each project is compared only with the register of its own period (by default the shipped one).
    const context = programmeContext(frames, options.register, scrub);
    for (const { loaded: register } of context.compared) {
      progress(`report: ${say.registerRead(register.file, register.period, register.register.height)}`);
    }
    if (context.compared.length > 0) {
      const crossCheck = crossCheckDiagnostics(context).map((d) => scrubDiagnostic(d, scrub));
      tables.push(diagnosticsTable("register-crosscheck", crossCheck, lang));
    }
    tables.push(...analyses);
    const registers = pageComparisons(context, lean, scrub);
    const shared = tables.map((table) => {
      const frame = scrubFrame(table.frame, scrub);
      // A table whose codes need no words (the texts) is its own display: scrubbed once, held once.
      return { ...table, frame, display: table.display === table.frame ? frame : scrubFrame(table.display, scrub) };
    });
    for (const table of shared) {
      // Scrubbed above already: not again (the long texts of 10,000 projects each time).
      await saveTable(table.frame, table.name, {
        dir: join(staging, "tables"),
        display: table.display,
        rowKinds: table.rowKinds,
        lang,
        keepContactText: true,
      });
    }
    await writeReportWorkbooks(staging, shared, lang);

    // The charts draw the documents' names (projects, organisations): scrubbed as the tables are.
    const drawn = scrubFrame(lean, scrub);
    const analysisCharts = analysisTableCharts(shared, drawn, lang);
    const charts = [...reportCharts(drawn, lang), ...contextCharts(context, drawn, lang), ...analysisCharts];
    const pageCharts = [];
    const wordCharts = [];
    for (const [k, chart] of charts.entries()) {
      progress(`report: ${say.chart(k + 1, charts.length, chart.name)}`);
      // Rendered once: the same SVG goes to its file, into the PNG and onto the page.
      const svg = await chartToSvg(chart.spec);
      const png = svgToPng(svg);
      // Awaited chart by chart: with the writes in flight, the collector let the pixels of drawn charts pile up
      // (10,000 documents: +260 MB at the peak), and drawing was no faster.
      await saveChartFiles(svg, png, chart.name, { dir: join(staging, "charts") });
      const shown = shownChart(chart);
      pageCharts.push({ ...shown, svg });
      wordCharts.push({ ...shown, png });
    }

    const [ended] = toJsonRecords(summarise(projects, { interim: "exclude" }));
    const generatedAt = new Date();
    const content = {
      lang,
      generatedAt,
      corpus: portablePath(options.corpus, scrub),
      files: loaded.files,
      // The projects table: scrubbed, without the long texts; only the fields the page and Word report read.
      projects: toJsonRecords(reportProjects(shared.find((table) => table.name === "projects")!.frame)),
      overall: toJsonRecords(overall)[0]!,
      ended: ended!,
      byPeriod: toJsonRecords(byPeriod),
      charts: pageCharts,
      diagnostics: loaded.diagnostics,
      suspicious: toJsonRecords(shared.find((table) => table.name === suspicious.name)!.display),
      downloads: [] as string[],
      registers,
      analyses: analysisContent(shared, analysisCharts, projects, lang),
    };
    progress(`report: ${say.writingWord}`);
    await writeWordReport(join(staging, WORD_REPORT), wordReport(content, wordCharts));
    // What the report wrote itself is hashed while the notebooks still run; their files and the page after them.
    const hashed = new Map<string, { sha256: string; bytes: number }>();
    for (const file of await listFiles(staging)) {
      if (!file.startsWith(`${NOTEBOOKS_DIR}/`)) hashed.set(file, await sha256File(join(staging, file)));
    }

    if (options.notebooks ?? true) progress(`report: ${say.waitingNotebooks}`);
    const notebookRuns = await notebooksRun;
    const failed = notebookRuns.filter((run) => !run.ok);
    if (failed.length > 0) {
      const runs = failed.map((run) => `${run.notebook} (${run.problems.join("; ")})`).join(", ");
      throw new SaidError((lang) => REPORT_CLI[lang].notebooksFailed(runs));
    }

    progress(`report: ${say.writingPage}`);
    content.downloads = [
      ...(await listFiles(staging)).filter((file) => !file.startsWith("charts/")),
      MANIFEST,
    ];
    await Deno.writeTextFile(join(staging, "index.html"), reportHtml(content));

    const outputs = [];
    for (const file of await listFiles(staging)) {
      outputs.push({ file, ...hashed.get(file) ?? await sha256File(join(staging, file)) });
    }
    const manifest: Manifest = {
      tool: MANIFEST_TOOL,
      version: TOOL_VERSION,
      commit: await gitCommit(),
      generated_at: generatedAt.toISOString(),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      options: {
        corpus: portablePath(options.corpus, scrub),
        lang,
        notebooks: options.notebooks ?? true,
        register: registerChoice(options.register, scrub),
        keep_contact_text: scrub.keepContactText,
      },
      corpus: portablePath(options.corpus, scrub),
      lang,
      registers: await manifestRegisters(context),
      // Read as the corpus names them (a skipped file's size), listed as the report names them.
      inputs: (await manifestInputs(parsed.files, parsed.diagnostics, corpus))
        .map((input) => ({ ...input, file: scrubFileName(input.file, scrub) })),
      outputs,
      notebooks: notebookRuns.map(({ notebook, ok, seconds }) => ({ notebook, ok, seconds })),
    };
    await Deno.writeTextFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");

    const replaced = await swapIn(folder, staging);
    progress(`report: ${say.wrote(outputs.length + 1, out, replaced)}`);
    return { out, manifest, notebookRuns };
  } catch (error) {
    stopNotebooks.abort(); // a report that failed stops its notebooks before its staging folder goes
    await notebooksRun.catch(() => {});
    await dropStaging(staging);
    throw error;
  }
}
