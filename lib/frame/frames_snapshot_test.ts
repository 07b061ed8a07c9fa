import { tempDir } from "../../testing/temp.ts";
import { loadCorpusFrames } from "./load_frames.ts";
import { writeGeneratedCorpus } from "../../dev/generate.ts";
import { frameDigests } from "../../testing/frame_digest.ts";
import { assertSnapshot } from "../../testing/snapshot.ts";

// The snapshot was taken from main before issue 14 (loadCorpus + toDataFrame, one value at a time):
// the fast path and any change to the parser must give the same frames, every column and row.
Deno.test("the frames of a generated damaged corpus and the seeds are those main gave before the fast path", async () => {
  const dir = await tempDir("esf-frames-snapshot-");
  try {
    await writeGeneratedCorpus(`${dir}/generated`, 300, 7, { damaged: true });
    await Deno.mkdir(`${dir}/seeds`);
    for (const entry of Deno.readDirSync("data/documents")) {
      if (entry.name.endsWith(".txt")) {
        await Deno.copyFile(`data/documents/${entry.name}`, `${dir}/seeds/${entry.name}`);
      }
    }
    const { frames } = await loadCorpusFrames([dir], { root: dir, workers: 2 });
    await assertSnapshot("generated-frames-digest", frameDigests({ ...frames }));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
