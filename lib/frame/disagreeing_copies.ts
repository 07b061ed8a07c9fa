/**
 * Two copies of a project that disagree on a figure: which one is right, the
 * documents do not say, so the figure is not read. The kept copy's figures
 * and dates that its duplicates give otherwise are null in the projects
 * frame (their derived metrics with them), as the duplicate's diagnostic
 * says (`figuresNotRead` in `lib/corpus/duplicates.ts` picks them); texts
 * that differ stay as the kept copy prints them.
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnTypes } from "./column_types.ts";
import type { Diagnostic } from "../schema.ts";

/** A column name no frame has: the rows whose value is not read. */
const MASK = "\u0000not read";

/** The duplicates' diagnostics that name differing columns: the kept copy's file and code, and the columns. */
function disagreements(diagnostics: readonly Diagnostic[]): { code: string; kept: string; columns: string[] }[] {
  return diagnostics.flatMap((d) => {
    const { key, values } = d as { key?: string; values?: unknown[] };
    if ((key !== "duplicate_differs" && key !== "duplicate_other_form") || values === undefined) return [];
    // The columns the duplicate's diagnostic says are not read (see `figuresNotRead`).
    const columns = values.at(-1) as string[];
    return columns.length === 0 ? [] : [{ code: values[0] as string, kept: values[1] as string, columns }];
  });
}

/** The projects with the figures their copies disagree on made null (see the module's note). */
export function withoutDisagreeingFigures(projects: pl.DataFrame, diagnostics: readonly Diagnostic[]): pl.DataFrame {
  const found = disagreements(diagnostics);
  if (found.length === 0) return projects;
  const codes = projects.getColumn("project_code").toArray() as (string | null)[];
  const files = projects.getColumn("source_file").toArray() as string[];
  const rowOf = new Map(codes.map((code, row) => [`${code}\u0000${files[row]}`, row]));
  const nulled = new Map<string, Set<number>>();
  for (const { code, kept, columns } of found) {
    const row = rowOf.get(`${code}\u0000${kept}`);
    if (row === undefined) continue;
    for (const column of columns) {
      if (!nulled.has(column)) nulled.set(column, new Set());
      nulled.get(column)!.add(row);
    }
  }
  const types = columnTypes(projects);
  const changed = [...nulled].map(([column, rows]) => {
    const dtype = types.get(column)!;
    const marked = projects.select(column).withColumns(pl.Series(MASK, codes.map((_, row) => rows.has(row)), pl.Bool));
    return marked.select(pl.when(pl.col(MASK)).then(pl.lit(null).cast(dtype)).otherwise(pl.col(column)).alias(column))
      .getColumn(column);
  });
  return changed.length === 0 ? projects : projects.withColumns(...changed);
}
