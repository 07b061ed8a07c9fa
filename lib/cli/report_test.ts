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
});

Deno.test("report says how to install Jupyter when it is missing, and keeps the previous output", async () => {
  const out = await Deno.makeTempDir({ prefix: "esf-report-cli-" });
  const { code, stderr } = await report(["--out", `${out}/report`], { ESF_PYTHON: "/no/python3" });
  assertEquals(code, 1);
  assert(stderr.includes("apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client"), stderr);
  assertEquals([...Deno.readDirSync(out)], [], "nothing written");
});
