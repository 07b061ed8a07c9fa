/**
 * Notebooks made by tests: code cells for the Deno kernel, as nbformat 4
 * writes them before a run (no outputs, no execution count).
 *
 * @module
 */

/** A code cell not yet run. */
export interface CodeCell {
  cell_type: "code";
  execution_count: null;
  id: string;
  metadata: Record<string, never>;
  outputs: never[];
  source: string[];
}

/** A notebook for the Deno kernel. */
export interface DenoNotebook {
  cells: CodeCell[];
  metadata: { kernelspec: { name: "deno"; display_name: "Deno"; language: "typescript" } };
  nbformat: 4;
  nbformat_minor: 5;
}

/** A code cell of the source (its lines, or one text), not yet run. */
export function codeCell(id: string, source: string | string[]): CodeCell {
  return { cell_type: "code", execution_count: null, id, metadata: {}, outputs: [], source: [source].flat() };
}

/** A notebook for the Deno kernel of the cells. */
export function denoNotebook(cells: CodeCell[]): DenoNotebook {
  return {
    cells,
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** A notebook for the Deno kernel of a code cell a source, the cells named `c0`, `c1`, …. */
export const denoNotebookOf = (...sources: string[]): DenoNotebook =>
  denoNotebook(sources.map((source, i) => codeCell(`c${i}`, source)));
