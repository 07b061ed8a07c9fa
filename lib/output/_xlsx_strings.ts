/**
 * The shared strings of exceljs' streaming workbook writer, made to scale:
 * looked up in a `Map` (exceljs' table is an object keyed by the texts,
 * which copies each text into V8's table of property names: 10,000
 * projects' long texts, twice), and written to `xl/sharedStrings.xml` a
 * chunk at a time. The numbers, counts and XML are exceljs' own.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { Readable } from "node:stream";
import type ExcelJS from "exceljs";

/**
 * A workbook's texts, each once, numbered in the order first added: what exceljs' streaming writer asks of its
 * `SharedStrings` (`add` for each text cell, `count` and `values` for the XML), with the texts looked up in a `Map`.
 * (exceljs' `getString` and `totalRefs` serve its reader, not the writer.)
 */
export class SharedStrings {
  readonly #values: string[] = [];
  readonly #index = new Map<string, number>();

  /** How many different texts (exceljs writes this as both counts of `sharedStrings.xml`). */
  get count(): number {
    return this.#values.length;
  }

  /** The texts, in the order of their numbers. */
  get values(): string[] {
    return this.#values;
  }

  /** The text's number, a new one when it was not added before. */
  add(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.#values.length;
      this.#index.set(value, index);
      this.#values.push(value);
    }
    return index;
  }
}

/** The streaming writer with these shared strings, written as {@linkcode streamSharedStrings} does. */
export function withSharedStrings(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const writer = workbook as unknown as SharedStringsWriter;
  writer.sharedStrings = new SharedStrings();
  streamSharedStrings(writer);
}

/** The part of exceljs' (undeclared) streaming writer that writes `xl/sharedStrings.xml`. */
interface SharedStringsWriter {
  sharedStrings: { count: number; values: unknown[] } | SharedStrings;
  zip: { append(source: unknown, options: { name: string }): void };
  addSharedStrings(this: SharedStringsWriter): Promise<void> | undefined;
}

/** How many shared strings are made into XML at a time. */
const STRINGS_PER_CHUNK = 1000;

/**
 * The shared strings written a chunk at a time instead of as one string: exceljs makes the whole
 * `sharedStrings.xml` one string, then a buffer of it (the long texts of 10,000 projects: hundreds of MB).
 * Each chunk is exceljs' own XML of those strings, so the file is the same, byte for byte.
 */
function streamSharedStrings(workbook: SharedStringsWriter): void {
  const render = workbook.addSharedStrings;
  // exceljs' XML of `values`, under a header that counts `count` strings (it writes the unique count twice).
  const xmlOf = (values: { length: number; forEach(each: (value: unknown) => void): void }, count: number) => {
    let xml = "";
    render.call({ sharedStrings: { count, values }, zip: { append: (text: string) => xml = text } } as never);
    return xml;
  };
  const END = "</sst>";
  workbook.addSharedStrings = function () {
    const { count, values } = this.sharedStrings;
    if (!count) return Promise.resolve();
    const first = xmlOf({ length: values.length, forEach: (each) => each(values[0]) }, count);
    const head = first.slice(0, first.indexOf("<si>"));
    function* chunks(): Generator<Buffer> {
      yield Buffer.from(head);
      for (let start = 0; start < values.length; start += STRINGS_PER_CHUNK) {
        const part = values.slice(start, start + STRINGS_PER_CHUNK);
        const xml = xmlOf(part, part.length);
        if (!xml.endsWith(END)) throw new Error("exceljs wrote its shared strings in a way this writer does not know");
        yield Buffer.from(xml.slice(xml.indexOf("<si>"), -END.length));
      }
      yield Buffer.from(END);
    }
    this.zip.append(Readable.from(chunks()), { name: "/xl/sharedStrings.xml" });
    return Promise.resolve();
  };
}
