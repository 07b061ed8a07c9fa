/**
 * Listing the files of a corpus: files named are always read; folders are
 * walked for `*.txt` files.
 *
 * @module
 */

/** Files in folders that are documentation, not documents. */
const FOLDER_NOTES = /^(readme|license|licence|changelog)(\.[a-z]+)?$/i;

/**
 * Lists the files to read: files given by name are always read; folders are
 * walked recursively for `*.txt` files. Other files found in folders (except
 * hidden files and READMEs) come back as `skipped` so they can be reported.
 * Paths are sorted by code point, so every run reads in the same order.
 */
export async function listInputFiles(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: string[] }> {
  const files = new Set<string>();
  const skipped = new Set<string>();
  const walk = async (dir: string) => {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.name.startsWith(".")) continue;
      const path = `${dir.replace(/\/+$/, "")}/${entry.name}`;
      if (entry.isDirectory) await walk(path);
      else if (/\.txt$/i.test(entry.name)) files.add(path);
      else if (!FOLDER_NOTES.test(entry.name)) skipped.add(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await Deno.stat(path)).isDirectory;
    } catch {
      // A missing path is read as a file, which reports it as unreadable.
    }
    if (isDirectory) await walk(path);
    else files.add(path);
  }
  const byCodePoint = (a: string, b: string) => a < b ? -1 : a > b ? 1 : 0;
  return {
    files: [...files].sort(byCodePoint),
    skipped: [...skipped].sort(byCodePoint),
  };
}
