/**
 * Whether a register's granted EU and state funding is the projects' whole
 * grant, or what was granted so far: a snapshot taken while a programme runs
 * (the 2016 list of 2014–2020) holds grants decided in parts, and the
 * utilisation of EU and state funding (actual ÷ granted) is then measured
 * against a part, not comparable with the utilisation of public funding.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * The median share of planned public funding granted as EU and state funding below which a register's grants are
 * taken to be partial. EU and state funding is most of a project's public funding (the rest is the municipalities'
 * and other public shares): the whole 2007–2013 list grants a median 85 % of it (10 % of its projects under 72 %);
 * the 2016 snapshot of 2014–2020 grants a median 46 %.
 */
export const WHOLE_GRANT_SHARE = 0.6;

/** A register's grants: the median share of planned public funding granted, and whether the grants are partial. */
export interface GrantedShare {
  /** The median of `funding_eu_state_granted ÷ funding_public_planned` over the projects with both above 0. */
  median: number | null;
  /** The projects it is the median of. */
  n: number;
  /** Whether the grants are what was granted so far (a median under {@linkcode WHOLE_GRANT_SHARE}). */
  partial: boolean;
}

/**
 * How much of their planned public funding a register's projects were granted as EU and state funding.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { grantedShare } from "./granted_share.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const register = pl.DataFrame({ funding_eu_state_granted: [40, 50, 90], funding_public_planned: [100, 100, 100] });
 * assertEquals(grantedShare(register), { median: 0.5, n: 3, partial: true });
 * ```
 */
export function grantedShare(register: pl.DataFrame): GrantedShare {
  const both = register.filter(pl.col("funding_eu_state_granted").gt(0).and(pl.col("funding_public_planned").gt(0)));
  if (both.height === 0) return { median: null, n: 0, partial: false };
  const median = both.select(
    pl.col("funding_eu_state_granted").cast(pl.Float64).div(pl.col("funding_public_planned").cast(pl.Float64))
      .median().alias("share"),
  ).getColumn("share").get(0) as number;
  return { median, n: both.height, partial: median < WHOLE_GRANT_SHARE };
}
