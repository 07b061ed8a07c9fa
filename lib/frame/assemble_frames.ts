/**
 * Putting the corpus frames together from parsed batches and cached groups
 * (for `loadCorpusFrames`): duplicates resolved as `assembleCorpus`
 * resolves them, and every table's rows taken in the order of the kept
 * documents, with as few copies as polars allows.
 *
 * @module
 */
import pl from "nodejs-polars";
import { type DifferingPairs, figuresNotRead, PROVENANCE_COLUMNS, resolveDuplicates } from "../corpus/duplicates.ts";
import { apart, keptFilesOf, withResolution } from "./cached_resolution.ts";
import type { FileOutcome } from "../corpus/read_document.ts";
import type { ParsedDocument } from "../schema.ts";
import { collect } from "./collect.ts";
import { frameFromCsv } from "./csv_frames.ts";
import { DOCUMENT_TABLES, type DocumentTable, type DocumentTableName, LONG_TEXT_COLUMNS } from "./document_rows.ts";
import type { EncodedDocument, EncodedFile } from "./encode_files.ts";
import type { CachedFile, CachedGroup, CachedResolution, CacheWriter } from "./parse_cache.ts";

/** A document as the duplicate resolution sees it: its code, lines, and where its project row is. */
type Light = ParsedDocument & { row: number };

/** Rows of a frame as runs: [first row, how many]. */
type Runs = [number, number][];

/** Most slices a table is put together from; with more runs, its rows are gathered into one new chunk. */
const MAX_SLICES = 64;

/**
 * How often {@linkcode assemble} took a cached resolution instead of resolving every file's duplicates again (for
 * tests and the bench).
 */
export const reusedResolutions = { count: 0 };

/**
 * Resolves duplicates as {@linkcode assembleCorpus} does and takes every
 * table's rows in the order of the kept documents: as slices when they are
 * in a few runs (a cached corpus, in the order of its frames), else in one
 * gather. With a writer, also what it is to write: this run's groups as
 * they are (append), or every row in the order of the frames with the
 * duplicates set aside after them (so the next run needs only slices), and
 * how the duplicates were resolved.
 *
 * When the first group is a cached full write with its resolution, every
 * file of it unchanged, and no other file holds a project code of it, its
 * resolution stands: only the other files' duplicates are resolved, among
 * themselves, and the two are merged. That is what resolving all of them
 * gives, for duplicates are only ever of one project code (a re-run after a
 * document is added resolves one file, not ten thousand).
 */
export function assemble(
  outcomes: readonly EncodedFile[],
  groups: readonly CachedGroup[],
  writer: CacheWriter | null,
  cachedGroups: number,
  tables: readonly DocumentTable[],
  tidy: () => void = collect,
) {
  const full = writer !== null && !writer.append;
  const first = !full && cachedGroups > 0 && groups[0]!.resolution ? groups[0]! : null;
  const firstFiles = new Set(first?.files.map(({ file }) => file));
  // The group whose resolution stands (its files: `firstFiles`); null: every file is resolved here.
  const base = first && apart(first, outcomes, firstFiles) ? first : null;
  // Each document's first row in each table, the groups' frames put one after the other; a light only where it is
  // resolved here.
  const firsts = new Map<EncodedDocument, number[]>();
  const lights = new Map<EncodedDocument, Light>();
  const documentOf = new Map<ParsedDocument, EncodedDocument>();
  const offsets = DOCUMENT_TABLES.map(() => 0);
  const bases: number[][] = [];
  for (const group of groups) {
    bases.push([...offsets]);
    const next = [...offsets];
    const resolved = group === base;
    const atStart = offsets.every((offset) => offset === 0);
    for (const { file, at } of group.files) {
      file.documents.forEach((document, d) => {
        // The first group's rows are where its files say (read only here, so the same array serves).
        const first = at ? (atStart ? at[d]! : at[d]!.map((row, t) => offsets[t]! + row)) : [...next];
        if (!at) document.rows.forEach((count, t) => next[t]! += count);
        firsts.set(document, first);
        if (resolved) return;
        const made = light(document, first[0]!);
        lights.set(document, made);
        documentOf.set(made, document);
      });
    }
    group.frames.forEach((frame, t) => offsets[t]! += frame.height);
  }
  const raw = DOCUMENT_TABLES.map((_, t) =>
    groups.length === 0
      ? frameFromCsv(tables[t]!.csv, [])
      : pl.concat(groups.map((group) => group.frames[t]!), { how: "vertical", rechunk: false })
  );
  const projects = raw[0]!;
  const textsOmitted = !projects.columns.includes(LONG_TEXT_COLUMNS[0]);
  // The project rows of each kept document and its duplicate, compared in polars, in one query:
  // no row is copied out (30,000 documents: 13,000 pairs). Polars' equality of texts, numbers
  // (zod admits no NaN), dates and flags is equality as JSON; of lists, it never finds values
  // equal that differ as JSON, and the cells it finds unequal are compared as JSON here.
  const differing: DifferingPairs = (pairs) => {
    const columns = pairs.map((): string[] => []);
    const bothGiven = pairs.map((): string[] => []);
    if (pairs.length === 0) return [];
    const [kept, other] = [0, 1].map((side) => pairs.map((pair) => (pair[side] as Light).row));
    const compared = projects.columns.filter((column) => !PROVENANCE_COLUMNS.has(column));
    const [keptRows, otherRows] = [kept!, other!].map((rows) => pl.Series("", rows, pl.UInt32));
    // One expression over all the compared columns (polars expands it column by column): built once, not per column.
    const [one, two] = [pl.col(compared).gather(keptRows!), pl.col(compared).gather(otherRows!)];
    // Compared in one chunk: gathering from a frame of many (one a flush) is slow (30,000 documents, 13,000 pairs:
    // 60–80 ms against 200–340). The chunk holds the frame's columns once more till the collection after the
    // resolution (30,000 documents: peaks 954–960 MB against 933–943; 10,000 documents: no change).
    const compact = projects.rechunk();
    const same = compact.select(one.eq(two).fillNull(false).or(one.isNull().and(two.isNull())));
    // Whether both copies give a value matters only for the figures (see `figuresNotRead`): not the long texts gathered again.
    const figures = figuresNotRead(compared);
    const [oneFigure, twoFigure] = [pl.col(figures).gather(keptRows!), pl.col(figures).gather(otherRows!)];
    const given = figures.length === 0 ? null : compact.select(oneFigure.isNotNull().and(twoFigure.isNotNull()));
    // The pairs unequal in a column, as their places found by polars: not a flag a pair copied out one by one (30,000
    // documents, 13,000 pairs: 49–61 ms of converting values to JavaScript against 120), and none for a column equal
    // in every pair.
    const equalInAll = same.select(pl.all().all()).toRecords()[0] as Record<string, boolean>;
    for (const column of compared) {
      const unequal = equalInAll[column]
        ? []
        : Array.from(same.getColumn(column).not().argTrue().toTypedArray() as Uint32Array);
      const series = projects.getColumn(column);
      if (!/List|Struct|Object/.test(String(series.dtype))) {
        const both = unequal.length === 0 || !given?.columns.includes(column)
          ? []
          : given.getColumn(column).gather(unequal).toArray() as boolean[];
        unequal.forEach((i, k) => {
          columns[i]!.push(column);
          if (both[k]) bothGiven[i]!.push(column);
        });
        continue;
      }
      if (unequal.length === 0) continue;
      const one = series.gather(unequal.map((i) => kept![i]!)).toArray();
      const two = series.gather(unequal.map((i) => other![i]!)).toArray();
      unequal.forEach((i, k) => {
        if (JSON.stringify(one[k]) !== JSON.stringify(two[k])) columns[i]!.push(column);
      });
    }
    return columns.map((differ, i) => ({
      columns: textsOmitted ? withTexts(differ, documentOf, pairs[i]!) : differ,
      bothGiven: bothGiven[i]!,
    }));
  };
  const asOutcome = (file: EncodedFile): FileOutcome => ({
    ...file,
    documents: file.documents.map((document) => lights.get(document)!),
  });
  const merged = base
    ? withResolution(
      base,
      outcomes,
      firstFiles,
      resolveDuplicates(outcomes.filter((file) => !firstFiles.has(file)).map(asOutcome), differing),
      documentOf,
    )
    : null;
  if (merged) reusedResolutions.count++;
  const resolution = merged ? null : resolveDuplicates(outcomes.map(asOutcome), differing);
  const corpus = merged ?? resolution!;
  const kept = merged?.kept ?? resolution!.documents.map((document) => documentOf.get(document)!);
  tidy(); // what the resolution left behind, before the rows are put in order (a collection: see collect.ts)
  const keptSet = full ? new Set(kept) : null;
  const aside = keptSet ? [...firsts.keys()].filter((document) => !keptSet.has(document)) : [];
  const order = aside.length === 0 ? kept : [...kept, ...aside];
  const keptRows = DOCUMENT_TABLES.map((_, t) => kept.reduce((sum, document) => sum + document.rows[t]!, 0));
  const placed = order.map((document) => [firsts.get(document)!, document.rows] as const);
  const ordered = raw.map((frame, t) => rowsOf(frame, runsOf(placed, t)));
  const built = DOCUMENT_TABLES.map((table, t) => [
    table.name,
    aside.length === 0 ? ordered[t]! : ordered[t]!.head(keptRows[t]!),
  ]);

  let written:
    | { frames: pl.DataFrame[]; files: (CachedFile & { at: number[][] })[]; resolution?: CachedResolution }
    | null = null;
  if (full) {
    const place = new Map<EncodedDocument, number[]>();
    const next = DOCUMENT_TABLES.map(() => 0);
    for (const document of order) {
      place.set(document, [...next]);
      document.rows.forEach((count, t) => next[t]! += count);
    }
    const keptFiles = keptFilesOf(outcomes, resolution!.files);
    const files = groups.flatMap((group) => group.files).map(({ path, file }) => ({
      path,
      file,
      at: file.documents.map((document) => place.get(document)!),
      keptFiles: keptFiles.get(file)!,
    }));
    written = { frames: ordered, files, resolution: { duplicates: resolution!.duplicates } };
  } else if (writer) {
    const added = groups.slice(cachedGroups);
    const base = bases[cachedGroups] ?? offsets;
    const files = added.flatMap((group) => group.files).map(({ path, file }) => ({
      path,
      file,
      at: file.documents.map((document) => firsts.get(document)!.map((first, t) => first - base[t]!)),
    }));
    const frames = raw.map((frame, t) =>
      added.length === 0
        ? frame.head(0)
        : pl.concat(added.map((group) => group.frames[t]!), { how: "vertical", rechunk: false })
    );
    written = { frames, files };
  }
  return {
    built: Object.fromEntries(built) as Record<DocumentTableName, pl.DataFrame>,
    diagnostics: corpus.diagnostics,
    files: corpus.files,
    /** The frame of `files`, when made here from a cached one. */
    filesFrame: merged?.filesFrame,
    written,
  };
}

/** The rows of the documents (their first rows and counts per table) in a table, in their order, as runs. */
function runsOf(documents: readonly (readonly [readonly number[], readonly number[]])[], t: number): Runs {
  const runs: Runs = [];
  let [start, end] = [-1, -1];
  for (const [firsts, counts] of documents) {
    const [first, count] = [firsts[t]!, counts[t]!];
    if (count === 0) continue;
    if (first !== end) {
      if (start >= 0) runs.push([start, end - start]);
      start = first;
    }
    end = first + count;
  }
  if (start >= 0) runs.push([start, end - start]);
  return runs;
}

/**
 * The rows of the runs: the frame itself, a few slices of it (no copy), or
 * the rows gathered into one new chunk: by a sort by each row's place
 * (rows in no run last, cut off) when the frame has long texts, for a sort
 * shares their text with the frame it sorts, where a gather copied them
 * (10,000 documents: +150 MB against +40 MB); else by a gather of the rows
 * in order, which holds less at once than a sort (provenance: +40 MB
 * against +58 MB) and copies no row that is cut off.
 */
function rowsOf(frame: pl.DataFrame, runs: Runs): pl.DataFrame {
  if (runs.length === 0) return frame.head(0);
  if (runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === frame.height) return frame;
  if (runs.length <= MAX_SLICES) {
    const slices = runs.map(([first, count]) => frame.slice(first, count));
    return slices.length === 1 ? slices[0]! : pl.concat(slices, { how: "vertical", rechunk: false });
  }
  const total = runs.reduce((sum, [, count]) => sum + count, 0);
  if (!frame.columns.includes(LONG_TEXT_COLUMNS[0])) {
    const rows = new Uint32Array(total);
    let at = 0;
    for (const [first, count] of runs) {
      for (let row = first; row < first + count; row++) rows[at++] = row;
    }
    return frame.select(pl.all().gather(pl.Series("", rows as unknown as number[], pl.UInt32)));
  }
  const places = new Int32Array(frame.height).fill(total);
  let at = 0;
  for (const [first, count] of runs) {
    for (let row = first; row < first + count; row++) places[row] = at++;
  }
  const sorted = frame.withColumns(pl.Series("__place", places)).sort({ by: "__place", maintainOrder: true })
    .drop("__place");
  return total < frame.height ? sorted.head(total) : sorted;
}

/** A document as the duplicate resolution sees it, its project row given. */
export function light(document: EncodedDocument, row: number): Light {
  return {
    project: { project_code: document.project_code },
    sourceLines: document.codeLine === null ? {} : { project_code: document.codeLine },
    firstLine: document.firstLine,
    lastLine: document.lastLine,
    ...document.form === undefined ? {} : { form: document.form },
    ...document.codePage === undefined ? {} : { sourcePages: { project_code: document.codePage } },
    ...document.firstPage === undefined ? {} : { firstPage: document.firstPage },
    row,
  } as unknown as Light;
}

/**
 * The columns in which a pair of documents differs, the frame's (`differ`) and the long texts left out of it
 * (by their digests), in the order of the projects' schema.
 */
function withTexts(
  differ: readonly string[],
  documentOf: ReadonlyMap<ParsedDocument, EncodedDocument>,
  [kept, other]: readonly [ParsedDocument, ParsedDocument],
): string[] {
  const [one, two] = [documentOf.get(kept)!.textDigests!, documentOf.get(other)!.textDigests!];
  const texts = new Set<string>(LONG_TEXT_COLUMNS.filter((_, i) => one[i] !== two[i]));
  if (texts.size === 0) return [...differ];
  const listed = new Set(differ);
  return DOCUMENT_TABLES[0]!.csv.fields.map(([column]) => column)
    .filter((column) => listed.has(column) || texts.has(column));
}
