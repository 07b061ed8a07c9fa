/**
 * The cross-check of parsed documents against the official register: every
 * disagreement a warning with both values and the document's line.
 *
 * @module
 */
import pl from "nodejs-polars";
import { diagnostic } from "../diagnostics.ts";
import type { Diagnostic } from "../schema.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { type CorpusFrames, type SourceLineLookup, sourceLineLookup } from "../frame/to_dataframe.ts";
import type { LoadedRegister } from "./load_register.ts";
import { foldDashes } from "../parse/dashes.ts";
import { readStatus } from "../parse/values.ts";

/** The fields compared between documents and register. */
export const COMPARED_FIELDS = [
  "name",
  "start_date",
  "end_date",
  "status",
  "funding_eu_state_granted",
  "funding_eu_state_actual",
  "funding_public_planned",
  "funding_public_actual",
] as const;

/** The columns of each frame the cross-check reads. */
const PROJECT_COLUMNS = ["project_code", "programme_period", "source_file", ...COMPARED_FIELDS];
const REGISTER_COLUMNS = ["project_code", "source_line", ...COMPARED_FIELDS];
const PROVENANCE_COLUMNS = ["source_file", "column", "source_line"];

/** The result of {@linkcode crossCheckRegister}. */
export interface CrossCheck {
  /** One `register_mismatch` warning per disagreeing field, with both values. */
  diagnostics: Diagnostic[];
  /** Codes of parsed projects of the register's period that it does not list. */
  missing: string[];
  /** How many parsed projects (of the register's period) the register lists and were compared field by field. */
  compared: number;
  /**
   * Codes of parsed projects whose name and both dates differ from the register's row of their code: the code may
   * be another project's (mistyped, or reused), so their other fields are not compared (one warning each says so).
   */
  otherProject: string[];
  /** Files of parsed projects of the register's period without a code: neither compared nor missing. */
  withoutCode: string[];
}

/** The fields that say which project a row is: a document that differs in all of them is another project's. */
const IDENTITY_FIELDS = ["name", "start_date", "end_date"] as const;

/** Names as the register prints them: commas were replaced by `|` or a space; dashes of any kind as one. */
function comparableName(name: string): string {
  return foldDashes(name.replace(/[,|]/g, " ")).replace(/\s+/g, " ").trim();
}

/** A name's letters and digits (and the characters `keep`), lower-case. */
const letters = (name: string, keep = "") =>
  name.normalize("NFC").toLowerCase().replace(new RegExp(`[^\\p{L}\\p{N}${keep}]`, "gu"), "");

/**
 * Whether a document's project name is the register's: as the register's collector printed it (commas replaced by
 * `|` or a space), where a `?` stands for a character it lost (`Naiset työssä ? yrittäjinä`, `2014?2020`: a dash in
 * the document) or for a question mark.
 *
 * @example Usage
 * ```ts
 * import { namesAgree } from "./cross_check.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(namesAgree("Naiset työssä – yrittäjinä, osaajina", "Naiset työssä ? yrittäjinä| osaajina"), true);
 * assertEquals(namesAgree("Naiset työssä – yrittäjinä", "Naiset työssä ? yrittäjät"), false);
 * assertEquals(namesAgree("NAISET TYÖSSÄ – yrittäjinä.", "Naiset työssä ? yrittäjinä", true), true);
 * ```
 *
 * `asWords`: the names agree as words, their letters and digits alone whatever their case, a `?` of the register any
 * one character or none (a letter, a quote or a dash it lost): whether the register's row is the same project.
 */
export function namesAgree(document: string, register: string, asWords = false): boolean {
  if (asWords) {
    const theirs = [...letters(register, "?")].map((c) => c === "?" ? "[\\p{L}\\p{N}]?" : c).join("");
    return new RegExp(`^${theirs}$`, "u").test(letters(document));
  }
  const [ours, theirs] = [comparableName(document), comparableName(register)];
  if (ours === theirs) return true;
  if (!theirs.includes("?") || ours.length !== theirs.length) return false;
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== theirs[i] && !(theirs[i] === "?" && ours[i] === "-")) return false;
  }
  return true;
}

function sameValue(field: typeof COMPARED_FIELDS[number], document: unknown, register: unknown): boolean {
  if (field === "name") {
    return typeof document === "string" && typeof register === "string"
      ? namesAgree(document, register)
      : (document ?? null) === (register ?? null);
  }
  // A status written otherwise (Päättynyt, Toiminta päättynyt) is the same when both read as one of EURA's three.
  if (field === "status" && typeof document === "string" && typeof register === "string") {
    const [ours, theirs] = [readStatus(document).value, readStatus(register).value];
    if (ours === theirs && ours !== null && ours !== "other") return true;
  }
  if (typeof document === "number" && typeof register === "number") return sameAmount(document, register);
  return (document ?? null) === (register ?? null);
}

/**
 * Whether two amounts are one: under half a euro apart, or one in whole euros that the other's cents were truncated
 * or rounded to (EURA's lists print whole euros: 614 153 is 614 153,60 truncated, 614 152,50 rounded).
 */
function sameAmount(a: number, b: number): boolean {
  const [whole, cents] = Number.isInteger(a) ? [a, b] : [b, a];
  if (!Number.isInteger(whole) || Number.isInteger(cents)) return Math.abs(a - b) < 0.5;
  return cents - whole >= -0.5 && cents - whole < 1;
}

/**
 * Compares every parsed project of the register's programme period that the
 * register lists on name, dates, status and the four funding figures; each
 * disagreement is a `register_mismatch` warning with both values, at the
 * document's line. A project whose name (as words, see {@linkcode namesAgree}) and both dates all differ from the
 * row of its code is not compared field by field: one warning gives both
 * names and periods and says the code may be another project's. Projects of another period are neither compared nor
 * missing (a 2007-2013 list cannot hold a 2014-2020 project); a register value
 * that could not be read is not compared, nor a field either frame does not
 * have (a frame narrowed in a notebook), and a provenance without lines gives
 * none. A project of the period without a code is neither: its file is in `withoutCode`.
 */
export function crossCheckRegister(frames: CorpusFrames, loaded: LoadedRegister): CrossCheck {
  // Only the columns compared (the projects' long texts and the whole provenance as objects: 0.3 s for 1,000).
  const { projects, provenance } = frames;
  const present = (frame: pl.DataFrame) => (column: string) => frame.columns.includes(column);
  const fields = COMPARED_FIELDS.filter(present(projects)).filter(present(loaded.register));
  const byCode = new Map(
    toJsonRecords(loaded.register.select(...REGISTER_COLUMNS.filter(present(loaded.register))))
      .map((row) => [row.project_code as string, row]),
  );
  // The documents' lines, read once a value disagrees; none from a provenance without them.
  let lines: SourceLineLookup | null = null;
  const lineOf: SourceLineLookup = (file, column) =>
    (lines ??= PROVENANCE_COLUMNS.every(present(provenance))
      ? sourceLineLookup(provenance.filter(pl.col("column").isIn([...fields])).select(...PROVENANCE_COLUMNS))
      : () => null)(file, column);
  const diagnostics: Diagnostic[] = [];
  const missing: string[] = [];
  const otherProject: string[] = [];
  const withoutCode: string[] = [];
  let compared = 0;
  const read = PROJECT_COLUMNS.filter(present(projects));
  for (const project of toJsonRecords(projects.select(...read))) {
    const code = project.project_code as string | null;
    if (project.programme_period !== loaded.period) continue;
    if (code === null) {
      withoutCode.push(project.source_file as string);
      continue;
    }
    const row = byCode.get(code);
    if (!row) {
      missing.push(code);
      continue;
    }
    const file = project.source_file as string;
    const differs = (field: typeof COMPARED_FIELDS[number]) =>
      fields.includes(field) && !loaded.unreadable.has(`${code}\u0000${field}`) &&
      project[field] != null && row[field] != null && !sameValue(field, project[field], row[field]);
    // Another project's row differs in its name as words too, not only as printed (capitals, a final full stop).
    const otherName = typeof project.name === "string" && typeof row.name === "string" &&
      !namesAgree(project.name, row.name, true);
    // The register's two dates swapped are its own project's, printed the wrong way round (the parser warns).
    const swapped = project.start_date != null && project.start_date === row.end_date &&
      project.end_date != null && project.end_date === row.start_date;
    if (otherName && !swapped && IDENTITY_FIELDS.every(differs)) {
      otherProject.push(code);
      const [name, start, end] = IDENTITY_FIELDS.map((field) => String(project[field]));
      const [theirName, theirStart, theirEnd] = IDENTITY_FIELDS.map((field) => String(row[field]));
      diagnostics.push(diagnostic(
        "register_other_project",
        { file, line: lineOf(file, "name"), project_code: code },
        code,
        name!,
        start!,
        end!,
        loaded.file,
        row.source_line as number,
        theirName!,
        theirStart!,
        theirEnd!,
      ));
      continue;
    }
    compared++;
    for (const field of fields) {
      // A register value that could not be read (a broken or truncated row) is not a disagreement.
      if (loaded.unreadable.has(`${code}\u0000${field}`)) continue;
      if (sameValue(field, project[field], row[field])) continue;
      diagnostics.push(diagnostic(
        "register_mismatch",
        { file, line: lineOf(file, field), project_code: code },
        field,
        project[field] ?? null,
        loaded.file,
        row.source_line as number,
        row[field] ?? null,
      ));
    }
  }
  return { diagnostics, missing, compared, otherProject, withoutCode };
}
