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

/** Reads the 2014–2020 gender-equality answers, each with its justification. */
export function readGenderEquality(
  builder: ProjectBuilder,
  finder: FieldFinder,
): Omit<GenderEqualityAnswer, "project_code">[] {
  const section = finder.section("gender_equality");
  if (!section) return [];
  const answers: Omit<GenderEqualityAnswer, "project_code">[] = [];
  // Each question's answers as printed (a hit's value is the answer), and the question's words of its first line.
  const hits = new Map<GenderColumn, { label: string; printed: FieldHit[] }>();
  for (const line of section.lines) {
    const lower = line.text.toLowerCase();
    const question = GENDER_QUESTIONS.find((q) => lower.startsWith(q.prefix));
    // The first colon after the question's words: a remark in the answer may hold one (`Kyllä (ks. liite 2: …)`).
    const colon = question ? line.text.indexOf(":", question.prefix.length) : -1;
    // The template's question, or a question's words with an answer after the colon (see `isAnswer`); anything more
    // is a justification that starts so (`Sukupuolinäkökulma on huomioitu seuraavasti: toiminnan …`).
    const asked = question !== undefined && colon > 0 &&
      (lower.slice(0, colon).trim() === question.whole || isAnswer(line.text.slice(colon + 1)));
    if (asked) {
      const questionText = line.text.slice(0, colon).trim();
      const answer = parseYesNo(line.text.slice(colon + 1));
      const hit = { value: line.text.slice(colon + 1).trim(), line: line.number };
      const asked = hits.get(question.column);
      if (asked) asked.printed.push(hit);
      else hits.set(question.column, { label: questionText, printed: [hit] });
      answers.push({
        question: question.column,
        question_text: questionText,
        answer: answer.value,
        justification: null,
        source_file: builder.project.source_file,
        source_line: line.number,
      });
    } else if (line.text !== "") justify(answers.at(-1), line.text);
  }
  // A question answered twice, differently, is null: no answer wins by its place.
  const answerOf = (text: string) => JSON.stringify(parseYesNo(text));
  for (const [column, { label, printed }] of hits) {
    const hit = builder.agreed(printed, column, label, answerOf);
    if (hit) builder.setRead(column, hit, parseYesNo(hit.value), label);
  }
  for (const question of GENDER_QUESTIONS) {
    if (!answers.some((answer) => answer.question === question.column)) {
      builder.missingField(question.column, question.prefix, "gender_equality", finder);
    }
  }
  return answers;
}
