/**
 * A cached resolution of duplicates merged with the other files' (for
 * `assemble`): when the first cached group is a full write whose files are
 * all unchanged and no other file has a project code of it, its stored
 * resolution stands, and only the other files are resolved, among
 * themselves. The merge gives what resolving every file gives: duplicates
 * are only ever of one project code.
 *
 * @module
 */
import pl from "nodejs-polars";
import { byFileAndLine, fileRecords, pushAll, type Resolution, sameFileKey } from "../corpus/duplicates.ts";
import { type CorpusFile, type Diagnostic, FileSchema, type ParsedDocument } from "../schema.ts";
import { frameViaCsv } from "./csv_frames.ts";
import type { EncodedDocument, EncodedFile } from "./encode_files.ts";
import type { CachedGroup } from "./parse_cache.ts";

/**
 * Whether no file outside the resolved group holds a project code of a document in it, or, of a document without a
 * code, the same document of a byte-identical file (see `sameFileKey`).
 */
export function apart(
  base: CachedGroup,
  outcomes: readonly EncodedFile[],
  baseFiles: ReadonlySet<EncodedFile>,
): boolean {
  const keyOf = (file: EncodedFile, document: EncodedDocument) => document.project_code ?? sameFileKey(file, document);
  const keys = new Set<string>();
  for (const { file } of base.files) {
    for (const document of file.documents) {
      const key = keyOf(file, document);
      if (key !== null) keys.add(key);
    }
  }
  return outcomes.every((file) =>
    baseFiles.has(file) ||
    file.documents.every((document) => {
      const key = keyOf(file, document);
      return key === null || !keys.has(key);
    })
  );
}

/**
 * The corpus' resolution from a cached group's and the other files' own (see `assemble` in `assemble_frames.ts`), as
 * `resolveDuplicates` of every file gives it: files in the order of the outcomes, diagnostics by file and line, the
 * kept documents by project code, then those without one in the order of the files.
 */
export function withResolution(
  base: CachedGroup,
  outcomes: readonly EncodedFile[],
  baseFiles: ReadonlySet<EncodedFile>,
  rest: Resolution,
  documentOf: ReadonlyMap<ParsedDocument, EncodedDocument>,
): Pick<Resolution, "diagnostics" | "files"> & { kept: EncodedDocument[]; filesFrame?: pl.DataFrame } {
  const keptFilesOfBase = new Map(base.files.map(({ file, keptFiles }) => [file, keptFiles!]));
  const files: CorpusFile[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Each document without a code, by the place of its file: they are kept in the order of the files. */
  const placeOf = new Map<EncodedDocument, number>();
  /** The `files` rows as runs of the cached frame's rows and of the others', in order: [from the cache, count]. */
  const runs: [boolean, number][] = [];
  const run = (cached: boolean, count: number) => {
    const last = runs.at(-1);
    if (last && last[0] === cached) last[1] += count;
    else runs.push([cached, count]);
  };
  let next = 0;
  for (const [place, file] of outcomes.entries()) {
    for (const document of file.documents) if (!document.project_code) placeOf.set(document, place);
    if (baseFiles.has(file)) {
      const rows = fileRecords(file, file.documents, keptFilesOfBase.get(file)!);
      pushAll(files, rows);
      pushAll(diagnostics, file.diagnostics);
      run(true, rows.length);
    } else {
      const count = Math.max(1, file.documents.length);
      pushAll(files, rest.files.slice(next, next + count));
      next += count;
      run(false, count);
    }
  }
  // The base's own diagnostics (each file's, then its duplicates') before the others': a sort keeps that order
  // among equal places, which are only ever of one file.
  pushAll(diagnostics, base.resolution!.duplicates);
  pushAll(diagnostics, rest.diagnostics);
  diagnostics.sort(byFileAndLine);

  // The base's kept documents in the order of its rows (which is the order it resolved them in).
  const byRow: EncodedDocument[] = [];
  for (const { file, at, keptFiles } of base.files) {
    file.documents.forEach((document, d) => {
      if (keptFiles![d] === null) byRow[at![d]![0]!] = document;
    });
  }
  const baseKept = byRow.filter((document) => document !== undefined);
  const restKept = rest.documents.map((document) => documentOf.get(document)!);
  const withCode = (documents: EncodedDocument[]) => documents.filter((document) => document.project_code);
  const withoutCode = (documents: EncodedDocument[]) => documents.filter((document) => !document.project_code);
  const kept = [
    ...mergeSorted(withCode(baseKept), withCode(restKept), (a, b) => a.project_code! < b.project_code!),
    ...mergeSorted(
      withoutCode(baseKept),
      withoutCode(restKept),
      (a, b) =>
        placeOf.get(a)! - placeOf.get(b)! < 0 || (placeOf.get(a) === placeOf.get(b) && a.firstLine < b.firstLine),
    ),
  ];
  return { diagnostics, files, kept, filesFrame: filesFrameOf(base, runs, rest.files) };
}

/**
 * The `files` frame from the cached one's rows (the same as at its full write, for the same files) and the other
 * files' rows made here, in runs; undefined when the cache kept none, or its rows are not the group's.
 */
function filesFrameOf(
  base: CachedGroup,
  runs: readonly [boolean, number][],
  others: readonly CorpusFile[],
): pl.DataFrame | undefined {
  const cached = base.resolution!.files;
  const cachedRows = runs.reduce((sum, [fromCache, count]) => sum + (fromCache ? count : 0), 0);
  if (!cached || cached.height !== cachedRows) return undefined;
  const made = others.length === 0 ? null : frameViaCsv(FileSchema, others);
  const pieces: pl.DataFrame[] = [];
  let [fromCached, fromMade] = [0, 0];
  for (const [fromCache, count] of runs) {
    pieces.push(fromCache ? cached.slice(fromCached, count) : made!.slice(fromMade, count));
    if (fromCache) fromCached += count;
    else fromMade += count;
  }
  return pieces.length === 0
    ? cached.head(0)
    : pieces.length === 1
    ? pieces[0]!
    : pl.concat(pieces, { how: "vertical", rechunk: false });
}

/** Two lists in order merged into one in order (`before(a, b)`: a goes before b). */
function mergeSorted<T>(one: readonly T[], two: readonly T[], before: (a: T, b: T) => boolean): T[] {
  const merged: T[] = [];
  let [i, j] = [0, 0];
  while (i < one.length && j < two.length) merged.push(before(two[j]!, one[i]!) ? two[j++]! : one[i++]!);
  while (i < one.length) merged.push(one[i++]!);
  while (j < two.length) merged.push(two[j++]!);
  return merged;
}

/** Per file, how its documents were resolved (null: kept, else the file kept), from the `files` table's rows. */
export function keptFilesOf(
  outcomes: readonly EncodedFile[],
  files: readonly CorpusFile[],
): Map<EncodedFile, (string | null)[]> {
  const keptFiles = new Map<EncodedFile, (string | null)[]>();
  let next = 0;
  for (const file of outcomes) {
    const count = file.documents.length;
    keptFiles.set(file, files.slice(next, next + count).map((row) => row.kept_file));
    next += Math.max(1, count);
  }
  return keptFiles;
}
