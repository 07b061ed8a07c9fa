/**
 * Writing extracted text line by line, each line with where it came from:
 * shared by the HTML and the PDF extractors so that both give the text
 * parser the same shape of text (a paragraph per block, a blank line
 * between paragraphs, no runs of blank lines).
 *
 * @module
 */
import { cellsApart } from "./split_lines.ts";
import type { UnreadSheet } from "./html_unread.ts";

/** Something that went wrong while extracting text; never thrown, always returned. */
export interface ExtractionProblem {
  /** error: no usable text came out; warning: text came out, but may be incomplete or was repaired. */
  level: "error" | "warning";
  /** Stable machine-readable code, e.g. `charset_mismatch`, `no_text_layer`. */
  code: string;
  /** Human-readable sentence. */
  message: string;
  /** 1-based line of the source (HTML source line, or PDF page) the problem concerns; null for the whole file. */
  line: number | null;
  /** What the message names, for its diagnostic: a style rule, the pages of a PDF. */
  detail?: string;
  /** For a `sheet_not_read` warning: the sheet, why, and where the page leads to it. */
  unread?: UnreadSheet;
}

/** The finished lines and, for each, its origin. */
export interface WrittenLines<O> {
  lines: string[];
  origins: O[];
}

const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g;
/** A figure's rest: groups of three digits (`300`, `004`, `300 000`). */
const FIGURE_REST = /^\d{3}(?: \d{3})*$/;

/**
 * Collects text into lines: `text` adds inline text (runs of spaces made one),
 * `newline` ends the current line, `lineBreak` ends it even when empty (a
 * `<br>`), `paragraph` asks for a blank line before the next text.
 */
export class LineWriter<O> {
  readonly #lines: string[] = [];
  readonly #origins: O[] = [];
  #current = "";
  #origin: O | undefined;
  #space = false;
  #blank = false;

  /** Adds inline text; its leading and trailing spaces count as one space each. */
  text(text: string, origin: O): void {
    const collapsed = text.replace(/[ \t\n\r\f]+/g, " ");
    if (collapsed === "") return;
    // Only HTML's own spaces count here: String.trim would also drop no-break spaces.
    const body = collapsed.replace(/^ | $/g, "");
    if (body === "") {
      if (this.#current !== "") this.#space = true;
      return;
    }
    if (this.#current === "") {
      this.#origin = origin;
      this.#current = body;
    } else this.#current += (this.#space || collapsed.startsWith(" ") ? " " : "") + body;
    this.#space = collapsed.endsWith(" ");
  }

  /** Adds text exactly as it is, with no space added or dropped (for text joined inside a word). */
  raw(text: string, origin: O): void {
    if (text === "") return;
    if (this.#current === "") this.#origin = origin;
    this.#current += text;
    this.#space = false;
  }

  /** Whether the current line has text. */
  get open(): boolean {
    return this.#current.trim() !== "";
  }

  /** Ends the current line if it has text. */
  newline(): void {
    this.#space = false;
    if (this.#current.replace(NO_BREAK_SPACES, " ").trim() === "") {
      this.#current = "";
      return;
    }
    // Groups of three digits alone after a line that ends in a digit are that figure's rest, a block apart
    // (`645<div>300</div>`): no blank line between, so the figure reads as cut (`645` / `300`), never as `645`.
    const rest = FIGURE_REST.test(this.#current.replace(NO_BREAK_SPACES, " ").trim()) &&
      /\d$/.test(this.#lines.at(-1) ?? "");
    if (this.#blank && this.#lines.length > 0 && !rest) this.#push("", this.#origins.at(-1)!);
    this.#blank = false;
    this.#push(this.#current, this.#origin!);
    this.#current = "";
  }

  /** Ends the current line; on an empty line, adds a blank line (two breaks in a row). */
  lineBreak(origin: O): void {
    if (this.open) this.newline();
    else if (this.#lines.length > 0) this.#push("", origin);
    this.#current = "";
    this.#space = false;
  }

  /** Ends the current line and asks for a blank line before the next text. */
  paragraph(): void {
    this.newline();
    this.#blank = true;
  }

  /** Adds a whole line with its origin (text of a table row already put together). */
  line(text: string, origin: O): void {
    this.newline();
    this.#current = text;
    this.#origin = origin;
    this.newline();
  }

  #push(text: string, origin: O): void {
    // Two spaces or more (no-break ones too) or a tab between digits stay apart as a tab: cells side by side, never a
    // figure's thousands (see the parser's `splitLines`).
    const plain = cellsApart(text).replace(NO_BREAK_SPACES, " ").replace(/ {2,}/g, " ").trim();
    if (plain === "" && (this.#lines.length === 0 || this.#lines.at(-1) === "")) return;
    this.#lines.push(plain);
    this.#origins.push(origin);
  }

  /** The lines written, with no blank line first or last and no two blank lines in a row. */
  finish(): WrittenLines<O> {
    this.newline();
    const lines = [...this.#lines];
    const origins = [...this.#origins];
    while (lines.length > 0 && lines.at(-1) === "") {
      lines.pop();
      origins.pop();
    }
    return { lines, origins };
  }
}
