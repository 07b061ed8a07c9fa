/**
 * Files' stamps, for the parse cache: what identifies a file's content
 * without reading it (size, modification and change times, inode, device,
 * as git's index does), and the check by content of a file that changed
 * too near its stamping for its times to tell.
 *
 * @module
 */
import { sha256Hex } from "../corpus/hash.ts";

/** What identifies a file's content without reading it: size, times, inode, device. */
export type Stamp = [number, number, number, number, number];

/** A file changed within this many milliseconds of being stamped is checked by its content. */
export const RACY_MS = 2000;

/**
 * When a file last changed, by its stamp: the later of its modification and change times (a folder copied with its
 * times kept, `cp -p`, `rsync -a`, has old modification times but new change times).
 */
export const changedAt = (stamp: Stamp): number => Math.max(stamp[1], stamp[2]);

/** The file's stamp; null when it is not a regular file or cannot be stat'ed. */
export function stampOf(path: string): Stamp | null {
  try {
    const info = Deno.statSync(path);
    if (!info.isFile) return null;
    return [info.size, info.mtime?.getTime() ?? -1, info.ctime?.getTime() ?? -1, info.ino ?? -1, info.dev];
  } catch {
    return null;
  }
}

/** Whether the file's content has the SHA-256 (false when it cannot be read, or none is known). */
export async function sameContent(path: string, sha256: string | null): Promise<boolean> {
  try {
    return sha256 !== null && sha256Hex(await Deno.readFile(path)) === sha256;
  } catch {
    return false;
  }
}
