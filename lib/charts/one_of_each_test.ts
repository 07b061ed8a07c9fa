import { assert, assertEquals } from "../../testing/assert.ts";
import { topBeneficiaries } from "./beneficiaries.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";

const ELY = "Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus";
const ONE = [{
  organisation_key: "id:2296962-1",
  business_id: "2296962-1",
  organisation_name: ELY,
  projects_total: 1,
  projects_lead: 1,
  projects_co: 0,
  funding_public_actual_lead: 1011286,
}];

Deno.test("the beneficiaries chart's description names the first organisation in full and counts one as one", () => {
  // Before: '… 1 organisaation hankkeet …; eniten: Pohjois-Savon elinkeino-, liikenne- ja ympä….' (the bar's cut
  // name in a text that has room for the whole) and 'the projects of 1 organisations'.
  const fi = topBeneficiaries(ONE, { lang: "fi" }).description!;
  assert(fi.endsWith(`; ensimmäisenä: ${ELY}.`), fi);
  const en = topBeneficiaries(ONE, { lang: "en" }).description!;
  assert(en.startsWith("Horizontal bars: the projects of 1 organisation as lead"), en);
  assert(en.endsWith(`; first: ${ELY}.`), en);
});

Deno.test("one project and one organisation are one in the scatter's description and the beneficiaries' caption", () => {
  // Before: '(1 hanke, joilla molemmat luvut)'.
  assert(
    CHART_TEXT.fi.participantsPlannedVsActualDescription(1).startsWith(
      "Suunnitellut ja toteutuneet osallistujat hankkeittain (1 hanke, jolla molemmat luvut);",
    ),
  );
  assert(CHART_TEXT.fi.participantsPlannedVsActualDescription(2).includes("(2 hanketta, joilla molemmat luvut)"));
  // Before: 'Organisaatiot päätoteuttajana ja osatoteuttajana: 1 organisaatiota', '1 organisations'.
  assertEquals(
    ANALYSIS_METHODS.fi.beneficiariesCaption(1),
    "Organisaatiot päätoteuttajana ja osatoteuttajana: 1 organisaatio",
  );
  assertEquals(
    ANALYSIS_METHODS.en.beneficiariesCaption(1),
    "Organisations as lead and as co-implementer: 1 organisation",
  );
  assertEquals(
    ANALYSIS_METHODS.fi.beneficiariesCaption(1143),
    "Organisaatiot päätoteuttajana ja osatoteuttajana: 1\u00A0143 organisaatiota",
  );
});

Deno.test("a register histogram with no corpus project in it draws no lines and says none, not 'lines: (0)'", () => {
  const [fi, en] = [CHART_TEXT.fi, CHART_TEXT.en];
  // Before: 'Pystyviivat: aineiston hankkeet (0).' and '…; 0 aineiston hanketta merkitty.' over a chart without lines.
  assertEquals(fi.programmeUtilisationSubtitle(0, 1.5), "Yli 150\u00A0% viimeisessä pylväässä.");
  assertEquals(en.programmeUtilisationSubtitle(0, 1.5), "Above 150% in the last bar.");
  assert(
    fi.programmeUtilisationDescription(786, 0).endsWith(
      "5\u00A0%:n luokin; yhtään aineiston hanketta ei ole merkitty.",
    ),
  );
  assert(en.programmeUtilisationDescription(786, 0).endsWith("in 5% bins; no corpus project is marked."));
  assert(fi.programmeUtilisationSubtitle(3, 1.5).startsWith("Pystyviivat: aineiston hankkeet (3)."));
});
