import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { diagnostic } from "../diagnostics.ts";
import type { CorpusFile } from "../schema.ts";
import { manifestInputs } from "./manifest_inputs.ts";
import { methodContent, unreadFiles } from "./method.ts";
import type { ReportInput } from "./report_content.ts";

const FILE: CorpusFile = {
  file: "a.txt",
  bytes: 0,
  sha256: null,
  encoding: null,
  outcome: "error",
  project_code: null,
  kept_file: null,
  first_line: null,
};

function input(lang: "fi" | "en"): ReportInput {
  return {
    lang,
    generatedAt: new Date(0),
    corpus: "in",
    files: [FILE],
    projects: [],
    overall: {},
    ended: {},
    byPeriod: [],
    charts: [],
    diagnostics: [
      diagnostic("empty_file", { file: "a.txt" }),
      diagnostic("skipped_file", { file: "kuva.png" }),
      diagnostic("broken_link", { file: "rikki.txt" }),
    ],
    suspicious: [],
    downloads: [],
  };
}

Deno.test("the method names every file left out: a link to nothing among them, not only the files read", () => {
  for (const lang of ["fi", "en"] as const) {
    const method = methodContent(input(lang));
    assertEquals(method.excludedFiles?.rows.map((row) => row[0]), ["a.txt", "kuva.png", "rikki.txt"], lang);
    assert(method.excluded.startsWith("3 "), method.excluded);
    assert(method.corpus.includes(lang === "fi" ? "lisäksi 2 tiedostoa" : "2 files more"), method.corpus);
  }
  assertEquals(unreadFiles(input("en").files, input("en").diagnostics).map((d) => [d.file, d.code]), [
    ["kuva.png", "skipped_file"],
    ["rikki.txt", "unreadable_file"],
  ]);
});

Deno.test("the manifest lists every file of the folder: those never read too, with their size", async () => {
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir}/kuva.png`, "12345");
    await Deno.symlink(`${dir}/nowhere`, `${dir}/rikki.txt`);
    const { files, diagnostics } = input("fi");
    assertEquals(await manifestInputs(files, diagnostics, dir), [
      { file: "a.txt", sha256: null, bytes: 0, outcome: "error", project_code: null },
      { file: "kuva.png", sha256: null, bytes: 5, outcome: "skipped", project_code: null },
      { file: "rikki.txt", sha256: null, bytes: 0, outcome: "error", project_code: null },
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
