/**
 * The parse cache: what each file of a corpus parsed into (its table text
 * and diagnostics), kept between runs so that a re-run parses only the
 * files that are new or changed.
 *
 * A cached parse is used only when the parser is the one that made it (the
 * version below and a hash of the parser's own source files: any change to
 * the parser, schema, messages or frame encoding invalidates the whole cache)
 * and the file is the one it was made from: same name in the corpus, same
 * size, modification and change time, inode and device, like git's index.
 * A file modified within two seconds of being read could have changed
 * within one tick of the clock: its content is hashed and compared with the
 * cached SHA-256 before the parse is used. A file that could not be read is
 * never cached.
 *
 * Layout: `<folder>/<key>/index.json` and one `<id>.pack` of table text, one
 * key per list of corpus paths. The folder is the user's choice; the cache
 * never writes anywhere else, and removes only its own older packs.
 *
 * @module
 */
import { resolve } from "node:path";
import { sha256Hex } from "../corpus/hash.ts";
import type { EncodedBatch, EncodedFile, FileToRead } from "./encode_files.ts";
import { DOCUMENT_TABLES } from "./document_rows.ts";
import { concatBytes } from "./bytes.ts";

/**
 * The parser's version: raise it when parsing changes in a way the source
 * hash cannot see (a changed dependency). Changed source files of the parser
 * invalidate the cache by themselves.
 */
export const PARSER_VERSION = "1";

/** The default cache folder: `$XDG_CACHE_HOME/esf-toolkit/parse`, else `~/.cache/esf-toolkit/parse`. */
export function defaultCacheFolder(): string | null {
  const base = Deno.env.get("XDG_CACHE_HOME") ??
    (Deno.env.get("HOME") ? `${Deno.env.get("HOME")}/.cache` : undefined);
  return base ? `${base}/esf-toolkit/parse` : null;
}

/** The folders whose source files make the parse (every file of them but tests), relative to this module. */
const PARSER_SOURCES = ["../parse/", "../corpus/", "./", "../i18n/"];
const PARSER_FILES = ["../schema.ts", "../diagnostics.ts"];

let versionOnce: Promise<string | null> | undefined;

/** The parser version and a hash of its source files; null when the sources cannot be read (no cache then). */
export function parserVersion(): Promise<string | null> {
  versionOnce ??= (async () => {
    try {
      const files: URL[] = PARSER_FILES.map((file) => new URL(file, import.meta.url));
      for (const folder of PARSER_SOURCES) {
        const url = new URL(folder, import.meta.url);
        for await (const entry of Deno.readDir(url)) {
          if (entry.isFile && entry.name.endsWith(".ts") && !entry.name.endsWith("_test.ts")) {
            files.push(new URL(entry.name, url));
          }
        }
      }
      files.sort((a, b) => a.href < b.href ? -1 : 1);
      const texts = await Promise.all(files.map(async (url) => `${url.pathname}\n${await Deno.readTextFile(url)}`));
      return `${PARSER_VERSION}-${sha256Hex(new TextEncoder().encode(texts.join("\u0000")))}`;
    } catch {
      return null;
    }
  })();
  return versionOnce;
}

/** What identifies a file's content without reading it: size, times, inode, device. */
type Stamp = [number, number, number, number, number];

interface Entry {
  path: string;
  stamp: Stamp;
  /** When the stamp was taken (ms since the epoch). */
  stampedAt: number;
  /** Where each table's bytes start in the pack. */
  offsets: number[];
  file: EncodedFile;
}

interface Index {
  version: string;
  pack: string;
  entries: Entry[];
}

/** A file changed within this many milliseconds of being stamped is checked by its content. */
const RACY_MS = 2000;

/** A corpus' parse cache, opened by {@linkcode openParseCache}. */
export interface ParseCache {
  /** The cached parses of the files that are unchanged, by path. */
  lookup(files: readonly FileToRead[]): Promise<Map<string, EncodedFile>>;
  /** The bytes of table `t` of the cached files, in their order. */
  chunks(files: readonly EncodedFile[], t: number): Uint8Array[];
  /** Keeps a batch just parsed (its files by path, in the batch's order). */
  add(paths: readonly string[], batch: EncodedBatch): void;
  /** Writes the cache of the corpus' files (only when something changed). */
  save(paths: readonly string[]): Promise<void>;
}

/**
 * Opens the cache of the corpus named by the paths in the folder (`true`:
 * {@linkcode defaultCacheFolder}); null when there is no usable cache.
 */
export async function openParseCache(
  folder: string | true,
  paths: readonly string[],
  options: { maxBytes?: number; version?: string },
): Promise<ParseCache | null> {
  const base = folder === true ? defaultCacheFolder() : folder;
  const parser = options.version ?? await parserVersion();
  if (base === null || parser === null) return null;
  const version = `${parser}-max${options.maxBytes ?? "default"}`;
  const key = sha256Hex(new TextEncoder().encode(JSON.stringify(paths.map((path) => resolve(path))))).slice(0, 16);
  const dir = `${base}/${key}`;
  let old: Index | null = null;
  let pack: Uint8Array = new Uint8Array();
  try {
    const read = JSON.parse(await Deno.readTextFile(`${dir}/index.json`)) as Index;
    if (read.version === version) {
      pack = await Deno.readFile(`${dir}/${read.pack}`);
      old = read;
    }
  } catch { /* no cache yet, or a damaged one: parse everything */ }
  const byPath = new Map((old?.entries ?? []).map((entry) => [entry.path, entry]));
  const stamps = new Map<string, { stamp: Stamp; at: number }>();
  const used = new Map<EncodedFile, Entry>();
  const fresh = new Map<string, { file: EncodedFile; tables: Uint8Array[] }>();
  let changed = old === null;
  const cachedChunk = (file: EncodedFile, t: number) => {
    const entry = used.get(file)!;
    return pack.subarray(entry.offsets[t]!, entry.offsets[t]! + file.lengths[t]!);
  };

  return {
    async lookup(files) {
      const found = new Map<string, EncodedFile>();
      for (const { path, name } of files) {
        const now = Date.now();
        const stamp = stampOf(path);
        if (stamp === null) continue;
        stamps.set(path, { stamp, at: now });
        const entry = byPath.get(path);
        if (!entry || entry.file.file !== name || entry.stamp.join() !== stamp.join()) continue;
        if (stamp[1] >= entry.stampedAt - RACY_MS && !await sameContent(path, entry.file.sha256)) continue;
        found.set(path, entry.file);
        used.set(entry.file, entry);
      }
      if (found.size !== byPath.size) changed = true;
      return found;
    },
    chunks: (files, t) => files.map((file) => cachedChunk(file, t)),
    add(paths, batch) {
      changed = true;
      const at = DOCUMENT_TABLES.map(() => 0);
      batch.files.forEach((file, i) => {
        const tables = file.lengths.map((length, t) => batch.tables[t]!.slice(at[t]!, at[t]! += length));
        if (file.sha256 !== null && stamps.has(paths[i]!)) fresh.set(paths[i]!, { file, tables });
      });
    },
    async save(paths) {
      if (!changed) return;
      await Deno.mkdir(dir, { recursive: true });
      const id = crypto.randomUUID().replaceAll("-", "").slice(0, 16);
      const entries: Entry[] = [];
      const parts: Uint8Array[] = [];
      let size = 0; // bytes in the parts so far
      for (const path of paths) {
        const cached = byPath.get(path);
        const kept = cached && used.has(cached.file) ? cached : undefined;
        const made = fresh.get(path);
        if (!kept && !made) continue;
        const file = made?.file ?? kept!.file;
        const tables = made?.tables ?? DOCUMENT_TABLES.map((_, t) => cachedChunk(file, t));
        const stamped = made ? stamps.get(path)! : { stamp: kept!.stamp, at: kept!.stampedAt };
        const offsets = tables.map((table) => {
          parts.push(table);
          const offset = size;
          size += table.length;
          return offset;
        });
        entries.push({ path, stamp: stamped.stamp, stampedAt: stamped.at, offsets, file });
      }
      await Deno.writeFile(`${dir}/${id}.pack`, concatBytes(parts));
      const index: Index = { version, pack: `${id}.pack`, entries };
      await Deno.writeTextFile(`${dir}/index.json.${id}`, JSON.stringify(index));
      await Deno.rename(`${dir}/index.json.${id}`, `${dir}/index.json`);
      if (old) await Deno.remove(`${dir}/${old.pack}`).catch(() => {});
    },
  };
}

function stampOf(path: string): Stamp | null {
  try {
    const info = Deno.statSync(path);
    if (!info.isFile) return null;
    return [info.size, info.mtime?.getTime() ?? -1, info.ctime?.getTime() ?? -1, info.ino ?? -1, info.dev];
  } catch {
    return null;
  }
}

async function sameContent(path: string, sha256: string | null): Promise<boolean> {
  try {
    return sha256 !== null && sha256Hex(await Deno.readFile(path)) === sha256;
  } catch {
    return false;
  }
}
