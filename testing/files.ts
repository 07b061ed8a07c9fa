/**
 * Walking the files a test wrote.
 *
 * @module
 */

/** Every file under the folder (links not followed), full paths, sorted. */
export async function allFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    files.push(...(entry.isDirectory ? await allFiles(path) : [path]));
  }
  return files.sort();
}
