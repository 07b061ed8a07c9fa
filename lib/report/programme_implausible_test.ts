/** The register's grouped charts say the rows whose utilisation is implausible, which their pooled figures hold. */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { loadRegister } from "../register/load_register.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { programmeCharts } from "./catalogue.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const { register } = loadRegister(SHIPPED_REGISTERS["2007-2013"]);

const subtitles = (frame: pl.DataFrame, lang: "fi" | "en") =>
  Object.fromEntries(
    programmeCharts(frame, projects, lang, "2007-2013").map((chart) => [
      chart.name,
      (chart.spec as unknown as { title: { subtitle: string[] } }).title.subtitle.join(" "),
    ]),
  );

Deno.test("the register's charts say S10194's utilisation below 0 % (a repayment), in either language", () => {
  const en = subtitles(register, "en");
  assertEquals(
    en["programme-utilisation-2007-2013"]!.includes(
      "Below 0% in the first bar: 1 register project (realised funding below zero: a repayment).",
    ),
    true,
    en["programme-utilisation-2007-2013"],
  );
  for (const name of ["programme-by-section-2007-2013", "programme-by-axis-2007-2013"]) {
    const said = en[name]!;
    assertEquals(said.includes("Includes 1 register project whose utilisation is below 0%"), true, said);
  }
  const fi = subtitles(register, "fi");
  const said = fi["programme-by-axis-2007-2013"]!;
  assertEquals(said.includes("Mukana 1 rekisterin hanke, jonka käyttöaste on alle 0\u00A0%"), true, said);
});

Deno.test("a register row over 10× its plan is said on the grouped charts, whose pooled figures hold it", () => {
  // S10324's realised public funding typed 100 times too large: 36 669 900 of 368 999.
  const typo = register.withColumns(
    pl.when(pl.col("project_code").eq(pl.lit("S10324"))).then(pl.lit(36_669_900)).otherwise(
      pl.col("funding_public_actual"),
    ).alias("funding_public_actual"),
  ).withColumns(pl.col("funding_public_actual").div(pl.col("funding_public_planned")).alias("funding_utilisation"));
  const en = subtitles(typo, "en");
  const said = en["programme-by-axis-2007-2013"]!;
  assertEquals(
    said.includes("Includes 1 register project whose utilisation is over 10× its plan (a typing error, most likely)."),
    true,
    said,
  );
  const histogram = en["programme-utilisation-2007-2013"]!;
  assertEquals(
    histogram.includes("Above 150% in the last bar: 1 register project (1 of them over 10× its plan"),
    true,
    histogram,
  );
  const fi = subtitles(typo, "fi")["programme-by-axis-2007-2013"]!;
  assertEquals(
    fi.includes("Mukana 1 rekisterin hanke, jonka käyttöaste on yli kymmenkertainen suunniteltuun"),
    true,
    fi,
  );
});
