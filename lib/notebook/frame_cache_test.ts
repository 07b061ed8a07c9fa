import { tempDir } from "../../testing/temp.ts";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import pl from "nodejs-polars";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { FRAMES_ENV, readFrameCache, writeFrameCache } from "./frame_cache.ts";
import { runScript } from "../../testing/subprocess.ts";
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
    // In a process of its own: the environment is the process's, shared by the test files that run beside this one.
    const script = `${dir}/open.ts`;
    await Deno.writeTextFile(
      script,
      `import pl from "nodejs-polars";
import { openCorpus } from ${JSON.stringify(new URL("./mod.ts", import.meta.url).href)};
const planned = async () => (await openCorpus(${JSON.stringify(DATA)})).frames.projects
  .filter(pl.col("project_code").eq(pl.lit("S11547"))).getColumn("participants_planned").toArray()[0];
Deno.env.set(${JSON.stringify(FRAMES_ENV)}, ${JSON.stringify(dir)});
const cached = await planned();
Deno.env.delete(${JSON.stringify(FRAMES_ENV)});
console.log(JSON.stringify({ cached, parsed: await planned() }));
`,
    );
    const run = await runScript(script, []);
    assertEquals(run.code, 0, run.stderr);
    assertEquals(JSON.parse(run.stdout), { cached: 1199, parsed: 199 }, "read from the cache, then parsed");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
