/**
 * Collecting read files into a corpus: one document per project code, the
 * other files holding the same project named as duplicates.
 *
 * @module
 */
import { diagnostic } from "../diagnostics.ts";
import type { CorpusFile, Diagnostic, ParsedDocument } from "../schema.ts";
import type { Corpus } from "./load_corpus.ts";
import type { FileOutcome } from "./read_document.ts";

/** Resolves duplicates among read files and collects the corpus. */
export function assembleCorpus(outcomes: readonly FileOutcome[]): Corpus {
  const diagnostics: Diagnostic[] = outcomes.flatMap((outcome) => outcome.diagnostics);
  const byCode = new Map<string, FileOutcome[]>();
  const withoutCode: FileOutcome[] = [];
  for (const outcome of outcomes) {
    const code = outcome.document?.project.project_code;
    if (!outcome.document) continue;
    if (!code) withoutCode.push(outcome);
    else byCode.set(code, [...byCode.get(code) ?? [], outcome]);
  }
  const fate = new Map<string, Pick<CorpusFile, "outcome" | "kept_file">>();
  const documents: ParsedDocument[] = [];
  for (
    const [code, candidates] of [...byCode].sort(([a], [b]) => a < b ? -1 : 1)
  ) {
    const [kept, ...others] = [...candidates].sort(
      (a, b) =>
        a.diagnostics.length - b.diagnostics.length ||
        (a.file < b.file ? -1 : 1),
    );
    documents.push(kept!.document!);
    fate.set(kept!.file, { outcome: "project", kept_file: null });
    for (const other of others) {
      fate.set(other.file, { outcome: "duplicate", kept_file: kept!.file });
      const differing = differingColumns(kept!.document!, other.document!);
      const place = { file: other.file, line: other.document!.sourceLines.project_code, project_code: code };
      diagnostics.push(
        differing.length === 0
          ? diagnostic("duplicate_identical", place, code, kept!.file)
          : diagnostic("duplicate_differs", place, code, kept!.file, differing),
      );
    }
  }
  for (const outcome of withoutCode) {
    documents.push(outcome.document!);
    fate.set(outcome.file, { outcome: "project", kept_file: null });
  }
  const files: CorpusFile[] = outcomes.map((outcome) => ({
    file: outcome.file,
    bytes: outcome.bytes,
    sha256: outcome.sha256,
    encoding: outcome.encoding,
    project_code: outcome.document?.project.project_code ?? null,
    ...(fate.get(outcome.file) ?? { outcome: "error", kept_file: null }),
  }));
  return { documents, diagnostics: diagnostics.sort(byFileAndLine), files };
}

const PROVENANCE_COLUMNS = new Set(["source_file", "source_encoding"]);

function differingColumns(a: ParsedDocument, b: ParsedDocument): string[] {
  return Object.keys(a.project).filter((column) =>
    !PROVENANCE_COLUMNS.has(column) &&
    JSON.stringify(a.project[column as keyof typeof a.project]) !==
      JSON.stringify(b.project[column as keyof typeof b.project])
  );
}

export function byFileAndLine(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
