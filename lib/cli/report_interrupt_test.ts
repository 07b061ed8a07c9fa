import { fileURLToPath } from "node:url";
import { assertEquals } from "../../testing/assert.ts";
import { RUN_WITH_TOOL_PERMISSIONS, runScript } from "../../testing/subprocess.ts";
import { tempDir } from "../../testing/temp.ts";
import { sha256Hex } from "../corpus/hash.ts";

const CLI = fileURLToPath(new URL("./report.ts", import.meta.url));
const DOCUMENT = fileURLToPath(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));

/** A corpus of one document and an earlier report (a file of its own and its manifest), in a fresh folder. */
async function withEarlierReport(): Promise<{ root: string; out: string; before: Record<string, string> }> {
  const root = await tempDir("esf-report-interrupt-");
  await Deno.mkdir(`${root}/corpus`);
  await Deno.copyFile(DOCUMENT, `${root}/corpus/a.txt`);
  const out = `${root}/raportti`;
  await Deno.mkdir(out);
  const page = new TextEncoder().encode("<p>aiempi raportti</p>\n");
  await Deno.writeFile(`${out}/index.html`, page);
  const manifest = {
    tool: "esf-toolkit report",
    outputs: [{ file: "index.html", sha256: sha256Hex(page), bytes: page.length }],
  };
  await Deno.writeTextFile(`${out}/manifest.json`, JSON.stringify(manifest));
  return { root, out, before: await contents(root) };
}

/** Every file under the folder with its text. */
async function contents(dir: string, prefix = ""): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for await (const entry of Deno.readDir(`${dir}/${prefix}`)) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory) Object.assign(found, await contents(dir, `${path}/`));
    else found[path] = await Deno.readTextFile(`${dir}/${path}`);
  }
  return found;
}

/** Runs the report, sends it SIGINT once its standard error shows `when`, and gives what it printed and its code. */
async function interrupted(args: string[], when: string, env: Record<string, string> = {}) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, CLI, ...args],
    env,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let stderr = "";
  const decoder = new TextDecoder();
  for await (const chunk of child.stderr) {
    stderr += decoder.decode(chunk, { stream: true });
    if (stderr.includes(when)) {
      child.kill("SIGINT");
      when = "\0"; // once
    }
  }
  return { code: (await child.status).code, lines: stderr.trimEnd().split("\n") };
}

Deno.test("Ctrl-C while the report is built: one line in the run's language, exit 130, the earlier report as it was", async () => {
  const { root, out, before } = await withEarlierReport();
  const args = ["--corpus", `${root}/corpus`, "--out", out, "--no-notebooks"];
  const fi = await interrupted(args, "report: jäsennetty 1 / 1 asiakirjaa\n");
  assertEquals(fi.code, 130);
  assertEquals(
    fi.lines.at(-1),
    `report: ajo keskeytettiin: keskeneräinen raportti poistettiin, ja kansiossa ${out} oleva aiempi raportti on ennallaan.`,
  );
  assertEquals(await contents(root), before, "nothing else in the folder: no staging folder left beside it");
  const en = await interrupted([...args, "--lang", "en"], "report: parsed 1 of 1 document\n");
  assertEquals(en.code, 130);
  assertEquals(
    en.lines.at(-1),
    `report: interrupted: the unfinished report was removed, and the previous report in ${out} is as it was.`,
  );
  assertEquals(await contents(root), before);
});

Deno.test("Ctrl-C before the report is begun (Jupyter still being looked for): the line says so, exit 130", async () => {
  const { root, out, before } = await withEarlierReport();
  // A Python that says where it is and then hangs: the report waits for it before it writes anything.
  const python = `${root}/python3`;
  const pidFile = `${root}/python.pid`;
  await Deno.writeTextFile(
    python,
    `#!/bin/sh\necho $$ > ${pidFile}.new && mv ${pidFile}.new ${pidFile}\nexec sleep 30\n`,
  );
  await Deno.chmod(python, 0o755);
  const child = new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, CLI, "--corpus", `${root}/corpus`, "--out", out],
    env: { ESF_PYTHON: python },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let pid: number | null = null;
  try {
    while (pid === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pid = await Deno.readTextFile(pidFile).then((text) => Number(text), () => null);
    }
    child.kill("SIGINT");
    const { code, stderr } = await child.output();
    assertEquals(code, 130);
    assertEquals(
      new TextDecoder().decode(stderr).trimEnd(),
      `report: ajo keskeytettiin ennen raportin kirjoittamista: kansiossa ${out} oleva aiempi raportti on ennallaan, ` +
        "eikä keskeneräistä raporttia jäänyt.",
    );
  } finally {
    if (pid !== null) Deno.kill(pid, "SIGKILL");
  }
  await Deno.remove(python);
  await Deno.remove(pidFile);
  assertEquals(await contents(root), before, "the earlier report and the corpus as they were");
});

Deno.test("an interrupt as the new report is swapped in says what is there: the new report whole, or nothing", async () => {
  // The signal comes before the swap begins (the unfinished report removed), or during or after it (the swap done
  // first): never a half-swapped folder, and the line says which.
  for (let run = 0; run < 6; run++) {
    const root = await tempDir("esf-report-interrupt-");
    const script = fileURLToPath(new URL("../../testing/interrupt_at_swap.ts", import.meta.url));
    const { code, stdout } = await runScript(script, [`${root}/raportti`]);
    const left = JSON.parse(stdout.trim()).left;
    assertEquals(code, 130);
    assertEquals(
      await contents(root),
      left === "written" ? { "raportti/index.html": "<p>uusi</p>\n" } : {},
      `${left}: nothing beside it`,
    );
    assertEquals(["written", "removed"].includes(left), true, left);
  }
});
