/**
 * Silences Node's deprecation warnings (vega's dependencies load `punycode`,
 * which prints a DEP0040 warning on every run). Import it before them.
 *
 * @module
 */
import process from "node:process";

(process as typeof process & { noDeprecation: boolean }).noDeprecation = true;
