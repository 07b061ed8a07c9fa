/**
 * The parts the command-line tools share: usage lines and help made from
 * one table of options, usage errors, counts with their nouns.
 *
 * @module
 */

/** An option of a command, as node:util's parseArgs takes it, with its help. */
export interface OptionHelp {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder, e.g. `FILE`. */
  value?: string;
  help: string;
  default?: string | boolean;
}

/** A mistake in the command line: said in one line, exit status 2. */
export class UsageError extends Error {}

/**
 * `Usage: deno task NAME [--flag VALUE] … POSITIONALS`, every option of the table included.
 *
 * @example Usage
 * ```ts
 * import { usageLine } from "./usage.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const line = usageLine("parse", { out: { type: "string", value: "FILE", help: "" }, help: { type: "boolean", help: "" } }, "PATH...");
 * assertEquals(line, "Usage: deno task parse [--out FILE] PATH...");
 * ```
 */
export function usageLine(task: string, options: Record<string, OptionHelp>, positionals = ""): string {
  const flags = Object.entries(options).filter(([name]) => name !== "help").map(([name, option]) =>
    `[--${name}${option.value ? ` ${option.value}` : ""}]`
  );
  return [`Usage: deno task ${task}`, ...flags, ...(positionals ? [positionals] : [])].join(" ");
}

/** The options as aligned help lines. */
export function optionsHelp(options: Record<string, OptionHelp>): string {
  const heads = Object.entries(options).map(([name, option]) =>
    `${option.short ? `-${option.short}, ` : ""}--${name}${option.value ? ` ${option.value}` : ""}`
  );
  const width = Math.max(...heads.map((head) => head.length));
  return Object.values(options).map((option, i) => `  ${heads[i]!.padEnd(width)}  ${option.help}`).join("\n");
}

/** The first sentence of an error's message (node:util's run on with advice about "--"). */
export function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/(?<=\.) /)[0]!;
}

/**
 * A count and its noun, plural when it is not one: `1 file`, `5 files`.
 *
 * @example Usage
 * ```ts
 * import { count } from "./usage.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([count(1, "file"), count(0, "duplicate"), count(2, "project")], ["1 file", "0 duplicates", "2 projects"]);
 * ```
 */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
