/**
 * Working folders named after the process that made them, so that what a
 * killed run left behind can be recognised and cleaned by the next run, and
 * nothing else ever is.
 *
 * A name is `PREFIX-PID-RANDOM`: the prefix says which kind of folder it is
 * (it always holds `esf-`), the PID which process made it, RANDOM (8 hex
 * digits) tells two folders of one process apart.
 *
 * @module
 */

/** A working folder's name for this process: `PREFIX-PID-RANDOM`. */
export function leftoverName(prefix: string): string {
  return `${prefix}-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The process id in a name made by {@linkcode leftoverName} with this prefix, or null for any other name. */
export function leftoverPid(name: string, prefix: string): number | null {
  if (!name.startsWith(`${prefix}-`)) return null;
  const match = /^(\d+)-[0-9a-f]{8}$/.exec(name.slice(prefix.length + 1));
  return match ? Number(match[1]) : null;
}

/**
 * Whether a process with this id runs: `ps` says (a zombie does not run),
 * or, without `ps`, `kill -0` (which sends nothing). A process id the system
 * has reused for another process counts as running: leftovers are then kept,
 * never wrongly removed.
 */
export async function processRuns(pid: number): Promise<boolean> {
  if (pid === Deno.pid) return true;
  try {
    const { stdout } = await new Deno.Command("ps", { args: ["-o", "stat=", "-p", String(pid)], stderr: "null" })
      .output();
    const state = new TextDecoder().decode(stdout).trim();
    return state !== "" && !state.startsWith("Z");
  } catch {
    // No ps: the shell's kill -0. "Operation not permitted" means it runs, as another user.
    const { success, stderr } = await new Deno.Command("/bin/sh", {
      args: ["-c", 'kill -0 "$1"', "sh", String(pid)],
      stdout: "null",
      stderr: "piped",
    }).output();
    return success || !/no such process/i.test(new TextDecoder().decode(stderr));
  }
}

/** Running processes: id and command line (from `ps`; empty where there is no `ps`). */
export async function runningProcesses(): Promise<{ pid: number; args: string }[]> {
  try {
    const { stdout } = await new Deno.Command("ps", { args: ["-A", "-o", "pid=", "-o", "args="], stderr: "null" })
      .output();
    return new TextDecoder().decode(stdout).split("\n").flatMap((line) => {
      const match = /^\s*(\d+)\s+(.*)$/.exec(line);
      return match ? [{ pid: Number(match[1]), args: match[2]! }] : [];
    });
  } catch {
    return [];
  }
}

/** The entries of a folder named with this prefix whose process is gone: the leftovers of killed runs. */
export async function staleLeftovers(dir: string, prefix: string): Promise<string[]> {
  const stale: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = await Array.fromAsync(Deno.readDir(dir));
  } catch {
    return [];
  }
  for (const entry of entries) {
    const pid = leftoverPid(entry.name, prefix);
    if (pid !== null && !entry.isSymlink && !await processRuns(pid)) stale.push(`${dir}/${entry.name}`);
  }
  return stale.sort();
}

/** How long the removal waits before it looks again, and at most how often it looks. */
const REMOVE_PAUSE_MS = 50;
const REMOVE_TRIES = 100;

/** Waits without letting this process's JavaScript run (so it starts nothing new). */
function pauseEverything(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes a working folder into which someone may still be writing, on an
 * interrupt: the report's staging folder, the notebook runs' temporary
 * folder. Synchronous on purpose: while it runs, this process's own writers
 * (tables and charts written beside the notebooks) start nothing, and what
 * they had already started (a folder made with its parents, a file) ends
 * during the pauses; a caller that exits should do so right after, awaiting
 * nothing. The folder counts as removed once it is still absent after a
 * pause; another process (the notebook runner, being stopped) that still
 * writes makes it try again, up to {@linkcode REMOVE_TRIES} times (5 s). A
 * folder that still cannot be removed is left for the next run to clean up.
 */
export function removeWhileWritten(folder: string): void {
  for (let tries = 1; tries <= REMOVE_TRIES; tries++) {
    try {
      Deno.removeSync(folder, { recursive: true });
    } catch { /* gone already, or written into meanwhile ("directory not empty"): looked at again below */ }
    pauseEverything(REMOVE_PAUSE_MS);
    try {
      Deno.lstatSync(folder);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return;
    }
  }
}
