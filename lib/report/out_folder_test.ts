import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { sha256Hex } from "../corpus/hash.ts";
import { buildReport } from "./build_report.ts";
import { RUN_WITH_TOOL_PERMISSIONS } from "../../testing/subprocess.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));
const quiet = () => {};

/** Every file and link under the folder (links not followed), with a hash of each file's bytes. */
async function snapshot(dir: string, prefix = ""): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for await (const entry of Deno.readDir(`${dir}/${prefix}`)) {
    const path = `${prefix}${entry.name}`;
    if (entry.isSymlink) found[path] = `-> ${await Deno.readLink(`${dir}/${path}`)}`;
    else if (entry.isDirectory) Object.assign(found, await snapshot(dir, `${path}/`));
    else found[path] = sha256Hex(await Deno.readFile(`${dir}/${path}`));
  }
  return found;
}

/** The message a refused build gives; fails if it was not refused. */
async function refusal(options: Parameters<typeof buildReport>[0]): Promise<string> {
  try {
    await buildReport({ notebooks: false, progress: quiet, ...options });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    assertEquals(message.split("\n").length, 1, "one line");
    return message;
  }
  throw new Error(`not refused: ${options.out}`);
}

async function corpusIn(dir: string): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  for (const name of ["000_0083efce40fb50fc.txt", "003_26d83fee4ba57d94.txt"]) {
    await Deno.copyFile(`${DATA}${name}`, `${dir}/${name}`);
  }
  return dir;
}

Deno.test("report --out replaces only what it wrote: a file it did not write, or one changed since, means refusal", async () => {
  const root = await tempDir("esf-out-");
  const corpus = await corpusIn(`${root}/corpus`);
  const out = `${root}/report`;
  const first: string[] = [];
  await buildReport({ corpus, out, lang: "en", notebooks: false, progress: (line) => first.push(line) });
  assert(/^report: wrote \d+ files to .*report$/.test(first.at(-1)!), first.at(-1));
  const written = await snapshot(out);

  await Deno.writeTextFile(`${out}/notes.txt`, "my own notes");
  let message = await refusal({ corpus, out });
  assert(message.includes("notes.txt") && message.includes("move"), message);
  assertEquals(await snapshot(out), { ...written, "notes.txt": sha256Hex(new TextEncoder().encode("my own notes")) });
  await Deno.remove(`${out}/notes.txt`);

  const csv = await Deno.readFile(`${out}/tables/projects.csv`);
  await Deno.writeTextFile(`${out}/tables/projects.csv`, "edited by hand\n", { append: true });
  message = await refusal({ corpus, out });
  assert(message.includes("tables/projects.csv") && message.includes("changed"), message);
  await Deno.writeFile(`${out}/tables/projects.csv`, csv);

  const again: string[] = [];
  await buildReport({ corpus, out, lang: "en", notebooks: false, progress: (line) => again.push(line) });
  assert(again.at(-1)!.endsWith("report, replacing the previous report there (nothing else was in it)"), again.at(-1));
  assertEquals(Object.keys(await snapshot(out)).sort(), Object.keys(written).sort(), "replaced by the new report");
  assertEquals((await Array.fromAsync(Deno.readDir(root))).map((e) => e.name).sort(), ["corpus", "report"]);

  // A manifest.json alone does not make a folder a report: its files must be the manifest's outputs.
  const thesis = `${root}/thesis`;
  await Deno.mkdir(thesis);
  await Deno.writeTextFile(`${thesis}/manifest.json`, JSON.stringify({ tool: "esf-toolkit report", outputs: [] }));
  await Deno.writeTextFile(`${thesis}/chapter1.docx`, "years of work");
  message = await refusal({ corpus, out: thesis });
  assert(message.includes("chapter1.docx"), message);
  assertEquals(await Deno.readTextFile(`${thesis}/chapter1.docx`), "years of work");
  await Deno.remove(root, { recursive: true });
});

Deno.test("report --out: real paths decide containment, and a refusal touches nothing", async () => {
  const root = await tempDir("esf-out-");
  const corpus = await corpusIn(`${root}/corpus`);
  await Deno.symlink(corpus, `${root}/corpus-link`);
  // An earlier report's folder that holds a corpus (nothing but a manifest listing no outputs, and the documents).
  const holder = `${root}/holder`;
  const inner = await corpusIn(`${holder}/documents`);
  await Deno.writeTextFile(`${holder}/manifest.json`, JSON.stringify({ tool: "esf-toolkit report", outputs: [] }));
  await Deno.symlink(inner, `${root}/inner-link`);
  await Deno.writeTextFile(`${root}/a-file`, "not a folder");
  const before = await snapshot(root);
  for (
    const [out, corpusPath, says] of [
      [`${corpus}/report`, corpus, "inside the corpus"],
      [`${root}/corpus-link/report`, corpus, "inside the corpus"],
      [corpus, corpus, "inside the corpus"],
      [holder, inner, "inside --out"],
      [holder, `${root}/inner-link`, "inside --out"],
      [root, corpus, "inside --out"],
      [`${root}/a-file`, corpus, "is a file"],
    ]
  ) {
    const message = await refusal({ corpus: corpusPath!, out: out! });
    assert(message.includes(says!), `${out}: ${message}`);
    assertEquals(await snapshot(root), before, `nothing touched for --out ${out}`);
  }
  await Deno.remove(root, { recursive: true });
});

Deno.test("the next run removes what a killed run left beside --out, puts back a report moved aside, and nothing else", async () => {
  const root = await tempDir("esf-out-");
  const corpus = await corpusIn(`${root}/corpus`);
  const out = `${root}/report`;
  await buildReport({ corpus, out, notebooks: false, progress: quiet });
  const ended = new Deno.Command("true").spawn();
  await ended.status; // its process id now names no process
  const dead = ended.pid;
  const kept = [".report.staging-1234abcd", `.report.esf-staging-${dead}`, `.other.esf-staging-${dead}-0123abcd`];
  for (const name of [`.report.esf-staging-${dead}-0123abcd`, ...kept]) {
    await Deno.mkdir(`${root}/${name}/tables`, { recursive: true });
    await Deno.writeTextFile(`${root}/${name}/tables/x.csv`, "a\n1\n");
  }
  // Killed mid-swap: the previous report was moved aside and the new one not yet in place.
  await Deno.rename(out, `${root}/.report.esf-old-${dead}-89abcdef`);
  const lines: string[] = [];
  await buildReport({ corpus, out, lang: "en", notebooks: false, progress: (line) => lines.push(line) });
  const names = (await Array.fromAsync(Deno.readDir(root))).map((e) => e.name).sort();
  assertEquals(names, [...kept, "corpus", "report"].sort());
  assertEquals(lines.filter((line) => line.includes("cleaned up after a killed run")).length, 2, lines.join("\n"));

  // A run that is alive is another run writing the same folder: refused.
  const alive = new Deno.Command("sleep", { args: ["30"] }).spawn();
  try {
    await Deno.mkdir(`${root}/.report.esf-staging-${alive.pid}-0123abcd`);
    const message = await refusal({ corpus, out });
    assert(message.includes(`Another report run (process ${alive.pid})`), message);
  } finally {
    alive.kill("SIGKILL");
    await alive.status;
  }
  await Deno.remove(root, { recursive: true });
});

/**
 * Builds a report (no notebooks) on a disk that fills up: the write of the
 * file `failing` ends with "No space left on device". Returns the error's
 * message ("built" when none came).
 */
async function failingOnFullDisk(corpus: string, out: string, failing: RegExp): Promise<string> {
  const { writeFile } = Deno;
  Deno.writeFile = async (path, data, options) => {
    if (failing.test(String(path))) throw new Error("No space left on device (os error 28)");
    return await writeFile(path, data, options);
  };
  try {
    return await buildReport({ corpus, out, notebooks: false, progress: quiet }).then(
      () => "built",
      (error) => error.message,
    );
  } finally {
    Deno.writeFile = writeFile;
  }
}

Deno.test("a report that fails writing its charts or its Word report leaves no staging folder, and the previous report as it was", async () => {
  const root = await tempDir("esf-out-");
  const corpus = await corpusIn(`${root}/corpus`);
  const out = `${root}/report`;
  try {
    await buildReport({ corpus, out, notebooks: false, progress: quiet });
    const before = await snapshot(out);
    // The disk fills up when the Word report is written, or when a chart's PNG is.
    for (const failing of [/\/report\.docx$/, /\/charts\/[^/]+\.png$/]) {
      const message = await failingOnFullDisk(corpus, out, failing);
      assertEquals(message, "No space left on device (os error 28)", `${failing}`);
      const names = (await Array.fromAsync(Deno.readDir(root))).map((e) => e.name).sort();
      assertEquals(names, ["corpus", "report"], `${failing}: no staging folder is left beside --out`);
      assertEquals(await snapshot(out), before, `${failing}: the previous report is kept`);
    }
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

/**
 * Runs a helper that makes a staging folder and writes into it, signals it
 * once it has written, and checks each time that the process ends as the
 * signal would end it and the staging folder is gone.
 */
async function interruptedWhileWriting(helper: string, signal: "SIGINT" | "SIGTERM", rounds: number): Promise<void> {
  const root = await tempDir("esf-staging-writes-");
  const gone: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        ...RUN_WITH_TOOL_PERMISSIONS,
        fileURLToPath(new URL(`../../testing/${helper}`, import.meta.url)),
        `${root}/report`,
      ],
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    const staging = (await reader.read()).value!.trim();
    child.kill(signal);
    const ended = await Promise.race([
      child.status,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 60_000)), // a hang, not a loaded machine
    ]);
    if (ended === null) child.kill("SIGKILL");
    await reader.cancel();
    assertEquals(ended?.code, signal === "SIGINT" ? 130 : 143, `round ${round}: the process ends as ${signal} would`);
    gone.push(await Deno.stat(staging).then(() => "still there", () => "removed"));
  }
  await Deno.remove(root, { recursive: true });
  assertEquals(gone, gone.map(() => "removed"));
}

Deno.test({
  name: "an interrupt removes the staging folder even while another process still writes into it (the notebook runner)",
  ignore: Deno.build.os === "windows",
}, () => interruptedWhileWriting("staging_under_writes.ts", "SIGTERM", 3));

Deno.test({
  name: "an interrupt removes the staging folder even while the report itself still writes into it (tables, charts)",
  ignore: Deno.build.os === "windows",
}, () => interruptedWhileWriting("staging_under_own_writes.ts", "SIGINT", 12));
