/**
 * A saved page's parse depends on the style sheets it looks for beside it, not only on its own bytes: a sheet saved,
 * changed or removed after a cached run changes what the page shows. Before, the cache gave the page's old parse until
 * the page itself changed (S11547's 614 153, hidden by a sheet saved since, was still read); then such a page was
 * parsed each run, never taken from the cache. Now the cache keeps, with the page's parse, what each sheet file it
 * read held (a hash) and each it looked for and could not read (why): the parse is taken while all are the same.
 */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
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
