/**
 * The parser's version as the parse cache knows it: a version number and a
 * hash of the parser's own source files and locked packages, so that any
 * change to the parser invalidates every cached parse; and the default
 * folder of the cache.
 *
 * @module
 */
import { sha256Hex } from "../corpus/hash.ts";

/**
 * The parser's version: raise it when parsing changes in a way the source
 * hash cannot see (a changed dependency). Changed source files of the parser
 * invalidate the cache by themselves.
 */
export const PARSER_VERSION = "1";

/** The default cache folder: `$XDG_CACHE_HOME/esf-toolkit/parse`, else `~/.cache/esf-toolkit/parse`. */
export function defaultCacheFolder(): string | null {
  const base = Deno.env.get("XDG_CACHE_HOME") ??
    (Deno.env.get("HOME") ? `${Deno.env.get("HOME")}/.cache` : undefined);
  return base ? `${base}/esf-toolkit/parse` : null;
}

/** The folders whose source files make the parse (every file of them but tests), relative to this module. */
const PARSER_SOURCES = ["../parse/", "../corpus/", "./", "../i18n/"];
const PARSER_FILES = ["../schema.ts", "../diagnostics.ts"];

let versionOnce: string | null | undefined;

/**
 * The parser version and a hash of its source files; null when the sources cannot be read (no cache then).
 * Read synchronously, once a process (a few dozen small files): the cache's tables start to be read at once.
 */
export function parserVersion(): string | null {
  versionOnce ??= (() => {
    try {
      const files: URL[] = PARSER_FILES.map((file) => new URL(file, import.meta.url));
      for (const folder of PARSER_SOURCES) {
        const url = new URL(folder, import.meta.url);
        for (const entry of Deno.readDirSync(url)) {
          if (entry.isFile && entry.name.endsWith(".ts") && !entry.name.endsWith("_test.ts")) {
            files.push(new URL(entry.name, url));
          }
        }
      }
      files.sort((a, b) => a.href < b.href ? -1 : 1);
      // Each file named relative to the repository: the same parser in another folder is the same version.
      const root = new URL("../../", import.meta.url).href;
      const texts = files.map((url) => `${url.href.slice(root.length)}\n${Deno.readTextFileSync(url)}`);
      // The versions of the packages the readers use (HTML, PDF): a new one may read differently.
      texts.push(readOr(new URL("../../deno.lock", import.meta.url), ""));
      return `${PARSER_VERSION}-${sha256Hex(texts.join("\u0000"))}`;
    } catch {
      return null;
    }
  })();
  return versionOnce;
}

function readOr(url: URL, fallback: string): string {
  try {
    return Deno.readTextFileSync(url);
  } catch {
    return fallback;
  }
}
