/**
 * The 2014–2020 gender-equality answers: each question's Kyllä/Ei with its justification.
 *
 * @module
 */
import type { ProjectBuilder } from "./builder.ts";
import type { FieldFinder, FieldHit } from "./fields.ts";
import type { GenderEqualityAnswer } from "../schema.ts";
import { parseYesNo } from "./values.ts";

const GENDER_QUESTIONS = [
  {
    column: "gender_analysis_done",
    prefix: "hankkeessa on tehty toimintaympäristön analyysi",
    whole: "hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta",
  },
  {
    column: "gender_mainstreamed",
    prefix: "sukupuolinäkökulma on huomioitu",
    whole: "sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen)",
  },
  {
    column: "gender_equality_main_goal",
    prefix: "hankkeen päätavoite on sukupuolten tasa-arvo",
    whole: "hankkeen päätavoite on sukupuolten tasa-arvon edistäminen",
  },
] as const;

type GenderColumn = typeof GENDER_QUESTIONS[number]["column"];

// The answers and the scores are both lists of records with a justification and a source line: their
// records share a shape (see the schema), the rules that read them do not.
/** Adds a line of text to the justification under the last answer or score. */
export function justify(entry: { justification: string | null } | undefined, text: string): void {
  if (entry) entry.justification = entry.justification === null ? text : `${entry.justification}\n${text}`;
}

/**
 * What may be a question's answer as printed: a yes or no, or one short word (`-`, `K`, `Kyllä.`: said unreadable); not
 * nothing, and not a list or a reference (`rekrytointi, viestintä`, `ks. yllä`), which a justification after the
 * question's words has.
 */
const isAnswer = (text: string) => parseYesNo(text).value !== null || /^[\p{L}.\-–]{1,8}$/u.test(text.trim());

/** The longest line that may be only Kyllä or Ei (with spaces around): a longer one is not compared. */
const MAX_ANSWER = 16;

/** A yes or no printed before a question (`Ei: Hankkeessa on tehty …`). */
const ANSWER_FIRST = /^(kyllä|kylla|ei)\s*[:.\-\u2013]?\s+/iu;

/** A question asked on a line: which, its words as printed, the answer after its colon, and answers printed elsewhere. */
interface Asked {
  question: typeof GENDER_QUESTIONS[number];
  questionText: string;
  answer: string;
  /** A yes or no printed before the question, or between its words and its colon. */
  out: string[];
}

/**
 * The question a line asks: the template's question, or a question's words with an answer after the colon (see
 * `isAnswer`); anything more is a justification that starts so (`Sukupuolinäkökulma on huomioitu seuraavasti: …`).
 * The template's whole question without a colon is asked too, with nothing after it or a yes or no (read, as any
 * label's value is without a colon).
 */
function askedOn(text: string): Asked | undefined {
  const lead = text.match(ANSWER_FIRST);
  const rest = lead ? text.slice(lead[0].length) : text;
  const lower = rest.toLowerCase();
  const question = GENDER_QUESTIONS.find((q) => lower.startsWith(q.prefix));
  if (question === undefined) return undefined;
  const out = lead ? [lead[1]!] : [];
  const whole = lower.startsWith(question.whole);
  // The first colon after the question's words: a remark in the answer may hold one (`Kyllä (ks. liite 2: …)`).
  const colon = rest.indexOf(":", question.prefix.length);
  if (colon < 0) {
    if (!whole) return undefined;
    const after = rest.slice(question.whole.length).trim();
    if (after !== "" && parseYesNo(after).value === null) return undefined;
    return { question, questionText: rest.slice(0, question.whole.length), answer: after, out };
  }
  // The template's whole question and a yes or no before its colon: an answer printed there too.
  const before = whole ? rest.slice(question.whole.length, colon).trim() : "";
  const answeredBefore = before !== "" && parseYesNo(before).value !== null;
  const answer = rest.slice(colon + 1);
  if (!(lower.slice(0, colon).trim() === question.whole || answeredBefore || isAnswer(answer))) return undefined;
  if (answeredBefore) out.push(before);
  const questionText = answeredBefore ? rest.slice(0, question.whole.length) : rest.slice(0, colon).trim();
  return { question, questionText, answer: answer.trim(), out };
}

/** An answer as printed: after its question's colon, or elsewhere (`out`: under the question, before it or its colon). */
type PrintedAnswer = FieldHit & { out?: true };

/**
 * Reads the 2014–2020 gender-equality answers, each with its justification. An answer printed again under its
 * question (a line of only Kyllä or Ei), or before the question's colon or words as well (`… sukupuolinäkökulmasta
 * Ei: Kyllä`, `Ei: Hankkeessa on …`), is compared with the one after the colon: another answer makes the question's
 * null (`conflicting_values`); with no answer after the colon, one printed elsewhere is not read, and said at its line.
 */
export function readGenderEquality(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<GenderEqualityAnswer, "project_code">[] {
  const section = finder.section("gender_equality");
  if (!section) return [];
  const answers: Omit<GenderEqualityAnswer, "project_code">[] = [];
  // Each question's answers as printed (a hit's value is the answer), and the question's words of its first line.
  const hits = new Map<GenderColumn, { label: string; printed: PrintedAnswer[] }>();
  /** The question asked on the line before, if any. */
  let askedBefore: GenderColumn | undefined;
  for (const line of section.lines) {
    const asked = askedOn(line.text);
    const under = askedBefore;
    askedBefore = asked?.question.column;
    if (asked) {
      const printed: PrintedAnswer[] = [
        { value: asked.answer, line: line.number },
        ...asked.out.map((value) => ({ value, line: line.number, out: true as const })),
      ];
      const column = asked.question.column;
      const before = hits.get(column);
      if (before) before.printed.push(...printed);
      else hits.set(column, { label: asked.questionText, printed });
      answers.push({
        question: column,
        question_text: asked.questionText,
        answer: parseYesNo(asked.answer).value,
        justification: null,
        source_file: builder.project.source_file,
        source_line: line.number,
      });
    } else if (under && line.text.length <= MAX_ANSWER && parseYesNo(line.text).value !== null) {
      // Only Kyllä or Ei on the line under a question: its answer printed again, no justification.
      hits.get(under)!.printed.push({ value: line.text.trim(), line: line.number, out: true });
    } else if (line.text !== "") justify(answers.at(-1), line.text);
  }
  // A question answered twice, differently, is null: no answer wins by its place.
  const answerOf = (text: string) => JSON.stringify(parseYesNo(text));
  for (const [column, { label, printed }] of hits) {
    const hit = builder.agreed(printed, column, label, answerOf);
    if (!hit) continue;
    // Only an answer out of its place: not read (the colon's answer is the template's).
    const read = (hit as PrintedAnswer).out
      ? { value: null, problem: { key: "answer_out_of_place" as const, raw: hit.value } }
      : parseYesNo(hit.value);
    builder.setRead(column, hit, read, label);
  }
  for (const question of GENDER_QUESTIONS) {
    if (!answers.some((answer) => answer.question === question.column)) {
      builder.missingField(question.column, question.prefix, "gender_equality", finder);
    }
  }
  return answers;
}
