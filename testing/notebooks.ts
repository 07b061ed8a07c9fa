/**
 * Reading executed notebooks in the tests: their cells, outputs, plain
 * texts and the sentences they state, and the check that a notebook says
 * everything in one language.
 *
 * @module
 */
import { assertEquals } from "./assert.ts";
import { CHART_TEXT } from "../lib/i18n/charts.ts";
import type { Language } from "../lib/i18n/mod.ts";
import { NOTEBOOK_TEXT } from "../lib/i18n/notebooks.ts";
import { ANALYSES_NOTEBOOK_TEXT } from "../lib/i18n/notebooks_analyses.ts";
import { STATUS_LABELS } from "../lib/i18n/statuses.ts";

/** An output of a notebook's cell. */
export interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** A notebook's cell. */
export interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}

/** The cells of a notebook file. */
export const cellsOf = (path: string): Cell[] => (JSON.parse(Deno.readTextFileSync(path)) as { cells: Cell[] }).cells;

/** A notebook's multi-line string as one string. */
export const text = (value: unknown): string => Array.isArray(value) ? value.join("") : String(value ?? "");

/** The outputs of each code cell. */
export function outputsOf(path: string): Output[][] {
  return cellsOf(path).filter((cell) => cell.cell_type === "code").map((cell) => cell.outputs ?? []);
}

/** Every output's text of a MIME type (plain text by default), one after another. */
export function plainTexts(path: string, type = "text/plain"): string {
  return outputsOf(path).flat().map((output) => text(output.data?.[type])).join("\n");
}

/** The sentences a notebook stated: its Markdown outputs (headings and prose). */
export function prose(path: string): string {
  return plainTexts(path, "text/markdown");
}

/** Words (4 letters or more) of the fixed texts of the catalogues in one language, not found in the other's. */
function onlyIn(lang: Language): Set<string> {
  const words = (l: Language) =>
    new Set(
      [NOTEBOOK_TEXT[l], ANALYSES_NOTEBOOK_TEXT[l], CHART_TEXT[l], STATUS_LABELS[l]]
        .flatMap((catalogue) => Object.values(catalogue))
        .filter((message): message is string => typeof message === "string")
        .flatMap((message) => message.toLowerCase().match(/[\p{L}']{4,}/gu) ?? []),
    );
  const other = words(lang === "fi" ? "en" : "fi");
  return new Set([...words(lang)].filter((word) => !other.has(word)));
}

/** Asserts a notebook's prose and table captions hold no word only the other language uses (code in backticks aside). */
export function assertLanguage(path: string, lang: Language): void {
  const foreign = onlyIn(lang === "fi" ? "en" : "fi");
  const captions = outputsOf(path).flat().filter((o) => o.data?.["text/html"])
    .map((o) => text(o.data?.["text/html"]).match(/<caption>(.*?)<\/caption>/)?.[1] ?? "");
  const said = [prose(path), ...captions].join("\n").replace(/`[^`]*`/g, " ").toLowerCase()
    .match(/[\p{L}']{4,}/gu) ?? [];
  assertEquals(said.filter((word) => foreign.has(word)), [], `${path} is all in ${lang}`);
}
