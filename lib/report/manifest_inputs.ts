/**
 * The manifest's list of input files: each file read, and each file the
 * corpus folder held that was never read (see `unreadFiles` of `method.ts`).
 *
 * @module
 */
import { join } from "node:path";
import type { CorpusFile, Diagnostic } from "../schema.ts";
import { unreadFiles } from "./method.ts";

/** An input file as the manifest lists it. */
export interface ManifestInput {
  file: string;
  sha256: string | null;
  bytes: number;
  /** `project`, `duplicate`, `error`, or `skipped` (a file of another kind, never read). */
  outcome: string;
  project_code: string | null;
}

/**
 * Every input file for the manifest: each file read, then each file the folder held that was never read (a
 * file of another kind, `skipped`; a link to nothing, `error`), with its size and no hash (a file of another
 * kind may be large).
 */
export async function manifestInputs(
  files: readonly CorpusFile[],
  diagnostics: readonly Diagnostic[],
  corpus: string,
): Promise<ManifestInput[]> {
  const read = files.map(({ file, sha256, bytes, outcome, project_code }) => ({
    file,
    sha256,
    bytes,
    outcome,
    project_code,
  }));
  const unread = await Promise.all(
    unreadFiles(files, diagnostics).map(async (d) => ({
      file: d.file,
      sha256: null,
      bytes: await Deno.stat(join(corpus, d.file)).then((info) => info.size, () => 0),
      outcome: d.code === "skipped_file" ? "skipped" : "error",
      project_code: null,
    })),
  );
  return [...read, ...unread];
}
