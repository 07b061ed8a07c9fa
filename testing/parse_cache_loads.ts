/**
 * Helpers of the parse cache's tests: a cached load checked against an uncached one, files made to look old, and
 * the cache's own files.
 *
 * @module
 */
import { loadCorpusFrames, type LoadFramesOptions } from "../lib/frame/load_frames.ts";
import { framesDifferences } from "./reference_frames.ts";
import { assertEquals } from "./assert.ts";

/** Loads with the cache and checks the result against a load without it: every frame, diagnostic and file. */
export async function loadChecked(corpus: string, options: LoadFramesOptions) {
  const cached = await loadCorpusFrames([corpus], { workers: 0, ...options });
  const fresh = await loadCorpusFrames([corpus], { workers: 0, root: options.root, texts: options.texts ?? true });
  assertEquals(framesDifferences(cached.frames, fresh.frames), []);
  assertEquals(cached.diagnostics, fresh.diagnostics);
  assertEquals(cached.files, fresh.files);
  return cached;
}

/**
 * Every file of the corpus changed within the last minute made to look an hour old (so none is compared by its
 * content, see `RACY_MS`); older files are left alone (their change time, part of their stamp, stays).
 */
export function ageFiles(corpus: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of Deno.readDirSync(corpus)) {
    const path = `${corpus}/${entry.name}`;
    if (entry.isFile && Deno.statSync(path).mtime!.getTime() > Date.now() - 60_000) {
      Deno.utimeSync(path, hourAgo, hourAgo);
    }
  }
}

/** The paths of the cache's files whose paths match, in every corpus' folder of the cache, sorted. */
export const cacheFiles = (cache: string, path: RegExp): string[] =>
  [...Deno.readDirSync(cache)].filter((entry) => entry.isDirectory)
    .flatMap((folder) =>
      [...Deno.readDirSync(`${cache}/${folder.name}`)].map((e) => `${cache}/${folder.name}/${e.name}`)
    )
    .filter((found) => path.test(found)).sort();
