/**
 * What the notebooks' sentences (`notebooks.ts`) are made of: the figures they
 * take (a named value, a group's figure, the sums of both figures) and how a
 * share or a list of groups is written in each language.
 *
 * @module
 */
import { formatInteger, formatPercent, MISSING } from "./format.ts";
import type { Language } from "./mod.ts";

/** A project named in a sentence: its short name with its code, and a value. */
export interface NamedValue {
  label: string;
  value: number;
}

/** A group's figure and the number of projects behind it. */
export interface GroupFigure {
  group: string;
  value: number | null;
  n: number;
}

/** Sums over the projects that print both figures, and their ratio. */
export interface Both {
  actual: number;
  planned: number;
  ratio: number | null;
  n: number;
}

export const fiPct = (value: number | null) => formatPercent(value, "fi");
export const enPct = (value: number | null) => formatPercent(value, "en");
export const fiGroups = (rows: readonly GroupFigure[]) =>
  rows.map((r) => `${r.group}: ${fiPct(r.value)} (n = ${formatInteger(r.n, "fi")})`).join(", ");
export const enGroups = (rows: readonly GroupFigure[], names: Record<string, string> = {}) =>
  rows.map((r) => `${names[r.group] ?? r.group}: ${enPct(r.value)} (n = ${formatInteger(r.n, "en")})`).join(", ");
/** Whether a register's rows have no programme section (the 2014–2020 list): its one group is the missing one. */
export const unsectioned = (sections: readonly GroupFigure[]) => sections.every((s) => s.group === MISSING);
/** The widest gap between the groups' figures, in percentage points, whole (0 with fewer than two figures). */
export const spreadPoints = (rows: readonly GroupFigure[]) => {
  const values = rows.flatMap((r) => r.value === null ? [] : [r.value]);
  return values.length < 2 ? 0 : Math.round(100 * (Math.max(...values) - Math.min(...values)));
};
/** Checks with how many values each flagged: "Utilisation above 100% 74, Actual without a plan 1". */
export const checkList = (checks: readonly { group: string; n: number }[], lang: Language) =>
  checks.map((c) => `${c.group} ${formatInteger(c.n, lang)}`).join(", ");
