/**
 * The ESF ("ESR") rows of the two official EURA project lists, shipped in
 * `data/registers/` (source and filter in `data/README.md`): the programme
 * context a report gets without being told where a register is.
 *
 * @module
 */
import type { Project } from "../schema.ts";

/** The shipped register of each programme period. */
export const SHIPPED_REGISTERS: Record<Project["programme_period"], string> = {
  "2007-2013": new URL("../../data/registers/eura2007-esr.csv", import.meta.url).pathname,
  "2014-2020": new URL("../../data/registers/eura2014-2016-esr.csv", import.meta.url).pathname,
};
