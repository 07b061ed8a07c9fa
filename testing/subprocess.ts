/**
 * Running one of the project's commands in a fresh Deno process, for the
 * command-line tests, with the permissions `deno.json` declares for the tool
 * (`-P`: its `permissions.default` set, the one list the tasks use too).
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** What a command printed and how it ended. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The project's configuration, which holds the permission set. */
export const CONFIG = fileURLToPath(new URL("../deno.json", import.meta.url));

/** `deno run` arguments that give a script the tool's permissions, quietly (no Deno notices on stderr). */
export const RUN_WITH_TOOL_PERMISSIONS = ["run", "-q", "-P", "--config", CONFIG];

/** Runs `deno run` on the script with the arguments and extra environment. */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<CommandRun> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, script, ...args],
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return { code: output.code, stdout: decoder.decode(output.stdout), stderr: decoder.decode(output.stderr) };
}

/** Whether this machine has `ps` (the tests that find processes by their command line need it). */
export const withPs: boolean = await new Deno.Command("ps", { args: ["-p", "1"], stdout: "null" }).output().then(
  () => true,
  () => false,
);
