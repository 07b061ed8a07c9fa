/**
 * The frames a report built, handed to its notebook kernels so that they do
 * not parse the corpus again: every frame as Parquet (types and nested lists
 * kept) and the corpus's diagnostics and files as JSON, in a folder the
 * environment variable `ESF_FRAMES` names. The folder records the corpus it
 * was built from and the tool's version; {@linkcode readFrameCache} uses it
 * only for that corpus and that version, so a notebook run alone (or on
 * another corpus) still parses.
 *
 * @module
 */
import { join, resolve } from "node:path";
import pl from "nodejs-polars";
import type { Corpus } from "../corpus/load_corpus.ts";
import type { CorpusFrames } from "../frame/to_dataframe.ts";
import { TOOL_VERSION } from "../report/run_info.ts";

/** The environment variable naming a frame cache folder. */
export const FRAMES_ENV = "ESF_FRAMES";

/** What a notebook reads of the corpus besides its frames. */
export type CorpusSummary = Pick<Corpus, "diagnostics" | "files">;

const FRAME_NAMES = [
  "projects",
  "areas",
  "coImplementers",
  "sustainabilityScores",
  "genderEquality",
  "provenance",
  "diagnostics",
  "files",
  "contacts",
] as const satisfies readonly (keyof CorpusFrames)[];

const INDEX = "corpus.json";
/** The corpus's diagnostics and files, read when first used (10,000 documents: 2.4 MB, 30 ms to parse). */
const SUMMARY = "summary.json";

interface CacheIndex {
  corpus: string;
  version: string;
}

/** Writes the frames of the corpus in `corpusDir` into the folder `dir` (made if missing). */
export async function writeFrameCache(
  dir: string,
  corpusDir: string,
  corpus: CorpusSummary,
  frames: CorpusFrames,
): Promise<void> {
  await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
  for (const name of FRAME_NAMES) frames[name].writeParquet(join(dir, `${name}.parquet`));
  const summary: CorpusSummary = { diagnostics: corpus.diagnostics, files: corpus.files };
  await Deno.writeTextFile(join(dir, SUMMARY), JSON.stringify(summary));
  const index: CacheIndex = { corpus: resolve(corpusDir), version: TOOL_VERSION };
  // Written last: a folder without its index is no cache.
  await Deno.writeTextFile(join(dir, INDEX), JSON.stringify(index));
}

/**
 * The frames cached in `dir` for the corpus in `corpusDir`; null when the
 * folder holds no cache, or one of another corpus or another version of the tool.
 */
export function readFrameCache(
  dir: string,
  corpusDir: string,
): { corpus: CorpusSummary; frames: CorpusFrames } | null {
  let index: CacheIndex;
  try {
    index = JSON.parse(Deno.readTextFileSync(join(dir, INDEX)));
  } catch {
    return null;
  }
  if (index.corpus !== resolve(corpusDir) || index.version !== TOOL_VERSION) return null;
  // Each frame read when first used: a kernel that needs the projects does not wait for the provenance.
  const frames = {} as CorpusFrames;
  for (const name of FRAME_NAMES) {
    let frame: pl.DataFrame | undefined;
    Object.defineProperty(frames, name, {
      enumerable: true,
      get: () => frame ??= pl.readParquet(join(dir, `${name}.parquet`)),
    });
  }
  // The diagnostics and files read when first used: notebook 01 shows its first chart before it needs them.
  let summary: CorpusSummary | undefined;
  const read = () => summary ??= JSON.parse(Deno.readTextFileSync(join(dir, SUMMARY)));
  const corpus = {
    get diagnostics() {
      return read().diagnostics;
    },
    get files() {
      return read().files;
    },
  };
  return { corpus, frames };
}
