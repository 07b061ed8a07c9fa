/**
 * Running one of the project's commands in a fresh Deno process, for the
 * command-line tests.
 *
 * @module
 */

/** What a command printed and how it ended. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The permissions the project's commands run with (as in deno.json's tasks). */
export const COMMAND_PERMISSIONS = [
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--allow-ffi",
  "--allow-sys",
  "--allow-run",
];

/** Runs `deno run` on the script with the arguments and extra environment. */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<CommandRun> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...COMMAND_PERMISSIONS, script, ...args],
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return { code: output.code, stdout: decoder.decode(output.stdout), stderr: decoder.decode(output.stderr) };
}
