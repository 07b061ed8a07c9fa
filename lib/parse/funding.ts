/**
 * The four funding amounts, read together: an amount whose comma or dot
 * before three digits may group thousands or mark decimals (`645,300`) is
 * decided from the document's own other amounts, or left null.
 *
 * Two things decide, in this order:
 * 1. Parts and totals: EU and state funding is part of the public funding,
 *    so the granted EU and state funding is at most the planned public
 *    total, and the realised EU and state funding at most the realised
 *    public total. When only one reading of an amount fits, it is the one.
 * 2. Whole euros: when the document's other amounts are all whole euros
 *    (no cents, however written: `645 300` or `645 300,00`; at least one of
 *    1 000 or more), the amount is read as whole euros too: its separator
 *    groups thousands.
 *
 * Either rule can only confirm the thousands reading: an amount with three
 * decimals is no euro amount, so where the document fits only that reading,
 * or no reading at all, its figures disagree, and the amount is null. Whatever decides it, an
 * `ambiguous_amount` warning says what was read and why; when nothing
 * decides, the amount is null with a warning naming both readings. A figure
 * 1 000 times too small is never read silently. A negative amount
 * (`-614 153`) is null with an `unreadable_value` warning: no project's
 * funding in all is below zero.
 *
 * @module
 */
import type { AmountDecision } from "../i18n/diagnostics.ts";
import type { ProjectBuilder } from "./builder.ts";
import { type FieldFinder, type FieldHit, qualifiedFigure, readableHit, wrappedFigure } from "./fields.ts";
import { type AmountReading, readAmount } from "./amounts.ts";
import { FUNDING_LABELS, type FundingColumn } from "../schema.ts";
import { sayUnreadFigures, shiftedBetween } from "./figure_shift.ts";
import type { Line } from "./sections.ts";

/** Part ≤ total, by column. */
const PARTS: readonly [FundingColumn, FundingColumn][] = [
  ["funding_eu_state_granted", "funding_public_planned"],
  ["funding_eu_state_actual", "funding_public_actual"],
];

/** An amount as compared between two printings of it: the value(s) it reads as. */
function amountKey(value: string): string {
  const read = readAmount(value);
  if (read.kind === "amount") return String(read.value);
  return read.kind === "ambiguous" ? `${read.thousands}|${read.decimal}` : `?${value}`;
}

/** Reads the four funding amounts. */
export function readFunding(builder: ProjectBuilder, finder: FieldFinder): void {
  const read = new Map<FundingColumn, { hit: FieldHit; reading: AmountReading; label: string }>();
  // The lines the labels and their figures' rests take, and the labels printed with nothing after them.
  const held = new Set<number>();
  const empties: number[] = [];
  // A figure's rest under a label with a figure: maybe a figure of its own, shifted (its label's figure is null).
  const rests: Line[] = [];
  for (const [column, label] of Object.entries(FUNDING_LABELS) as [FundingColumn, string][]) {
    const hits = finder.findAllEverywhere("funding", [label]);
    for (const hit of hits) held.add(hit.line);
    const agreed = builder.agreed(hits, column, label, amountKey);
    // Of hits that agree, one printed under its label as such is read (not one with a note that is not read).
    const hit = agreed && readableHit(agreed, hits);
    const rest = hit ? wrappedFigure(finder, hit) : undefined;
    if (hit && rest) {
      const restLine = finder.wrappedRestLine(hit)!;
      // A rest past a blank line is also said at its own line, as a figure under no label is.
      if (restLine === finder.lineAfter(hit.line)) held.add(restLine.number);
      if (hit.value.trim() !== "") rests.push(restLine);
    } else if (hit && hit.value.trim() === "") empties.push(hit.line);
    const wrapped = hit ? rest ?? qualifiedFigure(hit) : undefined;
    if (hit && wrapped) builder.setRead(column, hit, wrapped, label);
    else if (hit) read.set(column, { hit, reading: notNegative(readAmount(hit.value), hit.value), label });
    else if (hit === undefined && finder.has("funding")) builder.missingField(column, label, "funding", finder);
  }
  const section = finder.section("funding");
  const strays = section ? sayUnreadFigures(builder, section, held) : [];
  // A figure between an empty label and a figure under no label may be its neighbour's: not read, nor compared.
  for (const [column, { hit, label }] of read) {
    const shifted = hit.value.trim() === "" ? undefined : shiftedBetween(hit.line, empties, [...strays, ...rests]);
    if (shifted === undefined) continue;
    read.delete(column);
    builder.sourceLines[column] = hit.line;
    builder.diagnose("shifted_figure", hit.line, label, column, hit.value, ...shifted);
  }
  const decided = decide(read);
  for (const [column, { hit, reading, label }] of read) {
    if (reading.kind === "amount") builder.set(column, reading.value, hit.line);
    else if (reading.kind === "unreadable") {
      builder.setRead(column, hit, { value: null, problem: reading.problem }, label);
    } else {
      const decision = decided.get(column);
      if (decision) {
        builder.set(column, decision.value, hit.line);
        builder.diagnose("ambiguous_amount_decided", hit.line, label, column, hit.value, decision.value, decision.how);
      } else {
        builder.sourceLines[column] = hit.line;
        builder.diagnose("ambiguous_amount", hit.line, label, column, hit.value, reading.thousands, reading.decimal);
      }
    }
  }
  // EU and state funding is part of the public funding: more of it than of the whole is said (both kept, as printed).
  for (const [part, whole] of PARTS) {
    const [partValue, wholeValue] = [builder.project[part], builder.project[whole]];
    const [partRead, wholeRead] = [read.get(part), read.get(whole)];
    if (typeof partValue === "number" && typeof wholeValue === "number" && partValue > wholeValue + 0.5) {
      builder.diagnose(
        "part_exceeds_total",
        partRead!.hit.line,
        partRead!.label,
        partValue,
        wholeRead!.label,
        wholeValue,
        wholeRead!.hit.line,
      );
    }
  }
}

/**
 * A project's planned, granted or realised funding in all is never below zero (a repayment lowers it, to no less
 * than nothing): a negative amount, either reading of it too, is no value, and a warning says so at its line.
 */
function notNegative(reading: AmountReading, raw: string): AmountReading {
  const below = reading.kind === "amount" ? reading.value < 0 : reading.kind === "ambiguous" && reading.thousands < 0;
  return below ? { kind: "unreadable", problem: { key: "negative_amount", raw } } : reading;
}

/** The ambiguous amounts the document decides, with how. */
function decide(
  read: ReadonlyMap<FundingColumn, { reading: AmountReading }>,
): Map<FundingColumn, { value: number; how: AmountDecision }> {
  const known = new Map<FundingColumn, number>();
  const open: [FundingColumn, number[]][] = [];
  for (const [column, { reading }] of read) {
    if (reading.kind === "amount") known.set(column, reading.value);
    if (reading.kind === "ambiguous") open.push([column, [reading.thousands, reading.decimal]]);
  }
  // Nearly every document prints its amounts unambiguously: nothing to decide, no combination made (measured:
  // readFunding in 16.7 µs a document against 17.6, its finder's indexes made beforehand).
  if (open.length === 0) return new Map();
  // Every combination of readings (at most 2^4) that keeps each part within its total.
  let combinations: Map<FundingColumn, number>[] = [new Map(known)];
  for (const [column, values] of open) {
    combinations = combinations.flatMap((combination) =>
      values.map((value) => new Map([...combination, [column, value]]))
    );
  }
  const fits = combinations.filter((combination) =>
    PARTS.every(([part, total]) => {
      const [p, t] = [combination.get(part), combination.get(total)];
      return p === undefined || t === undefined || p <= t;
    })
  );
  const amounts = [...read.values()].flatMap(({ reading }) => reading.kind === "amount" ? [reading] : []);
  const wholeEuros = amounts.length > 0 && amounts.every((amount) => Number.isInteger(amount.value)) &&
    amounts.some((amount) => Math.abs(amount.value) >= 1000);
  const decided = new Map<FundingColumn, { value: number; how: AmountDecision }>();
  for (const [column, [thousands]] of open) {
    // No reading fits: the document disagrees with itself, and nothing decides.
    if (fits.length === 0) continue;
    const possible = new Set(fits.map((combination) => combination.get(column)!));
    if (possible.size === 1) {
      // Only thousands can be confirmed: three decimals are no euro amount, so a document that fits only them disagrees with itself.
      if (possible.has(thousands!)) decided.set(column, { value: thousands!, how: "parts" });
    } else if (wholeEuros && possible.has(thousands!)) decided.set(column, { value: thousands!, how: "whole_euros" });
  }
  return decided;
}
