import { tempDir } from "../../testing/temp.ts";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import pl from "nodejs-polars";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { FRAMES_ENV, readFrameCache, writeFrameCache } from "./frame_cache.ts";
import { openCorpus } from "./mod.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));

Deno.test("the cached frames are the frames: same types, same values, same diagnostics and files", async () => {
  const dir = await tempDir();
  try {
    const corpus = await loadCorpus([DATA], { root: DATA });
    const frames = toDataFrame(corpus);
    await writeFrameCache(dir, DATA, corpus, frames);
    const cached = readFrameCache(dir, DATA);
    assert(cached);
    for (const [name, frame] of Object.entries(frames)) {
      const read: pl.DataFrame = cached.frames[name as keyof typeof frames];
      assertEquals(read.schema, frame.schema, name);
      assert(read.frameEqual(frame, true), name);
    }
    assertEquals(cached.corpus.diagnostics, corpus.diagnostics);
    assertEquals(cached.corpus.files, corpus.files);
    assertEquals(readFrameCache(dir, `${DATA}/..`), null, "another corpus: no cache");
    assertEquals(readFrameCache(`${dir}/none`, DATA), null, "no folder: no cache");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("openCorpus reads the frames ESF_FRAMES names, for its corpus only", async () => {
  const dir = await tempDir();
  try {
    const corpus = await loadCorpus([DATA], { root: DATA });
    const frames = toDataFrame(corpus);
    // A marked cache: S11547's planned participants 199 → 1199, to see which was read.
    const marked = frames.projects.withColumns(pl.col("participants_planned").add(1000));
    await writeFrameCache(dir, DATA, corpus, { ...frames, projects: marked });
    Deno.env.set(FRAMES_ENV, dir);
    const planned = (opened: Awaited<ReturnType<typeof openCorpus>>) =>
      opened.frames.projects.filter(pl.col("project_code").eq(pl.lit("S11547")))
        .getColumn("participants_planned").toArray()[0];
    assertEquals(planned(await openCorpus(DATA)), 1199, "read from the cache");
    Deno.env.delete(FRAMES_ENV);
    assertEquals(planned(await openCorpus(DATA)), 199, "parsed");
  } finally {
    Deno.env.delete(FRAMES_ENV);
    await Deno.remove(dir, { recursive: true });
  }
});
