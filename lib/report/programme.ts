/**
 * The programme context of a report: the official registers it compares the
 * documents with (by default the shipped register of each period of the
 * corpus), the cross-check of each, and what the page, the tables, the
 * charts and the manifest say about them.
 *
 * @module
 */
import { scrubDiagnostic, scrubFileName, type ScrubOptions } from "../output/scrub.ts";
import pl from "nodejs-polars";
import { sha256Hex } from "../corpus/hash.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import type { CorpusFrames } from "../frame/to_dataframe.ts";
import type { Language } from "../i18n/mod.ts";
import { COMPARED_FIELDS, type CrossCheck, crossCheckRegister } from "../register/cross_check.ts";
import type { LoadedRegister } from "../register/load_register.ts";
import { openRegisters, registerName } from "../register/shipped.ts";
import type { Diagnostic } from "../schema.ts";
import { type CatalogueChart, programmeCharts } from "./catalogue.ts";
import type { RegisterComparison } from "./report_content.ts";
import { withoutLongTexts } from "./tables.ts";

/** A register the report used, as the manifest lists it. */
export interface ManifestRegister {
  file: string;
  period: string;
  sha256: string;
}

/** Each register compared with the corpus, and its cross-check. */
export interface ProgrammeContext {
  compared: { loaded: LoadedRegister; check: CrossCheck }[];
}

/**
 * Opens the registers (`register`: a file, `false` for none, `undefined` for
 * the shipped register of each period of the corpus) and cross-checks each
 * with the corpus projects of its period. Each register is named (`file`, in
 * its diagnostics and in the messages that quote it) as the report names
 * it: a person's e-mail address or phone number in its file's name scrubbed
 * as `scrub` says, as the corpus' files are.
 */
export function programmeContext(
  frames: CorpusFrames,
  register: string | false | undefined,
  scrub: ScrubOptions = {},
): ProgrammeContext {
  const periods = frames.projects.getColumn("programme_period").toArray() as string[];
  return {
    compared: openRegisters(register, periods, (path) => registerChoice(path, scrub)).map((loaded) => ({
      loaded,
      check: crossCheckRegister(crossCheckFrames(frames, loaded.period), loaded),
    })),
  };
}

/**
 * Only what the cross-check with a register of `period` reads: the projects of that period (it compares no
 * other) without their long texts, the lines of the compared fields (at 10,000 documents the whole frames
 * became half a gigabyte of JavaScript objects per register). The other frames are inherited, not copied:
 * a notebook's frames are read from its cache when first used.
 */
export function crossCheckFrames(frames: CorpusFrames, period: string): CorpusFrames {
  const projects = frames.projects.filter(pl.col("programme_period").eq(pl.lit(period)));
  return Object.create(frames, {
    projects: { value: withoutLongTexts(projects), enumerable: true },
    provenance: {
      // The lines of those projects' files (a line is looked up by file and column).
      value: frames.provenance.filter(pl.col("column").isIn([...COMPARED_FIELDS]))
        .join(projects.select("source_file"), { on: "source_file", how: "semi" })
        .select("source_file", "column", "source_line"),
      enumerable: true,
    },
  });
}

/** The `register-crosscheck` table's rows: every disagreement, then what could not be read from each register. */
export function crossCheckDiagnostics(context: ProgrammeContext): Diagnostic[] {
  return [
    ...context.compared.flatMap(({ check }) => check.diagnostics),
    ...context.compared.flatMap(({ loaded }) => loaded.diagnostics),
  ];
}

/** What the page and the Word report say about each register, contact details scrubbed as `scrub` says. */
export function pageComparisons(
  context: ProgrammeContext,
  projects: pl.DataFrame,
  scrub: ScrubOptions = {},
): RegisterComparison[] {
  const periods = projects.getColumn("programme_period").toArray() as string[];
  const starts = new Map(
    toJsonRecords(projects.select("project_code", "start_date")).map((p) => [p.project_code, p.start_date]),
  );
  return context.compared.map(({ loaded, check }) => {
    const register = loaded.register;
    const latest = toJsonRecords(register.select(pl.col("start_date").max()))[0]?.start_date;
    const latestStart = typeof latest === "string" ? latest : null;
    return {
      period: loaded.period,
      file: loaded.file, // named as programmeContext() names it, scrubbed
      rows: register.height,
      inCorpus: periods.filter((period) => period === loaded.period).length,
      compared: check.compared,
      otherProject: check.otherProject,
      missing: check.missing,
      withoutCode: check.withoutCode,
      // They quote the document's name and name its file: scrubbed as the register-crosscheck table is.
      mismatches: check.diagnostics.map((d) => scrubDiagnostic(d, scrub)),
      active: register.filter(pl.col("status_normalised").eq(pl.lit("active"))).height,
      latestStart,
      startedLater: check.missing.filter((code) => {
        const start = starts.get(code);
        return latestStart !== null && typeof start === "string" && start > latestStart;
      }),
    };
  });
}

/** The programme charts of each register. */
export function contextCharts(context: ProgrammeContext, projects: pl.DataFrame, lang: Language): CatalogueChart[] {
  return context.compared.flatMap(({ loaded }) => programmeCharts(loaded.register, projects, lang, loaded.period));
}

/**
 * The register the report was asked for, as the manifest's options say: the file's name (a shipped one by its place in
 * the repository, a person's e-mail address or phone number in it scrubbed), `none` or `shipped`.
 */
export function registerChoice(register: string | false | undefined, scrub: ScrubOptions = {}): string {
  return register ? scrubFileName(registerName(register), scrub) : register === false ? "none" : "shipped";
}

/**
 * The registers as the manifest lists them: name (as {@linkcode programmeContext} names it), period and the SHA-256
 * of the file read.
 */
export async function manifestRegisters(context: ProgrammeContext): Promise<ManifestRegister[]> {
  return await Promise.all(context.compared.map(async ({ loaded }) => ({
    file: loaded.file,
    period: loaded.period,
    sha256: sha256Hex(await Deno.readFile(loaded.path)),
  })));
}
