/**
 * Listing the files of a corpus: files named are always read; folders are
 * walked for `*.txt`, `*.html`, `*.htm` and `*.pdf` files, and every other
 * entry under them is reported.
 *
 * @module
 */
import { diagnostic } from "../diagnostics.ts";
import type { SpecialKind } from "../i18n/diagnostics.ts";
import type { Diagnostic } from "../schema.ts";

/** What a listing found: the files to read, and a diagnostic for every entry that is not read. */
export interface InputListing {
  /** Regular files to read, sorted by code point. */
  files: string[];
  /** Every entry not read (each has a diagnostic), sorted by code point. */
  skipped: string[];
  /** One diagnostic per entry not read: why it was not. */
  diagnostics: Diagnostic[];
}

function specialKind(info: Deno.FileInfo): SpecialKind {
  if (info.isFifo) return "fifo";
  if (info.isSocket) return "socket";
  if (info.isBlockDevice) return "block_device";
  if (info.isCharDevice) return "char_device";
  return "other";
}

/** An OS error's reason without the path it repeats ("Permission denied (os error 13)"). */
export function errorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/:\s*[a-z_]+ '.*'$/s, "");
}

/** The names a folder's project descriptions have: text, saved web pages, PDF prints. */
const isText = (name: string) => /\.(?:txt|html?|pdf)$/i.test(name);

/**
 * Lists the files to read. Files given by name are read whatever their
 * extension (unless they are not regular files: a FIFO could block a read
 * forever); folders are walked recursively for `*.txt`, `*.html`, `*.htm`
 * and `*.pdf` files. Every other
 * entry under a folder gets a diagnostic, so nothing is left out without a
 * word:
 *
 * - other files (READMEs too) and hidden files (`.name`): `skipped_file`;
 * - a FIFO, socket or device named so, a link to nothing, a name that is
 *   not valid UTF-8 (it cannot be opened): `unreadable_file`;
 * - hidden folders (`.git`), and a link to a folder read already (a loop, or a
 *   second way in): `skipped_folder`;
 * - a folder that cannot be listed (permissions), or whose name is not valid
 *   UTF-8: `unreadable_folder`; the walk goes on.
 *
 * Links are followed wherever they point, also outside the folder named: a
 * link in a corpus is the user's way of putting documents in it. Each folder
 * is walked once (real folders first, then links), so loops end.
 * Paths are sorted by code point, so every run reads in the same order.
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputListing> {
  const files = new Set<string>();
  const skipped = new Map<string, Diagnostic>();
  const skip = (path: string, made: Diagnostic) => skipped.set(path, made);
  /** Real paths of folders walked. */
  const walked = new Set<string>();
  /** Links to folders, followed once the real folders are walked. */
  const links: { path: string; real: string }[] = [];

  const addFile = (path: string, name: string, info: Deno.FileInfo) => {
    if (info.isFile) {
      if (isText(name)) files.add(path);
      else skip(path, diagnostic("skipped_file", { file: path }));
    } else if (isText(name)) {
      skip(path, diagnostic("special_file", { file: path }, specialKind(info)));
    } else {
      skip(path, diagnostic("skipped_file", { file: path }));
    }
  };

  const walk = async (dir: string) => {
    try {
      walked.add(await Deno.realPath(dir));
    } catch { /* listed below, which reports why it fails */ }
    let entries: Deno.DirEntry[];
    try {
      // One synchronous listing: ten thousand entries in a few milliseconds, not one awaited step each.
      entries = [...Deno.readDirSync(dir)];
    } catch (error) {
      skip(dir, diagnostic("unreadable_folder", { file: dir }, errorReason(error)));
      return;
    }
    const folders: string[] = [];
    const prefix = `${dir.replace(/\/+$/, "")}/`;
    // Sorted by the built-in order of texts (by UTF-16 code unit): the fastest sort of ten thousand names.
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    for (const name of [...byName.keys()].sort()) {
      const entry = byName.get(name)!;
      const path = prefix + name;
      // Deno gives a name that is not UTF-8 with U+FFFD in it: a path that cannot be opened.
      if (entry.name.includes("\uFFFD") && !await Deno.lstat(path).then(() => true, () => false)) {
        skip(path, diagnostic(entry.isDirectory ? "folder_name_not_utf8" : "file_name_not_utf8", { file: path }));
        continue;
      }
      if (entry.name.startsWith(".")) {
        const isFolder = entry.isDirectory || await Deno.stat(path).then((i) => i.isDirectory, () => false);
        skip(path, diagnostic(isFolder ? "skipped_hidden_folder" : "skipped_hidden_file", { file: path }));
        continue;
      }
      if (entry.isDirectory) {
        folders.push(path);
      } else if (entry.isSymlink) {
        let info: Deno.FileInfo;
        try {
          info = await Deno.stat(path);
        } catch (error) {
          // A link that leads back to itself is no missing target (ELOOP: "too many levels of symbolic links").
          const loop = error instanceof Error && /too many levels of symbolic links|ELOOP/i.test(error.message);
          skip(path, diagnostic(loop ? "link_loop" : "broken_link", { file: path }));
          continue;
        }
        if (info.isDirectory) links.push({ path, real: await Deno.realPath(path) });
        else addFile(path, entry.name, info);
      } else if (entry.isFile) {
        // A regular file (the listing says so): no need to ask the file system again.
        if (isText(entry.name)) files.add(path);
        else skip(path, diagnostic("skipped_file", { file: path }));
      } else {
        addFile(path, entry.name, await Deno.lstat(path));
      }
    }
    for (const folder of folders) await walk(folder);
  };

  for (const path of paths) {
    let info: Deno.FileInfo | null = null;
    try {
      info = await Deno.stat(path);
    } catch {
      // A missing path is read as a file, which reports it as unreadable.
    }
    if (info?.isDirectory) await walk(path);
    else if (info && !info.isFile) skip(path, diagnostic("special_file", { file: path }, specialKind(info)));
    else files.add(path);
  }
  // Links to folders last, so a real folder is always read under its own name.
  while (links.length > 0) {
    const link = links.shift()!;
    if (walked.has(link.real)) skip(link.path, diagnostic("folder_read_already", { file: link.path }));
    else await walk(link.path);
  }
  const skippedPaths = [...skipped.keys()].sort();
  return {
    files: [...files].sort(),
    skipped: skippedPaths,
    diagnostics: skippedPaths.map((path) => skipped.get(path)!),
  };
}
