/**
 * The assertion of the parser's rule for a damaged document: the column is null, and a diagnostic of the code says
 * so (at the line, when one is given).
 *
 * @module
 */
import { assert, assertEquals } from "./assert.ts";
import { parseDocument } from "../lib/parse/parse_document.ts";
import type { ProjectColumn } from "../lib/schema.ts";

/** Parses the text: its project's `column` is null, and a diagnostic of `code` (at `line`, when given) says so. */
export function assertNullAndSaid(
  text: string,
  column: ProjectColumn,
  code: string,
  line?: number,
  message = `${column}: ${text.length} characters`,
): void {
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project[column], null, message);
  assert(
    diagnostics.some((d) => d.code === code && (line === undefined || d.line === line)),
    `${message}: ${JSON.stringify(diagnostics)}`,
  );
}
