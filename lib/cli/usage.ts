/**
 * The parts the command-line tools share: usage lines and help made from
 * one table of options (the help's words in `lib/i18n/`), usage errors.
 *
 * @module
 */
import { CLI_TEXT } from "../i18n/cli.ts";
import type { Language } from "../i18n/mod.ts";

/** An option of a command, as node:util's parseArgs takes it; its help is in the command's catalogue. */
export interface OptionHelp {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder, e.g. `FILE` (said in the language: `TIEDOSTO`). */
  value?: string;
  default?: string | boolean;
}

/** A mistake in the command line: said in one line, in the run's language, exit status 2. */
export class UsageError extends Error {}

const placeholder = (option: OptionHelp, lang: Language) =>
  option.value ? ` ${CLI_TEXT[lang].placeholders(option.value)}` : "";

/**
 * `Usage: deno task NAME [--flag VALUE] … POSITIONALS`, every option of the table included, in the language.
 *
 * @example Usage
 * ```ts
 * import { usageLine } from "./usage.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const options = { out: { type: "string", value: "FILE" }, help: { type: "boolean" } } as const;
 * assertEquals(usageLine("parse", options, "PATH...", "en"), "Usage: deno task parse [--out FILE] PATH...");
 * assertEquals(usageLine("parse", options, "PATH...", "fi"), "Käyttö: deno task parse [--out TIEDOSTO] POLKU...");
 * ```
 */
export function usageLine(
  task: string,
  options: Record<string, OptionHelp>,
  positionals: string,
  lang: Language,
): string {
  const flags = Object.entries(options).filter(([name]) => name !== "help").map(([name, option]) =>
    `[--${name}${placeholder(option, lang)}]`
  );
  const rest = positionals ? [CLI_TEXT[lang].placeholders(positionals)] : [];
  return [`${CLI_TEXT[lang].usage}: deno task ${task}`, ...flags, ...rest].join(" ");
}

/** The options as aligned help lines, each option's help from `help` (by the option's name). */
export function optionsHelp(
  options: Record<string, OptionHelp>,
  help: Record<string, unknown>,
  lang: Language,
): string {
  const heads = Object.entries(options).map(([name, option]) =>
    `${option.short ? `-${option.short}, ` : ""}--${name}${placeholder(option, lang)}`
  );
  const width = Math.max(...heads.map((head) => head.length));
  return Object.keys(options).map((name, i) => `  ${heads[i]!.padEnd(width)}  ${help[name]}`).join("\n");
}
