import { assert, assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";

const CLI = new URL("./report.ts", import.meta.url).pathname;

const report = (args: string[], env: Record<string, string> = {}) => runScript(CLI, args, env);

Deno.test("report exits 2 with one line on a usage error", async () => {
  for (
    const [args, message] of [
      [["--lang", "sv"], 'Unknown language "sv"'],
      [["--corpus", "/no/such/folder"], "No such folder: /no/such/folder"],
      [["--bogus"], "Unknown option '--bogus'"],
    ] as const
  ) {
    const { code, stderr } = await report([...args]);
    assertEquals(code, 2, args.join(" "));
    assert(stderr.includes(message) && stderr.trim().split("\n").length === 1, stderr);
  }
  const file = await Deno.makeTempFile();
  const { code, stderr } = await report(["--out", file, "--no-notebooks"]);
  assertEquals([code, stderr.trim()], [
    2,
    `report: --out ${file} is a file, not a folder: name a folder. (see --help)`,
  ]);
  const help = await report(["--help"]);
  for (const flag of ["--corpus DIR", "--out DIR", "--lang fi|en", "--register FILE", "--no-notebooks"]) {
    assert(help.stdout.split("\n")[0]!.includes(`[${flag}]`) && help.stdout.includes(`  ${flag}`), flag);
  }
});

Deno.test("report says how to install Jupyter when it is missing, and keeps the previous output", async () => {
  const out = await Deno.makeTempDir({ prefix: "esf-report-cli-" });
  const { code, stderr } = await report(["--out", `${out}/report`], { ESF_PYTHON: "/no/python3" });
  assertEquals(code, 1);
  assert(stderr.includes("apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client"), stderr);
  assertEquals([...Deno.readDirSync(out)], [], "nothing written");
});
