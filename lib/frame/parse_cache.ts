/**
 * The parse cache: what each file of a corpus parsed into (its rows in every
 * table, its diagnostics), kept between runs so that a re-run parses only
 * the files that are new or changed.
 *
 * A cached parse is used only when the parser is the one that made it (the
 * version below and a hash of the parser's own source files: any change to
 * the parser, schema, messages, frame encoding or locked package versions
 * invalidates the whole cache) and the file is the one it was made from:
 * same name in the corpus, same size, modification and change time, inode
 * and device, like git's index. A file modified (or its times changed)
 * within two seconds of being read could have changed within one tick of the
 * clock: its content is hashed and compared with the cached SHA-256 before
 * the parse is used, and once it is older its stamp is taken anew (so it is
 * not compared on every run). A file that could not be read is never taken
 * from the cache. A saved page's parse depends on the style sheets it looked
 * for beside it too (`linked_sheet.ts`, linked or imported, found or not): it
 * is kept with what each held (a SHA-256) or why it was not read
 * (`sheet_states.ts`), and taken only while each is found so again (read and
 * hashed anew each run: a sheet saved, changed, removed or made unreadable
 * since means a parse anew; a sheet on the web is no file, and no matter).
 * Limit: file times are compared with this machine's clock; on a network
 * file system whose clock is more than a second or two behind, an edit of
 * the same size within one tick of the caching can go unseen (delete the
 * cache folder, or name none, there).
 *
 * Layout: `<folder>/<key>/index.json` naming the segments, per segment its
 * files in `<segment>.json` (a full write adds how their duplicates were
 * resolved, so a re-run that adds no copy of a cached project need not
 * resolve them again, and its `files` frame, `<segment>.files.parquet`)
 * and, per table, the rows of the
 * cached files as Parquet (`<segment>.<table>.parquet`, see `TABLE_FORMAT`),
 * one key per list of corpus paths; the index names the
 * first row of each document in each table. A full write keeps the rows in
 * the order of the corpus frames (the kept documents first, then the
 * duplicates set aside), so an unchanged corpus is put together from a few
 * slices, not copied row by row. Files added since the last full write are
 * a segment of their own, so adding one document writes only its rows. The
 * folder is the user's choice (keep it outside the corpus, or its files
 * would be listed with the documents); the cache never
 * writes anywhere else, and removes only its own older files.
 *
 * @module
 */
import { resolve } from "node:path";
import { sha256Hex } from "../corpus/hash.ts";
import { mapReading } from "../corpus/read_files.ts";
import { sheetsAsRecorded } from "../corpus/sheet_states.ts";
import { changedAt, RACY_MS, sameContent, type Stamp, stampOf } from "./file_stamps.ts";
import { defaultCacheFolder, parserVersion } from "./parser_version.ts";
import pl from "nodejs-polars";
import type { EncodedFile, FileToRead } from "./encode_files.ts";
import type { Diagnostic } from "../schema.ts";
import { DOCUMENT_TABLES } from "./document_rows.ts";

interface Entry {
  path: string;
  /** Null: the file is in the tables but never taken from the cache (it could not be stamped or read). */
  stamp: Stamp | null;
  /** When the stamp was taken (ms since the epoch). */
  stampedAt: number;
  file: EncodedFile;
  /** Per document of the file, its first row in each table of the segment. */
  at: number[][];
  /** In a segment written whole: per document of the file, null when it was kept, else the file of the copy kept. */
  keptFiles?: (string | null)[];
}

/** A segment's file: its entries, and the duplicates' diagnostics of a segment written whole. */
interface SegmentFile {
  entries: Entry[];
  /** In a segment written whole: the diagnostics its duplicates were given (see {@linkcode CachedResolution}). */
  duplicates?: Diagnostic[];
}

/** Files whose rows are in one set of table files, in the order of the rows. */
interface Segment extends SegmentFile {
  id: string;
}

interface Index {
  version: string;
  segments: Segment[];
}

/** The index as written: the segments by id, each segment's entries in `<id>.json` (an append writes only its own). */
interface IndexFile {
  version: string;
  segments: string[];
}

/**
 * The format of the cached tables: Parquet, uncompressed. Read back in about 60 % of the time of Arrow IPC
 * (10,000 documents: 95 against 165 ms in one thread), written no slower, half the size (repeated texts such as
 * the provenance table's column and file names are stored once per page). Files of polars' own format are read
 * by path, in polars' threads; lz4 made IPC smaller but slower to read.
 */
const TABLE_FORMAT = "parquet";
/** Every format the cache's tables were ever written in: a full write removes the replaced files of each. */
const FORMATS_WRITTEN = ["parquet", "ipc"];
/** A segment's id as the cache makes it: only such names are ever removed. */
const SEGMENT_ID = /^[0-9a-f]{16}$/;
/** A segment written aside by a restamp, before it is renamed: its segment's id. */
const ASIDE = /^([0-9a-f]{16})\.json\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The format of the cache's entries: raised when it changes, so that a cache of an older format is not read (2: a
 * saved page's entry keeps the sheets it looked for, `EncodedFile.sheets`).
 */
const CACHE_FORMAT = 2;

/** Files added since the last full write go in segments of their own, up to this many; then all is written anew. */
const MAX_SEGMENTS = 8;

/** A file of the cache and its path, and where its rows are in a set of frames. */
export interface CachedFile {
  path: string;
  file: EncodedFile;
  /**
   * Per document of the file, its first row in each table of the frames.
   * Absent: the rows are in the order of the files and their documents.
   */
  at?: number[][];
  /** How the duplicates were resolved: per document, null when it is kept, else the file of the copy kept. */
  keptFiles?: (string | null)[];
}

/**
 * How the duplicates of the files of a full write were resolved among them: each file's `keptFiles`, and the
 * diagnostics the duplicates were given. Its rows are in the order of the corpus frames, the kept documents first.
 */
export interface CachedResolution {
  duplicates: Diagnostic[];
  /** The `files` frame of the full write (absent: not kept, or not readable). */
  files?: pl.DataFrame;
}

/** Files and their rows in each of {@linkcode DOCUMENT_TABLES}. */
export interface CachedGroup {
  files: CachedFile[];
  frames: pl.DataFrame[];
  /** Present when the group is every file of a full write, each with its `keptFiles`. */
  resolution?: CachedResolution;
}

/**
 * Writes a cache: each table's rows and the files they are of (each with
 * its `at`). `append`: only the files parsed in this run are to be written
 * (the cache keeps the others as they are); else every file.
 */
export interface CacheWriter {
  append: boolean;
  /** A full write gives each file's `keptFiles` and the duplicates' diagnostics (`resolution`), an append neither. */
  write(
    frames: readonly pl.DataFrame[],
    files: readonly (CachedFile & { at: number[][] })[],
    resolution?: CachedResolution,
  ): Promise<void>;
}

/** A corpus' parse cache, opened by {@linkcode openParseCache}. */
export interface ParseCache {
  /** The cached parses of the files that are unchanged, in groups (none when no file is unchanged). */
  lookup(files: readonly FileToRead[]): Promise<CachedGroup[]>;
  /** A writer of this run's files and rows; null when the cache holds them already. */
  writer(): CacheWriter | null;
}

/**
 * Opens the cache of the corpus named by the paths in the folder (`true`:
 * {@linkcode defaultCacheFolder}); null when there is no usable cache.
 */
export async function openParseCache(
  folder: string | true,
  paths: readonly string[],
  options: { maxBytes?: number; version?: string; texts?: boolean },
): Promise<ParseCache | null> {
  const base = folder === true ? defaultCacheFolder() : folder;
  const parser = options.version ?? parserVersion();
  if (base === null || parser === null) return null;
  const texts = options.texts ?? true;
  const version = `${parser}-format${CACHE_FORMAT}-max${options.maxBytes ?? "default"}`;
  // One cache per list of corpus paths, with or without the long texts (each kept apart, neither overwrites the other).
  const named = JSON.stringify(paths.map((path) => resolve(path))) + (texts ? "" : "\u0000without-texts");
  const key = sha256Hex(named).slice(0, 16);
  const dir = `${base}/${key}`;
  const tableFile = (id: string, t: number, format = TABLE_FORMAT) =>
    `${dir}/${id}.${DOCUMENT_TABLES[t]!.name}.${format}`;
  const segmentFile = (id: string) => `${dir}/${id}.json`;
  /** A full write's `files` frame (its rows are the same when its files are, so a re-run needs not make them). */
  const filesFile = (id: string) => `${dir}/${id}.files.${TABLE_FORMAT}`;
  /** The segments of a cache of this parser; null when there is none (or a damaged one): parse everything. */
  let ids: string[] | null = null;
  /** The segments the index names, of any parser: a full write removes their files. */
  let replaced: string[] = [];
  try {
    const read = JSON.parse(Deno.readTextFileSync(`${dir}/index.json`)) as IndexFile;
    replaced = read.segments.filter((id) => SEGMENT_ID.test(id));
    if (read.version === version) ids = read.segments;
  } catch { /* no cache yet, or a damaged one */ }

  // The tables are read at once, in polars' threads, while this thread reads the segments, lists the
  // corpus and stamps its files: by path (measured with Arrow IPC: twice as fast as from a buffer read
  // first, in half the memory).
  // Null: a table file is lost or damaged. Rows of files not reused stay in the frames, unreferenced:
  // nothing takes them.
  const tables = new Map(
    (ids ?? []).map((id) => [
      id,
      Promise.all(DOCUMENT_TABLES.map((_, t) => pl.scanParquet(tableFile(id, t)).collect())).catch(() => null),
    ]),
  );
  // The first segment's `files` frame, when it is a full write's (null: none, or unreadable).
  const filesFrame = ids?.[0] === undefined
    ? Promise.resolve(null)
    : pl.scanParquet(filesFile(ids[0])).collect().catch(() => null);
  let old: Index | null = null;
  try {
    if (ids !== null) {
      const segments = await Promise.all(ids.map(async (id): Promise<Segment> => {
        const read = JSON.parse(await Deno.readTextFile(segmentFile(id))) as SegmentFile;
        if (!Array.isArray(read.entries) || (read.duplicates !== undefined && !Array.isArray(read.duplicates))) {
          throw new Error("not a segment");
        }
        return { id, entries: read.entries, duplicates: read.duplicates };
      }));
      old = { version, segments };
    }
  } catch { /* a damaged segment: parse everything */ }
  const stamps = new Map<string, { stamp: Stamp; at: number }>();
  /** Every cached file is unchanged and still in the corpus. */
  let allReused = false;
  let unchanged = false;

  return {
    async lookup(files) {
      for (const { path } of files) {
        const at = Date.now();
        const stamp = stampOf(path);
        if (stamp !== null) stamps.set(path, { stamp, at });
      }
      if (old === null) return [];
      const names = new Map(files.map(({ path, name }) => [path, name]));
      const reused = new Set<Entry>();
      const entries = old.segments.flatMap((segment) => segment.entries);
      /** Entries whose files changed within RACY_MS of being stamped: used only if their content is the same. */
      const racy: Entry[] = [];
      for (const entry of entries) {
        const stamp = stamps.get(entry.path)?.stamp;
        if (!entry.stamp || !stamp || entry.file.file !== names.get(entry.path)) continue;
        if (entry.stamp.some((value, i) => value !== stamp[i])) continue;
        if (entry.file.sheets !== undefined && !sheetsAsRecorded(entry.path, entry.file.sheets)) continue;
        if (changedAt(stamp) >= entry.stampedAt - RACY_MS) racy.push(entry);
        else reused.add(entry);
      }
      // A few read at a time: a folder copied just before the run is every file of it.
      const same = await mapReading(racy, (entry) => sameContent(entry.path, entry.file.sha256));
      /** Racy entries of the same content whose files are now old enough for their stamps alone (see `restamp`). */
      const settled = new Set<Entry>();
      racy.forEach((entry, i) => {
        if (!same[i]) return;
        reused.add(entry);
        const { stamp, at } = stamps.get(entry.path)!;
        if (changedAt(stamp) < at - RACY_MS) settled.add(entry);
      });
      // Only where the segments stay: a cache written anew stamps every file as it is now.
      if (settled.size > 0 && reused.size === entries.length) await restamp(old.segments, settled, stamps, segmentFile);
      const groups: CachedGroup[] = [];
      for (const segment of old.segments) {
        const frames = await tables.get(segment.id);
        if (frames === null) return []; // a table file lost: parse everything, write all anew
        const kept = segment.entries.filter((entry) => reused.has(entry));
        if (kept.length > 0) {
          const whole = segment.duplicates !== undefined && kept.length === segment.entries.length &&
            kept.every((entry) => entry.keptFiles?.length === entry.file.documents.length);
          const files = whole && segment === old.segments[0] ? await filesFrame : null;
          groups.push({
            files: kept.map(({ path, file, at, keptFiles }) => ({ path, file, at, ...whole ? { keptFiles } : {} })),
            frames: frames!,
            ...whole ? { resolution: { duplicates: segment.duplicates!, ...files ? { files } : {} } } : {},
          });
        }
      }
      allReused = reused.size === entries.length;
      unchanged = allReused && reused.size === files.length;
      return groups;
    },
    writer() {
      if (unchanged) return null;
      // Owner-only: the cache holds whole documents' parses, contacts and free texts among them. Folders it makes are
      // made so; its own folder of this corpus, from an older run, is closed (a folder it did not make is left as is).
      Deno.mkdirSync(dir, { recursive: true, mode: 0o700 });
      Deno.chmodSync(dir, 0o700);
      const id = crypto.randomUUID().replaceAll("-", "").slice(0, 16);
      const append = old !== null && allReused && old.segments.length < MAX_SEGMENTS;
      return {
        append,
        async write(frames, files, resolution) {
          frames.forEach((frame, t) => frame.writeParquet(tableFile(id, t), { compression: "uncompressed" }));
          resolution?.files?.writeParquet(filesFile(id), { compression: "uncompressed" });
          const entries = files.map(({ path, file, at, keptFiles }): Entry => {
            const stamped = file.sha256 === null ? undefined : stamps.get(path);
            return {
              path,
              stamp: stamped?.stamp ?? null,
              stampedAt: stamped?.at ?? 0,
              file,
              at,
              ...resolution && keptFiles ? { keptFiles } : {},
            };
          });
          const written: SegmentFile = { entries, duplicates: resolution?.duplicates };
          await Deno.writeTextFile(segmentFile(id), JSON.stringify(written));
          const segments = [...append ? old!.segments.map((segment) => segment.id) : [], id];
          await Deno.writeTextFile(
            `${dir}/index.json.${id}`,
            JSON.stringify({ version, segments } satisfies IndexFile),
          );
          await Deno.rename(`${dir}/index.json.${id}`, `${dir}/index.json`);
          // The files of the index replaced (of this parser or another), in the formats the cache has used.
          const gone = new Set(append ? [] : replaced);
          for (const previous of gone) {
            for (let t = 0; t < DOCUMENT_TABLES.length; t++) {
              for (const format of FORMATS_WRITTEN) await Deno.remove(tableFile(previous, t, format)).catch(() => {});
            }
            await Deno.remove(segmentFile(previous)).catch(() => {});
            await Deno.remove(filesFile(previous)).catch(() => {});
          }
          // And a segment of theirs that a killed run's restamp left aside (`<segment>.json.<uuid>`).
          for (const entry of gone.size === 0 ? [] : Deno.readDirSync(dir)) {
            const aside = ASIDE.exec(entry.name);
            if (aside && gone.has(aside[1]!)) await Deno.remove(`${dir}/${entry.name}`).catch(() => {});
          }
        },
      };
    },
  };
}

/**
 * Writes again each segment with a settled entry, those stamped anew (its tables stay as they are): a file cached
 * within two seconds of a change (a folder copied, then parsed at once) is compared by its content until its stamp
 * is taken when it is older, not on every run for ever. The stamp is the one taken before its content was
 * compared, so a change after it is seen by its times. A segment that cannot be written stays as it was (its files
 * are compared again next time); it is replaced whole (written aside, then renamed), never left cut.
 */
async function restamp(
  segments: readonly Segment[],
  settled: ReadonlySet<Entry>,
  stamps: ReadonlyMap<string, { stamp: Stamp; at: number }>,
  segmentFile: (id: string) => string,
): Promise<void> {
  for (const segment of segments) {
    if (!segment.entries.some((entry) => settled.has(entry))) continue;
    const entries = segment.entries.map((entry) =>
      settled.has(entry) ? { ...entry, stampedAt: stamps.get(entry.path)!.at } : entry
    );
    const written: SegmentFile = { entries, duplicates: segment.duplicates }; // (JSON leaves out an undefined)
    const file = segmentFile(segment.id);
    const aside = `${file}.${crypto.randomUUID()}`;
    try {
      await Deno.writeTextFile(aside, JSON.stringify(written));
      // Another run may have written the cache anew meanwhile and removed this segment: not brought back.
      if (Deno.statSync(file).isFile) await Deno.rename(aside, file);
    } catch { /* not written: compared again next time */ }
    await Deno.remove(aside).catch(() => {});
  }
}
