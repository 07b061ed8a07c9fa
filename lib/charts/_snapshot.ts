/**
 * A small snapshot helper for the chart tests (JSR's `@std/testing/snapshot`
 * is out of reach here): compares a value with `__snapshots__/NAME.json`
 * beside the test, or writes it when `UPDATE_SNAPSHOTS=1`.
 *
 * @module
 */
import { deepStrictEqual } from "node:assert/strict";

/** Asserts that the value equals its stored snapshot. */
export async function assertSnapshot(name: string, value: unknown, base: string | URL): Promise<void> {
  const file = new URL(`./__snapshots__/${name}.json`, base);
  const json = JSON.stringify(value, null, 2) + "\n";
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.mkdir(new URL("./__snapshots__/", base), { recursive: true });
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
