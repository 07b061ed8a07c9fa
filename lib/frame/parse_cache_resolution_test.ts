/**
 * Review 5 of the parse cache's reused duplicate resolution (commit 16ae460): each test loads a corpus with the
 * cache and checks it against a load without one (`loadChecked`: every frame, diagnostic and files row), and says
 * whether the reuse path ran (`reusedResolutions.count`). Two showed breaks, fixed since (lists appended item by
 * item; a segment's duplicates checked): the others are risky cases checked and found right (the review's tests of
 * 130,000 duplicates are in `lib/corpus/duplicates_test.ts`).
 */
import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { loadCorpusFrames } from "./load_frames.ts";
import { reusedResolutions } from "./assemble_frames.ts";
import { framesDifferences } from "../../testing/reference_frames.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { ageFiles, cacheFiles, loadChecked } from "../../testing/parse_cache_loads.ts";

/** Runs the test in an empty corpus folder of its own, the cache folder beside it; removes both. */
async function withFolder(test: (corpus: string, cache: string) => Promise<void>): Promise<void> {
  const dir = await tempDir("esf-review5-cache-");
  try {
    await Deno.mkdir(`${dir}/corpus`);
    await test(`${dir}/corpus`, `${dir}/cache`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const SOURCE = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
const CODE = /^(?:Projektikoodi|Hankekoodi): (S\d{5})$/m;
const NAME = /^((?:Projektin|Hankkeen) nimi:).*$/m;

/** The shipped document with another code and name; `null`: without its code line (a document with no code). */
const doc = (code: string | null, name = `Nimi ${code}`) =>
  (code === null ? SOURCE.replace(CODE, "") : SOURCE.replace(CODE, (line, old) => line.replace(old, code)))
    .replace(NAME, `$1 ${name}`);

const reused = () => reusedResolutions.count;

/** The message key a diagnostic was made with (`duplicate_other_form`, …). */
const keyOf = (d: unknown) => (d as { key?: string }).key;

/** The files rows as [file name without folder, project code, outcome, kept file name without folder]. */
const rowsOf = (files: { file: string; project_code: string | null; outcome: string; kept_file: string | null }[]) =>
  files.map((f) => [
    f.file.slice(f.file.lastIndexOf("/") + 1),
    f.project_code,
    f.outcome,
    f.kept_file && f.kept_file.slice(f.kept_file.lastIndexOf("/") + 1),
  ]);

// ---------------------------------------------------------------------------------------------------------------
// Found by the review, fixed: the merge spread every diagnostic of the files resolved here into one call.
// ---------------------------------------------------------------------------------------------------------------

Deno.test("a re-run that adds files with 140,000 diagnostics gives them, as a load without the cache does", async () => {
  // What was wrong: `withResolution` gathered the diagnostics with `diagnostics.push(...base.resolution.duplicates,
  // ...rest.diagnostics)` (and `push(...file.diagnostics)` per cached file). A call takes at most ~125,000
  // arguments in V8; beyond that it throws "RangeError: Maximum call stack size exceeded". Every diagnostic of the
  // files added since the last full write is in `rest.diagnostics`, so a re-run after adding a few thousand poor
  // exports (here 6,000 documents of ~23 diagnostics each, in 60 files) throws where the load without a cache, and
  // the same cached load before 16ae460, gave 144,000 diagnostics. Why it matters: `parse --cache` and the report
  // with a cache die with a stack overflow, and keep dying on every re-run until the cache folder is removed
  // (the next full write only comes when a cached file changes or eight appends are reached).
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10001"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache }); // the full write: one file
    for (let f = 0; f < 60; f++) {
      let text = "";
      for (let i = 0; i < 100; i++) {
        const code = `S${20000 + f * 100 + i}`;
        text +=
          `Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus\n\n1. Projekti\n\nProjektikoodi: ${code}\n\n` +
          `2. Projektin toteuttaja\n\nToteuttajaorganisaation nimi: X\n\n`;
      }
      await Deno.writeTextFile(`${corpus}/b${String(f).padStart(2, "0")}.txt`, text);
    }
    ageFiles(corpus);
    const before = reused();
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, added.files.length, reused()], [60, 6_001, before + 1]);
    assert(added.diagnostics.length > 140_000, `${added.diagnostics.length} diagnostics`);
  });
});

Deno.test("documents without a code, interleaved by name with cached ones and in files of several documents, keep the order resolving all gives", async () => {
  await withFolder(async (corpus, cache) => {
    // The full write: coded, codeless, a file of two documents (coded, then codeless), a duplicate within a file.
    await Deno.writeTextFile(`${corpus}/b.txt`, doc("S10005"));
    await Deno.writeTextFile(`${corpus}/d-nocode.txt`, doc(null, "Ilman koodia D"));
    await Deno.writeTextFile(`${corpus}/f-two.txt`, doc("S10003") + "\n" + doc(null, "Ilman koodia F"));
    await Deno.writeTextFile(`${corpus}/h-self.txt`, doc("S10007") + "\n" + doc("S10007", "Toinen kappale"));
    await Deno.writeTextFile(`${corpus}/j-copy.txt`, doc("S10005", "Kopio B"));
    await Deno.writeTextFile(`${corpus}/k-broken.txt`, "Tämä ei ole hankkeen kuvaus.\n");
    ageFiles(corpus);
    const cold = await loadChecked(corpus, { cache });
    assertEquals(rowsOf(cold.files), [
      ["b.txt", "S10005", "project", null],
      ["d-nocode.txt", null, "project", null],
      ["f-two.txt", "S10003", "project", null],
      ["f-two.txt", null, "project", null],
      ["h-self.txt", "S10007", "project", null],
      ["h-self.txt", "S10007", "duplicate", "h-self.txt"],
      ["j-copy.txt", "S10005", "duplicate", "b.txt"],
      ["k-broken.txt", null, "error", null],
    ]);
    const before = reused();
    // Added before, between and after the cached files by name; codes before, between and after theirs.
    await Deno.writeTextFile(`${corpus}/a-nocode.txt`, doc(null, "Ilman koodia A"));
    await Deno.writeTextFile(`${corpus}/c-two.txt`, doc("S10004") + "\n" + doc(null, "Ilman koodia C"));
    await Deno.writeTextFile(`${corpus}/e.txt`, doc("S10001"));
    await Deno.writeTextFile(`${corpus}/g-nocode.txt`, doc(null, "Ilman koodia G"));
    await Deno.writeTextFile(`${corpus}/i-self.txt`, doc("S10009") + "\n" + doc("S10009", "Toinen I"));
    await Deno.writeTextFile(`${corpus}/kk-copy.txt`, doc("S10004", "Kopio C"));
    await Deno.writeTextFile(`${corpus}/z-nocode.txt`, doc(null, "Ilman koodia Z"));
    ageFiles(corpus);
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, reused()], [7, before + 1]);
    assertEquals(added.frames.projects.getColumn("name").toArray(), [
      "Nimi S10001",
      "Nimi S10003",
      "Nimi S10004",
      "Nimi S10005",
      "Nimi S10007",
      "Nimi S10009",
      "Ilman koodia A",
      "Ilman koodia C",
      "Ilman koodia D",
      "Ilman koodia F",
      "Ilman koodia G",
      "Ilman koodia Z",
    ]);
    // And again: the appended segment and the full write, each as it was.
    const again = await loadChecked(corpus, { cache });
    assertEquals([again.parsed, reused()], [0, before + 2]);
  });
});

Deno.test("saved pages and prints: duplicates across forms in the cached write and among new files are resolved as all at once", async () => {
  await withFolder(async (corpus, cache) => {
    const fixture = (name: string) => new URL(`../../testing/fixtures/forms/${name}`, import.meta.url);
    const shipped = (name: string) => new URL(`../../data/documents/${name}`, import.meta.url);
    await Deno.copyFile(shipped("000_0083efce40fb50fc.txt"), `${corpus}/000.txt`);
    await Deno.copyFile(fixture("000_0083efce40fb50fc.html"), `${corpus}/000.html`);
    await Deno.copyFile(fixture("000_0083efce40fb50fc.pdf"), `${corpus}/000.pdf`);
    await Deno.copyFile(fixture("002_9a75f02c10db9dc6.pdf"), `${corpus}/002.pdf`);
    ageFiles(corpus);
    const cold = await loadChecked(corpus, { cache });
    assertEquals(
      cold.diagnostics.filter((d) => keyOf(d) === "duplicate_other_form").map((d) => d.file.slice(-8)),
      ["000.html", "/000.pdf"],
    );
    const before = reused();
    // New: the same project as a page and a print (a duplicate across forms among the new), and a text.
    await Deno.copyFile(fixture("004_b5ee5d749125fe7f.pdf"), `${corpus}/004.pdf`);
    await Deno.copyFile(fixture("004_b5ee5d749125fe7f.html"), `${corpus}/004.html`);
    await Deno.copyFile(shipped("003_26d83fee4ba57d94.txt"), `${corpus}/003.txt`);
    ageFiles(corpus);
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, reused()], [3, before + 1]);
    // The print is kept: the page links its site's sheet, not saved with it (a warning), the print has none.
    assertEquals(rowsOf(added.files).filter(([file]) => String(file).startsWith("004")), [
      ["004.html", "S21941", "duplicate", "004.pdf"],
      ["004.pdf", "S21941", "project", null],
    ]);
    assertEquals(
      added.diagnostics.filter((d) => keyOf(d) === "duplicate_other_form").map((d) => d.file.slice(-8)),
      ["000.html", "/000.pdf", "004.html"],
    );
    // A page of a cached project: resolved anew (the page may be kept before the print).
    await Deno.copyFile(fixture("002_9a75f02c10db9dc6.html"), `${corpus}/002.html`);
    ageFiles(corpus);
    const shared = await loadChecked(corpus, { cache });
    assertEquals([shared.parsed, reused()], [1, before + 1]);
    assertEquals(
      rowsOf(shared.files).filter(([file]) => String(file).startsWith("002")).map(([, , outcome]) => outcome).sort(),
      ["duplicate", "project"],
    );
  });
});

Deno.test("without the long texts: duplicates that differ only in a long text are said to differ, cached or new", async () => {
  await withFolder(async (corpus, cache) => {
    const summary = /^(5\. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n)/m;
    const withSummary = (text: string, words: string) => {
      assert(summary.test(text));
      return text.replace(summary, `$1${words} `);
    };
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10001"));
    await Deno.writeTextFile(`${corpus}/b.txt`, withSummary(doc("S10001"), "Toinen tiivistelmä."));
    ageFiles(corpus);
    const cold = await loadChecked(corpus, { cache, texts: false });
    const differs = (run: typeof cold) => run.diagnostics.filter((d) => keyOf(d)?.startsWith("duplicate_"));
    assertEquals(differs(cold).map(keyOf), ["duplicate_differs"]);
    const before = reused();
    await Deno.writeTextFile(`${corpus}/c.txt`, doc("S10002"));
    await Deno.writeTextFile(`${corpus}/d.txt`, withSummary(doc("S10002"), "Kolmas tiivistelmä."));
    ageFiles(corpus);
    const added = await loadChecked(corpus, { cache, texts: false });
    assertEquals([added.parsed, reused()], [2, before + 1]);
    assertEquals(differs(added).map((d) => [keyOf(d), d.file.slice(-5)]), [
      ["duplicate_differs", "b.txt"],
      ["duplicate_differs", "d.txt"],
    ]);
    assertEquals(added.frames.projects.columns.includes("summary"), false);
  });
});

Deno.test("a cached file renamed, or made unreadable, means every file resolved anew, as all at once", async () => {
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10001"));
    await Deno.writeTextFile(`${corpus}/b.txt`, doc("S10001", "Kopio"));
    await Deno.writeTextFile(`${corpus}/c.txt`, doc("S10002"));
    await Deno.writeTextFile(`${corpus}/d.txt`, doc("S10003"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache });
    const before = reused();
    // The kept copy renamed after its duplicate: the other copy is kept now.
    await Deno.rename(`${corpus}/a.txt`, `${corpus}/z.txt`);
    const renamed = await loadChecked(corpus, { cache });
    assertEquals([renamed.parsed, reused()], [1, before]);
    assertEquals(rowsOf(renamed.files).find(([file]) => file === "z.txt"), ["z.txt", "S10001", "duplicate", "b.txt"]);
    // Next run: a whole write again, reused.
    await Deno.writeTextFile(`${corpus}/e.txt`, doc("S10004"));
    ageFiles(corpus);
    assertEquals([(await loadChecked(corpus, { cache })).parsed, reused()], [1, before + 1]);
    // A cached file replaced by a FIFO (never opened) and another by binary bytes: both diagnosed, none lost.
    await Deno.remove(`${corpus}/c.txt`);
    const made = await new Deno.Command("mkfifo", { args: [`${corpus}/c.txt`] }).output();
    assertEquals(made.code, 0);
    await Deno.writeFile(`${corpus}/d.txt`, new Uint8Array([0, 1, 2, 0, 0, 0]));
    const broken = await loadChecked(corpus, { cache });
    assertEquals(broken.parsed, 1);
    assertEquals(rowsOf(broken.files).find(([file]) => file === "d.txt"), ["d.txt", null, "error", null]);
    assert(broken.diagnostics.some((d) => d.file.endsWith("c.txt")), "the FIFO named");
    assertEquals((await loadChecked(corpus, { cache })).parsed, 1, "the binary file, never cached, read again");
    // Known limit, not a wrong figure: while a file that cannot be cached is in the corpus, every run writes the
    // cache whole and resolves every file (no append, no reuse of the resolution).
    const stuck = reused();
    await Deno.writeTextFile(`${corpus}/f.txt`, doc("S10005"));
    ageFiles(corpus);
    assertEquals([(await loadChecked(corpus, { cache })).parsed, reused()], [2, stuck]);
  });
});

Deno.test("appends up to MAX_SEGMENTS, then a full write: each run as resolving all, the resolution reused across appends", async () => {
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/m.txt`, doc("S10050"));
    await Deno.writeTextFile(`${corpus}/n.txt`, doc("S10050", "Kopio"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache });
    const before = reused();
    const segments = () => cacheFiles(cache, /\/[0-9a-f]{16}\.json$/).length;
    for (let run = 1; run <= 9; run++) {
      // Each run adds a file before and after the cached ones by name, by code, and a copy among the new.
      await Deno.writeTextFile(`${corpus}/a${run}.txt`, doc(`S1000${run}`));
      await Deno.writeTextFile(`${corpus}/z${run}.txt`, doc(`S1009${run}`));
      await Deno.writeTextFile(`${corpus}/y${run}.txt`, doc(`S1000${run}`, "Kopio"));
      ageFiles(corpus);
      const loaded = await loadChecked(corpus, { cache });
      assertEquals(loaded.parsed, 3, `run ${run}`);
      // Runs 1-7 append to the full write (8 segments), run 8 writes all anew, run 9 appends to that.
      assertEquals(
        [segments(), reused()],
        run <= 7 ? [run + 1, before + run] : run === 8 ? [1, before + 7] : [
          2,
          before + 8,
        ],
        `run ${run}`,
      );
    }
  });
});

Deno.test("restamped segments keep their resolution: a corpus cached at once, restamped, then reused", async () => {
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10001"));
    await Deno.writeTextFile(`${corpus}/b.txt`, doc("S10001", "Kopio"));
    await Deno.writeTextFile(`${corpus}/c.txt`, doc(null, "Ilman koodia"));
    await loadChecked(corpus, { cache }); // cached at once: racy
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const [segment] = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/);
    const stamped = () =>
      JSON.parse(Deno.readTextFileSync(segment!)).entries.map((e: { stampedAt: number }) => e.stampedAt);
    const first = stamped();
    const before = reused();
    assertEquals((await loadChecked(corpus, { cache })).parsed, 0);
    assert(stamped().every((at: number, i: number) => at > first[i]), "restamped");
    assertEquals(JSON.parse(Deno.readTextFileSync(segment!)).duplicates.length, 1, "the resolution kept");
    await Deno.writeTextFile(`${corpus}/d.txt`, doc("S10002"));
    const hourAgo = new Date(Date.now() - 3_600_000);
    Deno.utimeSync(`${corpus}/d.txt`, hourAgo, hourAgo); // only the new file: the others' stamps stay
    const added = await loadChecked(corpus, { cache });
    assertEquals([added.parsed, reused()], [1, before + 2]);
  });
});

Deno.test("a segment in the old format (an array of entries), cut short, or with duplicates that are no list: parsed anew", async () => {
  // The last was found by the review: `duplicates` was taken as it was, and an object made every later run throw
  // ("is not iterable") until the cache folder was removed; a string would have added its characters as diagnostics.
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10001"));
    await Deno.writeTextFile(`${corpus}/b.txt`, doc("S10001", "Kopio"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache });
    const [segment] = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/);
    Deno.writeTextFileSync(segment!, JSON.stringify(JSON.parse(Deno.readTextFileSync(segment!)).entries));
    const old = await loadChecked(corpus, { cache });
    assertEquals([old.parsed, old.cached], [2, 0]);
    const [again] = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/);
    const text = Deno.readTextFileSync(again!);
    Deno.writeTextFileSync(again!, text.slice(0, text.indexOf('"duplicates"') + 5));
    const cut = await loadChecked(corpus, { cache });
    assertEquals([cut.parsed, cut.cached], [2, 0]);
    const [third] = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/);
    const written = JSON.parse(Deno.readTextFileSync(third!));
    assertEquals(written.duplicates.length, 1, "the full write kept the duplicate's diagnostic");
    for (const duplicates of [{ 0: written.duplicates[0] }, "dup"]) {
      const [segment] = cacheFiles(cache, /\/[0-9a-f]{16}\.json$/);
      Deno.writeTextFileSync(segment!, JSON.stringify({ ...written, duplicates }));
      const damaged = await loadChecked(corpus, { cache });
      assertEquals([damaged.parsed, damaged.cached], [2, 0]);
    }
  });
});

Deno.test("two runs at once, each adding to the same cache: each gives what resolving all gives, and so does the next", async () => {
  await withFolder(async (corpus, cache) => {
    for (let i = 0; i < 6; i++) await Deno.writeTextFile(`${corpus}/c${i}.txt`, doc(`S1000${i}`));
    await Deno.writeTextFile(`${corpus}/c9.txt`, doc("S10003", "Kopio"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache });
    await Deno.writeTextFile(`${corpus}/a.txt`, doc("S10101"));
    await Deno.writeTextFile(`${corpus}/b.txt`, doc("S10101", "Kopio"));
    ageFiles(corpus);
    const fresh = await loadCorpusFrames([corpus], { workers: 0 });
    const runs = await Promise.all([1, 2].map(() => loadCorpusFrames([corpus], { workers: 0, cache })));
    for (const run of runs) {
      assertEquals(framesDifferences(run.frames, fresh.frames), []);
      assertEquals([run.diagnostics, run.files], [fresh.diagnostics, fresh.files]);
    }
    const next = await loadChecked(corpus, { cache });
    assertEquals(next.parsed, 0);
  });
});

Deno.test("a new file appended, then copied under another name, then the copy of a cached file: each run as all at once", async () => {
  await withFolder(async (corpus, cache) => {
    await Deno.writeTextFile(`${corpus}/m.txt`, doc("S10005"));
    await Deno.writeTextFile(`${corpus}/n.txt`, doc(null, "Ilman koodia"));
    ageFiles(corpus);
    await loadChecked(corpus, { cache });
    const before = reused();
    await Deno.writeTextFile(`${corpus}/p.txt`, doc("S10007"));
    ageFiles(corpus);
    assertEquals([(await loadChecked(corpus, { cache })).parsed, reused()], [1, before + 1]);
    // The appended file's copy, before it by name: kept instead of it, though the appended one was cached.
    await Deno.copyFile(`${corpus}/p.txt`, `${corpus}/o.txt`);
    ageFiles(corpus);
    const copied = await loadChecked(corpus, { cache });
    assertEquals([copied.parsed, reused()], [1, before + 2]);
    assertEquals(rowsOf(copied.files).find(([file]) => file === "p.txt"), ["p.txt", "S10007", "duplicate", "o.txt"]);
    // A hard link to a cached file (same inode, another name): shares its code, every file resolved anew. The link
    // is parsed; the file linked to may be too, for a link changes its change time (part of its stamp).
    await Deno.link(`${corpus}/m.txt`, `${corpus}/l.txt`);
    const linked = await loadChecked(corpus, { cache });
    assert(linked.parsed === 1 || linked.parsed === 2, `${linked.parsed} parsed`);
    assertEquals(reused(), before + 2);
    assertEquals(rowsOf(linked.files).find(([file]) => file === "m.txt"), ["m.txt", "S10005", "duplicate", "l.txt"]);
    assertEquals(linked.frames.projects.filter(pl.col("project_code").eq(pl.lit("S10005"))).height, 1);
  });
});
