import { assert, assertEquals } from "../../testing/assert.ts";
import { SEED_2014 } from "../../testing/seeds.ts";
import { endsCoImplementers } from "./co_implementers.ts";

/** Lines that ran for minutes: each scan tried a match from every character of one long token (quadratic). */
const LONG_LINES = [
  "a".repeat(1_000_000),
  "1.1.".repeat(250_000),
  "a.".repeat(500_000) + " (at",
];

/** Fails instead of hanging: the lines are checked, and a document with them parsed, in a worker given a deadline. */
Deno.test("a line of a million characters under the co-implementers is read in linear time, never hangs", async () => {
  const url = new URL("./_co_implementers_hang_worker.ts", import.meta.url);
  const worker = new Worker(url, { type: "module" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = new Promise<{ ends: boolean[]; co: number }>((resolve, reject) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message));
      };
    });
    worker.postMessage({
      lines: LONG_LINES,
      document: SEED_2014.replace("Paremmin Yhdessä ry, 2312333-7", LONG_LINES[0]!),
    });
    const late = new Promise<"late">((resolve) => timer = setTimeout(() => resolve("late"), 30_000));
    const result = await Promise.race([answer, late]);
    assert(result !== "late", "still running after 30 s: it hung");
    // None of them is an e-mail address or a phone number: they are read as co-implementers' lines.
    assertEquals(result.ends, [false, false, false]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
});

Deno.test("endsCoImplementers still ends the block at an e-mail address, however it is written", () => {
  for (const line of ["matti.meikalainen@example.fi", "Matti (at) example.fi", "info[at]yritys.fi", "x matti@a.fi"]) {
    assert(endsCoImplementers(line), line);
  }
});
