/**
 * The labels of the normalised statuses (`STATUSES` of `lib/schema.ts`), in
 * both languages: what charts write for ended, active, interrupted and other
 * projects.
 *
 * @module
 */
import type { Status } from "../schema.ts";
import { defineMessages } from "./mod.ts";

/**
 * The label of each status; an active project's figures are interim, and the label says so.
 *
 * @example Usage
 * ```ts
 * import { STATUS_LABELS } from "./statuses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(STATUS_LABELS.en.active, "Active (interim figure)");
 * ```
 */
export const STATUS_LABELS = defineMessages<Record<Status, string>>({
  ended: "Päättynyt",
  active: "Käynnissä (väliaikainen luku)",
  interrupted: "Keskeytynyt",
  other: "Muu",
}, {
  ended: "Ended",
  active: "Active (interim figure)",
  interrupted: "Interrupted",
  other: "Other",
});
