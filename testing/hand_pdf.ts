/**
 * Writing small PDFs by hand for the extractor's tests: text placed where a
 * test says, in the standard Helvetica (WinAnsi), on pages of a given size,
 * with what damaged prints have (a rotated page or text matrix, an invisible
 * text layer, text drawn twice). No Chromium needed; untagged, as a print of
 * another program than a browser is.
 *
 * @module
 */

/** A piece of text on a page. */
export interface HandText {
  text: string;
  /** Left and baseline, in points from the page's bottom-left corner (before any `rotate`). */
  x: number;
  y: number;
  /** @default {10} */
  size?: number;
  /** The text turned by this many degrees counter-clockwise about (x, y). @default {0} */
  angle?: number;
  /** Render mode 3 (invisible), as an OCR layer over a scan. @default {false} */
  invisible?: boolean;
}

/** A page: its texts, its size and its `/Rotate`. */
export interface HandPage {
  texts: HandText[];
  /** @default {[595, 842]} (A4) */
  size?: [number, number];
  /** The page's `/Rotate` entry. @default {0} */
  rotate?: 0 | 90 | 180 | 270;
  /** A transformation of the whole page's content (`cm`), e.g. `[0, 1, -1, 0, 595, 0]`. */
  matrix?: [number, number, number, number, number, number];
}

/** Windows-1252 bytes of text (the characters this repository's documents use), as a PDF literal string. */
function literal(text: string): string {
  const extra: Record<string, number> = { "–": 0x96, "—": 0x97, "’": 0x92, "”": 0x94, "€": 0x80, "…": 0x85 };
  let out = "(";
  for (const char of text) {
    const code = extra[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`hand_pdf: "${char}" has no WinAnsi byte`);
    const c = String.fromCharCode(code);
    out += c === "(" || c === ")" || c === "\\" ? `\\${c}` : c;
  }
  return out + ")";
}

/** The bytes of a PDF of the pages. */
export function handPdf(pages: HandPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add("PAGES");
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const page of pages) {
    const [width, height] = page.size ?? [595, 842];
    const ops: string[] = [];
    if (page.matrix) ops.push(`${page.matrix.join(" ")} cm`);
    for (const t of page.texts) {
      const size = t.size ?? 10;
      const rad = ((t.angle ?? 0) * Math.PI) / 180;
      const [a, b] = [Math.cos(rad), Math.sin(rad)].map((v) => Number(v.toFixed(6)));
      ops.push(
        `BT /F1 ${size} Tf ${t.invisible ? 3 : 0} Tr ${a} ${b} ${-b!} ${a} ${t.x} ${t.y} Tm ${literal(t.text)} Tj ET`,
      );
    }
    const stream = ops.join("\n");
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Rotate ${page.rotate ?? 0} ` +
        `/Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
    ));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/**
 * The pages of a text printed as a plain print would: its lines top to bottom, a blank line a paragraph's gap, a long
 * line wrapped at a word; each `Label: value` line printed as the label at x 50 and the value at x 300 (wrapped in
 * its column); `perPage` printed lines a page at most, and none below 60 pt.
 */
export function printedLines(lines: string[], options: { perPage?: number; size?: number } = {}): HandPage[] {
  const perPage = options.perPage ?? 55;
  const size = options.size ?? 10;
  const pages: HandPage[] = [];
  let row = perPage;
  let y = 0;
  const wrap = (text: string, width: number) => {
    const out: string[] = [];
    let line = "";
    for (const word of text.split(" ")) {
      if (line !== "" && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    return [...out, line];
  };
  const next = () => {
    if (row >= perPage || y < 60) {
      pages.push({ texts: [] });
      row = 0;
      y = 780;
    }
    row++;
    const at = y;
    y -= size * 1.2;
    return at;
  };
  for (const line of lines) {
    if (line.trim() === "") {
      y -= size * 0.6;
      continue;
    }
    const field = line.match(/^([^:]{1,45}):\s(.{1,300})$/);
    if (field) {
      const values = wrap(field[2]!, 50);
      values.forEach((value, i) => {
        const at = next();
        if (i === 0) pages.at(-1)!.texts.push({ text: field[1]!, x: 50, y: at, size });
        pages.at(-1)!.texts.push({ text: value, x: 300, y: at, size });
      });
    } else {
      for (const part of wrap(line, 95)) {
        const at = next();
        pages.at(-1)!.texts.push({ text: part, x: 50, y: at, size });
      }
    }
  }
  return pages;
}

/** Helvetica's widths (thousandths of the size) of the characters the documents use; others 556. */
const WIDTHS: Record<string, number> = {
  " ": 278,
  ",": 278,
  ".": 278,
  ":": 278,
  "-": 333,
  "(": 333,
  ")": 333,
  "/": 278,
  "@": 1015,
  '"': 355,
  "'": 191,
  "&": 667,
  "–": 556,
  f: 278,
  i: 222,
  j: 222,
  l: 222,
  r: 333,
  t: 278,
  c: 500,
  k: 500,
  s: 500,
  v: 500,
  x: 500,
  y: 500,
  z: 500,
  m: 833,
  w: 722,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  Ä: 667,
  Ö: 778,
};

/** The printed width of a text in Helvetica of a size, in points. */
export function textWidth(text: string, size: number): number {
  return [...text].reduce((sum, char) => sum + (WIDTHS[char] ?? 556), 0) * size / 1000;
}

/**
 * An OCR layer over the page's texts: each word of each text again, invisible, at the word's place (as a text
 * recogniser lays its words over a scan), its text changed by `misread`.
 */
export function ocrLayer(texts: HandText[], misread: (word: string) => string = (word) => word): HandText[] {
  return texts.flatMap((text) => {
    const size = text.size ?? 10;
    let x = text.x;
    return text.text.split(" ").map((word) => {
      const at = x;
      x += textWidth(`${word} `, size);
      return { ...text, text: misread(word), x: at, invisible: true };
    });
  });
}
