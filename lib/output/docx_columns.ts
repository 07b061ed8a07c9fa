/**
 * The column widths of a Word table (see `docx_blocks.ts`), in twips, by
 * content: figures, codes, counts and the headers' words stay whole where the
 * text width allows.
 *
 * @module
 */

/** Twips a character of the tables' 9-point text takes, about (digits and bold letters a little less). */
export const CHAR_TWIPS = 100;

/** Words as Word breaks them: at spaces, never at a no-break space (`4 042 €`, `(n = 192)`). */
const longestWord = (text: string) => text.split(/[ \t\n]+/).reduce((most, word) => Math.max(most, word.length), 0);
/** A figure with its count after it wraps before the count, never inside either. */
const longestFigure = (text: string) => text.split(/ (?=\()/).reduce((most, part) => Math.max(most, part.length), 0);

/**
 * The characters each column needs whole: a right-aligned column its longest figure, a text column its longest
 * word, and any column the longest word of its header (each up to 25 characters; at least 4).
 */
export function columnNeeds(header: string[], body: string[][], align: readonly ("left" | "right")[]): number[] {
  const longest = (k: number, measure: (text: string) => number) =>
    body.reduce((most, row) => Math.max(most, measure(row[k] ?? "")), 0);
  return header.map((title, k) =>
    Math.max(
      4,
      Math.min(longestWord(title), 25),
      Math.min(longest(k, align[k] === "right" ? longestFigure : longestWord), 25),
    )
  );
}

/**
 * Whether columns that need these characters (see {@linkcode columnNeeds}) fit the text width whole in text of
 * `charTwips` a character: a table whose words do not is set in smaller text (see `docx_blocks.ts`).
 */
export function wordsFit(
  needs: readonly number[],
  textWidth: number,
  padding: number,
  charTwips = CHAR_TWIPS,
): boolean {
  return needs.reduce((sum, need) => sum + need * charTwips + padding, 0) <= textWidth;
}

/**
 * Column widths in twips summing to the text width, by content. Each column
 * first gets the room of what must not break: a right-aligned column its
 * longest figure (a figure never wraps; its count after it, `(n = 192)`,
 * may go to a line of its own), a text column its longest word, and any
 * column the longest word of its header (up to 25 characters); the rest of
 * the width goes to the columns by how much longer their cells are (up to 40
 * characters). When even that does not fit, what cannot wrap at all (figures,
 * codes) keeps its width, then, where they fit too, the headers' words (so
 * that `Hankkeita` is not broken into `Hankkeit`/`a`), and the rest is
 * shared by what each column lacks; failing that, the widths are shared by
 * what each needs, each at least 1.5 cm where the count of columns allows.
 */
export function columnWidths(
  header: string[],
  body: string[][],
  align: readonly ("left" | "right")[],
  textWidth: number,
  padding: number,
  charTwips: number = CHAR_TWIPS,
): number[] {
  const columns = header.length;
  const longest = (k: number, measure: (text: string) => number) =>
    body.reduce((most, row) => Math.max(most, measure(row[k] ?? "")), 0);
  const needs = columnNeeds(header, body, align);
  const minimum = needs.map((need) => need * charTwips + padding);
  const fixed = minimum.reduce((sum, width) => sum + width, 0);
  if (fixed <= textWidth) {
    const room = needs.map((need, k) => Math.max(0, Math.min(longest(k, (t) => t.length), 40) - need));
    const weights = room.some((r) => r > 0) ? room : needs;
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return withRemainder(
      minimum.map((width, k) => width + Math.floor((textWidth - fixed) * weights[k]! / total)),
      textWidth,
    );
  }
  // Too narrow for every word: first what cannot wrap at all (a figure, a code such as 0171450-7, which Word
  // would break at its hyphen), with a tenth to spare for digits and bold; the rest by what each column lacks.
  const unbreakable = (text: string) => /^[^ \t\n]+$/.test(text) && /\d/.test(text) ? text.length : 0;
  const figures = header.map((_, k) =>
    Math.ceil(Math.max(4, longest(k, align[k] === "right" ? longestFigure : unbreakable)) * charTwips) +
    padding
  );
  // A first column of text (the rows' names: `Osallistujien toteutumisaste, %`) its longest word, where it fits;
  // then the headers' words, where they fit too: the least extra width first (a short word broken, `Hankkeit`/`a`,
  // reads worst).
  const rigid = [...figures];
  if (align[0] === "left") {
    const word = Math.min(longest(0, longestWord), 25) * charTwips + padding;
    if (
      word <= textWidth * 0.3 &&
      rigid.reduce((sum, width) => sum + width, 0) - rigid[0]! + word <= textWidth
    ) {
      rigid[0] = Math.max(rigid[0]!, word);
    }
  }
  const headerWords = header.map((title) => Math.min(longestWord(title), 25) * charTwips + padding);
  const byExtra = header.map((_, k) => k).sort((a, b) =>
    (headerWords[a]! - figures[a]!) - (headerWords[b]! - figures[b]!)
  );
  for (const k of byExtra) {
    const extra = Math.max(0, headerWords[k]! - rigid[k]!);
    if (rigid.reduce((sum, width) => sum + width, 0) + extra <= textWidth) rigid[k] = rigid[k]! + extra;
  }
  const rigidTotal = rigid.reduce((sum, width) => sum + width, 0);
  const lacking = minimum.map((width, k) => Math.max(0, width - rigid[k]!));
  const lackingTotal = lacking.reduce((sum, width) => sum + width, 0);
  if (rigidTotal <= textWidth && lackingTotal > 0) {
    return withRemainder(
      rigid.map((width, k) => width + Math.floor((textWidth - rigidTotal) * lacking[k]! / lackingTotal)),
      textWidth,
    );
  }
  const floor = Math.min(850, Math.floor(textWidth / columns));
  const widths = needs.map((need) => Math.max(floor, Math.floor(textWidth * need / needs.reduce((a, b) => a + b, 0))));
  // Scale back what the floor added.
  const over = widths.reduce((sum, width) => sum + width, 0) - textWidth;
  const room = widths.reduce((sum, width) => sum + width - floor, 0);
  if (over > 0 && room > 0) {
    const flexible = widths.map((width) => width - floor);
    widths.forEach((width, k) => widths[k] = width - Math.floor(over * flexible[k]! / room));
  }
  return withRemainder(widths, textWidth);
}

/** The widths with the rounding remainder given to the widest column, so they sum to the text width. */
function withRemainder(widths: number[], textWidth: number): number[] {
  const rest = textWidth - widths.reduce((sum, width) => sum + width, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = widths[widest]! + rest;
  return widths;
}
