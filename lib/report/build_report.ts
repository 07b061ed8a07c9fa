/**
 * `deno task report`: re-runs every analysis on a corpus folder and writes
 * what an evaluation report needs, replacing the previous output whole.
 *
 * @module
 */
import { basename, dirname, join, relative, resolve } from "node:path";
import { programmeCharts, reportCharts } from "./catalogue.ts";
import { crossCheckRegister } from "../register/cross_check.ts";
import { loadRegister } from "../register/load_register.ts";
import pl from "nodejs-polars";
import type { Language } from "../charts/theme.ts";
import { chartTitle } from "../notebook/display.ts";
import { saveChartSvg, saveTable } from "../output/export.ts";
import { sha256Hex } from "../corpus/hash.ts";
import { checkJupyter, type NotebookRun, runNotebooks, shippedNotebooks } from "../notebook/jupyter.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { summarise } from "../analysis/summarise.ts";
import { suspiciousValues } from "../analysis/suspicious_values.ts";
import { reportHtml } from "./page.ts";
import type { RegisterComparison } from "./report_content.ts";
import { gitCommit, portablePath, TOOL_VERSION } from "./run_info.ts";
import { diagnosticsTable, type ReportTable, reportTable, suspiciousTable } from "./tables.ts";
import { wordReport } from "./word_report.ts";
import { writeReportWorkbooks } from "./workbook.ts";
import { writeWordReport } from "../output/docx.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { chartToSvg } from "../output/render_chart.ts";

/** Options of {@linkcode buildReport}. */
export interface ReportOptions {
  /** The folder of documents. */
  corpus: string;
  /** The report folder; replaced whole by each run. */
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
   * An official EURA project list (CSV) to compare the documents with and to
   * chart the programme from.
   * @default {undefined}
   */
  register?: string;
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
  /** The options of the run, paths without the machine's folders. */
  options: { corpus: string; lang: Language; notebooks: boolean; register: string | null };
  corpus: string;
  lang: Language;
  register: { file: string; sha256: string } | null;
  inputs: { file: string; sha256: string | null; bytes: number; outcome: string; project_code: string | null }[];
  outputs: { file: string; sha256: string; bytes: number }[];
  notebooks: { notebook: string; ok: boolean; seconds: number }[];
}

const MANIFEST = "manifest.json";
const WORD_REPORT = "report.docx";

async function sha256File(path: string): Promise<string> {
  return sha256Hex(await Deno.readFile(path));
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

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses an output folder that would destroy something that is not an earlier report. */
async function checkOut(out: string, corpus: string): Promise<void> {
  const inside = (child: string, parent: string) => !relative(parent, child).startsWith("..");
  if (inside(corpus, out)) throw new Error(`The output folder ${out} contains the corpus ${corpus}; choose another.`);
  if (!await exists(out)) return;
  const entries = [];
  for await (const entry of Deno.readDir(out)) entries.push(entry.name);
  if (entries.length > 0 && !entries.includes(MANIFEST)) {
    throw new Error(
      `${out} is not empty and holds no ${MANIFEST}: it is not an earlier report, so it is not replaced.`,
    );
  }
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
  const corpus = resolve(options.corpus);
  const out = resolve(options.out);
  await checkOut(out, corpus);
  if (options.notebooks ?? true) await checkJupyter(); // fail before any work, with how to install it
  const random = crypto.randomUUID().slice(0, 8);
  const staging = join(dirname(out), `.${basename(out)}.staging-${random}`);
  await Deno.mkdir(staging, { recursive: true });
  try {
    const loaded = await loadCorpus([options.corpus], {
      onProgress: (done, total) => {
        if (done === total || done % 100 === 0) progress(`report: parsed ${done} of ${total} documents`);
      },
    });
    const frames = toDataFrame(loaded);
    const { projects } = frames;

    progress("report: writing tables");
    const overall = summarise(projects);
    const byPeriod = summarise(projects, { by: "programme_period" });
    const suspicious = suspiciousTable(
      "suspicious-values",
      suspiciousValues(projects, frames.provenance),
      projects,
      lang,
    );
    const tables: ReportTable[] = [
      reportTable("projects", projects, lang),
      reportTable("summary-overall", overall, lang),
      reportTable("summary-interim-apart", summarise(projects, { interim: "separate" }), lang),
      reportTable("summary-by-period", byPeriod, lang),
      reportTable("summary-by-region", summarise(projects, { by: "region" }), lang),
      reportTable("summary-by-axis", summarise(projects, { by: ["programme_period", "priority_axis"] }), lang),
      diagnosticsTable("diagnostics", loaded.diagnostics, lang),
      suspicious,
    ];

    const loadedRegister = options.register ? loadRegister(options.register) : null;
    // Each project is compared only with the register of its own period.
    const registerPeriod = loadedRegister?.register.getColumn("programme_period").toArray()[0] as string | undefined;
    const periodFrames = {
      ...frames,
      projects: projects.filter(pl.col("programme_period").eq(pl.lit(registerPeriod))),
    };
    const crossCheck = loadedRegister ? crossCheckRegister(periodFrames, loadedRegister) : null;
    const registers: RegisterComparison[] = [];
    if (loadedRegister && crossCheck) {
      progress(`report: register ${options.register}: ${loadedRegister.register.height} projects`);
      tables.push(
        diagnosticsTable("register-crosscheck", [...crossCheck.diagnostics, ...loadedRegister.diagnostics], lang),
      );
      registers.push({
        period: registerPeriod ?? "",
        file: portablePath(options.register!),
        rows: loadedRegister.register.height,
        inCorpus: periodFrames.projects.height,
        compared: crossCheck.compared,
        missing: crossCheck.missing,
        mismatches: crossCheck.diagnostics,
      });
    }
    for (const table of tables) {
      await saveTable(table.frame, table.name, { dir: join(staging, "tables"), lang, display: table.display });
    }
    await writeReportWorkbooks(staging, tables, lang);

    const charts = [
      ...reportCharts(projects, lang),
      ...(loadedRegister ? programmeCharts(loadedRegister.register, projects, lang) : []),
    ];
    const pageCharts = [];
    const wordCharts = [];
    for (const [k, chart] of charts.entries()) {
      progress(`report: chart ${k + 1} of ${charts.length}: ${chart.name}`);
      // Rendered once: the same SVG goes to its file, into the PNG and onto the page.
      const svg = await chartToSvg(chart.spec);
      const [, pngFile] = await saveChartSvg(svg, chart.name, { dir: join(staging, "charts") });
      const shown = {
        name: chart.name,
        title: chartTitle(chart.spec, chart.name),
        description: chart.spec.description ?? "",
      };
      pageCharts.push({ ...shown, svg });
      wordCharts.push({ ...shown, png: await Deno.readFile(join(staging, "charts", pngFile!)) });
    }

    let notebookRuns: NotebookRun[] = [];
    if (options.notebooks ?? true) {
      notebookRuns = await runNotebooks({
        notebooks: shippedNotebooks(),
        corpus,
        out: join(staging, "notebooks"),
        env: { ESF_LANG: lang, ...(options.register ? { ESF_REGISTER: resolve(options.register) } : {}) },
      });
      const failed = notebookRuns.filter((run) => !run.ok);
      if (failed.length > 0) {
        throw new Error(
          `Notebooks failed, so the previous report was kept: ${
            failed.map((run) => `${run.notebook} (${run.problems.join("; ")})`).join(", ")
          }`,
        );
      }
    }

    const [ended] = toJsonRecords(summarise(projects, { interim: "exclude" }));
    const generatedAt = new Date();
    const content = {
      lang,
      generatedAt,
      corpus: portablePath(options.corpus),
      files: loaded.files,
      projects: toJsonRecords(projects),
      overall: toJsonRecords(overall)[0]!,
      ended: ended!,
      byPeriod: toJsonRecords(byPeriod),
      charts: pageCharts,
      diagnostics: loaded.diagnostics,
      suspicious: toJsonRecords(suspicious.display),
      downloads: [] as string[],
      registers,
    };
    progress("report: writing report.docx");
    await writeWordReport(join(staging, WORD_REPORT), wordReport(content, wordCharts));
    content.downloads = [
      ...(await listFiles(staging)).filter((file) => !file.startsWith("charts/")),
      MANIFEST,
    ];
    await Deno.writeTextFile(join(staging, "index.html"), reportHtml(content));

    const outputs = [];
    for (const file of await listFiles(staging)) {
      const path = join(staging, file);
      outputs.push({ file, sha256: await sha256File(path), bytes: (await Deno.stat(path)).size });
    }
    const manifest: Manifest = {
      tool: "esf-toolkit report",
      version: TOOL_VERSION,
      commit: await gitCommit(),
      generated_at: generatedAt.toISOString(),
      seconds: Math.round((performance.now() - started) / 10) / 100,
      options: {
        corpus: portablePath(options.corpus),
        lang,
        notebooks: options.notebooks ?? true,
        register: options.register ? portablePath(options.register) : null,
      },
      corpus: options.corpus,
      lang,
      register: options.register ? { file: options.register, sha256: await sha256File(options.register) } : null,
      inputs: loaded.files.map((f) => ({
        file: f.file,
        sha256: f.sha256,
        bytes: f.bytes,
        outcome: f.outcome,
        project_code: f.project_code,
      })),
      outputs,
      notebooks: notebookRuns.map(({ notebook, ok, seconds }) => ({ notebook, ok, seconds })),
    };
    await Deno.writeTextFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");

    // Swap: the old report moves aside, the new one takes its place, the old one goes.
    const old = join(dirname(out), `.${basename(out)}.old-${random}`);
    const hadOld = await exists(out);
    if (hadOld) await Deno.rename(out, old);
    await Deno.rename(staging, out);
    if (hadOld) await Deno.remove(old, { recursive: true });
    progress(`report: wrote ${outputs.length + 1} files to ${out}`);
    return { out, manifest, notebookRuns };
  } catch (error) {
    await Deno.remove(staging, { recursive: true }).catch(() => {});
    throw error;
  }
}
