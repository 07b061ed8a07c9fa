/**
 * Naming files as a report names them: relative to the corpus folder, in
 * every value read from them.
 *
 * @module
 */
import { isAbsolute, relative, resolve } from "node:path";

/** How files are named: as given, or relative to the root folder when one is given (see {@linkcode relativeTo}). */
export function fileNamer(root: string | undefined): (path: string) => string {
  return root === undefined ? (path) => path : relativeTo(root);
}

/** Names a path relative to the root folder (the root itself is "."); a path outside it stays as given. */
export function relativeTo(root: string): (path: string) => string {
  const base = resolve(root);
  return (path) => {
    const name = relative(base, resolve(path));
    if (name === "") return ".";
    return name === ".." || name.startsWith("../") || isAbsolute(name) ? path : name;
  };
}

const PATH_KEYS = new Set(["file", "source_file", "kept_file"]);

/** The value with every `file`, `source_file` and `kept_file` that is `from` renamed `to`, however deep. */
export function renamed<T>(value: T, from: string, to: string): T {
  if (from === to || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => renamed(item, from, to)) as T;
  return Object.fromEntries(
    Object.entries(value).map((
      [key, field],
    ) => [key, PATH_KEYS.has(key) && field === from ? to : renamed(field, from, to)]),
  ) as T;
}
