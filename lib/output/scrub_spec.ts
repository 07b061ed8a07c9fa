/**
 * A chart's specification with the contact details scrubbed from what it
 * draws and says: a chart built from a corpus' own frames (as a notebook
 * builds it) carries the documents' names in its rows (`project_label`,
 * `name`) and in its description, and a notebook keeps the specification in
 * its executed `.ipynb`. Only the rows (`values` of a `data`) and the texts a
 * person reads (`title`, `subtitle`, `description`, `text`) are scrubbed, a
 * row's fields as the tables' columns of their names (`file` as a file's name, codes kept);
 * field names, expressions and formats stay as they are.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { fieldKind, scrubContactText, scrubFileName, type ScrubOptions } from "./scrub.ts";

/** Keys whose strings are texts a person reads. */
const READ = new Set(["title", "subtitle", "description", "text"]);

/**
 * The specification with every e-mail address, phone number and name beside a role in its rows and texts
 * replaced by a marker (see `scrub.ts`); the same object when nothing was found or the details are kept.
 *
 * @example Usage
 * ```ts
 * import { scrubSpec } from "./scrub_spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = { data: { values: [{ name: "Tiedustelut p. 040 718 1414" }] }, mark: "bar" as const };
 * assertEquals(scrubSpec(spec, { lang: "en" }).data, { values: [{ name: "Tiedustelut p. [phone number removed]" }] });
 * ```
 */
export function scrubSpec<T extends TopLevelSpec>(spec: T, options: ScrubOptions = {}): T {
  if (options.keepContactText ?? Deno.env.get("ESF_KEEP_CONTACT_TEXT") === "1") return spec;
  return walk(spec, false, options) as T;
}

/** `value` with its strings scrubbed where `read` (inside rows, or under a key of a read text). */
function walk(value: unknown, read: boolean, options: ScrubOptions): unknown {
  if (typeof value === "string") return read ? scrubContactText(value, options) : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => walk(item, read, options));
    return items.every((item, k) => item === value[k]) ? value : items;
  }
  if (value === null || typeof value !== "object") return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, field]) => {
    // A row's field named as a table's column is scrubbed as there: a code kept, a file's name as a file's name.
    const kind = read ? fieldKind(key) : "text";
    const scrubbed = kind === "code"
      ? field
      : kind === "file" && typeof field === "string"
      ? scrubFileName(field, options)
      : walk(field, read || key === "values" || READ.has(key), options);
    changed ||= scrubbed !== field;
    return [key, scrubbed];
  });
  return changed ? Object.fromEntries(entries) : value;
}
