/**
 * The report folder (`--out`): what may be replaced, where the new report is
 * built, and the swap that puts it in place.
 *
 * Rules: the tool replaces only what it wrote. A folder is replaced only when
 * every file in it is an output its `manifest.json` lists, with the hash the
 * manifest gives; otherwise the run is refused with one line saying what to
 * do, before anything is touched. Containment is decided on real paths (links
 * resolved): `--out` inside the corpus, the corpus inside `--out`, or `--out`
 * naming a file are refused. The report is built in a staging folder beside
 * `--out`, named `.NAME.esf-staging-PID-RANDOM`, swapped in through
 * `.NAME.esf-old-PID-RANDOM`; the next run removes such folders whose process
 * is gone (a run killed with SIGKILL), and nothing named otherwise.
 *
 * @module
 */
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { sha256Hex } from "../corpus/hash.ts";
import { pushAll } from "../corpus/duplicates.ts";
import { leftoverName, leftoverPid, processRuns, removeWhileWritten, staleLeftovers } from "../output/leftovers.ts";
import { exitStatusOf, INTERRUPTS, onInterrupt } from "../output/interrupts.ts";
import { SaidError } from "../i18n/cli.ts";
import { REPORT_CLI } from "../i18n/cli_report.ts";

/** The report's own file listing what it wrote. */
export const MANIFEST = "manifest.json";
/** The `tool` a manifest of this tool names. */
export const MANIFEST_TOOL = "esf-toolkit report";

/** A refusal to write the report where asked: one line saying what to do. The CLI exits 2. */
export class OutFolderRefusal extends SaidError {
  override name = "OutFolderRefusal";
}

/** A checked report folder. */
export interface OutFolder {
  /** Its real path (links resolved), whether it exists or not. */
  path: string;
  /** As the user named it, for messages. */
  named: string;
}

/** The real path of a path that may not exist yet: its nearest existing ancestor's real path, and the rest. */
async function realPathOf(path: string): Promise<string> {
  let head = resolve(path);
  const rest: string[] = [];
  while (true) {
    try {
      return join(await Deno.realPath(head), ...rest);
    } catch {
      const parent = dirname(head);
      if (parent === head) return resolve(path);
      rest.unshift(basename(head));
      head = parent;
    }
  }
}

function inside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === "" || (path !== ".." && !path.startsWith("../") && !isAbsolute(path));
}

const exists = (path: string) => Deno.lstat(path).then(() => true, () => false);
function existsSync(path: string): boolean {
  try {
    Deno.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the report folder against the corpus, on real paths, and that it
 * holds nothing but an earlier report's outputs. Throws an
 * {@linkcode OutFolderRefusal} (one line) and touches nothing otherwise.
 */
export async function checkOutFolder(out: string, corpus: string): Promise<OutFolder> {
  const folder = { path: await realPathOf(out), named: out };
  const corpusPath = await realPathOf(corpus);
  const info = await Deno.stat(folder.path).catch(() => null);
  if (info && !info.isDirectory) throw new OutFolderRefusal((lang) => REPORT_CLI[lang].outIsFile(out));
  if (!info && await exists(out)) throw new OutFolderRefusal((lang) => REPORT_CLI[lang].outLinkToNothing(out));
  if (inside(folder.path, corpusPath)) {
    throw new OutFolderRefusal((lang) => REPORT_CLI[lang].outInsideCorpus(out, corpus));
  }
  if (inside(corpusPath, folder.path)) {
    throw new OutFolderRefusal((lang) => REPORT_CLI[lang].corpusInsideOut(corpus, out));
  }
  if (info) await checkOwned(folder);
  return folder;
}

/** Files under the folder (links and special files as entries, not followed), and folders that hold nothing. */
async function entriesUnder(dir: string, prefix = ""): Promise<{ path: string; kind: "file" | "other" | "empty" }[]> {
  const found: { path: string; kind: "file" | "other" | "empty" }[] = [];
  const entries = await Array.fromAsync(Deno.readDir(join(dir, prefix)));
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory) {
      const below = await entriesUnder(dir, path);
      pushAll(found, below.length > 0 ? below : [{ path, kind: "empty" as const }]);
    } else found.push({ path, kind: entry.isFile ? "file" : "other" });
  }
  return found.sort((a, b) => a.path < b.path ? -1 : 1);
}

interface ListedOutput {
  file: string;
  sha256: string;
  bytes: number;
}

async function readManifest(path: string): Promise<ListedOutput[] | null> {
  try {
    const manifest = JSON.parse(await Deno.readTextFile(path));
    return manifest?.tool === MANIFEST_TOOL && Array.isArray(manifest.outputs) ? manifest.outputs : null;
  } catch {
    return null;
  }
}

/** Refuses unless every file in the folder is an output its manifest lists, unchanged. */
async function checkOwned(folder: OutFolder): Promise<void> {
  const entries = await entriesUnder(folder.path);
  if (entries.length === 0) return;
  const outputs = entries.some((e) => e.path === MANIFEST) ? await readManifest(join(folder.path, MANIFEST)) : null;
  if (outputs === null) {
    throw new OutFolderRefusal((lang) => REPORT_CLI[lang].notAReport(folder.named, MANIFEST));
  }
  const listed = new Map(outputs.map((output) => [output.file, output]));
  const problems: { path: string; changed: boolean }[] = [];
  for (const entry of entries) {
    if (entry.path === MANIFEST) continue;
    const output = listed.get(entry.path);
    if (!output || entry.kind !== "file") {
      problems.push({ path: entry.path, changed: false });
      continue;
    }
    const bytes = await Deno.readFile(join(folder.path, entry.path));
    if (bytes.length !== output.bytes || sha256Hex(bytes) !== output.sha256) {
      problems.push({ path: entry.path, changed: true });
    }
  }
  if (problems.length > 0) {
    throw new OutFolderRefusal((lang) => {
      const said = problems.slice(0, 3).map(({ path, changed }) =>
        changed ? REPORT_CLI[lang].changed(path) : REPORT_CLI[lang].notWritten(path)
      );
      return REPORT_CLI[lang].wouldDelete(folder.named, said, problems.length - said.length);
    });
  }
}

const stagingPrefix = (folder: OutFolder) => `.${basename(folder.path)}.esf-staging`;
const oldPrefix = (folder: OutFolder) => `.${basename(folder.path)}.esf-old`;

/**
 * Removes what killed runs left beside the folder: staging folders, and an
 * old report that was moved aside (put back if the folder is missing, as a
 * run killed mid-swap leaves it). Refuses while another run writes the same
 * folder. Returns what it removed or put back.
 */
export async function cleanLeftovers(folder: OutFolder): Promise<string[]> {
  const parent = dirname(folder.path);
  const siblings = await Array.fromAsync(Deno.readDir(parent)).catch(() => []);
  for (const entry of siblings) {
    const pid = leftoverPid(entry.name, stagingPrefix(folder));
    if (pid !== null && pid !== Deno.pid && await processRuns(pid)) {
      const leftover = join(parent, entry.name);
      throw new OutFolderRefusal((lang) => REPORT_CLI[lang].anotherRun(pid, folder.named, leftover));
    }
  }
  const cleaned: string[] = [];
  for (const stale of await staleLeftovers(parent, oldPrefix(folder))) {
    if (await exists(folder.path)) await Deno.remove(stale, { recursive: true });
    else await Deno.rename(stale, folder.path);
    cleaned.push(stale);
  }
  for (const stale of await staleLeftovers(parent, stagingPrefix(folder))) {
    await Deno.remove(stale, { recursive: true });
    cleaned.push(stale);
  }
  return cleaned;
}

/** Signal listeners of each staging folder, removed when it is swapped in or dropped. */
const guards = new Map<string, () => void>();

/**
 * What an interrupt of a report run left: the report folder untouched (before the staging folder was made, or
 * after a failed run removed it), the unfinished report removed, or not removed (`staging`), or the new report
 * swapped in already.
 */
export type InterruptLeft =
  | { left: "untouched" }
  | { left: "removed" }
  | { left: "leftover"; staging: string }
  | { left: "written" };
/** The command's line for an interrupt ({@linkcode sayInterrupts}); none in a library call. */
let notice: ((left: InterruptLeft) => void) | null = null;
/** Where the run of the command is: an interrupt says what it left by this. */
let stage: "before" | "building" | "swapping" | "written" = "before";
let pending: Deno.Signal | null = null;

/**
 * For the command, which builds one report: until the returned function is called, an interrupt (SIGINT,
 * SIGTERM) is said with `say` and ends the process as the signal would have. Before the staging folder is made
 * (or after a failed run removed it) at once; while the report is built, once the staging folder is removed
 * ({@linkcode startStaging}); during the swap, once the swap is done.
 */
export function sayInterrupts(say: (left: InterruptLeft) => void): () => void {
  [notice, stage, pending] = [say, "before", null];
  const stop = onInterrupt((signal) => {
    if (stage === "building") return; // the staging guard removes the unfinished report, says so and ends
    if (stage === "swapping") {
      pending ??= signal; // ended once the swap is done
      return;
    }
    say({ left: stage === "written" ? "written" : "untouched" });
    Deno.exit(exitStatusOf(signal));
  });
  return () => {
    notice = null;
    stop();
  };
}

/**
 * Makes the staging folder beside the report folder. Until it is swapped in
 * or dropped, an interrupt (SIGINT, SIGTERM) removes it and ends the process
 * as the signal would have (SIGKILL cannot be caught: the next run cleans up).
 */
export async function startStaging(folder: OutFolder): Promise<string> {
  const staging = join(dirname(folder.path), leftoverName(stagingPrefix(folder)));
  await Deno.mkdir(staging, { recursive: true });
  if (INTERRUPTS.length > 0) {
    stage = "building";
    guards.set(
      staging,
      onInterrupt(async (signal) => {
        await null; // the later listeners (the notebook runner's, which stops it and removes its folder) run first
        removeWhileWritten(staging);
        notice?.(existsSync(staging) ? { left: "leftover", staging } : { left: "removed" });
        Deno.exit(exitStatusOf(signal));
      }),
    );
  }
  return staging;
}

function unguard(staging: string): void {
  guards.get(staging)?.();
  guards.delete(staging);
}

/** Removes a staging folder that will not be swapped in (a failed run). */
export async function dropStaging(staging: string): Promise<void> {
  unguard(staging);
  await Deno.remove(staging, { recursive: true }).catch(() => {});
  stage = "before";
}

/**
 * Puts the staging folder in the report folder's place. The folder is checked
 * again first (a file added or edited during the run is not deleted: the run
 * is refused); the old report moves aside, the new one takes its place, the
 * old one goes. Says whether a previous report was replaced.
 */
export async function swapIn(folder: OutFolder, staging: string): Promise<boolean> {
  const hadOld = await exists(folder.path);
  if (hadOld) await checkOwned(folder);
  stage = "swapping"; // an interrupt from here on waits for the swap to be done (when the command says it)
  unguard(staging);
  const old = join(dirname(folder.path), leftoverName(oldPrefix(folder)));
  if (hadOld) await Deno.rename(folder.path, old);
  await Deno.rename(staging, folder.path);
  if (hadOld) await Deno.remove(old, { recursive: true });
  stage = "written";
  if (pending && notice) {
    notice({ left: "written" });
    Deno.exit(exitStatusOf(pending));
  }
  return hadOld;
}
