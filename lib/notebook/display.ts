/**
 * Showing charts and tables in a Deno Jupyter notebook as complete display
 * bundles, so every front end finds something it renders:
 *
 * - a chart: `application/vnd.vegalite.v5+json` (JupyterLab, Notebook 7 and
 *   VS Code draw it; they do not draw Vega-Lite 6), `image/png` at twice its
 *   screen size (sharp on a high-density screen; the report's own PNGs are the
 *   300 dpi ones for print), shown at its screen size (GitHub, `jupyter
 *   nbconvert --to html`) and `text/plain`; never `text/html`, and no
 *   `image/svg+xml`: nbconvert 6.5 (Debian 12) prefers an SVG to a PNG and
 *   drew the charts' SVG blank;
 * - a table: `text/html` and `text/plain`.
 *
 * The `show…` helpers await the kernel's broadcast and then pause briefly, so
 * the output leaves the kernel before the cell reports idle (not in the
 * report's runner, which collects late outputs itself: see `FLUSH_MS`).
 *
 * @module
 */
import { Buffer } from "node:buffer";
import type pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { svgSize } from "../output/svg_size.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { type Language, MISSING } from "../i18n/mod.ts";
import { formatEuros, formatNumber, formatPercent, periodText } from "../i18n/format.ts";
import { columnOfRow, type RowKinds, type TableColumn, tableColumns } from "../output/table_columns.ts";
import { columnName } from "../i18n/columns.ts";
import { NOTEBOOK_COLUMNS, type NotebookColumn } from "../i18n/notebook_columns.ts";
import { NOTEBOOK_TEXT } from "../i18n/notebooks.ts";
import { plainTable } from "../output/plain_table.ts";
import { scrubContactText, scrubFrame, type ScrubOptions } from "../output/scrub.ts";
import { scrubSpec } from "../output/scrub_spec.ts";

/** A Jupyter display bundle: data by MIME type, and metadata. */
export interface DisplayBundle {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/**
 * The MIME types of a chart bundle, in the order front ends prefer them
 * (`lib/notebook/run_notebooks.py` expects the same).
 */
export const CHART_MIME_TYPES = [
  "application/vnd.vegalite.v5+json",
  "image/png",
  "text/plain",
] as const;

/** PNG pixels per screen pixel of a notebook's chart. */
const SCREEN_SCALE = 2;

/**
 * Milliseconds the helpers wait after a broadcast, for the message to leave the kernel before the cell reports
 * idle (a front end may drop an output that comes after): 50, or `ESF_FLUSH_MS`. The report's runner sets 0, for
 * it gives a late output to its cell itself (`run_notebooks.py`): its notebooks showed 128 outputs, 6 s of pauses.
 */
const FLUSH_MS = flushMs(Deno.env.get("ESF_FLUSH_MS"));

/** The pause `ESF_FLUSH_MS` names: a number of milliseconds, 0 or more; 50 when it is unset or anything else. */
function flushMs(value: string | undefined): number {
  const ms = Number(value);
  return value?.trim() && Number.isFinite(ms) && ms >= 0 ? ms : 50;
}

/** The bytes in Base64, by the runtime (a string of char codes for btoa took 120 ms for a report's 25 PNGs: 3 ms). */
function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** A spec's title text (its lines joined, when it is wrapped), or the fallback when it has none. */
export function chartTitle(spec: TopLevelSpec, fallback = "Chart"): string {
  const title = spec.title;
  const text = title && typeof title === "object" && "text" in title ? title.text : title;
  if (Array.isArray(text)) return text.join(" ");
  return typeof text === "string" ? text : fallback;
}

/**
 * The display bundle of a chart: the Vega-Lite 5 spec, the PNG at twice the
 * SVG's size (1 210 px for a full-width chart; a third less work than 300 dpi
 * for print, which is the report's `charts/` folder's), shown at the SVG's
 * size on screen (605 px), and a text line with its title and description.
 *
 * @example Usage
 * ```ts
 * import { chartBundle, CHART_MIME_TYPES } from "./display.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bundle = await chartBundle({
 *   $schema: "https://vega.github.io/schema/vega-lite/v5.json",
 *   title: "Example", description: "One point.",
 *   data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } },
 * });
 * assertEquals(Object.keys(bundle.data), [...CHART_MIME_TYPES]);
 * ```
 */
export async function chartBundle(given: TopLevelSpec, options: ScrubOptions = {}): Promise<DisplayBundle> {
  // Built from the corpus' own frames: its rows and texts scrubbed as a table's are (kept in the .ipynb).
  const spec = scrubSpec(given, options);
  // Vega, Vega-Lite and resvg loaded with the first chart: a notebook that shows none does not load them.
  const { chartToSvg, svgToPng } = await import("../output/render_chart.ts");
  const svg = await chartToSvg(spec);
  const { width, height } = svgSize(svg);
  return {
    data: {
      "application/vnd.vegalite.v5+json": spec,
      "image/png": base64(svgToPng(svg, { scale: SCREEN_SCALE })),
      "text/plain": `${chartTitle(spec)}: ${spec.description ?? ""}`.trim(),
    },
    metadata: width > 0 ? { "image/png": { width: Math.round(width), height: Math.round(height) } } : {},
  };
}

/** The chart {@linkcode warmUpCharts} draws: a title, an axis and a point, so that both faces of the font are set. */
const WARM_UP_SPEC: TopLevelSpec = {
  title: "Kaavio",
  data: { values: [{ a: 1 }] },
  mark: "point",
  encoding: { x: { field: "a", type: "quantitative", title: "Arvo" } },
};

/**
 * Draws a chart of one point and drops it: the first chart a process draws loads Vega, Vega-Lite, resvg and the
 * fonts (0.2-0.35 s of CPU, measured in the notebooks' kernels). The notebook runner has each kernel whose notebook
 * shows a chart call it before the notebook's cells run (`run_notebooks.py`, `warm_up`), while the report parses.
 */
export async function warmUpCharts(): Promise<void> {
  await chartBundle(WARM_UP_SPEC);
}

/** Options of {@linkcode tableBundle}; e-mails and phone numbers in text are scrubbed unless `keepContactText`. */
export interface TableOptions extends ScrubOptions {
  /**
   * Most rows shown; the rest are counted below the table.
   * @default {50}
   */
  maxRows?: number;
  /**
   * A caption above the table.
   * @default {undefined}
   */
  caption?: string;
  /**
   * The language numbers are written in (`19 940`, `0,7294` in Finnish) and the note on rows left out.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Of the columns that hold values of several units (a table of several metrics), each row's kind: each value
   * is shown in its row's unit (see `metricRowKinds`).
   * @default {{}}
   */
  rowKinds?: RowKinds;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function cellText(value: unknown, lang: Language, column?: TableColumn): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "boolean") return NOTEBOOK_COLUMNS[lang][value ? "yes" : "no"];
  if (typeof value === "number") {
    // As the report's page, Word document and workbooks write the column: shares as percentages, euros whole (the
    // cents are in the CSV and Parquet tables); other numbers whole, or to two decimals.
    switch (column?.kind) {
      case "percent":
        return formatPercent(value, lang, column.decimals);
      case "euros":
        return formatEuros(value, lang);
    }
    return formatNumber(value, lang);
  }
  if (column?.name === "programme_period") return periodText(String(value));
  if (Array.isArray(value)) return value.map((v) => cellText(v, lang)).join("; ");
  if (typeof value === "object") return Object.values(value as object).filter((v) => v !== null).join(" ");
  return String(value);
}

/** Columns that hold a file's path (`file`, `source_file`): cut at their start, so the file's name stays in view. */
const isPathColumn = (column: string) => column === "file" || column.endsWith("_file");

/** A column's header in the language: the report's name for it, the notebooks', or the column's own. */
function header(column: string, lang: Language): string {
  return columnName(column, lang) ?? NOTEBOOK_COLUMNS[lang][column as NotebookColumn] ?? column;
}

/**
 * The display bundle of a DataFrame: an HTML table (texts escaped) and the
 * same as aligned plain text; headers, yes and no, and numbers as the
 * language writes them, missing values as "–".
 */
export function tableBundle(frame: pl.DataFrame, options: TableOptions = {}): DisplayBundle {
  const maxRows = options.maxRows ?? 50;
  const lang = options.lang ?? "fi";
  const rows = toJsonRecords(scrubFrame(frame.head(maxRows), options));
  const columns = frame.columns;
  const formats = tableColumns(frame, lang, options.rowKinds);
  const cells = rows.map((row, r) =>
    columns.map((column, i) => cellText(row[column], lang, columnOfRow(formats[i]!, r)))
  );
  const more = frame.height > maxRows ? NOTEBOOK_TEXT[lang].moreRows(frame.height - maxRows, frame.height) : "";
  const numeric = columns.map((column) => rows.every((row) => row[column] === null || typeof row[column] === "number"));
  const align = (i: number) => numeric[i] ? ' style="text-align:right"' : "";
  const html = [
    "<table>",
    options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : "",
    `<thead><tr>${columns.map((c, i) => `<th${align(i)}>${escapeHtml(header(c, lang))}</th>`).join("")}</tr></thead>`,
    `<tbody>${
      cells.map((row) => `<tr>${row.map((c, i) => `<td${align(i)}>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")
    }</tbody>`,
    "</table>",
    more ? `<p>${escapeHtml(more)}</p>` : "",
  ].join("");
  const plain = [
    ...(options.caption ? [options.caption] : []),
    ...plainTable(
      columns.map((column, i) => ({
        header: header(column, lang),
        maxWidth: 40,
        align: numeric[i] ? "right" : "left",
        cut: isPathColumn(column) ? "start" : "end",
      })),
      cells,
    ),
    ...(more ? [more] : []),
  ].join("\n");
  return { data: { "text/html": html, "text/plain": plain }, metadata: {} };
}

/**
 * Whether this runs in a Jupyter kernel (`deno jupyter`). Deno has `Deno.jupyter` everywhere, but outside a kernel
 * reading it throws: asking `"jupyter" in Deno` says yes in `deno run` too.
 */
function inJupyter(): boolean {
  try {
    return typeof Deno.jupyter.broadcast === "function";
  } catch {
    return false;
  }
}

/** Publishes a display bundle to the notebook; outside Jupyter, prints its text. */
export async function publish(bundle: DisplayBundle): Promise<void> {
  if (!inJupyter()) {
    console.log(String(bundle.data["text/plain"] ?? ""));
    return;
  }
  await Deno.jupyter.broadcast("display_data", { data: bundle.data, metadata: bundle.metadata, transient: {} });
  if (FLUSH_MS > 0) await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
}

/** Shows a chart in the notebook (see {@linkcode chartBundle}). Outside Jupyter, prints its title. */
export async function showChart(spec: TopLevelSpec, options: ScrubOptions = {}): Promise<void> {
  await publish(await chartBundle(spec, options));
}

/** Shows a DataFrame as an HTML table with a plain-text twin. Outside Jupyter, prints the text. */
export async function showTable(frame: pl.DataFrame, options: TableOptions = {}): Promise<void> {
  await publish(tableBundle(frame, options));
}

/**
 * Markdown computed from the data (with its plain text), its contact details scrubbed as a table's are: a
 * sentence can name a project (`Eniten osallistujaa kohden: NAME (S10001) …`) or the corpus folder.
 */
export function markdownBundle(given: string, options: ScrubOptions = {}): DisplayBundle {
  const markdown = scrubContactText(given, options);
  return { data: { "text/markdown": markdown, "text/plain": markdown }, metadata: {} };
}

/** Shows Markdown computed from the data (see {@linkcode markdownBundle}). */
export async function showMarkdown(markdown: string, options: ScrubOptions = {}): Promise<void> {
  await publish(markdownBundle(markdown, options));
}

/** The MIME type that marks a cell's output as deliberately skipped (the runner accepts it in place of a chart or table). */
export const SKIPPED_MIME_TYPE = "application/x.esf-skipped+json";

/** Says, in the notebook and its language, that a step was skipped and why: not an error, not a lost output. */
export async function showSkipped(reason: string, lang: Language = "fi"): Promise<void> {
  const skipped = NOTEBOOK_TEXT[lang].skipped;
  await publish({
    data: {
      [SKIPPED_MIME_TYPE]: { reason },
      "text/markdown": `*${skipped}:* ${reason}`,
      "text/plain": `${skipped}: ${reason}`,
    },
    metadata: {},
  });
}
