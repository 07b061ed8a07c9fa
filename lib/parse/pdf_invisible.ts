/**
 * Text drawn invisibly: a scan's OCR layer is text in render mode 3 (or 7),
 * laid over the page's image so that it can be searched, and pdf.js gives it
 * as any other text. Its figures are what the recogniser read, which may be
 * misread (8 for 3). pdf.js's text content does not say a text's render mode,
 * so the page's operator list is read beside it: the glyphs of its text
 * operators, each with the render mode in force, are matched in order with
 * the text items' characters. Over a print, such a layer is read once where it
 * agrees with the print (`pdf_layers.ts`); text that the page holds only
 * invisibly is said ({@linkcode ocrProblem}).
 *
 * @module
 */
import type { ExtractionProblem } from "./_lines.ts";

type PdfJs = typeof import("pdfjs-dist");
type Page = import("pdfjs-dist").PDFPageProxy;

/** The characters of a text that are matched: its own after NFKC, spaces left out (pdf.js adds and drops spaces). */
const matched = (text: string) => [...text.normalize("NFKC").replace(/\s+/g, "")];

/**
 * For each of a page's texts (the `str` of its text items, in order), whether it is drawn invisibly (render mode 3 or
 * 7): every character of it in an invisible text operator. When the operators' characters do not match the texts'
 * one for one, a page whose text is all invisible is so throughout, and a page of both is taken as invisible
 * nowhere it cannot tell (its layers are compared where they overlap, see `pdf_layers.ts`).
 */
export async function invisibleTexts(pdfjs: PdfJs, page: Page, texts: string[]): Promise<boolean[]> {
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const { OPS } = pdfjs;
  const glyphs: boolean[] = [];
  const chars: string[] = [];
  const modes: number[] = [];
  let mode = 0;
  fnArray.forEach((fn, i) => {
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) modes.push(mode);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) mode = modes.pop() ?? 0;
    else if (fn === OPS.setTextRenderingMode) mode = Number(argsArray[i]?.[0] ?? 0);
    else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      for (const glyph of (argsArray[i]?.[0] ?? []) as unknown[]) {
        const unicode = typeof glyph === "object" && glyph !== null ? (glyph as { unicode?: unknown }).unicode : null;
        if (typeof unicode !== "string") continue;
        for (const char of matched(unicode)) {
          chars.push(char);
          glyphs.push((mode & 3) === 3);
        }
      }
    }
  });
  const ofTexts = texts.map(matched);
  if (ofTexts.flat().join("") === chars.join("")) {
    let at = 0;
    return ofTexts.map((text) => {
      const drawn = glyphs.slice(at, at += text.length);
      return drawn.length > 0 && drawn.every((invisible) => invisible);
    });
  }
  const all = glyphs.length > 0 && glyphs.every((invisible) => invisible);
  return texts.map(() => all);
}

/** Pages as a list of ranges: `1–3, 5`. */
export function pageRanges(pages: number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return ranges.join(", ");
}

/**
 * The warning of a PDF whose read text on some pages is an invisible layer alone (an OCR layer over a scan): at the
 * first of them, naming them all (`detail`); null when there are none.
 *
 * @example Usage
 * ```ts
 * import { ocrProblem } from "./pdf_invisible.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(ocrProblem([3, 1, 2, 5])?.detail, "1–3, 5");
 * assertEquals(ocrProblem([]), null);
 * ```
 */
export function ocrProblem(pages: number[]): ExtractionProblem | null {
  if (pages.length === 0) return null;
  const detail = pageRanges(pages);
  return {
    level: "warning",
    code: "ocr_text",
    message: `The text of page(s) ${detail} is an invisible OCR layer (text recognised from a scanned image): its ` +
      "figures are as the recogniser read them; check them against the print.",
    line: Math.min(...pages),
    detail,
  };
}
