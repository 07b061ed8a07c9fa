import { deepStrictEqual as assertEquals } from "node:assert/strict";
import JSZip from "jszip";
import { zipPackage } from "./_zip.ts";

Deno.test("zipPackage writes entries JSZip reads back byte for byte, CRCs checked, in their order", async () => {
  const picture = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251);
  const entries = [
    { path: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>"), level: 6 },
    {
      path: "word/document.xml",
      data: new TextEncoder().encode("<w:t>Hämeen ELY-keskus €</w:t>".repeat(500)),
      level: 6,
    },
    { path: "word/media/kuvio ä.png", data: picture, level: 2 },
    { path: "empty.xml", data: new Uint8Array(0), level: 6 },
  ];
  const bytes = zipPackage(entries);
  const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
  assertEquals(Object.keys(read.files), entries.map((entry) => entry.path));
  for (const entry of entries) assertEquals(await read.file(entry.path)!.async("uint8array"), entry.data);
  // Deflated, and the same entries give the same bytes (no time stamp of the run).
  const xml = read.file("word/document.xml")! as unknown as { _data: { compressedSize: number } };
  assertEquals(xml._data.compressedSize < 1000, true);
  assertEquals(zipPackage(entries), bytes);
  assertEquals(read.file("word/document.xml")!.date.getUTCFullYear() <= 1980, true);
});

Deno.test("zipPackage says when a package would need zip64, not writing a broken one", () => {
  const entries = Array.from({ length: 65_536 }, (_, i) => ({ path: `${i}`, data: new Uint8Array(0), level: 0 }));
  let message = "";
  try {
    zipPackage(entries);
  } catch (error) {
    message = (error as Error).message;
  }
  assertEquals(message, "65536 entries need zip64");
});
