/**
 * The ESF ("ESR") rows of the two official EURA project lists, shipped in
 * `data/registers/` (source and filter in `data/README.md`): the programme
 * context a report and notebook 05 get without being told where a register is.
 *
 * @module
 */
import type { Project } from "../schema.ts";
import { type LoadedRegister, loadRegister } from "./load_register.ts";
import { fileURLToPath } from "node:url";

type Period = Project["programme_period"];

/** The shipped register of each programme period. */
export const SHIPPED_REGISTERS: Record<Period, string> = {
  "2007-2013": fileURLToPath(new URL("../../data/registers/eura2007-esr.csv", import.meta.url)),
  "2014-2020": fileURLToPath(new URL("../../data/registers/eura2014-2016-esr.csv", import.meta.url)),
};

/** How outputs name a register file: a shipped one by its place in the repository, another by its file name. */
export function registerName(path: string): string {
  const shipped = Object.values(SHIPPED_REGISTERS).includes(path);
  const name = path.slice(path.lastIndexOf("/") + 1);
  return shipped ? `data/registers/${name}` : name;
}

/**
 * The registers to compare a corpus with: the file named (its period read
 * from its layout), none (`false`), or by default (`undefined`) the shipped
 * register of each period the corpus' projects belong to. Each is named in
 * its diagnostics and messages as `name` names its path (by default
 * {@linkcode registerName}; a report's and a notebook's with a person's e-mail
 * address or phone number in it scrubbed, as they name the corpus' files).
 *
 * @example Usage
 * ```ts
 * import { openRegisters } from "./shipped.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const [register] = openRegisters(undefined, ["2007-2013"]);
 * assertEquals([register!.file, register!.period], ["data/registers/eura2007-esr.csv", "2007-2013"]);
 * ```
 */
export function openRegisters(
  choice: string | false | undefined,
  periods: Iterable<string>,
  name: (path: string) => string = registerName,
): LoadedRegister[] {
  if (choice === false) return [];
  if (choice !== undefined) return [loadRegister(choice, { name: name(choice) })];
  const present = new Set(periods);
  return (Object.entries(SHIPPED_REGISTERS) as [Period, string][]).filter(([period]) => present.has(period))
    .map(([, path]) => loadRegister(path, { name: name(path) }));
}
