import { assertEquals } from "../../testing/assert.ts";
import { womenShare } from "./women_share.ts";

/** 50 projects of 2007–2013 with a women's split (the gap growing with i), and 20 of 2014–2020 without one. */
const ROWS = [
  ...Array.from({ length: 50 }, (_, i) => ({
    project_code: `S1${String(i).padStart(4, "0")}`,
    name: `Hanke ${i}`,
    status_normalised: "ended",
    programme_period: "2007-2013",
    women_share_planned: 0.5,
    women_share_actual: 0.5 + i / 200,
  })),
  ...Array.from({ length: 20 }, (_, i) => ({
    project_code: `S2${String(i).padStart(4, "0")}`,
    name: `Hanke ${i}`,
    status_normalised: "ended",
    programme_period: "2014-2020",
    women_share_planned: null,
    women_share_actual: null,
  })),
];

const subtitle = (rows: typeof ROWS, lang: "fi" | "en", maxProjects = 30) =>
  (womenShare(rows, { lang, maxProjects }).title as { subtitle: string[] }).subtitle.join(" ");

Deno.test("the women's share chart says how many projects have a split, which have none, and which are shown", () => {
  assertEquals(
    subtitle(ROWS, "en"),
    "50 projects with a women's split (20 of 2014–2020 have none); showing the 30 with the largest gap. " +
      "Dashed line: 50%.",
  );
  assertEquals(
    subtitle(ROWS, "fi"),
    "50 hanketta, joilla on sukupuolijako (ilman sitä 20 hanketta kaudelta 2014–2020); näytetään ne 30, " +
      "joilla poikkeama on suurin. Katkoviiva: 50\u00A0%.",
  );
  // All shown, none without a split; those without a split of both periods.
  assertEquals(subtitle(ROWS.slice(0, 5), "en"), "5 projects with a women's split. Dashed line: 50%.");
  const mixed = [...ROWS.slice(0, 5), { ...ROWS[60]!, programme_period: "2007-2013" }, ROWS[61]!];
  assertEquals(
    subtitle(mixed, "en"),
    "5 projects with a women's split (2 have none). Dashed line: 50%.",
  );
});

Deno.test("the women's share chart's description says which projects are shown in a whole Finnish sentence", () => {
  const description = (rows: typeof ROWS, lang: "fi" | "en") =>
    womenShare(rows, { lang, maxProjects: 30 }).description as string;
  // Before: '(50 hanketta, näytetään 30 suurimman poikkeaman)', a genitive with no noun.
  assertEquals(
    description(ROWS, "fi"),
    "Naisten osuus osallistujista, suunniteltu ja toteutunut, hankkeittain (50 hanketta, näytetään ne 30, " +
      "joilla poikkeama on suurin); viiva 50\u00A0%:n kohdalla.",
  );
  assertEquals(
    description(ROWS.slice(0, 5), "fi"),
    "Naisten osuus osallistujista, suunniteltu ja toteutunut, hankkeittain (5 hanketta); viiva 50\u00A0%:n kohdalla.",
  );
});
