/** A register's negative amounts: a plan or a grant below zero is impossible, a realised one may be a repayment. */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { tempDirSync } from "../../testing/temp.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { loadRegister } from "./load_register.ts";
import { SHIPPED_REGISTERS } from "./shipped.ts";

const HEADER = "Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,Aloituspvm,Päättymispvm," +
  "Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus," +
  "Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä";

Deno.test("loadRegister(): a negative plan or grant is null, said at its row; a negative realised figure is kept", () => {
  const dir = tempDirSync("esf-register-negative-");
  const file = `${dir}/register.csv`;
  Deno.writeTextFileSync(
    file,
    [
      HEADER,
      "S10001,ESR,Yksi,Osio,1,ELY,Toiminta päättynyt,1.1.2009,31.12.2010,Oy,-92979,1000,-139947,2000",
      "S10194,ESR,PuuEdu,Osio,1,ELY,Keskeytynyt,1.8.2008,31.12.2010,Oy,92979,-876,139947,-876",
    ].join("\n") + "\n",
  );
  const { register, diagnostics } = loadRegister(file, { name: "register.csv" });
  const rows = register.sort("project_code").select(
    "funding_eu_state_granted",
    "funding_eu_state_actual",
    "funding_public_planned",
    "funding_public_actual",
    "funding_utilisation",
  ).rows();
  assertEquals(rows, [[null, 1000, null, 2000, null], [92979, -876, 139947, -876, -876 / 139947]]);
  assertEquals(diagnostics.map((d) => [d.code, d.line, d.project_code]), [
    ["register_unreadable", 2, "S10001"],
    ["register_unreadable", 2, "S10001"],
  ]);
  assertEquals(localiseDiagnostic(diagnostics[0]!, "en").includes(`"-92979" is negative`), true);
  assertEquals(localiseDiagnostic(diagnostics[0]!, "fi").includes(`"-92979" on negatiivinen`), true);
});

Deno.test("the shipped 2007–2013 register keeps S10194's realised -876 € (a repayment), and no plan is negative", () => {
  const { register } = loadRegister(SHIPPED_REGISTERS["2007-2013"]);
  const row = register.filter(pl.col("project_code").eq(pl.lit("S10194"))).toRecords()[0]!;
  assertEquals([row.funding_public_actual, row.funding_eu_state_actual, row.status_normalised], [
    -876,
    -876,
    "interrupted",
  ]);
  const negativePlans = register.filter(
    pl.col("funding_public_planned").lt(0).or(pl.col("funding_eu_state_granted").lt(0)),
  );
  assertEquals(negativePlans.height, 0);
});
