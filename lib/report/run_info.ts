/**
 * What a report records about the tool that made it: the version of
 * `deno.json`, the git commit of the checkout when there is one, and paths
 * of options as the report may show them (never an absolute path of the
 * machine).
 *
 * @module
 */
import { basename, isAbsolute, normalize } from "node:path";
import config from "../../deno.json" with { type: "json" };
import { scrubFileName, type ScrubOptions } from "../output/scrub.ts";

/** The repository the tool runs from. */
const REPOSITORY = new URL("../../", import.meta.url);

/** The tool's version, from `deno.json`. */
export const TOOL_VERSION: string = (config as { version?: string }).version ?? "unknown";

/**
 * The commit of the checkout the tool runs from (`git rev-parse HEAD`); null
 * when it is not a git checkout, git is missing, or the tool does not run
 * from files on disk.
 */
export async function gitCommit(): Promise<string | null> {
  if (REPOSITORY.protocol !== "file:") return null;
  try {
    const output = await new Deno.Command("git", {
      args: ["rev-parse", "HEAD"],
      cwd: REPOSITORY,
      stdout: "piped",
      stderr: "null",
    }).output();
    const commit = new TextDecoder().decode(output.stdout).trim();
    return output.success && /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
  } catch {
    return null;
  }
}

/**
 * A path as a report records it: a relative path inside the working folder as given, an absolute one or one that
 * climbs out of the working folder (`../…`) by its last part only, so no folder of the machine is written; an
 * e-mail address or a phone number in it replaced by a marker in the language of `scrub`, unless kept.
 *
 * @example Usage
 * ```ts
 * import { portablePath } from "./run_info.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(portablePath("data/documents/"), "data/documents");
 * assertEquals(portablePath("/home/aino/eval/registers/eura2007.csv"), "eura2007.csv");
 * ```
 */
export function portablePath(path: string, scrub: ScrubOptions = {}): string {
  const relative = normalize(path).replace(/\/+$/, "");
  // A folder named by a person's e-mail address or phone number is named without it (scrub.ts).
  return scrubFileName(
    isAbsolute(path) || relative === ".." || relative.startsWith("../") ? basename(relative) : relative,
    scrub,
  );
}
