/**
 * The registers a notebook compares the projects with (notebook 05), named as the report names them: a register
 * file named by a person's e-mail address or phone number (`matti.meikalainen@ely-keskus.fi.csv`) is
 * `[sähköpostiosoite poistettu]-6a618910.csv` in what the notebook says and in its diagnostics, as the corpus'
 * files are.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { ScrubOptions } from "../output/scrub.ts";
import type { LoadedRegister } from "../register/load_register.ts";
import { openRegisters as registersFor } from "../register/shipped.ts";
import { registerChoice } from "../report/programme.ts";

/**
 * The registers to compare the projects with, as the report chooses them: the file `choice` names (by default
 * `ESF_REGISTER`; its period from its layout), none when it is `none`, and by default (unset or empty) the shipped
 * register of each period the projects belong to. Each is named without the machine's path, and without the
 * contact details in its name unless `scrub` keeps them (by default as `ESF_KEEP_CONTACT_TEXT` says).
 *
 * @example Usage
 * ```ts
 * import { openRegisters } from "./register_name.ts";
 * import pl from "nodejs-polars";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const registers = openRegisters(pl.DataFrame({ programme_period: ["2014-2020"] }), "");
 * assertEquals(registers.map((r) => r.file), ["data/registers/eura2014-2016-esr.csv"]);
 * ```
 */
export function openRegisters(
  projects: pl.DataFrame,
  choice: string | undefined = Deno.env.get("ESF_REGISTER"),
  scrub: ScrubOptions = {},
): LoadedRegister[] {
  const periods = projects.getColumn("programme_period").toArray() as string[];
  const named = choice || undefined;
  return registersFor(named === "none" ? false : named, periods, (path) => registerChoice(path, scrub));
}
