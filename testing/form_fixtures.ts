/**
 * What the extractor tests compare: the shipped documents and their saved
 * page and PDF print fixtures, and what the text parser makes of a text.
 *
 * @module
 */
import { splitLines } from "../lib/parse/split_lines.ts";
import { parseDocument } from "../lib/parse/parse_document.ts";

/** The shipped documents, by base name (as in `data/documents/`). */
export const DOCUMENTS = [
  "000_0083efce40fb50fc",
  "001_bfc078f93719c10e",
  "002_9a75f02c10db9dc6",
  "003_26d83fee4ba57d94",
  "004_b5ee5d749125fe7f",
] as const;

const ROOT = new URL("..", import.meta.url);

/** The file of a shipped document. */
export const dataFile = (base: string): URL => new URL(`data/documents/${base}.txt`, ROOT);
/** A file of `testing/fixtures/forms/`. */
export const fixtureFile = (name: string): URL => new URL(`testing/fixtures/forms/${name}`, ROOT);

/** The non-empty lines of a text, spaces made plain as the parser makes them. */
export function nonEmptyLines(text: string): string[] {
  return splitLines(text).map((line) => line.text).filter((line) => line !== "");
}

/**
 * What the parser reads from a text, without what names the file or lines of
 * it: the project record less `source_file`/`source_encoding`, and the
 * areas, sustainability scores, gender-equality answers and contacts less
 * `source_file`/`source_line`.
 */
export function parsedContent(text: string): Record<string, unknown> {
  const { document } = parseDocument(text, { sourceFile: "x" });
  if (!document) return { document: null };
  const { source_file: _file, source_encoding: _encoding, ...project } = document.project;
  const strip = <T extends { source_file?: unknown; source_line?: unknown }>(rows: T[]) =>
    rows.map(({ source_file: _f, source_line: _l, ...rest }) => rest);
  return {
    project,
    areas: strip(document.areas),
    sustainabilityScores: strip(document.sustainabilityScores),
    genderEquality: strip(document.genderEquality),
    contacts: strip(document.contacts),
  };
}
