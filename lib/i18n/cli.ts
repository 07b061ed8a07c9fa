/**
 * What the command-line tools print in the terminal, in both languages: the
 * parts both commands share (usage, command-line mistakes, progress). The
 * words of each command are in `cli_report.ts` and `cli_parse.ts`.
 *
 * @module
 */
import { defineMessages, isLanguage, type Language } from "./mod.ts";

/** The words of the usage text and of the mistakes both commands can find on their command line. */
export const CLI_TEXT = defineMessages({
  usage: "Käyttö",
  seeHelp: "katso --help",
  placeholders: (value: string) =>
    ({ DIR: "KANSIO", FILE: "TIEDOSTO", F: "MUOTO", "PATH...": "POLKU..." } as Record<string, string>)[value] ?? value,
  unknownOption: (option: string) => `Tuntematon valitsin ${option}.`,
  missingValue: (option: string) => `Valitsimelle ${option} puuttuu arvo.`,
  takesNoValue: (option: string) => `Valitsin ${option} ei ota arvoa.`,
  unexpectedArgument: (argument: string) => `Ylimääräinen argumentti ${argument}: tämä komento ei ota argumentteja.`,
  unknownLanguage: (lang: string) => `Tuntematon kieli "${lang}": käytä kieltä fi tai en.`,
  progressRunning: (done: string, total: string, rate: string, left: number) =>
    `${done} / ${total} asiakirjaa, ${rate}/s, noin ${left} s jäljellä`,
  progressDone: (done: string, total: string, seconds: number, rate: string) =>
    `${done} / ${total} asiakirjaa luettu ${seconds.toFixed(1).replace(".", ",")} sekunnissa, ${rate}/s`,
}, {
  usage: "Usage",
  seeHelp: "see --help",
  placeholders: (value: string) => value,
  unknownOption: (option: string) => `Unknown option '${option}'.`,
  missingValue: (option: string) => `Option ${option} needs a value.`,
  takesNoValue: (option: string) => `Option ${option} takes no value.`,
  unexpectedArgument: (argument: string) => `Unexpected argument ${argument}: this command takes none.`,
  unknownLanguage: (lang: string) => `Unknown language "${lang}": use fi or en.`,
  progressRunning: (done: string, total: string, rate: string, left: number) =>
    `${done} of ${total} documents, ${rate}/s, about ${left} s left`,
  progressDone: (done: string, total: string, seconds: number, rate: string) =>
    `${done} of ${total} documents in ${seconds.toFixed(1)} s, ${rate}/s`,
});

/**
 * A failure said in either language: its `message` is the English one (for logs and tests of the library), the
 * command prints {@linkcode SaidError.say} in the run's language.
 */
export class SaidError extends Error {
  /** The message in the language. */
  readonly say: (lang: Language) => string;
  constructor(say: (lang: Language) => string, options?: ErrorOptions) {
    super(say("en"), options);
    this.say = say;
  }
}

/** An error's message in the language: a {@linkcode SaidError}'s own words, otherwise its message as it is. */
export function sayError(error: unknown, lang: Language): string {
  if (error instanceof SaidError) return error.say(lang);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The language a command line asks for with `--lang X` or `--lang=X` (the last one given), read before the
 * command line is checked, so that even a mistake in it is said in that language; `fallback` when none or an
 * unknown one is given.
 *
 * @example Usage
 * ```ts
 * import { languageOf } from "./cli.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(languageOf(["--bogus", "--lang", "en"], "fi"), "en");
 * assertEquals(languageOf(["--lang=sv"], "fi"), "fi");
 * ```
 */
export function languageOf(args: readonly string[], fallback: Language): Language {
  let asked: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === "--") break;
    if (arg === "--lang") asked = args[i + 1];
    else if (arg.startsWith("--lang=")) asked = arg.slice("--lang=".length);
  }
  return isLanguage(asked) ? asked : fallback;
}

/**
 * A mistake node:util's `parseArgs` found, said in the language (its own messages are English, with advice
 * about `--` that does not fit these commands).
 */
export function argsMistake(error: unknown, lang: Language): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(message ?? "")?.[1] ?? "";
  const option = quoted.split(" ")[0]!;
  const text = CLI_TEXT[lang];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return text.unknownOption(option);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return text.unexpectedArgument(quoted);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message ?? "") ? text.takesNoValue(option) : text.missingValue(option);
    default:
      return String(message ?? error).split(/(?<=\.) /)[0]!;
  }
}
