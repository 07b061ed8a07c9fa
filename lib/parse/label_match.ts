/**
 * Matching a label in a line: `Label: value`, with stray spaces around the
 * label and colon, case and invisible characters aside, or `Label value`
 * when the colon was lost; a qualifier between the label and its colon
 * (`Suunniteltu (muutettu 2013): 250`) is kept with the value. See
 * `fields.ts` for finding labels in a sectioned document.
 *
 * @module
 */
import type { Line } from "./sections.ts";
import { hasInvisible, isInvisible } from "./split_lines.ts";
import { lowerAscii } from "./line_index.ts";

/** A `Label: value` line: a label of letters (up to 40 more letters, spaces, dots or hyphens), a colon and a value. */
export const FIELD_LINE = /^\p{L}[\p{L}\s.\-]{0,40}:\s*\S/u;

/** A value found after a label, with the line it is on. */
export interface FieldHit {
  value: string;
  line: number;
  /** What was printed between the label and its colon (`(muutettu 2013)`, `(1000 €)`, `2013`), when anything was. */
  qualifier?: string;
}

/**
 * Whether the line starts with the label (lower case), compared letter by letter without a copy: a character as the
 * label's (`ä` in both: lower case, as a label is), or an ASCII one lower-cased; true or false, or undefined at another
 * character past ASCII (then the caller lower-cases the start to compare).
 */
function asciiPrefix(text: string, wanted: string): boolean | undefined {
  if (text.length < wanted.length) return false;
  for (let i = 0; i < wanted.length; i++) {
    const code = text.charCodeAt(i);
    const want = wanted.charCodeAt(i);
    if (code === want) continue;
    if (code >= 0x80 || want >= 0x80) return undefined;
    if (lowerAscii(code) !== want) return false;
  }
  return true;
}

/** Where the label (lower case) ends in the line, when the line starts with it: case and invisible characters aside. */
function labelEnd(text: string, wanted: string): number | undefined {
  const first = text.charCodeAt(0);
  // Most lines fail on their first letter (or are blank): an ASCII letter is compared without a copy.
  if (text.length === 0 || (first < 0x80 && lowerAscii(first) !== wanted.charCodeAt(0))) return undefined;
  const ascii = asciiPrefix(text, wanted);
  if (ascii === true || (ascii === undefined && text.slice(0, wanted.length).toLowerCase() === wanted)) {
    return wanted.length;
  }
  // An ASCII letter that differs is no invisible character, and all before it matched: no invisible one can help.
  if (ascii === false || !hasInvisible(text.slice(0, wanted.length * 2))) return undefined;
  let i = 0;
  for (const char of wanted) {
    while (i < text.length && isInvisible(text[i]!)) i++;
    if (text[i]?.toLowerCase() !== char) return undefined;
    i++;
  }
  return i;
}

/** The value after `wanted` (a lower-case label) in a line. */
function valueAfter(text: string, wanted: string, allowMissingColon: boolean): string | undefined {
  return labelledValue(text, wanted, allowMissingColon)?.value;
}

/**
 * A label printed with a qualifier before its colon, `Suunniteltu (muutettu 2013): 250` or `Suunniteltu 2013: 250`:
 * the label printed again (an amended plan), its value another of the label's (compared with the others, never
 * left unseen).
 */
const QUALIFIED = /^\s*(\([^()]{1,60}\)|(?:19|20)\d{2})\s*:\s*(.*)$/;

/**
 * A label printed with words of its own before its colon that say the value is another of the label's: an
 * amendment (`Suunniteltu, muutettu: 250`, `Suunniteltu [muutettu]:`), a correction, the final report's figure, an
 * estimate or target, a date (`Suunniteltu 1.3.2013:`). Other words after a label make another label
 * (`Toteutunut EU- ja valtion rahoitus`), not a value of this one.
 */
const WORDED = new RegExp(
  String.raw`^(?:\s*[,/]\s*|\s+)([[(]?[^:()[\]]{0,30}?(?<!\p{L})` +
    String.raw`(?:muutettu|muutos|korjattu|päivitetty|tarkistettu|tilanne|alkuperäinen|loppuraport\p{L}*|arvio|` +
    String.raw`ennuste|tavoite|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?!\p{L})[^:()[\]]{0,30}[\])]?)\s*:\s*(.*)$`,
  "iu",
);

/** A label's colon and the value after it (`.` takes no line terminator: a rest holding one is read otherwise). */
const COLON = /^\s*:\s*(.*)$/;
/** The characters `.` of {@linkcode COLON} does not take. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/** The rest of a label's line that goes on in words and then a colon: another, longer label. */
const LONGER_LABEL = /^\s+\p{L}[\p{L}\s.\-]{0,40}:/u;

/** The value after `wanted` (a lower-case label) in a line, whether a colon came between them, and what else did. */
function labelledValue(
  text: string,
  wanted: string,
  allowMissingColon: boolean,
): { value: string; colon: boolean; qualifier?: string } | undefined {
  const end = labelEnd(text, wanted);
  if (end === undefined) return undefined;
  // The colon right after the label, as most lines print it: the value is the rest as `COLON` would capture it.
  if (text.charCodeAt(end) === 0x3a) {
    const after = text.slice(end + 1);
    if (!LINE_TERMINATOR.test(after)) return { value: after.trim(), colon: true };
  }
  const rest = text.slice(end);
  const colon = rest.match(COLON);
  if (colon) return { value: colon[1]!.trim(), colon: true };
  const qualified = rest.match(QUALIFIED) ?? rest.match(WORDED);
  if (qualified) return { value: qualified[2]!.trim(), colon: true, qualifier: qualified[1]!.trim() };
  if (!allowMissingColon) return undefined;
  if (rest === "") return { value: "", colon: false };
  // Words of a label's own before a colon (`Projektin nimi ja lyhenne: …`) make another label, not a value of this.
  if (LONGER_LABEL.test(rest)) return undefined;
  // A dash typed in place of the colon (`Label – 614 153`) is no minus sign of the value.
  const spaced = rest.match(/^\s+[-\u2013\u2014]\s+(.*)$/) ?? rest.match(/^\s+(.*)$/);
  return spaced ? { value: spaced[1]!.trim(), colon: false } : undefined;
}

/**
 * Reads a label's value from a line: `Label: value`, with stray spaces
 * around the label and colon, or `Label value` when the colon was lost.
 * Labels compare case-insensitively and ignore invisible characters.
 */
export function matchLabel(
  text: string,
  label: string,
  allowMissingColon: boolean,
): string | undefined {
  return valueAfter(text, label.toLowerCase(), allowMissingColon);
}

/** All hits of any of the labels in the lines, in line order; exact `label:` hits first when there are any. */
export function findAll(
  lines: readonly Line[],
  labels: readonly string[],
  colonOnly = false,
): FieldHit[] {
  return findLowerCase(lines, labels.map((label) => label.toLowerCase()), colonOnly);
}

/**
 * {@linkcode findAll} of labels already in lower case; the lines numbered from `skipFrom` to `skipTo` (both included)
 * are passed over (by default none).
 */
export function findLowerCase(
  lines: readonly Line[],
  wanted: readonly string[],
  colonOnly: boolean,
  skipFrom = Infinity,
  skipTo = -Infinity,
): FieldHit[] {
  // One pass: each line's label, with its colon or without.
  const hits: FieldHit[] = [];
  /** The hits without their colon (most finds have none), and whether any hit has its colon. */
  let bare: FieldHit[] | undefined;
  let anyColon = false;
  for (const line of lines) {
    if (line.number >= skipFrom && line.number <= skipTo) continue;
    // A label with its colon before one without ("A B: 5" is label "A B", not "A" with the value "B: 5").
    let withoutColon: string | undefined;
    let withColon: { value: string; qualifier?: string } | undefined;
    for (const label of wanted) {
      const labelled = labelledValue(line.text, label, !colonOnly);
      if (labelled?.colon) {
        withColon = labelled;
        break;
      }
      if (labelled !== undefined) withoutColon ??= labelled.value;
    }
    if (withColon !== undefined) {
      const { value, qualifier } = withColon;
      hits.push(qualifier === undefined ? { value, line: line.number } : { value, line: line.number, qualifier });
      anyColon = true;
    } else if (withoutColon !== undefined) {
      const hit = { value: withoutColon, line: line.number };
      hits.push(hit);
      (bare ??= []).push(hit);
    }
  }
  // Hits without their colon count only when none has one; then only the label printed again without its colon, a
  // figure, code or date after it, is another value of it (prose that starts with the label's word has words, no
  // figure). With `colonOnly`, every hit has its colon.
  if (bare === undefined || !anyColon) return hits;
  const without = new Set(bare);
  return hits.filter((hit) => !without.has(hit) || isBareValue(hit.value));
}

/** A value as printed without its label's colon: short, no colon of its own, a digit in it or a single word. */
function isBareValue(value: string): boolean {
  return value !== "" && value.length <= 60 && !value.includes(":") && (/\d/.test(value) || !/\s/.test(value));
}

/** Labels in lower case: the parser asks for the same few dozen labels in every document. */
const LOWER_LABELS = new Map<string, string>();
export const lowerLabel = (label: string): string => {
  let lower = LOWER_LABELS.get(label);
  if (lower === undefined) {
    lower = label.toLowerCase();
    if (LOWER_LABELS.size < 1000) LOWER_LABELS.set(label, lower);
  }
  return lower;
};

/** A single label in lower case as a list (most look-ups are of one label, asked for in every document). */
const LOWER_SINGLES = new Map<string, readonly string[]>();
/** Labels in lower case (see {@linkcode lowerLabel}): a single one's list made once. */
export function lowerLabels(labels: readonly string[]): readonly string[] {
  if (labels.length !== 1) return labels.map(lowerLabel);
  let lower = LOWER_SINGLES.get(labels[0]!);
  if (lower === undefined) {
    lower = [lowerLabel(labels[0]!)];
    if (LOWER_SINGLES.size < 1000) LOWER_SINGLES.set(labels[0]!, lower);
  }
  return lower;
}

/**
 * The labels of the templates' `Label: value` lines, as printed: after a space in a value, with its colon, the value
 * ran into the next field's line (two lines joined by a copy), and where it ends is not said. Labels a name can
 * hold with a colon after it (`Asema`) are not among them.
 */
const TEMPLATE_LABELS = [
  "Projektikoodi",
  "Hankekoodi",
  "Projektin nimi",
  "Hankkeen nimi",
  "Osio",
  "Toimintalinja",
  "Erityistavoite",
  "Projektityyppi",
  "Suunnitelman mukainen toteutusaika",
  "Toiminnan tila",
  "Vastuuviranomainen",
  "Toteuttajaorganisaation nimi",
  "Hakijan virallinen nimi",
  "Organisaatiotyyppi",
  "Y-tunnus",
  "Osoite",
  "Jakeluosoite",
  "Puhelinnumero",
  "Postinumero",
  "Postitoimipaikka",
  "Toteuttajaorganisaation Web-osoite",
  "WWW-osoite",
  "Projektin kotisivun osoite",
  "Vastuuhenkilön nimi",
  "Sähköposti",
  "Hankkeen yhteyshenkilön nimi",
  "Yhteyshenkilön asema hakijaorganisaatiossa",
  "Yhteyshenkilön sähköpostisoite",
  "Yhteyshenkilön puhelinnumero",
  "Hakijoiden lukumäärä tai tuen siirto -menettely",
  "Maakunnat",
  "Seutukunnat",
  "Kunnat",
  "Tasa-arvo",
  "Kestävä kehitys",
  "Kumppanuus",
  "Innovatiivisuus",
];
const LABEL_INSIDE = new RegExp(String.raw`\s(?:${TEMPLATE_LABELS.join("|")})\s*:`, "u");

/** Whether a value holds another field's label and colon after a space (see {@linkcode TEMPLATE_LABELS}). */
export const runsIntoLabel = (value: string): boolean => LABEL_INSIDE.test(value);
