import { fileURLToPath } from "node:url";
import { assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";
import { tempDir } from "../../testing/temp.ts";

const SCRIPT = fileURLToPath(new URL("../../testing/notebook_runner_lines.ts", import.meta.url));

Deno.test({
  name: "the notebook runner's progress lines are in the report's language",
  ignore: Deno.build.os === "windows",
}, async () => {
  for (
    const [lang, line] of [
      ["fi", "muistikirjat: ajetaan 1 / 1: 01-corpus-overview.ipynb"],
      ["en", "notebooks: running 1 of 1: 01-corpus-overview.ipynb"],
    ] as const
  ) {
    const { code, stdout, stderr } = await runScript(SCRIPT, [lang, await tempDir("esf-runner-lines-")]);
    assertEquals([code, stdout.trim(), stderr.trimEnd()], [0, '[["01-corpus-overview.ipynb",true]]', line]);
  }
});
