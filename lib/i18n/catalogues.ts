/**
 * Every catalogue of user-facing strings, by name, for the test that checks
 * both languages have every key.
 *
 * @module
 */
import { DIAGNOSTIC_MESSAGES } from "./diagnostics.ts";
import type { Message, Messages } from "./mod.ts";
import { VALUE_PROBLEMS } from "./values.ts";

/** Every catalogue, by name. */
export const CATALOGUES: Record<string, Messages<Record<string, Message>>> = {
  diagnostics: DIAGNOSTIC_MESSAGES,
  valueProblems: VALUE_PROBLEMS,
};
