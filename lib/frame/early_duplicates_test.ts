import pl from "nodejs-polars";
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import type { Diagnostic } from "../schema.ts";
import { duplicateTracker, emptyFrame, withoutLosers } from "./early_duplicates.ts";
import type { EncodedDocument, EncodedFile } from "./encode_files.ts";

const document = (code: string | null, firstLine: number, rows: number[]): EncodedDocument => ({
  project_code: code,
  codeLine: firstLine + 1,
  firstLine,
  lastLine: firstLine + 20,
  rows,
});
const file = (name: string, documents: EncodedDocument[], diagnostics = 0): EncodedFile => ({
  file: name,
  bytes: 100,
  sha256: null,
  encoding: "utf-8",
  documents,
  diagnostics: Array.from({ length: diagnostics }, () => ({ line: null, project_code: null }) as unknown as Diagnostic),
});

Deno.test("a duplicate read after its kept copy loses at once; one read before the kept copy stays, for the corpus to set aside", () => {
  const track = duplicateTracker();
  const a = file("a.txt", [document("S10001", 1, [1, 2])]);
  const b = file("b.txt", [document("S10001", 1, [1, 3])]);
  const c = file("c.txt", [document("S10002", 1, [1, 1])], 2); // two diagnostics: not kept when a clean copy comes
  // The first group: b loses to a (same diagnostics, a's name first), both read in it.
  assertEquals([...track([a, b, c])], [b.documents[0]]);
  // The second: d is kept over c, read in the group before (its rows are in frames already): nothing to drop here;
  // e loses to a, a file with two documents loses its second (a duplicate of d), and a document without a code never.
  const d = file("d.txt", [document("S10002", 1, [1, 1])]);
  const e = file("e.txt", [document("S10001", 1, [1, 4])]);
  const f = file("f.txt", [document("S10003", 1, [1, 1]), document("S10002", 30, [1, 2])]);
  const g = file("g.txt", [document(null, 1, [1, 1])]);
  assertEquals([...track([d, e, f, g])], [e.documents[0], f.documents[1]]);
});

Deno.test("withoutLosers keeps every project row and the other rows of the kept, each document's first rows named", () => {
  const kept = document("S10001", 1, [1, 2]);
  const lost = document("S10001", 1, [1, 3]);
  const other = document("S10002", 1, [1, 1]);
  const files = [
    { path: "/a.txt", file: file("a.txt", [kept]) },
    { path: "/b.txt", file: file("b.txt", [lost, other]) },
  ];
  const projects = pl.DataFrame({ code: ["S10001", "S10001", "S10002"] });
  const lines = pl.DataFrame({ row: ["a1", "a2", "b1", "b2", "b3", "c1"] });
  const group = withoutLosers(files, [projects, lines], new Set([lost]));
  assertEquals(group.frames[0]!.getColumn("code").toArray(), ["S10001", "S10001", "S10002"]);
  assertEquals(group.frames[1]!.getColumn("row").toArray(), ["a1", "a2", "c1"]);
  assertEquals(group.files.map(({ path, at }) => [path, at]), [["/a.txt", [[0, 0]]], ["/b.txt", [[1, 2], [2, 2]]]]);
  assertEquals(group.frames[0] === projects, true, "a table without a lost row is the frame as it was");
  assertEquals(lines.height, 6, "the frame left behind is emptied, not cut");
  // Without losers, the group as it came.
  const same = withoutLosers(files, [projects, lines], new Set());
  assertEquals(same.frames[0] === projects && same.frames[1] === lines, true);
  assertEquals(same.files.map(({ at }) => at), [undefined, undefined]);
});

Deno.test("emptyFrame frees a frame's columns in place: its height and names stay, its values are flags", () => {
  const frame = pl.DataFrame({ text: ["a long text", null], n: [1, 2] });
  emptyFrame(frame);
  assertEquals(frame.columns, ["text", "n"]);
  assertEquals(frame.getColumn("text").toArray(), [false, true]);
  assertEquals(frame.getColumn("n").toArray(), [false, false]);
});
