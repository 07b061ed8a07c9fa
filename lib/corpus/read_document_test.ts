import { tempDir } from "../../testing/temp.ts";
import { assertEquals } from "../../testing/assert.ts";
import { readDocument } from "./read_document.ts";

Deno.test("readDocument() reads a text file whole and sniffs its first bytes: a file of NUL bytes is binary", async () => {
  const dir = await tempDir("esf-read-");
  const text = new TextEncoder().encode("Projektikoodi: S11547\n");
  await Deno.writeFile(`${dir}/nul.txt`, Uint8Array.from([...text, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 9]));
  const binary = await readDocument(`${dir}/nul.txt`);
  assertEquals(binary.diagnostics.map((d) => [d.level, d.code]), [["error", "binary_file"]]);
  assertEquals([binary.bytes, binary.sha256], [text.length + 13, null]);
  const unreadable = await readDocument(`${dir}/missing.txt`);
  assertEquals(unreadable.diagnostics.map((d) => [d.level, d.code]), [["error", "unreadable_file"]]);
  await Deno.remove(dir, { recursive: true });
});
