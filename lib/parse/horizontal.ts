/**
 * The horizontal themes: the 2007–2013 classification by the managing
 * authority, and the 2014–2020 gender-equality answers (`gender_equality.ts`) and sustainability
 * scores.
 *
 * @module
 */
import type { ProjectBuilder } from "./builder.ts";
import type { FieldFinder } from "./fields.ts";
import type { Line } from "./sections.ts";
import type { SustainabilityScore } from "../schema.ts";
import { justify } from "./gender_equality.ts";
import { joinWrapped } from "./join_wrapped.ts";
import { pipeCells } from "./split_lines.ts";
import { lowerAscii } from "./line_index.ts";

export { readGenderEquality } from "./gender_equality.ts";

/** The 2014–2020 template's sustainability criteria, each under its category, as the form prints them. */
const SUSTAINABILITY_CRITERIA: Record<string, readonly string[]> = {
  "Ekologinen kestävyys": [
    "Luonnonvarojen käytön kestävyys",
    "Ilmastonmuutoksen aiheuttamien riskien vähentäminen",
    "Kasvillisuus, eliöt ja luonnon monimuotoisuus",
    "Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)",
    "Natura 2000 -ohjelman kohteet",
  ],
  "Taloudellinen kestävyys": [
    "Materiaalit ja jätteet",
    "Uusiutuvien energialähteiden käyttö",
    "Paikallisen elinkeinorakenteen kestävä kehittäminen",
    "Aineettomien tuotteiden ja palvelujen kehittäminen",
    "Liikkuminen ja logistiikka",
  ],
  "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus": [
    "Hyvinvoinnin edistäminen",
    "Tasa-arvon edistäminen",
    "Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus",
    "Kulttuuriympäristö",
    "Ympäristöosaaminen",
  ],
};

/**
 * Each criterion, its category and its name in lower case (as lines are compared), the longest name first (a name
 * that starts another is tried after it).
 */
const CRITERIA: [string, string, string][] = Object.entries(SUSTAINABILITY_CRITERIA)
  .flatMap(([category, criteria]) =>
    criteria.map((criterion): [string, string, string] => [criterion, category, criterion.toLowerCase()])
  )
  .sort((a, b) => b[0].length - a[0].length);

/** {@linkcode CRITERIA} by the first letter of their name in lower case (its code), each group in their order. */
const CRITERIA_BY_FIRST = Map.groupBy(CRITERIA, ([, , lowerCriterion]) => lowerCriterion.charCodeAt(0));
const NO_CRITERIA: typeof CRITERIA = [];

/** The length of the longest criterion's name in lower case. */
const LONGEST_CRITERION = Math.max(...CRITERIA.map(([, , lowerCriterion]) => lowerCriterion.length));

/** The categories by their lower-case name. */
const CATEGORY_NAMES = new Map(Object.keys(SUSTAINABILITY_CRITERIA).map((name) => [name.toLowerCase(), name]));

/** The 2007–2013 classes, each with its label and the words its theme's classes name (`Sukupuolineutraali projekti`). */
const CLASSES = [
  ["class_equality", "Tasa-arvo", /tasa-arvo|sukupuol/i],
  ["class_sustainability", "Kestävä kehitys", /kestäv/i],
  ["class_partnership", "Kumppanuus", /kumppanuu/i],
  ["class_innovation", "Innovatiivisuus", /innova/i],
] as const;

/**
 * Reads the 2007–2013 horizontal classification. A class that names another theme and not its own (`Tasa-arvo:
 * Kumppanuutta selvästi edistävä projekti`: the labels' classes swapped, or one printed twice) is null, said.
 */
export function readClassification(builder: ProjectBuilder, finder: FieldFinder): void {
  for (const [column, label, theme] of CLASSES) {
    // "Tasa-arvo" and "Kestävä kehitys" occur elsewhere too: never looked for outside the section.
    builder.setText(finder, "horizontal_classification", column, [label], true, false);
    const value = builder.project[column];
    if (typeof value !== "string" || theme.test(value)) continue;
    if (!CLASSES.some(([, , other]) => other.test(value))) continue;
    const line = builder.sourceLines[column] ?? null;
    builder.set(column, null, undefined);
    builder.diagnose("unreadable_value", line, label, column, { key: "another_theme", raw: value });
  }
}

/** Two scores, direct and indirect (or the other way round, as the columns' header says). */
const TWO_SCORES = /^([-\u2212]?\d{1,3})\s+([-\u2212]?\d{1,3})$/;
/** A score as printed (`4`, `−1`) as a number. */
const scoreValue = (printed: string) => Number(printed.replace("\u2212", "-"));
/** Two scores before a text (a criterion's name, see `readSustainability`). */
const SCORES_FIRST = /^[-\u2212]?\d{1,3}\s+[-\u2212]?\d{1,3}\s+(?=\p{L})/u;
/**
 * What may follow a criterion's name on its line: nothing, or its scores, readable or not (`4 2`, `3,5 4`, `4/2`,
 * `(4 2)`, `4p 2p`): a short rest with a digit and no word, which a justification that starts with the name has.
 */
const SCORE_LIKE = /^(?!.*\p{L}{3})[^\p{L}]{0,3}\d[^\n]{0,20}$/u;
/** A score's unit after it (`4 pistettä 2 pistettä`, `4 p 2 p`, `4 pist.`): read past. */
const SCORE_UNITS = /(?<=\d)\s*(?:pistettä|pisteen|pist\.?|p\.?)(?!\p{L})/giu;
/** A colon or a spaced dash between a criterion's name and its scores (`Materiaalit ja jätteet: 4 2`, `… – 4 2`). */
const NAME_SEPARATOR = /^(?::|[-\u2013\u2014](?=\s+\d))\s*/;
/** Scores printed as dashes (`- -`, `–`, `: -`): none given, the criterion's row kept with null scores. */
const NO_SCORES = /^[:\s]*[-\u2013\u2014][-\u2013\u2014:.\s]*$/;

/** A category line as compared: lower case, without a closing colon or full stop. */
const categoryKey = (text: string) => text.toLowerCase().replace(/\s*[:.]$/, "");

/** The length of the longest category's name in lower case. */
const LONGEST_CATEGORY = Math.max(...[...CATEGORY_NAMES.keys()].map((name) => name.length));
/** A space and a closing colon or full stop: the end of a category line longer than its name and a stop. */
const SPACED_STOP = /^\s[:.]$/;

/** The first letters of the categories' names (lower case), by code. */
const CATEGORY_FIRSTS = new Set([...CATEGORY_NAMES.keys()].map((name) => name.charCodeAt(0)));
/**
 * Whether a line (or it and the next, joined) may name a category, by its first character: one in ASCII that starts
 * no category's name, in either case, does not (no other character lower-cases to an ASCII letter of a name).
 */
const mayNameCategory = (text: string) => {
  const first = text.charCodeAt(0);
  return first >= 0x80 || CATEGORY_FIRSTS.has(lowerAscii(first));
};

/**
 * The category a line names (see {@linkcode categoryKey}), if any. Lower case is never shorter: a line longer than
 * the longest name and its stop names one only with spaces before its stop, so a justification's sentence is not
 * lower-cased.
 */
function categoryNamed(text: string): string | undefined {
  if (!mayNameCategory(text)) return undefined;
  if (text.length > LONGEST_CATEGORY + 1 && !SPACED_STOP.test(text.slice(-2))) return undefined;
  return CATEGORY_NAMES.get(categoryKey(text));
}

/**
 * What may follow a criterion's name when its scores are printed otherwise than as scores (`4 2 (arvio)`, `lO 2`
 * misread, `Välitön 4, välillinen 2`): a short rest with a digit. Its row is kept with null scores, when the criterion
 * has none yet (a justification that starts with the name comes after its row).
 */
const SCORES_OTHERWISE = /^(?=.*\d).{1,40}$/u;
/** A score as printed or misread (`4`, `10`, `lO`, `I0`): two of them among a rest make it scores printed otherwise. */
const SCORE_TOKEN = /^[\dlIO]{1,2}$/;
const scoreTokens = (rest: string) =>
  rest.split(/[\s,;()]+/).filter((token) => SCORE_TOKEN.test(token) && /[\dO]/.test(token)).length;
/**
 * Two cells of one or two characters after a criterion's name, one of them a digit or a misread one (`l 2`, `ei 2`,
 * `O O`, `x 2`): its two scores misread or written as a word, never a justification (which has words).
 */
const twoShortCells = (rest: string) =>
  /^[^\s:]{1,2}\s+[^\s:]{1,2}$/u.test(rest) && rest.split(/\s+/).some((cell) => /\d|^[lIOo]{1,2}$/.test(cell));

const DIRECT_FIRST = /^välitön\s*välillinen$/i;
const INDIRECT_FIRST = /^välillinen\s*välitön$/i;

/**
 * The columns' header a line is, if it is one: whether it names the indirect column first. Only a line that starts
 * with a v (in either case) is compared.
 */
function columnsHeader(text: string): boolean | undefined {
  if ((text.charCodeAt(0) | 0x20) !== 0x76) return undefined;
  return DIRECT_FIRST.test(text) ? false : INDIRECT_FIRST.test(text) ? true : undefined;
}

/** Words and two scores after them (`Materiaalit ja jäte 4 2`): a criterion's name printed otherwise, or not one. */
const NAME_AND_SCORES = /^(.*\D)\s+([-\u2212]?\d{1,3})\s+([-\u2212]?\d{1,3})$/;
/** Whether a text's last character is an ASCII digit: a justification's sentence ends otherwise, and is not matched. */
const endsInDigit = (text: string) => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
};

/**
 * The longest two scores alone that {@linkcode SCORE_LIKE} reads whole: its first digit is at most one character in
 * (after a minus sign), and twenty characters at most come after it.
 */
const SHORT_SCORES = 21;

/** A criterion found at a line's start: the template's, its category, what follows its name, and how that reads. */
interface FoundCriterion {
  criterion: string;
  category: string;
  rest: string;
  /** The rest is no scores but may be them printed otherwise (see {@linkcode SCORES_OTHERWISE}). */
  otherwise?: true;
}

/** The template's criterion a line names at its start, and what follows the name; undefined for any other line. */
function templateCriterion(text: string): FoundCriterion | undefined {
  const lower = text.toLowerCase();
  for (const [criterion, category, lowerCriterion] of CRITERIA_BY_FIRST.get(lower.charCodeAt(0)) ?? NO_CRITERIA) {
    // The name whole: `Kulttuuriympäristöön tutustutaan …` starts a justification, not the criterion's line.
    if (!lower.startsWith(lowerCriterion) || /\p{L}/u.test(text[criterion.length] ?? "")) continue;
    const after = text.slice(criterion.length).trim();
    // The name alone is its line (its scores on the next); the name and a colon alone open a justification.
    if (after === "") return { criterion, category, rest: "" };
    // Two scores alone (`7 5`), as the template prints them: read so by the rules below too, which are not run.
    if (after.length <= SHORT_SCORES && TWO_SCORES.test(after)) return { criterion, category, rest: after };
    if (NO_SCORES.test(after)) return { criterion, category, rest: after };
    const rest = after.replace(NAME_SEPARATOR, "").replace(SCORE_UNITS, " ").trim();
    if (rest !== "" && SCORE_LIKE.test(rest)) return { criterion, category, rest };
    // A justification after a colon has words and one figure (`Kulttuuriympäristö: 2 retkeä`); scores have two.
    if ((SCORES_OTHERWISE.test(rest) && scoreTokens(rest) >= 2) || twoShortCells(rest)) {
      return { criterion, category, rest, otherwise: true };
    }
  }
  return undefined;
}

/**
 * Whether the words before two scores may be a criterion's name printed otherwise than the template's (`Materiaalit ja
 * jäte 4 2`): no longer than its longest name and a little, and no sentence or abbreviation ended inside them. A
 * justification's sentences that end in two figures (`… lajitellaan, ks. kohdat 3 4`) are no criterion (but said).
 */
const isCriterionName = (name: string) => name.length <= LONGEST_CRITERION + 10 && !/[.!?]\s/.test(name);

/** The template's criterion (and its category) whose whole name starts a text that goes on past it, if any. */
const criterionFirst = (text: string): [string, string] | undefined => {
  const lower = text.toLowerCase();
  // The name whole (`Kulttuuriympäristöön …` is a justification's word), and more after it.
  const found = CRITERIA.find(([criterion, , lowerCriterion]) =>
    lower.startsWith(lowerCriterion) && !/\p{L}/u.test(text[criterion.length] ?? "") &&
    text.slice(criterion.length).trim() !== ""
  );
  return found && [found[0], found[1]];
};

/** Whether a line is the start of a criterion's name, wrapped (`Materiaalit ja jät-`): at least a word of it. */
const startsCriterion = (text: string) => {
  // Lower case is never shorter: a line longer than the longest name and its hyphen starts none (a justification).
  if (text.length > LONGEST_CRITERION + 1) return false;
  const start = text.replace(/-$/, "").toLowerCase();
  return start.length >= 8 && CRITERIA.some(([, , lowerCriterion]) => lowerCriterion.startsWith(start));
};

/** A row of a table drawn with pipes (`| Materiaalit ja jätteet | 4 | 2 |`) as a line of text; any other as it is. */
const unpiped = (text: string) => pipeCells(text)?.join(" ") ?? text;

/**
 * Reads the 2014–2020 sustainability scores, each with its justification. A criterion of the template keeps its row
 * and its category whatever the lines around it say: scores printed on the next line are its scores, scores that
 * cannot be read are null (the line named). A category line may end with a colon or wrap onto a second line, and
 * the columns' header may name the indirect column first. Each line is first put to cheap tests (its first letter,
 * its length, its last character) before the patterns that may read it (measured on the generated corpus' 2014–2020
 * documents: 10.5 µs a document against 19).
 */
export function readSustainability(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<SustainabilityScore, "project_code">[] {
  const section = finder.section("sustainability");
  if (!section) return [];
  const scores: Omit<SustainabilityScore, "project_code">[] = [];
  let category: string | null = null;
  let swapped = false;
  /** The columns' headers as printed: whether each names the indirect column first, and its line. */
  const headers: { swapped: boolean; line: Line }[] = [];
  const lines = section.lines.filter((line) => line.text !== "");
  /** A criterion's row; its two scores as printed (null: none readable), in the header's order. */
  const add = (criterion: string, line: Line, pair: readonly string[] | null) => {
    // Scores run from 0 to 10: one outside (negative, or too large) is null, and the line is named.
    const values = pair ? pair.map(scoreValue) : [NaN, NaN];
    const [direct, indirect] = swapped ? [values[1]!, values[0]!] : [values[0]!, values[1]!];
    const inRange = (value: number) => value >= 0 && value <= 10;
    if (!inRange(direct) || !inRange(indirect)) {
      builder.diagnose("unreadable_sustainability_line", line.number, line.text);
    }
    scores.push({
      category,
      criterion,
      direct: inRange(direct) ? direct : null,
      indirect: inRange(indirect) ? indirect : null,
      justification: null,
      source_file: builder.project.source_file,
      source_line: line.number,
    });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = columnsHeader(line.text);
    if (header !== undefined) {
      if (header) swapped = true;
      headers.push({ swapped: header, line });
      continue;
    }
    const named = categoryNamed(line.text);
    const wrapped = lines[i + 1] && mayNameCategory(line.text)
      ? categoryNamed(`${line.text} ${lines[i + 1]!.text}`)
      : undefined;
    if (named || wrapped) {
      category = (named ?? wrapped)!;
      if (!named) i++;
      continue;
    }
    // Scores printed before the criterion's name (`4 2 Materiaalit ja jätteet`): its row, the scores not read (said).
    const led = SCORES_FIRST.test(line.text) ? templateCriterion(line.text.replace(SCORES_FIRST, "")) : undefined;
    if (led?.rest === "") {
      category = led.category;
      add(led.criterion, line, null);
      continue;
    }
    let known = templateCriterion(unpiped(line.text));
    // A name wrapped onto the next line (`… (ja kasvihuonekaasujen` / `väheneminen) 5 5`, `jät-` / `teet 4 2`).
    const after = lines[i + 1];
    if (!known && after && startsCriterion(line.text)) {
      // A word broken at a hyphen (`jät-` / `teet`) is one word; a compound's hyphen (`Pinta-` / `ja`) is kept.
      const [first, second] = [unpiped(line.text), unpiped(after.text)];
      const joined = templateCriterion(joinWrapped(first, second)) ??
        templateCriterion(first.replace(/-$/, "") + second);
      if (joined && joined.criterion.length > line.text.replace(/-$/, "").length) {
        known = joined;
        i++;
      }
    }
    // Scores printed otherwise are the criterion's only while it has no row: after it, a justification's words.
    if (known?.otherwise && scores.some((score) => score.criterion === known!.criterion)) known = undefined;
    if (known) {
      category = known.category;
      const next = lines[i + 1];
      const onNext = known.rest === "" && next ? next.text.match(TWO_SCORES) : null;
      if (onNext) i++;
      const pair = known.rest.match(TWO_SCORES) ?? onNext;
      add(known.criterion, line, pair && [pair[1]!, pair[2]!]);
      // Scores printed again on the line after them: compared, no justification; others make the row's null, said.
      const again = pair && lines[i + 1]?.text.match(TWO_SCORES);
      if (again) {
        const printed = [pair, again].map((scores) => `${scores[1]} ${scores[2]}`);
        const printedOn = [lines[i]!.number, lines[++i]!.number];
        // Compared as numbers (`04 2` is `4 2`).
        const [first, second] = [pair, again].map((scores) => `${scoreValue(scores[1]!)} ${scoreValue(scores[2]!)}`);
        if (first === second) continue;
        builder.diagnose(
          "conflicting_values",
          line.number,
          known.criterion,
          "sustainabilityScores",
          printed,
          printedOn,
        );
        Object.assign(scores.at(-1)!, { direct: null, indirect: null });
      }
      continue;
    }
    const score = endsInDigit(line.text) ? line.text.match(NAME_AND_SCORES) : null;
    // The template's criterion with more after its name than scores (another row joined on, `… 4 2 Uusiutuvien …
    // 0 0`): its row, the scores not read (said); a justification's words when it has a row already.
    const joined = score ? criterionFirst(score[1]!) : undefined;
    if (joined && !scores.some((row) => row.criterion === joined[0])) {
      category = joined[1];
      add(joined[0], line, null);
    } else if (score && !joined && isCriterionName(score[1]!.trim())) {
      add(score[1]!.trim(), line, [score[2]!, score[3]!]);
    } else if (scores.length > 0) {
      justify(scores.at(-1), line.text);
      // Two figures at a justification's end: no criterion's scores, or a criterion's row not read; said either way.
      if (score) builder.diagnose("unreadable_sustainability_line", line.number, line.text);
    } else builder.diagnose("unreadable_sustainability_line", line.number, line.text);
  }
  if (scores.length === 0) builder.diagnose("no_sustainability_scores", section.heading.number);
  flagHeadersBothWays(builder, headers, scores);
  flagRepeatedCriteria(builder, scores);
  return scores;
}

/**
 * The columns' header printed both ways (`Välitön Välillinen`, and `Välillinen Välitön`): which column is the direct
 * score is not known, so a criterion's two scores that differ are null (equal ones are right either way), said once.
 */
function flagHeadersBothWays(
  builder: ProjectBuilder,
  headers: readonly { swapped: boolean; line: Line }[],
  scores: Omit<SustainabilityScore, "project_code">[],
): void {
  const other = headers.find((header) => header.swapped !== headers[0]!.swapped);
  if (other === undefined) return;
  const first = headers[0]!.line;
  builder.diagnose("score_columns_both_ways", other.line.number, first.text, first.number, other.line.text);
  for (const score of scores) {
    if (score.direct !== score.indirect) [score.direct, score.indirect] = [null, null];
  }
}

/** A criterion scored twice, differently: its scores are null in both rows, with a warning naming both. */
function flagRepeatedCriteria(builder: ProjectBuilder, scores: Omit<SustainabilityScore, "project_code">[]): void {
  // Most documents score each criterion once: then no row is grouped.
  if (new Set(scores.map((score) => score.criterion)).size === scores.length) return;
  const groups = Map.groupBy(scores, (score) => `${score.category}\u0000${score.criterion}`);
  for (const group of groups.values()) {
    const printed = group.map((score) => `${score.direct} ${score.indirect}`);
    if (new Set(printed).size < 2) continue;
    const lines = group.map((score) => score.source_line);
    builder.diagnose("conflicting_values", lines[0]!, group[0]!.criterion, "sustainabilityScores", printed, lines);
    for (const score of group) [score.direct, score.indirect] = [null, null];
  }
}
