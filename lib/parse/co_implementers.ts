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

const BUSINESS_ID = /\b\d{7}-\d\b/;
const FIELD = /^\p{L}[\p{L}\s.\-]{0,40}:\s*\S/u;
/** An e-mail address: tried only where its name starts, so a long word is scanned once, not once a character. */
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\d-]+\.[\p{L}\d.-]+/iu;
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
  const withoutId = text.replace(BUSINESS_ID, "");
  const digits = (withoutId.match(PHONE)?.[0] ?? "").replace(/\D/g, "").length;
  return FIELD.test(withoutId) || EMAIL.test(text) || WEB.test(text) || PHONE_WORD.test(text) || digits >= 7 ||
    PERSON_WITH_ROLE.test(text) || ROLE_FIRST.test(text);
}

/**
 * The co-implementers under the heading and the line each was read from, the line that ended the block early (if one
 * did), and the lines with text after their business ID, which was left out (a contact person, more often than not).
 */
export function readCoImplementers(
  lines: readonly Line[],
): { coImplementers: CoImplementer[]; lines: Line[]; end: Line | undefined; leftOut: Line[] } {
  const coImplementers: CoImplementer[] = [];
  const read: Line[] = [];
  const leftOut: Line[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    if (endsCoImplementers(line.text)) return { coImplementers, lines: read, end: line, leftOut };
    const { coImplementer, after } = parseCoImplementer(line.text);
    coImplementers.push(coImplementer);
    read.push(line);
    if (after) leftOut.push(line);
  }
  return { coImplementers, lines: read, end: undefined, leftOut };
}

/** A line's name and business ID (wherever it is printed), and whether text follows the ID. */
function parseCoImplementer(text: string): { coImplementer: CoImplementer; after: boolean } {
  const match = text.match(/^(.*?)[,;]?\s*(?<!\d)(\d{7}-\d)(?!\d)(.*)$/);
  if (match && match[1]!.trim() !== "") {
    return {
      coImplementer: { name: match[1]!.trim(), business_id: match[2]! },
      after: match[3]!.replace(/^[\s.,;:)\]–-]+/, "") !== "",
    };
  }
  return { coImplementer: { name: text, business_id: null }, after: false };
}
