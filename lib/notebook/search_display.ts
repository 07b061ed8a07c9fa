/**
 * Showing what a text search found: a table with the matches marked, as
 * HTML (`<mark>`, every text escaped) and as plain text («»).
 *
 * @module
 */
import { plainSnippet, type SearchResult, type Segment } from "../analysis/text_search.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import type { Language } from "../i18n/mod.ts";
import { plainTable } from "../output/plain_table.ts";
import { type DisplayBundle, escapeHtml, publish } from "./display.ts";

/** A snippet as HTML: the texts escaped, the matches in `<mark>`. */
export function htmlSnippet(segments: readonly Segment[]): string {
  return segments.map((s) => s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)).join("");
}

/** Options of {@linkcode searchHitsBundle}. */
export interface SearchDisplayOptions {
  /**
   * The language of the headings and field names.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Most rows shown; the rest are counted below.
   * @default {50}
   */
  maxRows?: number;
  /** The query as typed, for the caption. */
  query: string;
}

/**
 * The display bundle of a search: one row per project and field (code,
 * name, field, matches, snippet) as an HTML table with the matches in
 * `<mark>` and every text escaped, and as plain text with «».
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { searchProjects } from "../analysis/text_search.ts";
 * import { searchHitsBundle } from "./search_display.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ project_code: ["S1"], name: ["<Nuoret>"], summary: [null] });
 * const bundle = searchHitsBundle(searchProjects(projects, "nuoret"), { query: "nuoret", lang: "en" });
 * assertEquals(String(bundle.data["text/html"]).includes("&lt;<mark>Nuoret</mark>&gt;"), true);
 * assertEquals(String(bundle.data["text/plain"]).includes("<«Nuoret»>"), true);
 * ```
 */
export function searchHitsBundle(result: SearchResult, options: SearchDisplayOptions): DisplayBundle {
  const lang = options.lang ?? "fi";
  const text = ANALYSIS_TEXT[lang];
  const names = ANALYSIS_NAMES[lang];
  const maxRows = options.maxRows ?? 50;
  const shown = result.hits.slice(0, maxRows);
  const caption = result.hits.length === 0
    ? text.searchNone(options.query)
    // A hit is one text of one project: the texts found, not the kinds of field they are.
    : text.searchCaption(options.query, result.codes.length, result.hits.length);
  const more = result.hits.length > maxRows ? text.moreRows(result.hits.length - maxRows, result.hits.length) : "";
  const headers = [text.code, text.name, text.field, text.hits, text.snippet];
  const cells = (hit: typeof shown[number]) => [
    hit.project_code ?? "–",
    hit.name ?? "–",
    names.field(hit.field),
    String(hit.hits),
  ];
  const html = [
    "<table>",
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...shown.map((hit) =>
      `<tr>${cells(hit).map((c) => `<td>${escapeHtml(c)}</td>`).join("")}<td>${htmlSnippet(hit.segments)}</td></tr>`
    ),
    "</tbody></table>",
    more ? `<p>${escapeHtml(more)}</p>` : "",
  ].join("");
  const plain = [
    caption,
    ...(shown.length === 0 ? [] : plainTable(
      // No cell is a path: a long one keeps its start (a name with "ja/tai" in it, too), as plainTable cuts it.
      headers.map((header, i) => ({
        header,
        maxWidth: i === 4 ? 200 : 40,
        align: i === 3 ? "right" : "left",
      })),
      shown.map((hit) => [...cells(hit), plainSnippet(hit.segments)]),
    )),
    ...(more ? [more] : []),
  ].join("\n");
  return { data: { "text/html": html, "text/plain": plain }, metadata: {} };
}

/** Shows a search's hits in the notebook (see {@linkcode searchHitsBundle}). Outside Jupyter, prints the text. */
export async function showSearchHits(result: SearchResult, options: SearchDisplayOptions): Promise<void> {
  await publish(searchHitsBundle(result, options));
}
