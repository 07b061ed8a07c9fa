/**
 * A saved page's parse depends on the style sheets it looks for beside it, not only on its own bytes: a sheet saved,
 * changed or removed after a cached run changes what the page shows. Before, the cache gave the page's old parse until
 * the page itself changed (S11547's 614 153, hidden by a sheet saved since, was still read); then such a page was
 * parsed each run, never taken from the cache. Now the cache keeps, with the page's parse, what each sheet file it
 * read held (a hash) and each it looked for and could not read (why): the parse is taken while all are the same.
 */
import pl from "nodejs-polars";
import { dirname } from "node:path";
import { assert, assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { ageFiles, loadChecked } from "../../testing/parse_cache_loads.ts";
import { savedPage } from "../../testing/saved_page.ts";
import type { KeyedDiagnostic } from "../diagnostics.ts";

const DATA = new URL("../../data/documents/", import.meta.url);

/** S11547's actual public funding, its page's sheets not read (name and why), the files parsed and cached. */
const readOf = (loaded: Awaited<ReturnType<typeof loadChecked>>) => ({
  actual: loaded.frames.projects.filter(pl.col("project_code").eq(pl.lit("S11547")))
    .getColumn("funding_public_actual").toArray(),
  unread: (loaded.diagnostics as KeyedDiagnostic[])
    .filter((d) => d.file === "Hanke.html" && d.key === "html_sheet_not_read").map((d) =>
      `${d.values[0]} ${d.values[1]}`
    ),
  parsed: loaded.parsed,
  cached: loaded.cached,
});

/**
 * Runs the test on a corpus of S11547's page `Hanke.html` linking `link` (its sheets in `Hanke_files/`) and another
 * project's text file, the cache beside it; `load` loads it with the cache (checked against a load without it).
 */
async function withPage(
  link: string,
  test: (load: () => Promise<ReturnType<typeof readOf>>, files: string) => Promise<void>,
): Promise<void> {
  const dir = await tempDir("esf-parse-cache-sheets-");
  const corpus = `${dir}/corpus`;
  const cache = `${dir}/cache`;
  try {
    await Deno.mkdir(`${corpus}/Hanke_files`, { recursive: true });
    await Deno.copyFile(new URL("001_bfc078f93719c10e.txt", DATA), `${corpus}/001.txt`);
    await Deno.writeTextFile(`${corpus}/Hanke.html`, savedPage(link));
    ageFiles(corpus);
    await test(async () => readOf(await loadChecked(corpus, { cache, root: corpus })), `${corpus}/Hanke_files`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const CACHED = { parsed: 0, cached: 2 };
const PARSED = { parsed: 1, cached: 1 };

Deno.test("a saved page with a sheet beside it is taken from the cache while the sheet is the same: saved, changed, removed or made unreadable since, it is parsed again", async () => {
  await withPage('<link rel="stylesheet" href="Hanke_files/tyyli.css">', async (load, files) => {
    const sheet = `${files}/tyyli.css`;
    const missing = ["Hanke_files/tyyli.css missing"];
    assertEquals(await load(), { actual: [614153], unread: missing, parsed: 2, cached: 0 });
    // Before: parsed each run (parsed 1, cached 1), though nothing had changed.
    assertEquals(await load(), { actual: [614153], unread: missing, ...CACHED });
    // The sheet saved since: it hides the figure.
    await Deno.writeTextFile(sheet, ".vanha { display: none }\n");
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
    assertEquals(await load(), { actual: [null], unread: [], ...CACHED });
    // Changed, to the same size at once (its times may not tell): it no longer hides it.
    await Deno.writeTextFile(sheet, ".vanhx { display: none }\n");
    assertEquals(await load(), { actual: [614153], unread: [], ...PARSED });
    assertEquals(await load(), { actual: [614153], unread: [], ...CACHED });
    // Removed again.
    await Deno.remove(sheet);
    assertEquals(await load(), { actual: [614153], unread: missing, ...PARSED });
    // Unreadable: a folder of its name.
    await Deno.mkdir(sheet);
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css folder"], ...PARSED });
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css folder"], ...CACHED });
    await Deno.remove(sheet);
    await Deno.writeTextFile(sheet, ".vanha { visibility: hidden }\n");
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
  });
});

Deno.test("a sheet the page's sheet imports, at any depth, is one the page depends on too, while it is imported", async () => {
  await withPage('<link rel="stylesheet" href="Hanke_files/tyyli.css">', async (load, files) => {
    await Deno.mkdir(`${files}/teema`);
    await Deno.writeTextFile(`${files}/tyyli.css`, '@import "teema/perus.css";\nbody { margin: 0 }\n');
    await Deno.writeTextFile(`${files}/teema/perus.css`, "@import url(vari.css);\n.uusi { color: black }\n");
    const missing = ["Hanke_files/teema/vari.css missing"];
    assertEquals(await load(), { actual: [614153], unread: missing, parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [614153], unread: missing, ...CACHED });
    // The sheet imported by the imported sheet, saved since.
    await Deno.writeTextFile(`${files}/teema/vari.css`, ".vanha { display: none }\n");
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
    assertEquals(await load(), { actual: [null], unread: [], ...CACHED });
    // Changed.
    await Deno.writeTextFile(`${files}/teema/vari.css`, ".vanha { display: block }\n");
    assertEquals(await load(), { actual: [614153], unread: [], ...PARSED });
    await Deno.writeTextFile(`${files}/teema/vari.css`, ".vanha { display: none }\n");
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
    // The sheet between them no longer imports it: read anew; then the sheet no longer imported is no matter.
    await Deno.writeTextFile(`${files}/teema/perus.css`, ".uusi { color: black }\n");
    assertEquals(await load(), { actual: [614153], unread: [], ...PARSED });
    await Deno.writeTextFile(`${files}/teema/vari.css`, ".vanha { color: red }\n");
    assertEquals(await load(), { actual: [614153], unread: [], ...CACHED });
    // Removed: the imported sheet.
    await Deno.remove(`${files}/teema/perus.css`);
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/teema/perus.css missing"], ...PARSED });
  });
});

Deno.test("a page whose sheets are on the web, or name no file beside it, is taken from the cache", async () => {
  const links = [
    '<link rel="stylesheet" href="https://www.eura2014.fi/rrtiepa/tyyli.css">',
    '<link rel="stylesheet" href="/rrtiepa/tyyli.css">',
    '<style>@import url("//www.eura2014.fi/teema.css");</style>',
  ].join("");
  await withPage(links, async (load) => {
    const web = [
      "https://www.eura2014.fi/rrtiepa/tyyli.css web",
      "/rrtiepa/tyyli.css web",
      "//www.eura2014.fi/teema.css web",
    ];
    assertEquals(await load(), { actual: [614153], unread: web, parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [614153], unread: web, ...CACHED });
  });
});

Deno.test("a sheet reached through a symbolic link, to it or to its folder, is read through the link as it leads now: retargeted, the page is parsed again", async () => {
  await withPage('<link rel="stylesheet" href="Hanke_files/tyyli.css">', async (load, files) => {
    const corpus = dirname(files);
    await Deno.mkdir(`${corpus}/kansio_a`);
    await Deno.mkdir(`${corpus}/kansio_b`);
    await Deno.writeTextFile(`${corpus}/kansio_a/tyyli.css`, ".vanha { display: none }\n");
    await Deno.writeTextFile(`${corpus}/kansio_b/tyyli.css`, ".vanha { color: black }\n");
    await Deno.writeTextFile(`${corpus}/kansio_b/piilo.css`, ".vanha { visibility: hidden }\n");
    await Deno.writeTextFile(`${dirname(corpus)}/ulkona.css`, ".vanha { display: none }\n");
    const retarget = async (target: string, link = `${files}/tyyli.css`) => {
      await Deno.remove(link);
      await Deno.symlink(target, link);
    };
    await Deno.symlink("../kansio_a/tyyli.css", `${files}/tyyli.css`);
    assertEquals(await load(), { actual: [null], unread: [], parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [null], unread: [], ...CACHED });
    // The link to the sheet led elsewhere: another file, of other content.
    await retarget("../kansio_b/tyyli.css");
    assertEquals(await load(), { actual: [614153], unread: [], ...PARSED });
    assertEquals(await load(), { actual: [614153], unread: [], ...CACHED });
    // Out of the page's folder: not read.
    await retarget("../../ulkona.css");
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css outside"], ...PARSED });
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css outside"], ...CACHED });
    // The sheets' folder a link, to one folder, then another: each file as it is there.
    await Deno.remove(`${files}/tyyli.css`);
    await Deno.remove(files);
    await Deno.symlink("kansio_a", files);
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
    await retarget("kansio_b", files);
    assertEquals(await load(), { actual: [614153], unread: [], ...PARSED });
    // A sheet there made a link to another file of that folder.
    await retarget("piilo.css", `${corpus}/kansio_b/tyyli.css`);
    assertEquals(await load(), { actual: [null], unread: [], ...PARSED });
    assertEquals(await load(), { actual: [null], unread: [], ...CACHED });
    // That file a pipe now: not waited for, at the parse nor at the cache's look (said, parsed again, then cached).
    await Deno.remove(`${corpus}/kansio_b/piilo.css`);
    assert((await new Deno.Command("mkfifo", { args: [`${corpus}/kansio_b/piilo.css`] }).output()).success);
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css special"], ...PARSED });
    assertEquals(await load(), { actual: [614153], unread: ["Hanke_files/tyyli.css special"], ...CACHED });
  });
});

Deno.test("the same page in two folders is read with the sheets beside each, cached apart: swapped, moved or changed, each is parsed again", async () => {
  const dir = await tempDir("esf-parse-cache-sheets-");
  const corpus = `${dir}/corpus`;
  const cache = `${dir}/cache`;
  const page = savedPage('<link rel="stylesheet" href="Hanke_files/tyyli.css">');
  // Each folder's page and what its reading gives: the actual funding, or null where its sheet hides it.
  const load = async () => {
    const loaded = await loadChecked(corpus, { cache, root: corpus });
    const read = Object.fromEntries(
      loaded.files.filter((file) => file.form === "html").map((file) => [file.file, [file.outcome, file.kept_file]]),
    );
    return { actual: readOf(loaded).actual, read, parsed: loaded.parsed, cached: loaded.cached };
  };
  try {
    for (const [folder, sheet] of [["a", ".vanha { display: none }\n"], ["b", ".vanha { color: black }\n"]]) {
      await Deno.mkdir(`${corpus}/${folder}/Hanke_files`, { recursive: true });
      await Deno.writeTextFile(`${corpus}/${folder}/Hanke.html`, page);
      await Deno.writeTextFile(`${corpus}/${folder}/Hanke_files/tyyli.css`, sheet!);
    }
    // The copies differ in their actual funding (a's sheet hides it): the copy that shows it is kept, b's page.
    const keptB = { "a/Hanke.html": ["duplicate", "b/Hanke.html"], "b/Hanke.html": ["project", null] };
    const keptA = { "a/Hanke.html": ["project", null], "b/Hanke.html": ["duplicate", "a/Hanke.html"] };
    assertEquals(await load(), { actual: [614153], read: keptB, parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [614153], read: keptB, parsed: 0, cached: 2 });
    // The folders swapped: the same bytes at each path, the other sheet beside each.
    await Deno.rename(`${corpus}/a`, `${corpus}/x`);
    await Deno.rename(`${corpus}/b`, `${corpus}/a`);
    await Deno.rename(`${corpus}/x`, `${corpus}/b`);
    assertEquals(await load(), { actual: [614153], read: keptA, parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [614153], read: keptA, parsed: 0, cached: 2 });
    // Only the sheets swapped back.
    const [a, b] = [`${corpus}/a/Hanke_files/tyyli.css`, `${corpus}/b/Hanke_files/tyyli.css`];
    const [sheetA, sheetB] = [await Deno.readTextFile(a), await Deno.readTextFile(b)];
    await Deno.writeTextFile(a, sheetB);
    await Deno.writeTextFile(b, sheetA);
    assertEquals(await load(), { actual: [614153], read: keptB, parsed: 2, cached: 0 });
    // b moved away: a alone, read as its sheet says (hidden), from the cache.
    await Deno.rename(`${corpus}/b`, `${dir}/b`);
    assertEquals(await load(), { actual: [null], read: { "a/Hanke.html": ["project", null] }, parsed: 0, cached: 1 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
