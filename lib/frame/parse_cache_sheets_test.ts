/**
 * A saved page's parse depends on the style sheets it looks for beside it, not only on its own bytes: a sheet saved,
 * changed or removed after a cached run changes what the page shows. Before, the cache gave the page's old parse until
 * the page itself changed (S11547's 614 153, hidden by a sheet saved since, was still read).
 */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { ageFiles, loadChecked } from "../../testing/parse_cache_loads.ts";
import { savedPage } from "../../testing/saved_page.ts";

const DATA = new URL("../../data/documents/", import.meta.url);

/** S11547's actual public funding, and its page's warnings of a sheet not read. */
const readOf = (loaded: Awaited<ReturnType<typeof loadChecked>>) => ({
  actual: loaded.frames.projects.filter(pl.col("project_code").eq(pl.lit("S11547")))
    .getColumn("funding_public_actual").toArray(),
  unread: loaded.diagnostics.filter((d) => d.file === "Hanke.html" && d.message.includes("tyyli.css")).length,
  parsed: loaded.parsed,
  cached: loaded.cached,
});

Deno.test("a saved page that looks for a style sheet beside it is parsed again each run: a sheet saved, changed or removed since is read", async () => {
  const dir = await tempDir("esf-parse-cache-sheets-");
  const corpus = `${dir}/corpus`;
  const cache = `${dir}/cache`;
  const sheet = `${corpus}/Hanke_files/tyyli.css`;
  try {
    await Deno.mkdir(`${corpus}/Hanke_files`, { recursive: true });
    // Beside the page, another project's text file, which the cache does give again.
    await Deno.copyFile(new URL("001_bfc078f93719c10e.txt", DATA), `${corpus}/001.txt`);
    await Deno.writeTextFile(`${corpus}/Hanke.html`, savedPage('<link rel="stylesheet" href="Hanke_files/tyyli.css">'));
    ageFiles(corpus);
    const load = async () => readOf(await loadChecked(corpus, { cache, root: corpus }));

    assertEquals(await load(), { actual: [614153], unread: 1, parsed: 2, cached: 0 });
    assertEquals(await load(), { actual: [614153], unread: 1, parsed: 1, cached: 1 });
    // The sheet saved since: it hides the figure.
    await Deno.writeTextFile(sheet, ".vanha { display: none }\n");
    assertEquals(await load(), { actual: [null], unread: 0, parsed: 1, cached: 1 });
    // Changed: it no longer hides it.
    await Deno.writeTextFile(sheet, ".vanha { color: black }\n");
    assertEquals(await load(), { actual: [614153], unread: 0, parsed: 1, cached: 1 });
    // Removed again.
    await Deno.remove(sheet);
    assertEquals(await load(), { actual: [614153], unread: 1, parsed: 1, cached: 1 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
