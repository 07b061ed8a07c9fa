/**
 * The shipped seed documents as text, and small edits of them for tests that
 * damage one thing at a time. Every edit checks that what it replaces is in
 * the text exactly once, so that a test can never pass by editing nothing.
 *
 * @module
 */

const DATA = new URL("../data/documents/", import.meta.url);

/** The text of a shipped document by file name. */
export const seedText = (name: string): string => Deno.readTextFileSync(new URL(name, DATA));

/** S11547, the 2007-2013 seed: 199 planned (100 women), 119 actual (102 women), 645 300 € planned, 614 153 € used. */
export const SEED_2007 = seedText("000_0083efce40fb50fc.txt");
/** S22254, the 2014-2020 seed with a co-implementer, active (interim figures). */
export const SEED_2014 = seedText("003_26d83fee4ba57d94.txt");
/** S21941, the 2014-2020 seed without co-implementers, ended. */
export const SEED_2014_ENDED = seedText("004_b5ee5d749125fe7f.txt");

/** The text with `from` (which must occur exactly once) replaced by `to`. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`"${from}" does not occur exactly once`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * S11547 with figures an evaluator should check: realised EU and state
 * funding of -5 000 (not read: no project's funding is below zero), dates 1.1.2001–28.2.2029, 4 new jobs (2 for women)
 * against a plan of 0, and 10 participants planned (5 women) against 119.
 */
export function suspiciousSeed(): string {
  let text = edit(
    SEED_2007,
    "Toteutunut EU- ja valtion rahoitus: 614 153",
    "Toteutunut EU- ja valtion rahoitus: -5 000",
  );
  text = edit(text, "Alkaa 1.1.2011 ja päättyy 28.2.2015", "Alkaa 1.1.2001 ja päättyy 28.2.2029");
  text = edit(
    text,
    "Toteutunut seurantatietojen mukaan: 0, joista naisten työpaikkoja 0",
    "Toteutunut seurantatietojen mukaan: 4, joista naisten työpaikkoja 2",
  );
  return edit(text, "Suunniteltu: 199, joista naisia 100", "Suunniteltu: 10, joista naisia 5");
}

/** The 1-based line of the first line that holds `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split(/\r\n|\r|\n/).findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of a text (Latin-1 plus the 0x80-0x9F punctuation it uses). */
export function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { "€": 0x80, "…": 0x85, "–": 0x96, "—": 0x97, "“": 0x93, "”": 0x94, "’": 0x92 };
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    if (char in extra) return extra[char]!;
    throw new RangeError(`"${char}" has no Windows-1252 byte`);
  });
}

/** UTF-16 bytes of a text, with or without the byte-order mark. */
export function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const offset = bom ? 2 : 0;
  const bytes = new Uint8Array(offset + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
