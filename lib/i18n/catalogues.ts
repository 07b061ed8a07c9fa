/**
 * Every catalogue of user-facing strings, by name, for the test that checks
 * both languages have every key.
 *
 * @module
 */
import type { Message, Messages } from "./mod.ts";

/** Every catalogue, by name. */
export const CATALOGUES: Record<string, Messages<Record<string, Message>>> = {};
