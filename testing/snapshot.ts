/**
 * A small snapshot helper for the chart tests (JSR's `@std/testing/snapshot`
 * is out of reach here): compares a value with `testing/snapshots/NAME.json`, or writes it when `UPDATE_SNAPSHOTS=1`.
 *
 * @module
 */
import { deepStrictEqual } from "node:assert/strict";

const SNAPSHOTS = new URL("./snapshots/", import.meta.url);

/** Asserts that the value equals its stored snapshot `testing/snapshots/NAME.json`. */
export async function assertSnapshot(name: string, value: unknown): Promise<void> {
  const file = new URL(`./${name}.json`, SNAPSHOTS);
  const json = JSON.stringify(value, null, 2) + "\n";
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.mkdir(SNAPSHOTS, { recursive: true });
    await Deno.writeTextFile(file, json);
    return;
  }
  let stored: string;
  try {
    stored = await Deno.readTextFile(file);
  } catch {
    throw new Error(`No snapshot ${file.pathname}: run the tests once with UPDATE_SNAPSHOTS=1`);
  }
  deepStrictEqual(JSON.parse(json), JSON.parse(stored), `snapshot ${name} changed (UPDATE_SNAPSHOTS=1 to accept)`);
}
