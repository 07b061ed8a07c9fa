/**
 * Every user-facing string, in Finnish and English, and the formats of
 * numbers and dates in each language: the ground that charts, pages, tables,
 * diagnostics and notebooks stand on.
 *
 * Strings live in catalogues, one per part of the tool (`charts.ts`,
 * `report.ts`, `diagnostics.ts`, …), each made with {@linkcode defineMessages}
 * so that the English side must have exactly the keys and signatures of the
 * Finnish one; `i18n_test.ts` checks every catalogue of `CATALOGUES`
 * at run time too
 * (every catalogue is listed in `catalogues.ts`). The language is always passed in: no module reads it from
 * the environment when it is imported. The Finnish and the English half of a
 * catalogue have the same shape by design (the `duplicates` tool lists them as
 * alike): one function per sentence and language, never one shared template.
 *
 * @example Usage
 * ```ts
 * import { defineMessages } from "./mod.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const GREETING = defineMessages(
 *   { hello: (name: string) => `Hei, ${name}!` },
 *   { hello: (name: string) => `Hello, ${name}!` },
 * );
 * assertEquals(GREETING.fi.hello("Aino"), "Hei, Aino!");
 * ```
 *
 * @module
 */

/** The languages of every output: Finnish (the default) and English. */
export const LANGUAGES = ["fi", "en"] as const;
/** A language of the output. */
export type Language = typeof LANGUAGES[number];

/** A message: a fixed text, or a function of the values it shows. */
// deno-lint-ignore no-explicit-any
export type Message = string | ((...args: any[]) => string);

/** The same messages in both languages. */
export interface Messages<T extends Record<string, Message>> {
  readonly fi: T;
  readonly en: T;
}

/**
 * A catalogue of messages: the Finnish side fixes the keys and signatures,
 * the English side must match them exactly (a missing, extra or differently
 * typed key fails type checking).
 */
export function defineMessages<T extends Record<string, Message>>(fi: T, en: NoInfer<T>): Messages<T> {
  return { fi, en };
}

/** Whether a value names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

export * from "./format.ts";
