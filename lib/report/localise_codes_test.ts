import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { localiseCodes } from "./tables.ts";

const frame = pl.DataFrame({
  priority_axis: ["Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen", "Oma"],
  specific_objective: ["Työ- ja koulutusurien sukupuolenmukaisen eriytymisen lieventäminen", null],
  class_equality: ["Sukupuolineutraali projekti", "Jokin muu"],
  class_sustainability: ["Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta", null],
  class_partnership: ["Kumppanuutta selvästi edistävä projekti", null],
  class_innovation: ["Ei erityistä innovatiivisuutta projektin tavoitteena", null],
});

Deno.test("an English table for people names the priority axes, specific objectives and classifications in English", () => {
  const en = localiseCodes(frame, "en").toRecords();
  assertEquals(en[0], {
    priority_axis: "Promoting employment and staying in the labour market, and preventing social exclusion",
    specific_objective: "Reducing gender segregation in working and educational careers",
    class_equality: "Gender-neutral project",
    class_sustainability: "No particular effect on sustainable development",
    class_partnership: "Clearly promotes partnership",
    class_innovation: "No particular innovativeness among the project's aims",
  });
  // A title or class the toolkit does not know is said as printed.
  assertEquals([en[1]!.priority_axis, en[1]!.class_equality], ["Oma", "Jokin muu"]);
  // A Finnish table keeps them as printed.
  assertEquals(localiseCodes(frame, "fi").toRecords(), frame.toRecords());
});

Deno.test("an English table says the 2014–2020 applicants value it knows in English, another as printed", () => {
  const applicants = pl.DataFrame({
    applicants: ["Hakijoita on useampi kuin yksi (yhteishanke)", "Jotain muuta", null],
  });
  assertEquals(localiseCodes(applicants, "en").getColumn("applicants").toArray(), [
    "More than one applicant (joint project)",
    "Jotain muuta",
    null,
  ]);
  assertEquals(localiseCodes(applicants, "fi").toRecords(), applicants.toRecords());
});
