/**
 * Everything a notebook imports, in one place: opening the corpus named by
 * `ESF_CORPUS` (default: the shipped `data/documents/`), the language named by
 * `ESF_LANG`, the metrics, the chart builders and their texts, the
 * notebooks' texts and the figures their sentences state, and the display
 * helpers.
 *
 * @module
 */
import { basename, resolve } from "node:path";
import type pl from "nodejs-polars";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { type CorpusSummary, FRAMES_ENV, readFrameCache } from "./frame_cache.ts";
import { type Diagnostic, DiagnosticSchema } from "../schema.ts";
import type { CorpusFrames } from "../frame/to_dataframe.ts";
import { isLanguage, type Language } from "../i18n/mod.ts";
import { fileURLToPath } from "node:url";
import { scrubFileName } from "../output/scrub.ts";

/** The shipped corpus folder. */
export const SHIPPED_CORPUS = fileURLToPath(new URL("../../data/documents", import.meta.url));

/** The corpus folder: `ESF_CORPUS` if set, else the shipped `data/documents/`. */
export function corpusDir(): string {
  return Deno.env.get("ESF_CORPUS") || SHIPPED_CORPUS;
}

/**
 * The language of a notebook's charts: `ESF_LANG` (`fi` or `en`, as
 * `deno task report --lang` sets it), read when called; Finnish by default.
 * Notebooks pass it to every chart builder: `nb.womenShare(projects, { lang })`.
 */
export function notebookLanguage(): Language {
  const lang = Deno.env.get("ESF_LANG");
  return isLanguage(lang) ? lang : "fi";
}

/** An opened corpus: its name, its diagnostics and files, and the frames. */
export interface OpenedCorpus {
  /** The corpus folder's name (not its path: a notebook's outputs are shared); files are named relative to it. */
  dir: string;
  corpus: CorpusSummary;
  frames: CorpusFrames;
}

/**
 * Loads the corpus folder (`ESF_CORPUS`, or the shipped `data/documents/`) into frames. In a report's
 * kernels the frames the report built are read instead (`ESF_FRAMES`, see `frame_cache.ts`): the corpus
 * is parsed once per report, not once per notebook. A notebook run alone parses.
 *
 * @example Usage
 * ```ts
 * import { openCorpus } from "./mod.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { frames } = await openCorpus("data/documents");
 * assertEquals(frames.projects.height, 5);
 * ```
 */
export async function openCorpus(dir: string = corpusDir()): Promise<OpenedCorpus> {
  const cacheDir = Deno.env.get(FRAMES_ENV);
  const cached = cacheDir ? readFrameCache(cacheDir, dir) : null;
  // Named as the report names it: by its folder's name, an e-mail address or phone number in it scrubbed.
  const name = scrubFileName(basename(resolve(dir)));
  if (cached) return { dir: name, ...cached };
  // The parsing modules are imported only here: a report's kernel, which reads the frames, does not load them.
  const [{ loadCorpus }, { toDataFrame }] = await Promise.all([
    import("../corpus/load_corpus.ts"),
    import("../frame/to_dataframe.ts"),
  ]);
  const corpus = await loadCorpus([dir], { root: dir });
  return { dir: name, corpus, frames: toDataFrame(corpus) };
}

export { showChart, showMarkdown, showSkipped, showTable, warmUpCharts } from "./display.ts";
export { saveChart, saveTable } from "../output/export.ts";
export { summarise } from "../analysis/summarise.ts";
export { crossCheckRegister } from "../register/cross_check.ts";
export { openRegisters } from "./register_name.ts";
export { type LoadedRegister, loadRegister } from "../register/load_register.ts";
export { suspiciousValues } from "../analysis/suspicious_values.ts";
export * from "../charts/mod.ts";
export { CHART_TEXT } from "../i18n/charts.ts";
export { periodText } from "../i18n/format.ts";
export { programmeCharts } from "../report/catalogue.ts";
export { crossCheckFrames } from "../report/programme.ts";
export { suspiciousTable, withoutLongTexts } from "../report/tables.ts";
export { metricRowKinds } from "../report/analysis_tables.ts";
export { NOTEBOOK_TEXT } from "../i18n/notebooks.ts";
export { FUND_NAMES, STATUS_LABELS } from "../i18n/statuses.ts";
export {
  bothFigures,
  countsBy,
  dateSpan,
  diagnosticsIn,
  extremeProjects,
  groupFigures,
  inWords,
  relabel,
  withStatusLabels,
  womenFigures,
} from "./facts.ts";

/** Diagnostics (e.g. a register cross-check's) as a typed frame, empty or not. */
export function diagnosticsFrame(diagnostics: readonly Diagnostic[]): pl.DataFrame {
  return frameFromRecords(DiagnosticSchema, diagnostics);
}
