/** The register histogram says its implausible rows: above the last bar's bound, over 10× the plan, below 0 %. */
import { assertEquals } from "../../testing/assert.ts";
import { programmeUtilisation } from "./programme_utilisation.ts";

type Spec = { title: { subtitle: string[] }; layer: { data: { values: { count: number }[] } }[] };
const register = [0.5, 0.9, -876 / 139947, 12, 2].map((funding_utilisation, i) => ({
  project_code: `S${i}`,
  status_normalised: "ended",
  funding_utilisation,
}));
const subtitle = (lang: "fi" | "en", rows = register) =>
  (programmeUtilisation(rows, [], { lang }) as unknown as Spec).title.subtitle.join(" ");

Deno.test("programmeUtilisation(): a negative utilisation (a repayment) is drawn in the first bar, not lost", () => {
  const spec = programmeUtilisation(register, [], { lang: "en" }) as unknown as Spec;
  const bins = spec.layer[0]!.data.values;
  assertEquals(bins.reduce((sum, bin) => sum + bin.count, 0), 5);
  assertEquals(bins[0]!.count, 1);
});

Deno.test("programmeUtilisation() says how many register rows are above 150 %, over 10× and below 0 %, in either language", () => {
  const en = subtitle("en");
  const fi = subtitle("fi");
  assertEquals(
    en.includes(
      "Above 150% in the last bar: 2 register projects (1 of them over 10× its plan: a typing error, most likely).",
    ),
    true,
    en,
  );
  assertEquals(
    en.includes("Below 0% in the first bar: 1 register project (realised funding below zero: a repayment)."),
    true,
    en,
  );
  assertEquals(
    fi.includes(
      "Yli 150\u00A0% viimeisessä pylväässä: 2 rekisterin hanketta (niistä 1 yli kymmenkertainen suunniteltuun: kirjoitusvirhe?).",
    ),
    true,
    fi,
  );
  assertEquals(
    fi.includes(
      "Alle 0\u00A0% ensimmäisessä pylväässä: 1 rekisterin hanke (toteutunut rahoitus alle nollan: takaisinmaksu).",
    ),
    true,
    fi,
  );
  const plain = subtitle("en", register.slice(0, 2));
  assertEquals(plain.includes("register project"), false, plain);
  assertEquals(plain.includes("Above 150% in the last bar."), true, plain);
});
