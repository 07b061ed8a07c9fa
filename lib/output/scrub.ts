/**
 * People's contact details in free text: e-mail addresses and phone numbers
 * that documents write into summaries and plans are replaced by a marker in
 * everything exported (tables, the report's page, the notebooks' tables),
 * unless the user keeps them; so is a person's name beside a role
 * (`projektipäällikkö Maija Mallikas`, see `scrub_names.ts`, a known first name). Other names of
 * people are not recognised, so they stay.
 *
 * - E-mail (as `parse/email_address.ts` recognises them): `name@host.fi` (also with a full-width `＠` or `．`), and the forms
 *   that hide the `@` from robots: `name(at)host.fi`, `name [at] host [dot] fi`,
 *   `name (at) host . fi`, `first.last at host.fi`, `first.last at host dot fi`,
 *   `(ät)`, `(a)`, `(piste)`, `<at>`, `(@)`, `%40`, `&#64;`; an address broken
 *   at a hyphen at the end of a line (`name@ely-` / `keskus.fi`); `first . last @ host . fi`; a first name alone
 *   before "at" (`anna at kemi.fi`, not `us at kemi.fi`).
 * - Phone: Finnish numbers (`040 718 1414`, `0400-123456`, `09-123 4567`, `040·123·4567`, `O4O 123 4567`,
 *   `044–718 1414`, `040 - 718 1415`, `(09) 123 456`, `0400.123.456`,
 *   `017/2631111`, `040/718 1414`), also tight after their word (`puh.040 …`,
 *   `GSM040 …`, `tel:040 …`), and international ones (`+358 40 7181414`,
 *   `+358 (0)40 718 1414`, `(+358) 50 577 1640`, `+ 358 (40) 123 4567`; groups apart by one space or
 *   two): 7 to 15 digits, starting with 0 or +; two apart by a space only are both found. Codes,
 *   business IDs (`0313471-7`), dates (`01.04.2008`, `08-12-2016`), postal codes and amounts
 *   (`1 122 206`, `01 234 567 €`: a unit after a figure ends no phone number) are not phone numbers and stay.
 * - Characters that print as nothing inside either (a soft hyphen, a zero-width
 *   space) do not hide it.
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnTypes } from "../frame/column_types.ts";
import { EXPORT_TEXT } from "../i18n/exports.ts";
import { isLanguage, type Language } from "../i18n/mod.ts";
import type { Diagnostic } from "../schema.ts";
import type { DiagnosticMessageKey } from "../diagnostics.ts";
import { scrubNamesBesideRoles } from "./scrub_names.ts";
import { isFirstName } from "./first_names.ts";
import { AT_SIGN, BROKEN_EMAIL_ADDRESS, EMAIL_ADDRESS, plainSigns } from "../parse/email_address.ts";

/** Options of {@linkcode scrubContactText} and {@linkcode scrubFrame}. */
export interface ScrubOptions {
  /**
   * The language of the marker put in place of what was removed.
   * @default {Deno.env.get("ESF_LANG") ?? "fi"}
   */
  lang?: Language;
  /**
   * Keep e-mail addresses and phone numbers (nothing is scrubbed).
   * @default {Deno.env.get("ESF_KEEP_CONTACT_TEXT") === "1"}
   */
  keepContactText?: boolean;
}

/** Between groups of digits: a space (or two), or a dash of any kind or a middle dot with a space or none around it. */
const GAP = String
  .raw`(?:[ \u00A0\u202F]{0,2}[-\u2010\u2011\u2012\u2013\u00B7\u2219][ \u00A0\u202F]{0,2}|[ \u00A0\u202F]{1,2})?`;
/**
 * An area code, its zeros also written as a letter O in a mobile's three or four characters (`O4O 123 4567`,
 * `O45`), a digit and an O in them (`O2 123 4567` is a company's name and a number, `OOO` no code).
 */
const AREA = String.raw`(?:0\d{1,3}|(?=[0O][\dO]{0,3}\d)(?=\d{0,3}O)[0O][\dO]{2,3})`;
/** `+358 40 …`, `+ 358 40 …`, `(+358) …`, `00358 …`; the area code also in brackets, `+358 (0)40 …`, `+358 (40) …`. */
const INTERNATIONAL = String
  .raw`(?:\(\s?(?:\+|00)\s?\d{1,3}\s?\)|(?:\+|00)\s?\d{1,3})${GAP}(?:\(0\)${GAP})?(?:\(\d{1,4}\)|\d[\dO]{0,3})(?:${GAP}\d{2,4}){1,6}`;
/** Up to six groups after the area code: two numbers apart by a space are read as one run, then told apart. */
const NATIONAL = String.raw`(?:\(0\d{1,3}\)|${AREA})(?:${GAP}\d{2,4}){1,6}`;
/** `0400.123.456`: an area code of three or four digits (a date's day has two: `01.04.2008` stays). */
const DOTTED = String.raw`0\d{2,3}\.\d{3}\.\d{3,4}`;
/**
 * `017/2631111`, `040/718 1414`: an area code, a slash and the number, at least five digits after the slash
 * (`dnro 017/2012` has too few and stays).
 */
const SLASHED = String.raw`(?:\(0\d{1,3}\)|0\d{1,3}) ?/ ?(?=(?:\d[ \u00A0\u202F-]?){5})\d{2,8}(?:${GAP}\d{2,4}){0,3}`;
/**
 * Where a number may start: not inside a word, a number or a date, nor after a group of digits and a space (an
 * amount's next group: `1 058 401 234 €`), but right after a phone word and its dot or colon (`puh.040 …`,
 * `GSM040 …`, `tel:040 …`).
 */
const NUMBER_START = String
  .raw`(?:(?<![\p{L}\p{N}+./,-])(?<!\p{N}[ \u00A0\u202F])|(?<=(?<![\p{L}])(?:puh(?:elin)?|p|tel|gsm|mob|fax)[.:]?))`;
/** Finland's country code without its plus, the number tight after it (`358401234567`): no amount is so written. */
const WITHOUT_PLUS = String.raw`358\d{7,10}`;
/**
 * The characters a number can start with (a bracket, a plus, 0 or O of an area code, 3 of `358…`): looked at
 * first, so that at most places of a text the pattern fails on one character, before its look-behinds (the texts of
 * 1,000 generated documents' projects, 8.5 million characters, scrubbed in 57–60 ms of CPU against 106–108).
 */
const NUMBER_FIRST = String.raw`(?=[(+03O])`;
const PHONE = new RegExp(
  String
    .raw`${NUMBER_FIRST}${NUMBER_START}(?:${INTERNATIONAL}|${DOTTED}|${SLASHED}|${NATIONAL}|${WITHOUT_PLUS})(?!\p{N}|[-./,]\p{N})`,
  "giu",
);

/**
 * A first name alone, "at" as a word and a host (`anna at kemi.fi`): an address when the word before "at" is a
 * person's first name (`first_names.ts`), not a site named in a sentence (`meet us at kemi.fi`).
 */
const NAME_AT = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}._%+@-])(\p{L}+)\s(?:at|ät)\s[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])`,
  "giu",
);

function defaults(options: ScrubOptions): Required<ScrubOptions> {
  const lang = options.lang ?? Deno.env.get("ESF_LANG");
  return {
    lang: isLanguage(lang) ? lang : "fi",
    keepContactText: options.keepContactText ?? Deno.env.get("ESF_KEEP_CONTACT_TEXT") === "1",
  };
}

/**
 * The text with e-mail addresses and phone numbers replaced by a marker.
 *
 * @example Usage
 * ```ts
 * import { scrubContactText } from "./scrub.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(
 *   scrubContactText("Tiedustelut: anna.virtanen(at)kemi.fi, p. 040 718 1414.", { lang: "en" }),
 *   "Tiedustelut: [e-mail address removed], p. [phone number removed].",
 * );
 * ```
 */
export function scrubContactText(text: string, options: ScrubOptions = {}): string {
  const { lang, keepContactText } = defaults(options);
  if (keepContactText) return text;
  if (text.length > MEMO_LENGTH) return scrubbedText(text, lang);
  const memo = MEMO[lang];
  const known = memo.texts.get(text);
  if (known !== undefined) return known;
  if (memo.characters >= MEMO_CHARACTERS) {
    memo.texts.clear();
    memo.characters = 0;
  }
  const scrubbed = scrubbedText(text, lang);
  memo.texts.set(text, scrubbed);
  memo.characters += text.length;
  return scrubbed;
}

/**
 * The texts scrubbed of late, by language: a report scrubs most of its texts more than once (the projects' names
 * in the projects table and in the charts' rows, a diagnostic's message and then its table, an organisation's name
 * in each table that names it), 87% of its 123,000 scrubs of 1,000 generated documents a text scrubbed before.
 * Measured (the report's scrubbing after parsing, 1,000 generated documents): 248–264 ms of CPU against 320–341.
 */
const MEMO: Record<Language, { texts: Map<string, string>; characters: number }> = {
  fi: { texts: new Map(), characters: 0 },
  en: { texts: new Map(), characters: 0 },
};
/** Texts up to this long are remembered: of 1,000 generated documents' texts none longer was scrubbed twice. */
const MEMO_LENGTH = 1_000;
/** The characters remembered at most, per language (1,000 documents' texts: 2.1 million); then all forgotten. */
const MEMO_CHARACTERS = 4_000_000;

/** {@linkcode scrubContactText} of a text, scrubbed. */
function scrubbedText(text: string, lang: Language): string {
  // Characters that print as nothing, inside an address or a number (a soft hyphen, a zero-width space), hide it
  // from the patterns: a text that has them is scrubbed without them (and kept as it is when nothing is found).
  // Rarer ways of hiding an `@` or a dot are written the common way first, so one set of patterns finds them all.
  const plain = plainSigns(text);
  const scrubbed = scrubPlain(plain, lang);
  return scrubbed === plain ? text : scrubbed;
}

/** {@linkcode scrubContactText} of a text without invisible characters and with hidden signs written plainly. */
function scrubPlain(text: string, lang: Language): string {
  const removed = EXPORT_TEXT[lang].emailRemoved;
  const whole = AT_SIGN.test(text)
    ? text.replace(EMAIL_ADDRESS, removed).replace(NAME_AT, (all, name: string) => isFirstName(name) ? removed : all)
    : text;
  const withoutEmails = whole.includes("-\n") || whole.includes("-\r\n")
    ? whole.replace(BROKEN_EMAIL_ADDRESS, removed)
    : whole;
  const marker = EXPORT_TEXT[lang].phoneRemoved;
  const once = withoutEmails.replace(PHONE, (phone, at: number, all: string) => scrubPhone(phone, at, all, marker));
  // A number right after one removed (`+358 40 123 4567 +358 50 …`) no longer follows a digit: a second look finds it.
  const withoutPhones = once === withoutEmails
    ? once
    : once.replace(PHONE, (phone, at: number, all: string) => scrubPhone(phone, at, all, marker));
  return scrubNamesBesideRoles(withoutPhones, EXPORT_TEXT[lang].nameRemoved);
}

const digitCount = (text: string) => text.replace(/\D/g, "").length;

/** A date written with one dash or middle dot between its day, month and year (`08-12-2016`, `01–09–2015`). */
const DATE = /^(?:0[1-9]|[12]\d|3[01])([-\u2010-\u2013\u00B7\u2219])(?:0[1-9]|1[0-2])\1(?:19|20)\d\d$/u;

/** A figure's unit right after it: an amount, a share or a count (`01 234 567 €`, `3584012345 euroa`). */
const UNIT = /^[ \u00A0\u202F]?(?:€|eur(?:oa?|oina|oon)?(?!\p{L})|%|prosent|henk|hlö|kpl)/iu;
/** The last group of a run and what parts it from the rest. */
const LAST_GROUP = /[ \u00A0\u202F\u2010-\u2013-]*\d+$/u;

/**
 * A run the phone pattern found at `at` of `text`, scrubbed by {@linkcode scrubPhoneRun}; when a unit follows it,
 * its last group is a figure's (`p. 040 123 4567 10 €`) and only what goes before it can be a number.
 */
function scrubPhone(phone: string, at: number, text: string, marker: string): string {
  if (!UNIT.test(text.slice(at + phone.length, at + phone.length + 12))) return scrubPhoneRun(phone, marker);
  const last = LAST_GROUP.exec(phone)!;
  const head = phone.slice(0, last.index);
  const scrubbed = digitCount(head) >= 7 ? scrubPhoneRun(head, marker) : head;
  return scrubbed + last[0];
}

/**
 * A run the phone pattern found, its numbers replaced by `marker`: one number of 7 to 15 digits, or several apart
 * by a space (`040 123 4567 050 765 4321`), a new one starting at a group that starts with 0 or + after 7 digits
 * when 7 more follow. A number of more than 15 digits goes up to its 15th digit's group (the rest, a year, stays).
 */
function scrubPhoneRun(run: string, marker: string): string {
  const tokens = run.split(/([ \u00A0\u202F]{1,2})/);
  const numbers: string[][] = [[]];
  for (const [k, token] of tokens.entries()) {
    const current = numbers.at(-1)!;
    const starts = k % 2 === 0 && /^[0+(]/.test(token) && digitCount(current.join("")) >= 7;
    if (starts && digitCount(tokens.slice(k).join("")) >= 7) numbers.push([current.pop()!, token]);
    else current.push(token);
  }
  return numbers.map(([gap, ...rest], k) => {
    const parts = k === 0 ? [gap!, ...rest] : rest;
    const prefix = k === 0 ? "" : gap!;
    if (parts.length === 1 && DATE.test(parts[0]!)) return prefix + parts[0];
    for (let end = parts.length; end > 0; end -= 2) {
      const digits = digitCount(parts.slice(0, end).join(""));
      if (digits >= 7 && digits <= 15) return prefix + marker + parts.slice(end).join("");
    }
    return prefix + parts.join("");
  }).join("");
}

/**
 * Columns that hold codes and classifications, never free text. (A business ID is as printed, and a
 * document can print more beside it: "2296962-1 / puh. 044 718 1414". A file's name is scrubbed too: a
 * corpus can name a file by a person's e-mail address or phone number, `matti.virtanen@example.fi.txt`.)
 */
const NOT_FREE_TEXT = new Set([
  "project_code",
  "source_encoding",
  "code",
  "level",
  "column",
  "programme_period",
  "fund",
  "status_normalised",
]);

/** Columns (and struct fields) that name a file of the corpus. */
const FILE_NAMES = new Set(["source_file", "file"]);

/** What a column (or a struct's or a chart row's field) of this name holds: a code, a corpus file's name or free text. */
export function fieldKind(name: string): "code" | "file" | "text" {
  return NOT_FREE_TEXT.has(name) ? "code" : FILE_NAMES.has(name) ? "file" : "text";
}

/**
 * A corpus file's name (relative to the corpus folder) with the e-mail addresses and phone numbers in each
 * part scrubbed, its extension kept, and a part that had them told apart from another by eight hex digits of a
 * hash of what it was (files named by different addresses keep different names, in every output and process):
 * `matti.virtanen@example.fi.txt` → `[sähköpostiosoite poistettu]-1b0f3c2e.txt` (the address' pattern would
 * read the `.txt` as part of its host).
 */
export function scrubFileName(file: string, options: ScrubOptions = {}): string {
  return file.split("/").map((part) => {
    const extension = /\.[\p{L}\p{N}]{1,5}$/u.exec(part)?.[0] ?? "";
    const base = part.slice(0, part.length - extension.length);
    const scrubbed = scrubContactText(base, options);
    if (scrubbed !== base) return `${scrubbed}-${nameHash(part)}${extension}`;
    // A name that is an address alone (`matti@kemi.fi`, a folder): its `.fi` is no extension.
    const whole = scrubContactText(part, options);
    return whole === part ? part : `${whole}-${nameHash(part)}`;
  }).join("/");
}

/** Eight hex digits of the FNV-1a hash of a name's UTF-16 units: enough to tell 10,000 names apart. */
function nameHash(name: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < name.length; k++) hash = Math.imul(hash ^ name.charCodeAt(k), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** A value with every text in it scrubbed: strings, lists of them, and the text fields of structs. */
function scrubValue(value: unknown, options: ScrubOptions, fileName = false): unknown {
  if (typeof value === "string") return fileName ? scrubFileName(value, options) : scrubContactText(value, options);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, options));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map((
        [key, field],
      ) => [key, NOT_FREE_TEXT.has(key) ? field : scrubValue(field, options, FILE_NAMES.has(key))]),
    );
  }
  return value;
}

/** The messages that name the copy kept of a duplicate, and where among their values: a file's name. */
const KEPT_FILE_VALUE: Readonly<Record<string, number>> = {
  duplicate_identical: 1,
  duplicate_differs: 1,
  duplicate_other_form: 1,
  duplicate_same_file: 0,
} satisfies Partial<Record<DiagnosticMessageKey, number>>;

/**
 * The diagnostic with its message and the texts it quotes scrubbed: what it
 * says in either language then holds no contact details (a figure's line can
 * print them: "614 153 (tiedustelut anna.virtanen@ely-keskus.fi)").
 */
export function scrubDiagnostic<T extends Diagnostic>(diagnostic: T, options: ScrubOptions = {}): T {
  const resolved = defaults(options);
  if (resolved.keepContactText) return diagnostic;
  const { key, values } = diagnostic as { key?: string; values?: unknown[] };
  const kept = key === undefined ? undefined : KEPT_FILE_VALUE[key];
  return {
    ...diagnostic,
    file: scrubFileName(diagnostic.file, resolved),
    message: scrubContactText(diagnostic.message, resolved),
    ...values === undefined ? {} : {
      values: values.map((value, k) =>
        k === kept && typeof value === "string" ? scrubFileName(value, resolved) : scrubValue(value, resolved)
      ),
    },
  };
}

/**
 * The frame with e-mail addresses and phone numbers scrubbed from its free
 * text: every text column (and list of texts, and the text fields of a list
 * of structs) except codes, paths and classifications.
 */
export function scrubFrame(frame: pl.DataFrame, options: ScrubOptions = {}): pl.DataFrame {
  const resolved = defaults(options);
  if (resolved.keepContactText) return frame;
  const changed = [...columnTypes(frame)].flatMap(([name, dtype]) => {
    if (NOT_FREE_TEXT.has(name) || (!dtype.equals(pl.String) && dtype.variant !== "List")) return [];
    const values = frame.getColumn(name).toArray();
    const scrubbed = values.map((value) => scrubValue(value, resolved, FILE_NAMES.has(name)));
    const same = dtype.equals(pl.String)
      ? scrubbed.every((value, k) => value === values[k])
      : JSON.stringify(scrubbed) === JSON.stringify(values);
    if (same) return [];
    return [pl.Series(name, scrubbed, dtype)];
  });
  return changed.length === 0 ? frame : frame.withColumns(...changed);
}
