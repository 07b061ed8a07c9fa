import { assert, assertEquals } from "../../testing/assert.ts";
import { byDuration } from "../analysis/cohorts.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { cohortChart } from "./cohorts.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));

Deno.test("the duration chart's description says what it groups by, as its title does, not 'by group'", () => {
  // Before: 'Painotettu … käyttöaste ryhmittäin (4 ryhmää)' under the title '… suunnitellun keston mukaan'.
  const fi = cohortChart(byDuration(projects), { by: "duration_band", lang: "fi" }).description;
  assertEquals(
    fi,
    "Painotettu osallistujien toteutumisaste ja julkisen rahoituksen käyttöaste suunnitellun keston mukaan " +
      "(4 ryhmää), kunkin luvun takana olevien hankkeiden määrä ja viiva 100\u00A0%:n kohdalla.",
  );
  const en = cohortChart(byDuration(projects), { by: "duration_band", lang: "en" }).description;
  assertEquals(
    en,
    "Weighted participant realisation and public funding utilisation by planned duration (4 groups), with the " +
      "number of projects behind each figure and a line at 100%.",
  );
});

Deno.test("a grouped chart's words count one group as one: '1 ryhmä', 'ja 1 muu ryhmä', '1 group', '1 more group'", () => {
  const [fi, en] = [CHART_TEXT.fi, CHART_TEXT.en];
  assertEquals(
    fi.groupedSummaryDescription(["participant_realisation"], 1, "programme_period"),
    "Painotettu osallistujien toteutumisaste ohjelmakausittain (1 ryhmä), kunkin luvun takana olevien hankkeiden " +
      "määrä ja viiva 100\u00A0%:n kohdalla.",
  );
  assertEquals(
    en.groupedSummaryDescription(["participant_realisation"], 1, "programme_period"),
    "Weighted participant realisation by programme period (1 group), with the number of projects behind each " +
      "figure and a line at 100%.",
  );
  assertEquals(
    fi.groupedSummaryInterim([["Uusimaa", 2]], 1),
    "Mukana käynnissä olevia hankkeita (väliaikaiset luvut): Uusimaa (2) ja 1 muu ryhmä.",
  );
  assertEquals(
    fi.groupedSummaryInterim([["Uusimaa", 2]], 3),
    "Mukana käynnissä olevia hankkeita (väliaikaiset luvut): Uusimaa (2) ja 3 muuta ryhmää.",
  );
  assertEquals(
    en.groupedSummaryInterim([["Uusimaa", 2]], 1),
    "Includes active projects (interim figures): Uusimaa (2) and 1 more group.",
  );
});

Deno.test("the themes' count chart says nothing of an n it does not draw; the share chart still does", async () => {
  const { themesByPeriod } = await import("./themes.ts");
  const { themeSummary } = await import("../analysis/themes.ts");
  const table = themeSummary(projects);
  const subtitle = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle.join(" ");
  // Before: 'Hankkeita teemoittain …' (bars labelled 47, 108, …) said 'n = hankkeita, joilla luku.'
  const counts = subtitle(themesByPeriod(table, { lang: "fi" }));
  assert(!counts.includes("n = "), counts);
  assert(!subtitle(themesByPeriod(table, { lang: "en" })).includes("n = "));
  const shares = subtitle(themesByPeriod(table, { lang: "fi", metric: "funding_utilisation" }));
  assert(shares.includes("n = hankkeita, joilla luku."), shares);
});
