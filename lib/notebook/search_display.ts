/**
 * Showing what a text search found: a table with the matches marked, as
 * HTML (`<mark>`, every text escaped) and as plain text («»).
 *
 * @module
 */
import type pl from "nodejs-polars";
import { plainSnippet, type SearchResult, searchTable as hitsTable, type Segment } from "../analysis/text_search.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import type { Language } from "../i18n/mod.ts";
import { plainTable } from "../output/plain_table.ts";
import { scrubContactText, type ScrubOptions } from "../output/scrub.ts";
import { type DisplayBundle, escapeHtml, publish } from "./display.ts";

/** A snippet as HTML: the texts escaped, the matches in `<mark>`. */
export function htmlSnippet(segments: readonly Segment[]): string {
  return segments.map((s) => s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)).join("");
}

/**
 * The snippet with e-mail addresses and phone numbers replaced by a marker
 * (unless `keepContactText`). A match that falls inside one (a search for
 * a name or a number) loses its marking, so that no part of it is shown.
 */
export function scrubSegments(segments: readonly Segment[], options: ScrubOptions = {}): Segment[] {
  const whole = segments.map((s) => s.text).join("");
  const scrubbed = scrubContactText(whole, options);
  if (scrubbed === whole) return [...segments];
  const apart = segments.map((s) => ({ ...s, text: scrubContactText(s.text, options) }));
  return apart.map((s) => s.text).join("") === scrubbed ? apart : [{ text: scrubbed, match: false }];
}

/**
 * The search's hits with their names and snippets scrubbed of e-mail
 * addresses and phone numbers (see {@linkcode scrubSegments}).
 */
export function scrubHits(result: SearchResult, options: ScrubOptions = {}): SearchResult {
  return {
    ...result,
    hits: result.hits.map((hit) => ({
      ...hit,
      name: hit.name === null ? null : scrubContactText(hit.name, options),
      segments: scrubSegments(hit.segments, options),
    })),
  };
}

/**
 * {@linkcode hitsTable} (`project_code`, `name`, `field`, `hits`, `snippet`)
 * of the hits scrubbed as {@linkcode scrubHits} does: what a notebook shows.
 */
export function searchTable(result: SearchResult, options: ScrubOptions = {}): pl.DataFrame {
  return hitsTable(scrubHits(result, options));
}

/** Options of {@linkcode searchHitsBundle}. */
export interface SearchDisplayOptions extends ScrubOptions {
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
 * `<mark>` and every text escaped, and as plain text with «»; e-mail
 * addresses and phone numbers replaced by a marker unless `keepContactText`.
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
  const shown = scrubHits({ ...result, hits: result.hits.slice(0, maxRows) }, {
    lang,
    keepContactText: options.keepContactText,
  }).hits;
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
