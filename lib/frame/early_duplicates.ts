/**
 * Duplicates set aside while a corpus is read (for `loadCorpusFrames`):
 * once two documents of one project code have been read, the one the
 * corpus would not keep (`keptFirst` of `duplicates.ts` puts it after the
 * other) is known to be a duplicate, and its rows in every table but the
 * projects can go at once. Its project row stays, to be compared with the
 * kept copy; it is still named as a duplicate. 30,000 documents with 13,000
 * duplicates hold some 40 % fewer rows so.
 *
 * @module
 */
import pl from "nodejs-polars";
import { type Candidate, candidate, keptFirst } from "../corpus/duplicates.ts";
import type { FileOutcome } from "../corpus/read_document.ts";
import { light } from "./assemble_frames.ts";
import type { EncodedDocument, EncodedFile } from "./encode_files.ts";
import type { CachedFile } from "./parse_cache.ts";

/**
 * A tracker of the documents read so far: given the files of a group about to become frames, it answers which of
 * their documents are not kept (each loses to another document of its code, read before or in the same group).
 */
export function duplicateTracker(): (files: readonly EncodedFile[]) => Set<EncodedDocument> {
  const best = new Map<string, { document: EncodedDocument; candidate: Candidate }>();
  return (files) => {
    const here = new Set(files.flatMap((file) => file.documents));
    const losers = new Set<EncodedDocument>();
    for (const file of files) {
      if (!file.documents.some((document) => document.project_code)) continue;
      const outcome = { ...file, documents: file.documents.map((document) => light(document, 0)) } as FileOutcome;
      file.documents.forEach((document, d) => {
        const code = document.project_code;
        if (!code) return;
        const mine = { document, candidate: candidate(outcome, outcome.documents[d]!) };
        const held = best.get(code);
        const [kept, lost] = !held || keptFirst(mine.candidate, held.candidate) < 0 ? [mine, held] : [held, mine];
        best.set(code, kept);
        if (lost && here.has(lost.document)) losers.add(lost.document);
      });
    }
    return losers;
  };
}

/**
 * The group's frames without the rows of the losers in every table but the first (the projects), and each
 * document's first row in each table (`at`); the frames left behind are emptied at once (see
 * {@linkcode emptyFrame}). Without losers, the group as it is.
 */
export function withoutLosers(
  files: readonly { path: string; file: EncodedFile }[],
  frames: pl.DataFrame[],
  losers: ReadonlySet<EncodedDocument>,
): { files: CachedFile[]; frames: pl.DataFrame[] } {
  if (losers.size === 0) return { files: [...files], frames };
  const kept = frames.map((): number[] => []);
  const next = frames.map(() => 0);
  const read = frames.map(() => 0);
  const placed = files.map(({ path, file }) => ({
    path,
    file,
    at: file.documents.map((document) => {
      const first = [...next];
      document.rows.forEach((count, t) => {
        if (t === 0 || !losers.has(document)) {
          for (let row = read[t]!; row < read[t]! + count; row++) kept[t]!.push(row);
          next[t]! += count;
        }
        read[t]! += count;
      });
      return first;
    }),
  }));
  return {
    files: placed,
    frames: frames.map((frame, t) => {
      if (kept[t]!.length === frame.height) return frame;
      const rows = frame.select(pl.all().gather(pl.Series("", kept[t]!, pl.UInt32)));
      emptyFrame(frame);
      return rows;
    }),
  };
}

/**
 * Frees a frame's columns now, not when the collector gets to its wrapper (polars frees a frame's memory only
 * then, and the collector does not see that memory): each column is replaced by a column of flags. Columns
 * another frame shares stay, for it.
 */
export function emptyFrame(frame: pl.DataFrame): void {
  frame.columns.forEach((name, i) => frame.replaceAtIdx(i, frame.select(pl.col(name).isNull()).getColumn(name)));
}
