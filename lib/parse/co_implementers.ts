/**
 * The co-implementers (Osatoteuttajat) of a 2014–2020 joint project: one
 * organisation a line, a name and maybe its Y-tunnus. The block ends at the
 * first line that is something else: a `Label: value` field, an e-mail
 * address, a phone number, a web address, or a person's name with a role.
 * Such a line is personal data more often than not, so it is never read as
 * a co-implementer, and the warning about it does not repeat it.
 *
 * @module
 */
import type { Line } from "./sections.ts";
import type { CoImplementer } from "../schema.ts";
import { pipeCells } from "./split_lines.ts";
import { FIELD_LINE } from "./label_match.ts";
import { holdsEmailAddress } from "./email_address.ts";
import { plainBusinessIds } from "./business_id.ts";
import { LIST_MARKER } from "./list_marker.ts";

/** Every business ID of a line (taken out before the line is looked at for a phone number). */
const BUSINESS_IDS = /\b\d{7}-\d\b/g;
const WEB = /(?:https?:\/\/|www\.)/i;
const PHONE_WORD = /^(?:puh(?:elin)?|p|tel|gsm|mob)\.?\s*:?\s*[+\d(]/i;
const PHONE = /(?:\+\d|(?<!\d)0\d?)[\d\s\-()/]{5,}\d/;
const ROLES =
  "päällikkö|johtaja|koordinaattori|asiantuntija|yhteyshenkilö|vastuuhenkilö|sihteeri|suunnittelija|ohjaaja|neuvoja|rehtori|opettaja|kehittäjä|työntekijä|manager|director|coordinator";
const NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const PERSON_WITH_ROLE = new RegExp(`^${NAME}\\s+${NAME}\\s*[,(–-]\\s*\\p{Ll}*(?:${ROLES})`, "u");
const ROLE_FIRST = new RegExp(`^\\p{L}*(?:${ROLES})\\s*:?\\s+${NAME}`, "iu");

/** Whether a line is a contact detail or a person, not an organisation. */
export function endsCoImplementers(text: string): boolean {
  const withoutId = text.replace(BUSINESS_IDS, "");
  const digits = (withoutId.match(PHONE)?.[0] ?? "").replace(/\D/g, "").length;
  return FIELD_LINE.test(withoutId) || holdsEmailAddress(text) || WEB.test(text) || PHONE_WORD.test(text) ||
    digits >= 7 ||
    PERSON_WITH_ROLE.test(text) || ROLE_FIRST.test(text);
}

/** What the co-implementers block holds (see {@linkcode readCoImplementers}). */
export interface CoImplementersRead {
  coImplementers: CoImplementer[];
  /** The line each co-implementer was read from: its business ID's, where that was on a line of its own. */
  lines: Line[];
  /** The line that ended the block early, if one did. */
  end: Line | undefined;
  /** Lines with text after their business ID, which was left out (a contact person, more often than not). */
  leftOut: Line[];
  /**
   * Lines of a business ID alone whose organisation cannot be told (under one that has an ID already, under names
   * stacked without theirs, or under none): not read.
   */
  strayIds: Line[];
}

/** A table's header row over the co-implementers: their columns named (`Nimi<TAB>Y-tunnus`), no organisation. */
const HEADER_ROW = /^(?:nimi|organisaatio|osatoteuttaja\p{L}*|toteuttaja)\s*[,;|\t]?\s*y-tunnus\.?$/iu;
/** The block's heading printed again (the block pasted twice): no organisation. */
const HEADING_AGAIN = /^osatoteuttajat\s*:?$/iu;
/** A line that says there are none: a dash, "Ei osatoteuttajia", "Ei ole". */
const NONE = /^(?:[-–—]+|ei(?:\s+(?:ole|osatoteuttaji\p{L}*))?\.?)$/iu;
/** A business ID alone on its line (maybe labelled): the ID of the organisation above it, wrapped. */
const ID_ALONE = /^(?:y-tunnus\s*:?\s*)?(\d{7}-\d)\.?$/iu;
/** Each business ID of a line and what comes before it (after the ID before). */
const EACH_ID = /(?<!\d)\d{7}-\d(?!\d)/g;
/** A business ID (the first of a text). */
const ONE_ID = /(?<!\d)\d{7}-\d(?!\d)/;
/**
 * What is printed where an ID goes but is not one (`23l2333-7` misread, `231233-37` mistyped): digits (or the letters
 * OCR takes them for) about a hyphen, six digits at least (see {@linkcode idLike}). Kept as printed, as the ID (said
 * unusual), not in the name.
 */
const ID_LIKE = /(?<![\p{L}\d])[\dlIO]{5,9}-[\dlIO]{1,3}(?![\p{L}\d])/u;
/** The {@linkcode ID_LIKE} of a text with six digits at least, if there is one. */
function idLike(text: string): RegExpExecArray | null {
  const found = ID_LIKE.exec(text);
  return found && found[0].replace(/\D/g, "").length >= 6 ? found : null;
}

/**
 * The co-implementers under the heading: one organisation a line (see `parseLine` for two on a line), a business
 * ID wrapped onto a line of its own given to the organisation above it; a table's header row and a line that says
 * there are none are no organisation. The block ends at the first contact detail (see
 * {@linkcode endsCoImplementers}).
 */
export function readCoImplementers(lines: readonly Line[]): CoImplementersRead {
  const read: CoImplementersRead = { coImplementers: [], lines: [], end: undefined, leftOut: [], strayIds: [] };
  for (const line of lines) {
    // A row of a table drawn with pipes as its cells apart by commas (`Paremmin Yhdessä ry, 2312333-7`).
    // An ID written with another dash, or spaces round it, is the same ID (see `plainBusinessIds`).
    const text = plainBusinessIds(pipeCells(line.text)?.filter((cell) => cell !== "").join(", ") ?? line.text).trim();
    if (text === "" || HEADER_ROW.test(text) || NONE.test(text) || HEADING_AGAIN.test(text)) continue;
    const alone = text.match(ID_ALONE);
    if (alone) {
      // The ID of the organisation above, when that one has none and the one before it has one (or there is none):
      // under names stacked without IDs (a table read column by column) it cannot be told whose it is.
      const last = read.coImplementers.length - 1;
      const idless = (k: number) => k >= 0 && read.coImplementers[k]!.business_id === null;
      if (idless(last) && !idless(last - 1)) {
        read.coImplementers[last] = { ...read.coImplementers[last]!, business_id: alone[1]! };
        read.lines[last] = line;
      } else read.strayIds.push(line);
      continue;
    }
    if (endsCoImplementers(text)) return withoutRepeats({ ...read, end: line });
    for (const { coImplementer, after } of parseLine(text)) {
      read.coImplementers.push(coImplementer);
      read.lines.push(line);
      if (after) read.leftOut.push(line);
    }
  }
  return withoutRepeats(read);
}

/** A co-implementer as compared with the others: its name (case and spacing aside) and its ID. */
const sameOrganisation = ({ name, business_id }: CoImplementer) =>
  `${name.toLowerCase().replace(/\s+/g, " ")}\u0000${business_id}`;

/**
 * The co-implementers with each printed again (a line or the block pasted twice) once: the same name and ID are one
 * organisation, never two. One name with two IDs, or one ID with two names, stay as printed.
 */
function withoutRepeats(read: CoImplementersRead): CoImplementersRead {
  const seen = new Set<string>();
  const keep = read.coImplementers.map((co) => !seen.has(sameOrganisation(co)) && !!seen.add(sameOrganisation(co)));
  if (keep.every(Boolean)) return read;
  return {
    ...read,
    coImplementers: read.coImplementers.filter((_, i) => keep[i]),
    lines: read.lines.filter((_, i) => keep[i]),
  };
}

/**
 * The organisations of a line: one, or (two IDs or more) one for each ID when each after the first follows a
 * semicolon or "ja" and each has a name of its own before it (`A, 1234567-8; B, 2345678-9`, `… ja B, …`). Else one,
 * the text after its ID left out (a former ID after a comma or in brackets, two names before two IDs, IDs joined by
 * a slash).
 */
function parseLine(text: string): { coImplementer: CoImplementer; after: boolean }[] {
  const ids = [...text.matchAll(EACH_ID)];
  if (ids.length < 2) return [parseCoImplementer(text)];
  const segments = ids.map((id, k) => {
    const from = k === 0 ? 0 : ids[k - 1]!.index + ids[k - 1]![0].length;
    const to = k === ids.length - 1 ? text.length : id.index + id[0].length;
    return text.slice(from, to).replace(/^[\s,;.]+/, "").replace(/^(?:ja|sekä)\s+/i, "");
  });
  // Each after the first follows a semicolon or "ja": a comma may be followed by anything (a former ID, a place).
  const joined = ids.slice(1).every((_, k) =>
    /^\s*(?:;|,?\s*(?:ja|sekä)\s)/i.test(text.slice(ids[k]!.index + ids[k]![0].length))
  );
  const named = joined && segments.every((segment) => {
    const name = segment.slice(0, segment.search(ONE_ID)).replace(/[\s,;]+$/, "");
    return name.length >= 2 && /^\p{L}/u.test(name) && !/[()/;]/.test(name);
  });
  return named ? segments.map(parseCoImplementer) : [parseCoImplementer(text)];
}

/** Punctuation, brackets and spaces at a name's end, before its ID. */
const TRAILING = /[\s([,;:–-]$/;

/** A name without what ends it before its ID: punctuation, a bracket, the ID's label (`, Y-tunnus:`, `(Y-tunnus`). */
function beforeId(name: string): string {
  // Character by character from the end, so that no pattern scans a long run of punctuation again and again.
  let end = name.length;
  const trim = () => {
    while (end > 0 && TRAILING.test(name[end - 1]!)) end--;
  };
  trim();
  if (/(?:^|[^\p{L}])y-tunnus$/iu.test(name.slice(Math.max(0, end - 9), end))) {
    end -= "y-tunnus".length;
    trim();
  }
  return name.slice(0, end);
}

/** A line's name and business ID (wherever it is printed), and whether text follows the ID. */
function parseCoImplementer(line: string): { coImplementer: CoImplementer; after: boolean } {
  const text = line.replace(LIST_MARKER, "");
  const at = text.search(ONE_ID);
  const id = at >= 0 ? { index: at, 0: text.match(ONE_ID)![0] } : idLike(text);
  // An ID in brackets (`Name (1234567-8)`), or labelled (`Name, Y-tunnus: 1234567-8`), leaves neither on the name.
  const name = id ? beforeId(text.slice(0, id.index)) : "";
  const rest = id ? text.slice(id.index + id[0].length).replace(/^[\s.,;:)\]–-]+/, "") : "";
  if (id && name !== "") return { coImplementer: { name, business_id: id[0] }, after: rest !== "" };
  // An ID printed before its name (a table's columns the other way round): the name is what follows it.
  if (id && id.index === 0 && /^\p{L}/u.test(rest)) {
    return { coImplementer: { name: rest, business_id: id[0] }, after: false };
  }
  // A name whose ID is wrapped onto the next line keeps no comma before it.
  return { coImplementer: { name: text.replace(/\s*[,;:]$/, ""), business_id: null }, after: false };
}
