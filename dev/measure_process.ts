/**
 * Running one measurement of `deno task bench` in a Deno process of its own,
 * with the tool's permissions, and reading the JSON line it prints last: its
 * peak memory (getrusage's maxrss) is then its own. The child's stderr is
 * passed through, so its warnings are seen.
 *
 * @module
 */
import { RUN_WITH_TOOL_PERMISSIONS } from "../testing/subprocess.ts";

/** Runs `deno run SCRIPT ARGS…` and returns the JSON of its last line of output; `what` names it in an error. */
export async function measureInProcess<T>(script: string, args: readonly string[], what: string): Promise<T> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, script, ...args],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (!output.success) throw new Error(`bench: ${what} failed`);
  return JSON.parse(new TextDecoder().decode(output.stdout).trim().split("\n").pop()!) as T;
}
