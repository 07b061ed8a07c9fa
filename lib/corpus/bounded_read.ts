/**
 * Reading a small file that must be a regular one, with nothing between the look and the read: the file is opened
 * without blocking (`O_NONBLOCK`: opening a FIFO for reading otherwise waits for a writer, for ever), and what was
 * opened is what is looked at (its kind and size) and read, at most one byte past the limit. A look at the name
 * before a read of the name leaves a moment in which the file can become a FIFO (a hang) or grow (read whole).
 *
 * @module
 */
import fs from "node:fs";

/** Why a file was not read by {@linkcode readBoundedFile}. */
export type BoundedReadRefusal = "missing" | "folder" | "special" | "too_large" | "denied";

/**
 * The bytes of the regular file at `path`, at most `maxBytes`; else why not: no such file (`missing`), a folder,
 * no regular file (`special`: a FIFO, a socket, a device), larger than `maxBytes` (`too_large`), or not readable
 * (`denied`). Never waits for a writer.
 *
 * @example Usage
 * ```ts
 * import { readBoundedFile } from "./bounded_read.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * Deno.writeTextFileSync(`${dir}/tyyli.css`, ".piilo { display: none }");
 * assertEquals(new TextDecoder().decode(readBoundedFile(`${dir}/tyyli.css`, 1024) as Uint8Array), ".piilo { display: none }");
 * assertEquals(readBoundedFile(`${dir}/tyyli.css`, 8), { refused: "too_large" });
 * assertEquals(readBoundedFile(dir, 1024), { refused: "folder" });
 * assertEquals(readBoundedFile(`${dir}/puuttuu.css`, 1024), { refused: "missing" });
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function readBoundedFile(path: string, maxBytes: number): Uint8Array | { refused: BoundedReadRefusal } {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return { refused: refusalOf(error) };
  }
  try {
    const info = fs.fstatSync(fd);
    if (info.isDirectory()) return { refused: "folder" };
    if (!info.isFile()) return { refused: "special" };
    if (info.size > maxBytes) return { refused: "too_large" };
    // One byte more than the limit asked for: a file grown since its size was looked at is not read whole.
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return length > maxBytes ? { refused: "too_large" } : buffer.slice(0, length);
  } catch (error) {
    return { refused: refusalOf(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Why a file failed to open or read, by the system's error: not readable (`denied`), else gone (`missing`). */
function refusalOf(error: unknown): "denied" | "missing" {
  const code = (error as { code?: string }).code;
  return code === "EACCES" || code === "EPERM" ? "denied" : "missing";
}
