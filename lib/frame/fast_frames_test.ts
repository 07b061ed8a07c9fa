import { tempDir } from "../../testing/temp.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "./to_dataframe.ts";
import { writeGeneratedCorpus } from "../../dev/generate.ts";
import { framesDifferences, referenceFrames } from "../../testing/reference_frames.ts";
import { assertEquals } from "../../testing/assert.ts";

Deno.test("toDataFrame builds the same frames as the record-by-record path: every table, column and row", async () => {
  const dir = await tempDir("esf-fast-frames-");
  try {
    await writeGeneratedCorpus(`${dir}/generated`, 300, 7, { damaged: true });
    await Deno.writeTextFile(
      `${dir}/generated/quotes.txt`,
      'Hankekoodi: S29990\n1 Hanke\nHankkeen nimi: "Lainaus", ""\n',
    );
    for (const paths of [[`${dir}/generated`, "data/documents"], [`${dir}/none`]]) {
      const corpus = await loadCorpus(paths, { workers: 0 });
      const frames = toDataFrame(corpus);
      assertEquals(framesDifferences(frames, referenceFrames(corpus)), []);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
