/**
 * Columns of a table that hold one value a document, the same in each of
 * its rows: provenance's project code, file and form (some 44 rows a
 * document, each repeating them). They are not written in the table text
 * (see `encode_files.ts`): polars fills them in from one value a document,
 * after the text is read. Two thirds less provenance text to write and to
 * read (2,000 generated documents: 1.0 KB a document against 3.1 KB;
 * written in 3.4 µs of CPU a document against 8.2, made a frame in 5.1 µs
 * against 7.8).
 *
 * @module
 */
import pl from "nodejs-polars";
import type { DocumentTable } from "./document_rows.ts";
import type { EncodedDocument, EncodedFile } from "./encode_files.ts";

/** A column with one value a document, and that value, from what the corpus assembly knows of the document. */
export interface DocumentColumn {
  name: string;
  value: (document: EncodedDocument, file: EncodedFile) => string | null;
}

/**
 * The table's frame, its text read (`read`: every column but the {@linkcode DocumentColumn}s) and these filled
 * in from each document of the files (whose rows the text holds, file after file), in the order of the schema.
 */
export function withDocumentColumns(
  table: DocumentTable,
  t: number,
  read: pl.DataFrame,
  files: readonly EncodedFile[],
): pl.DataFrame {
  if (table.filled.length === 0) return read;
  const values = table.filled.map((): (string | null)[] => []);
  const rows = new Uint32Array(read.height);
  let at = 0;
  for (const file of files) {
    for (const document of file.documents) {
      const count = document.rows[t]!;
      if (count === 0) continue;
      rows.fill(values[0]!.length, at, at + count);
      at += count;
      table.filled.forEach((column, c) => values[c]!.push(column.value(document, file)));
    }
  }
  if (at !== read.height) throw new Error(`${table.name}: ${read.height} rows read, ${at} counted`);
  const documents = pl.DataFrame(table.filled.map((column, c) => pl.Series(column.name, values[c]!, pl.Utf8)));
  const filled = documents.select(pl.all().gather(pl.Series("", rows as unknown as number[], pl.UInt32)));
  return pl.DataFrame(
    table.csv.fields.map(([name]) =>
      table.filled.some((column) => column.name === name) ? filled.getColumn(name) : read.getColumn(name)
    ),
  );
}
