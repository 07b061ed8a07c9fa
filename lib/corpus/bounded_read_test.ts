import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readBoundedFile } from "./bounded_read.ts";

Deno.test("readBoundedFile: a FIFO is refused as opened, without waiting for a writer (no look before the open)", () => {
  const dir = Deno.makeTempDirSync();
  try {
    const fifo = `${dir}/tyyli.css`;
    new Deno.Command("mkfifo", { args: [fifo] }).outputSync();
    // Opened for reading the usual way, this would wait for a writer that never comes.
    assertEquals(readBoundedFile(fifo, 4096), { refused: "special" });
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("readBoundedFile: a file of exactly the limit is read whole; one byte more is refused, not read whole", () => {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeFileSync(`${dir}/a.css`, new Uint8Array(64).fill(0x61));
    assertEquals((readBoundedFile(`${dir}/a.css`, 64) as Uint8Array).length, 64);
    assertEquals(readBoundedFile(`${dir}/a.css`, 63), { refused: "too_large" });
    Deno.writeFileSync(`${dir}/empty.css`, new Uint8Array(0));
    assertEquals(readBoundedFile(`${dir}/empty.css`, 64), new Uint8Array(0));
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});
