import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { CONFIG } from "../../testing/subprocess.ts";
import { loadCorpus } from "./load_corpus.ts";
import { fileURLToPath } from "node:url";

const SEED = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
const seedAs = (code: string) => SEED.replace("S11547", code);
const PARSE_CLI = fileURLToPath(new URL("../cli/parse.ts", import.meta.url));

/** Fails instead of hanging: `unblock` is called when the work is not done in time. */
async function within<T>(seconds: number, work: Promise<T>, unblock: () => Promise<void>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => timer = setTimeout(() => resolve("late"), seconds * 1000));
  const result = await Promise.race([work, late]);
  clearTimeout(timer);
  if (result === "late") {
    await unblock();
    await work.catch(() => {});
    throw new Error(`still running after ${seconds} s: it hung`);
  }
  return result;
}

async function run(command: string, ...args: string[]): Promise<void> {
  const { success, stderr } = await new Deno.Command(command, { args, stderr: "piped" }).output();
  assert(success, `${command} ${args.join(" ")}: ${new TextDecoder().decode(stderr)}`);
}

/** [file, level, code] of each diagnostic, paths relative to the folder. */
function shortDiagnostics(diagnostics: { file: string; level: string; code: string }[], dir: string) {
  return diagnostics.map((d) => [d.file.slice(dir.length + 1), d.level, d.code]);
}

Deno.test("a FIFO, a socket or a device named *.txt is reported as not a regular file, never opened", async () => {
  const dir = await tempDir("esf-special-");
  await Deno.writeTextFile(`${dir}/a.txt`, seedAs("S19001"));
  await run("mkfifo", `${dir}/pipe.txt`, `${dir}/named-pipe`);
  // A socket file stays after the process that bound it has gone.
  await run("/usr/bin/python3", "-c", `import socket; socket.socket(socket.AF_UNIX).bind("${dir}/socket.txt")`);
  await Deno.symlink("/dev/null", `${dir}/device.txt`);
  // A reader blocked on the FIFO's open is released by a writer opening it.
  const unblock = async () => {
    (await Deno.open(`${dir}/pipe.txt`, { write: true }).catch(() => null))?.close();
  };
  const corpus = await within(10, loadCorpus([dir]), unblock);
  assertEquals(corpus.documents.map((d) => d.project.project_code), ["S19001"]);
  assertEquals(shortDiagnostics(corpus.diagnostics, dir), [
    ["device.txt", "error", "unreadable_file"],
    ["named-pipe", "warning", "skipped_file"],
    ["pipe.txt", "error", "unreadable_file"],
    ["socket.txt", "error", "unreadable_file"],
  ]);
  const messages = corpus.diagnostics.map((d) => d.message);
  assert(messages[0]!.includes("character device"), messages[0]);
  assert(messages[2]!.includes("FIFO") && messages[3]!.includes("socket"), messages.join(" | "));
  // Named on its own, a FIFO is not opened either.
  const named = await within(10, loadCorpus([`${dir}/pipe.txt`]), unblock);
  assertEquals(named.diagnostics.map((d) => [d.level, d.code]), [["error", "unreadable_file"]]);
  assertEquals(named.files, [], "nothing read");
});

Deno.test("an unreadable sub-folder is reported and the rest of the corpus is read (deno task parse exits 0)", async () => {
  const dir = await tempDir("esf-locked-");
  await Deno.writeTextFile(`${dir}/a.txt`, seedAs("S19001"));
  await Deno.mkdir(`${dir}/locked`);
  await Deno.writeTextFile(`${dir}/locked/b.txt`, seedAs("S19002"));
  await Deno.chmod(`${dir}/locked`, 0o000);
  const diagnosticsFile = `${dir}.diagnostics.ndjson`;
  // As root, permissions do not stop a read: the command runs without the capability that overrides them.
  const asRoot = Deno.uid() === 0;
  const deno = [Deno.execPath(), "run", "-q", "-P", "--config", CONFIG, PARSE_CLI];
  const args = [...deno, "--format", "ndjson", "--diagnostics", diagnosticsFile, dir];
  try {
    const output = await new Deno.Command(asRoot ? "setpriv" : args[0]!, {
      args: asRoot ? ["--bounding-set", "-dac_override,-dac_read_search", ...args] : args.slice(1),
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(output.stderr);
    assertEquals(output.code, 0, stderr);
    const rows = new TextDecoder().decode(output.stdout).trim().split("\n").map((line) => JSON.parse(line));
    assertEquals(rows.map((row) => row.project_code), ["S19001"]);
    const diagnostics = (await Deno.readTextFile(diagnosticsFile)).trim().split("\n").map((line) => JSON.parse(line));
    const named = diagnostics.map((d: { file: string; level: string; code: string }) => [d.file, d.level, d.code]);
    assertEquals(named, [["locked", "error", "unreadable_folder"]], "named relative to the folder given");
    assert(diagnostics[0].message.includes("Permission denied"), diagnostics[0].message);
    assert(!diagnostics[0].message.includes(dir), "the reason does not repeat the machine's path");
  } finally {
    await Deno.chmod(`${dir}/locked`, 0o755);
  }
});

Deno.test("hidden entries, links and names that are not UTF-8: every entry is a row, a named duplicate or a diagnostic", async () => {
  const root = await tempDir("esf-entries-");
  const dir = `${root}/corpus`;
  await Deno.mkdir(`${dir}/sub`, { recursive: true });
  await Deno.mkdir(`${dir}/.git`);
  await Deno.mkdir(`${root}/outside`);
  await Deno.writeTextFile(`${dir}/a.txt`, seedAs("S19001"));
  await Deno.writeTextFile(`${dir}/README.md`, "# notes");
  await Deno.writeTextFile(`${dir}/.hidden.txt`, seedAs("S19002"));
  await Deno.writeTextFile(`${dir}/.git/HEAD.txt`, "ref: refs/heads/main");
  await Deno.writeTextFile(`${dir}/sub/b.txt`, seedAs("S19004"));
  await Deno.writeTextFile(`${root}/outside/c.txt`, seedAs("S19003"));
  await Deno.symlink(`${root}/outside`, `${dir}/linked`); // a folder outside the corpus: followed
  await Deno.symlink("..", `${dir}/sub/loop`); // back to the corpus: a loop
  await Deno.symlink("sub", `${dir}/alias`); // a second way into sub/, which is read once
  await Deno.symlink(`${root}/outside/c.txt`, `${dir}/file-link.txt`); // a file outside: read
  await Deno.symlink(`${root}/nowhere.txt`, `${dir}/broken.txt`);
  await Deno.symlink("self.txt", `${dir}/self.txt`); // a link to itself: a loop, not a missing target
  // Names in Latin-1 bytes (ä = 0xE4), as an old archive may hold them: Deno sees them with U+FFFD.
  await run(
    "/usr/bin/python3",
    "-c",
    `import os; open(b"${dir}/\\xe4.txt", "w").write("x"); os.mkdir(b"${dir}/\\xe4-dir")`,
  );

  const corpus = await loadCorpus([dir]);
  assertEquals(corpus.files.map((f) => [f.file.slice(dir.length + 1), f.outcome]), [
    ["a.txt", "project"],
    ["file-link.txt", "project"],
    ["linked/c.txt", "duplicate"],
    ["sub/b.txt", "project"],
  ]);
  assertEquals(shortDiagnostics(corpus.diagnostics, dir), [
    [".git", "warning", "skipped_folder"],
    [".hidden.txt", "warning", "skipped_file"],
    ["README.md", "warning", "skipped_file"],
    ["alias", "warning", "skipped_folder"],
    ["broken.txt", "error", "unreadable_file"],
    ["linked/c.txt", "warning", "duplicate"],
    ["self.txt", "error", "unreadable_file"],
    ["sub/loop", "warning", "skipped_folder"],
    ["\ufffd-dir", "error", "unreadable_folder"],
    ["\ufffd.txt", "error", "unreadable_file"],
  ]);
  const say = (name: string) => corpus.diagnostics.find((d) => d.file === `${dir}/${name}`)!.message;
  assert(say("\ufffd.txt").includes("not valid UTF-8"), say("\ufffd.txt"));
  assert(say("alias").includes("read already"), say("alias"));
  assert(say("self.txt").includes("loop"), say("self.txt"));
  assert(say(".hidden.txt").includes("hidden"), say(".hidden.txt"));
  assert(!say("broken.txt").includes(root), "no path of the machine in the message");
});
