/**
 * A property's verdict on an element, from its cascade (`html_style.ts`): whether its declaration is set, and a rule
 * a saved page cannot answer that may set it otherwise; and verdicts of parts that hide only together (`clip` with
 * a position, an indent with a block).
 *
 * @module
 */
import type { Element } from "./html_tree.ts";
import { cascade, otherwise, type StyleRules } from "./html_style.ts";

/** Whether a property's declaration is set on the element, and a doubtful rule that may set it otherwise. */
export interface Verdict {
  set: boolean;
  doubt: string | null;
  /**
   * `first_line`: not set, yet it moves the element's first line out of sight, of the several it holds: which of its
   * text the page shows, a reader cannot tell (`html_first_line_hidden`).
   */
  kind?: "first_line";
}

/** `fallback`: whether the browser's own style sets it, below every declaration of the page's. */
export function verdict(element: Element, rules: StyleRules, fallback = false): Verdict {
  const styled = cascade(element, rules);
  const set = styled.own ?? fallback;
  return { set, doubt: otherwise(styled, set) };
}

const may = (part: Verdict) => part.set || part.doubt !== null;

/**
 * Parts that hide only all together, each asked only while all may: set when all are, a doubtful rule of one undoing
 * it; else doubtful when each that is not set may be, by the first one's rule.
 */
export function allOf(parts: (() => Verdict)[]): Verdict {
  const verdicts: Verdict[] = [];
  for (const part of parts) {
    const each = part();
    if (!may(each)) return { set: false, doubt: null };
    verdicts.push(each);
  }
  const unset = verdicts.find((each) => !each.set);
  return unset
    ? { set: false, doubt: unset.doubt }
    : { set: true, doubt: verdicts.find((each) => each.doubt !== null)?.doubt ?? null };
}

/** Either of two: set when one is, doubtful by the rule that may set the one or undo the only one set. */
export function eitherOf(one: Verdict, other: Verdict): Verdict {
  if (one.set && other.set) return { set: true, doubt: null };
  if (one.set || other.set) return { set: true, doubt: one.set ? one.doubt : other.doubt };
  return { set: false, doubt: one.doubt ?? other.doubt };
}
