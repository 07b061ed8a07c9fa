import { tempDir, tempFile } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("./report.ts", import.meta.url));

const report = (args: string[], env: Record<string, string> = {}) => runScript(CLI, args, env);

Deno.test("report exits 2 with one line on a usage error", async () => {
  for (
    const [args, message] of [
      [["--lang", "sv"], 'Unknown language "sv"'],
      [["--corpus", "/no/such/folder"], "No such folder: /no/such/folder"],
      [["--bogus"], "Unknown option '--bogus'"],
      [["--register", "data/registers/eura2007-esr.csv", "--no-register"], "exclude each other"],
    ] as const
  ) {
    const { code, stderr } = await report([...args]);
    assertEquals(code, 2, args.join(" "));
    assert(stderr.includes(message) && stderr.trim().split("\n").length === 1, stderr);
  }
  const file = await tempFile();
  const { code, stderr } = await report(["--out", file, "--no-notebooks"]);
  assertEquals([code, stderr.trim()], [2, `report: --out ${file} is a file, not a folder: name a folder.`]);
  const asCorpus = await report(["--corpus", file, "--no-notebooks"]);
  assertEquals(asCorpus.code, 2);
  assert(
    asCorpus.stderr.includes(`--corpus ${file} is a file, not a folder: name the folder of documents`),
    asCorpus.stderr,
  );
  const help = await report(["--help"]);
  for (const output of ["report.docx", "report.xlsx", "index.html", "manifest.json", "workbook"]) {
    assert(help.stdout.includes(output), `--help names ${output}`);
  }
  for (
    const flag of [
      "--corpus DIR",
      "--out DIR",
      "--lang fi|en",
      "--register FILE",
      "--no-register",
      "--no-notebooks",
      "--keep-contact-text",
    ]
  ) {
    assert(help.stdout.split("\n")[0]!.includes(`[${flag}]`) && help.stdout.includes(`  ${flag}`), flag);
  }
});

Deno.test("report says how to install Jupyter when it is missing, and keeps the previous output", async () => {
  const out = await tempDir("esf-report-cli-");
  const { code, stderr } = await report(["--out", `${out}/report`], { ESF_PYTHON: "/no/python3" });
  assertEquals(code, 1);
  assert(stderr.includes("apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client"), stderr);
  assertEquals([...Deno.readDirSync(out)], [], "nothing written");
});

Deno.test("report refuses an --out inside the corpus, or holding a file it did not write: exit 2, one line, nothing touched", async () => {
  const root = await tempDir("esf-report-cli-");
  await Deno.mkdir(`${root}/corpus`);
  await Deno.copyFile(
    new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url),
    `${root}/corpus/a.txt`,
  );
  await Deno.symlink(`${root}/corpus`, `${root}/link`);
  let run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/link/out`, "--no-notebooks"]);
  assertEquals(run.code, 2, run.stderr);
  assert(run.stderr.includes("is inside the corpus") && run.stderr.trim().split("\n").length === 1, run.stderr);
  assertEquals([...Deno.readDirSync(`${root}/corpus`)].map((e) => e.name), ["a.txt"]);
  await Deno.mkdir(`${root}/mine`);
  await Deno.writeTextFile(`${root}/mine/manifest.json`, '{"tool": "esf-toolkit report", "outputs": []}');
  await Deno.writeTextFile(`${root}/mine/draft.docx`, "my draft");
  run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/mine`, "--no-notebooks"]);
  assertEquals(run.code, 2, run.stderr);
  assert(run.stderr.includes("draft.docx (not written by this tool)"), run.stderr);
  assertEquals(await Deno.readTextFile(`${root}/mine/draft.docx`), "my draft");
});
