import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { fileURLToPath } from "node:url";
import { openCorpus } from "./mod.ts";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));

Deno.test("a notebook names a corpus folder named by an e-mail address as the report does, without it (audit 33)", async () => {
  const corpus = `${await tempDir("esf-corpus-name-")}/anna@kemi.fi`;
  await Deno.mkdir(corpus);
  await Deno.copyFile(`${DATA}/000_0083efce40fb50fc.txt`, `${corpus}/mok.txt`);
  assertEquals((await openCorpus(corpus)).dir, "[sähköpostiosoite poistettu]-8c7b19ca");
});
