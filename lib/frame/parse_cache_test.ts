import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { loadCorpusFrames } from "./load_frames.ts";
import { reusedResolutions } from "./assemble_frames.ts";
import { writeGeneratedCorpus } from "../../dev/generate.ts";
import { assertEquals } from "../../testing/assert.ts";
import { ageFiles, cacheFiles, loadChecked } from "../../testing/parse_cache_loads.ts";
import { fileURLToPath } from "node:url";

/** The names of the projects with the code. */
const namesOf = (frames: { projects: pl.DataFrame }, code: string) =>
  frames.projects.filter(pl.col("project_code").eq(pl.lit(code))).getColumn("name").toArray();

/** Runs the test on a damaged generated corpus in a folder of its own, the cache folder beside it; removes both. */
async function withCorpus(
  documents: number,
  seed: number,
  test: (corpus: string, cache: string) => Promise<void>,
): Promise<void> {
  const dir = await tempDir("esf-parse-cache-");
  try {
    await writeGeneratedCorpus(`${dir}/corpus`, documents, seed, { damaged: true });
    await test(`${dir}/corpus`, `${dir}/cache`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("the parse cache parses only new and changed files, and never gives a stale row", async () => {
  await withCorpus(40, 5, async (corpus, cache) => {
    ageFiles(corpus);
    const names = [...Deno.readDirSync(corpus)].map((entry) => entry.name).sort();
    const total = names.length;
    const cold = await loadChecked(corpus, { cache });
    assertEquals([cold.parsed, cold.cached], [total, 0]);
    const warm = await loadChecked(corpus, { cache });
    assertEquals([warm.parsed, warm.cached], [0, total]);
    assertEquals([...Deno.readDirSync(corpus)].length, total, "nothing is written into the corpus");

    // One document added: only it is parsed.
    await Deno.copyFile("data/documents/000_0083efce40fb50fc.txt", `${corpus}/added.txt`);
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, added.cached], [1, total]);
    assertEquals(namesOf(added.frames, "S11547").length, 1);

    // One document changed (another size): it is parsed again and its new figure read.
    const changed = `${corpus}/${names[0]}`;
    const text = await Deno.readTextFile(changed);
    const code = /^(?:Projektikoodi|Hankekoodi): (\S+)/m.exec(text)![1]!;
    await Deno.writeTextFile(changed, text.replace(/^((?:Projektin|Hankkeen) nimi:).*$/m, "$1 Uusi nimi"));
    const edited = await loadChecked(corpus, { cache });
    assertEquals([edited.parsed, edited.cached], [1, total]);
    assertEquals(namesOf(edited.frames, code), ["Uusi nimi"]);

    // Changed again within the same second, same size, its time put back: its content is compared.
    const before = Deno.statSync(changed).mtime!;
    await Deno.writeTextFile(changed, (await Deno.readTextFile(changed)).replace("Uusi nimi", "Vanha nim"));
    await Deno.utime(changed, before, before);
    const racy = await loadChecked(corpus, { cache });
    assertEquals(namesOf(racy.frames, code), ["Vanha nim"]);

    // One removed: its rows go.
    await Deno.remove(`${corpus}/added.txt`);
    const removed = await loadChecked(corpus, { cache });
    assertEquals([removed.parsed, removed.cached], [0, total]);

    // Named relative to another root: parsed again under its new names.
    const rooted = await loadChecked(corpus, { cache, root: corpus });
    assertEquals([rooted.parsed, rooted.cached], [total, 0]);

    // A changed parser: everything parsed again.
    const bumped = await loadChecked(corpus, { cache: { folder: cache, version: "next" }, root: corpus });
    assertEquals([bumped.parsed, bumped.cached], [total, 0]);
    const again = await loadChecked(corpus, { cache: { folder: cache, version: "next" }, root: corpus });
    assertEquals([again.parsed, again.cached], [0, total]);
  });
});

/** The files of the corpus read while the function runs (Deno.readFile watched, then put back). */
async function filesRead<T>(corpus: string, run: () => Promise<T>): Promise<{ result: T; read: number }> {
  const readFile = Deno.readFile;
  let read = 0;
  Deno.readFile = (path, options) => {
    if (String(path).startsWith(corpus)) read++;
    return readFile(path, options);
  };
  try {
    return { result: await run(), read };
  } finally {
    Deno.readFile = readFile;
  }
}

Deno.test("files cached within two seconds of a change are compared by content until they are older, then no more", async () => {
  await withCorpus(12, 4, async (corpus, cache) => {
    const total = [...Deno.readDirSync(corpus)].length;
    const written = Math.max(
      ...[...Deno.readDirSync(corpus)].map((e) => Deno.statSync(`${corpus}/${e.name}`).mtime!.getTime()),
    );
    // Cached at once after the files were written (a folder copied, then the report run): each could change unseen.
    await loadChecked(corpus, { cache });
    const early = await filesRead(corpus, () => loadCorpusFrames([corpus], { workers: 0, cache }));
    assertEquals([early.result.cached, early.read], [total, total], "each is compared by its content");
    // Once the files are older than two seconds, one more comparison; from then on the stamps suffice.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, written + 2_100 - Date.now())));
    const compared = await filesRead(corpus, () => loadCorpusFrames([corpus], { workers: 0, cache }));
    assertEquals([compared.result.cached, compared.read], [total, total]);
    const later = await filesRead(corpus, () => loadCorpusFrames([corpus], { workers: 0, cache }));
    assertEquals([later.result.cached, later.read], [total, 0], "no file read again");
    await loadChecked(corpus, { cache });
    // A file changed since, same size, its times put back but for its change time: parsed anew.
    const [name] = [...Deno.readDirSync(corpus)].map((e) => e.name).sort();
    const text = await Deno.readTextFile(`${corpus}/${name}`);
    const code = /^(?:Projektikoodi|Hankekoodi): (\S+)/m.exec(text)![1]!;
    const before = Deno.statSync(`${corpus}/${name}`).mtime!;
    await Deno.writeTextFile(`${corpus}/${name}`, text.replace(/^((?:Projektin|Hankkeen) nimi:).*$/m, "$1 Uusi nimi"));
    await Deno.utime(`${corpus}/${name}`, before, before);
    const changed = await loadChecked(corpus, { cache });
    assertEquals([changed.parsed, namesOf(changed.frames, code)], [1, ["Uusi nimi"]]);
  });
});

Deno.test("the parse cache keeps a duplicate's rows: when the kept copy goes, the other is taken from the cache", async () => {
  await withCorpus(20, 3, async (corpus, cache) => {
    const names = [...Deno.readDirSync(corpus)].map((entry) => entry.name).sort();
    const text = await Deno.readTextFile(`${corpus}/${names[2]}`);
    const code = /^(?:Projektikoodi|Hankekoodi): (\S+)/m.exec(text)![1]!;
    // A later copy that differs in its name: the first one is kept, the copy set aside.
    await Deno.writeTextFile(`${corpus}/zz-copy.txt`, text.replace(/^((?:Projektin|Hankkeen) nimi:).*$/m, "$1 Kopio"));
    ageFiles(corpus);
    const total = names.length + 1;
    const cold = await loadChecked(corpus, { cache });
    assertEquals(
      cold.files.filter((f) => f.outcome === "duplicate").map((f) => f.file).includes(`${corpus}/zz-copy.txt`),
      true,
    );
    const warm = await loadChecked(corpus, { cache });
    assertEquals([warm.parsed, warm.cached], [0, total]);
    await Deno.remove(`${corpus}/${names[2]}`);
    const moved = await loadChecked(corpus, { cache });
    assertEquals([moved.parsed, moved.cached], [0, total - 1]);
    assertEquals(namesOf(moved.frames, code), ["Kopio"]);
    await Deno.copyFile("data/documents/000_0083efce40fb50fc.txt", `${corpus}/added.txt`);
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, added.cached], [1, total - 1]);
    assertEquals(namesOf(added.frames, "S11547").length, 1);
  });
});

Deno.test("the parse cache keeps a corpus with and without the long texts apart: each right, neither undoes the other", async () => {
  await withCorpus(20, 6, async (corpus, cache) => {
    ageFiles(corpus);
    const total = [...Deno.readDirSync(corpus)].length;
    const whole = await loadChecked(corpus, { cache });
    const lean = await loadChecked(corpus, { cache, texts: false });
    assertEquals([whole.parsed, lean.parsed], [total, total], "the lean run does not take the whole run's rows");
    assertEquals(lean.frames.projects.columns.includes("summary"), false);
    const [wholeAgain, leanAgain] = [
      await loadChecked(corpus, { cache }),
      await loadChecked(corpus, { cache, texts: false }),
    ];
    assertEquals([wholeAgain.cached, leanAgain.cached], [total, total]);
    assertEquals(wholeAgain.frames.projects.columns.includes("summary"), true);
  });
});

Deno.test("a damaged parse cache is never trusted: a lost table, a cut segment or a broken index means a parse anew", async () => {
  await withCorpus(12, 7, async (corpus, cache) => {
    ageFiles(corpus);
    const total = [...Deno.readDirSync(corpus)].length;
    const damages: [string, () => Promise<void>][] = [
      ["a table file lost", () => Deno.remove(cacheFiles(cache, /\.provenance\.parquet$/)[0]!)],
      ["a table file cut short", async () => {
        const [table] = cacheFiles(cache, /\.projects\.parquet$/);
        await Deno.truncate(table!, Math.floor(Deno.statSync(table!).size / 2));
      }],
      ["a segment cut short", () => Deno.truncate(cacheFiles(cache, /\/[0-9a-f]{16}\.json$/)[0]!, 10)],
      ["the index broken", () => Deno.writeTextFile(cacheFiles(cache, /\/index\.json$/)[0]!, "{ not json")],
    ];
    for (const [damage, make] of damages) {
      await loadChecked(corpus, { cache });
      const warm = await loadChecked(corpus, { cache });
      assertEquals([warm.parsed, warm.cached], [0, total], `${damage}: the cache is whole before`);
      await make();
      const after = await loadChecked(corpus, { cache });
      assertEquals([after.parsed, after.cached], [total, 0], damage);
    }
  });
});

Deno.test("a cache written anew removes the files of the one it replaces, also of another parser, and nothing else", async () => {
  await withCorpus(8, 9, async (corpus, cache) => {
    ageFiles(corpus);
    await loadChecked(corpus, { cache: { folder: cache, version: "one" } });
    const [key] = [...Deno.readDirSync(cache)].map((entry) => `${cache}/${entry.name}`);
    await Deno.writeTextFile(`${key}/notes.txt`, "the user's own file");
    // A table as an earlier version wrote it (Arrow IPC): removed with its segment too.
    const [table] = [...Deno.readDirSync(key!)].filter((entry) => entry.name.endsWith(".areas.parquet"));
    await Deno.rename(`${key}/${table!.name}`, `${key}/${table!.name.replace(/parquet$/, "ipc")}`);
    const files = () => [...Deno.readDirSync(key!)].map((entry) => entry.name).sort();
    const first = files();
    await loadChecked(corpus, { cache: { folder: cache, version: "two" } });
    const second = files();
    assertEquals(second.length, first.length, `${second}`);
    assertEquals(second.filter((name) => first.includes(name)), ["index.json", "notes.txt"]);
  });
});

Deno.test("a run killed while restamping leaves a file aside that the next full write removes", async () => {
  await withCorpus(6, 3, async (corpus, cache) => {
    await loadCorpusFrames([corpus], { workers: 0, cache }); // cached at once after the files were written: racy
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // A run that dies at the restamp's rename (the process ends there, as on a kill or a power cut).
    const child = `
      import { loadCorpusFrames } from ${JSON.stringify(new URL("./load_frames.ts", import.meta.url).href)};
      const rename = Deno.rename;
      Deno.rename = (from, to) => /\\.json\\.[0-9a-f-]{36}$/.test(String(from)) ? Deno.exit(9) : rename(from, to);
      await loadCorpusFrames([${JSON.stringify(corpus)}], { workers: 0, cache: ${JSON.stringify(cache)} });`;
    const script = `${cache}/../child.ts`;
    await Deno.writeTextFile(script, child);
    const { code, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-q", "-A", "--config", fileURLToPath(new URL("../../deno.json", import.meta.url)), script],
    }).output();
    assertEquals(code, 9, "the child died at the rename: " + new TextDecoder().decode(stderr));
    const aside = /\.json\.[0-9a-f-]{36}$/;
    assertEquals(cacheFiles(cache, aside).length, 1);
    // A document changed: the cache is written anew, and the files of the one it replaces go, the aside one too.
    const [name] = [...Deno.readDirSync(corpus)].map((e) => e.name).sort();
    await Deno.writeTextFile(`${corpus}/${name}`, "\n", { append: true });
    assertEquals((await loadChecked(corpus, { cache })).parsed, 1);
    assertEquals(cacheFiles(cache, aside), []);
  });
});

Deno.test("a restamp that meets another run's full write brings back no segment that index does not name", async () => {
  await withCorpus(6, 3, async (corpus, cache) => {
    await loadCorpusFrames([corpus], { workers: 0, cache }); // racy
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // Run A compares the racy files; while it reads the first, run B (another parser) writes the cache anew.
    const readFile = Deno.readFile;
    let other: Promise<unknown> | null = null;
    Deno.readFile = async (path, options) => {
      if (other === null && String(path).startsWith(corpus)) {
        Deno.readFile = readFile;
        other = loadCorpusFrames([corpus], { workers: 0, cache: { folder: cache, version: "b" } });
        await other;
      }
      return readFile(path, options);
    };
    try {
      await loadCorpusFrames([corpus], { workers: 0, cache });
    } finally {
      Deno.readFile = readFile;
    }
    const [key] = [...Deno.readDirSync(cache)].filter((e) => e.isDirectory);
    const index = JSON.parse(Deno.readTextFileSync(`${cache}/${key!.name}/index.json`)) as { segments: string[] };
    const orphans = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/)
      .filter((path) => !index.segments.includes(path.slice(path.lastIndexOf("/") + 1, -".json".length)));
    assertEquals(orphans, []);
  });
});

Deno.test("a re-run takes the cached resolution of duplicates when no other file shares a code with it, and gives what resolving all gives", async () => {
  await withCorpus(30, 7, async (corpus, cache) => {
    const names = [...Deno.readDirSync(corpus)].map((entry) => entry.name).sort();
    const code = /^(?:Projektikoodi|Hankekoodi): (S\d{5})$/m;
    const source = names.map((name) => Deno.readTextFileSync(`${corpus}/${name}`)).find((text) => code.test(text))!;
    const withCode = (value: string, name = "Nimi") =>
      source.replace(code, (line, old) => line.replace(old, value))
        .replace(/^((?:Projektin|Hankkeen) nimi:).*$/m, `$1 ${name}`);
    // A copy of a document of the corpus (another name): the corpus keeps the first file by name.
    await Deno.writeTextFile(`${corpus}/${names[3]!.replace(/\.\w+$/, "-copy.txt")}`, withCode(code.exec(source)![1]!));
    ageFiles(corpus);
    const reused = () => reusedResolutions.count;
    const cold = await loadChecked(corpus, { cache });
    assertEquals(cold.files.some((file) => file.outcome === "duplicate"), true);
    assertEquals(cacheFiles(cache, /\.files\.parquet$/).length, 1, "the full write keeps its files' frame");
    const count = reused();

    const unchanged = await loadChecked(corpus, { cache });
    assertEquals([unchanged.parsed, reused()], [0, count + 1]);

    // Files added before, among and after the others by name and by code: one without a code, one of two
    // documents, two copies of one new code, one with no document in it.
    await Deno.writeTextFile(`${corpus}/000-first.txt`, withCode("S00001"));
    await Deno.writeTextFile(`${corpus}/${names[5]!.replace(/\.\w+$/, "-mid.txt")}`, withCode("S15555"));
    await Deno.writeTextFile(`${corpus}/zzz-two.txt`, withCode("S99998") + "\n" + withCode("S99999"));
    await Deno.writeTextFile(`${corpus}/mmm-nocode.txt`, source.replace(code, ""));
    await Deno.writeTextFile(`${corpus}/new-a.txt`, withCode("S17777", "Uusi A"));
    await Deno.writeTextFile(`${corpus}/new-b.txt`, withCode("S17777", "Uusi B"));
    await Deno.writeTextFile(`${corpus}/broken.txt`, "Tämä ei ole hankkeen kuvaus.\n");
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, reused()], [7, count + 2]);
    const fileOf = (name: string) => added.files.filter((file) => file.file.endsWith(name));
    assertEquals(fileOf("mmm-nocode.txt").map((file) => [file.project_code, file.outcome]), [[null, "project"]]);
    assertEquals(fileOf("zzz-two.txt").map((file) => file.project_code), ["S99998", "S99999"]);
    assertEquals(fileOf("new-b.txt").map((file) => [file.outcome, file.kept_file]), [[
      "duplicate",
      `${corpus}/new-a.txt`,
    ]]);
    assertEquals(fileOf("broken.txt").map((file) => file.outcome), ["error"]);
    assertEquals(
      added.frames.projects.getColumn("project_code").toArray().slice(0, 2),
      ["S00001", ...cold.frames.projects.getColumn("project_code").toArray().slice(0, 1)],
    );

    // The next run: the whole write and the files appended to it, each resolved as it was.
    const again = await loadChecked(corpus, { cache });
    assertEquals([again.parsed, reused()], [0, count + 3]);

    // A file sharing a code with the whole write: every file resolved anew (the new copy may be the one kept).
    await Deno.writeTextFile(`${corpus}/0-copy-first.txt`, withCode(code.exec(source)![1]!, "Ensin"));
    const shared = await loadChecked(corpus, { cache });
    assertEquals([shared.parsed, reused()], [1, count + 3]);
  });
});

Deno.test("the parse cache is the user's alone: its folders owner-only, as it holds contacts and whole texts", async () => {
  await withCorpus(6, 7, async (corpus, cache) => {
    await loadCorpusFrames([corpus], { root: corpus, cache });
    const mode = (path: string) => Deno.statSync(path).mode! & 0o777;
    const [own] = [...Deno.readDirSync(cache)].map((entry) => `${cache}/${entry.name}`);
    assertEquals([mode(cache), mode(own!)], [0o700, 0o700]);
    // A folder of an older run, readable by others, is closed at the next write.
    Deno.chmodSync(own!, 0o755);
    await Deno.writeTextFile(`${corpus}/new.txt`, "\n");
    await loadCorpusFrames([corpus], { root: corpus, cache });
    assertEquals(mode(own!), 0o700);
  });
});
