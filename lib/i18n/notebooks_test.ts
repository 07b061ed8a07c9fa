import { assert, assertEquals } from "../../testing/assert.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";

Deno.test("notebook 05 says a register without programme sections has none, not a group named '–'", () => {
  const sections = [{ group: "–", value: 0.157, n: 786 }];
  const axes = [{ group: "3", value: 0.128, n: 10 }];
  const fi = NOTEBOOK_TEXT.fi.programmeGroups(sections, axes);
  const en = NOTEBOOK_TEXT.en.programmeGroups(sections, axes);
  assert(fi.includes("osioittain: rekisterissä ei ole osioita; toimintalinjoittain: toimintalinja 3: 12,8"), fi);
  assert(en.includes("by programme section: the register has no sections; by priority axis: axis 3: 12.8%"), en);
});

Deno.test("notebook 05 says a register taken while its projects ran is interim: no median, no base rate read as final", () => {
  const fi = NOTEBOOK_TEXT.fi;
  const en = NOTEBOOK_TEXT.en;
  assert(fi.registerInterim(786, 786).includes("Rekisterin kaikki 786 hanketta ovat käynnissä"));
  assert(en.registerInterim(786, 786).includes("All 786 of the register's projects are active"));
  assertEquals(fi.registerInterim(0, 2775), "");
  const base = fi.interruptedBase(0, 0, 786, 786);
  assert(base.includes("väliaikainen") && !base.includes("perustaso, johon"), base);
  assert(fi.interruptedBase(40, 40 / 2775, 0, 2775).includes("perustaso"), "an ended programme's share is the base");
  assert(!en.interruptedBase(0, 0, 786, 786).includes("base rate, against"), "no base rate while projects run");
});

Deno.test("the notebooks' sentences count one as one: error, diagnostic, figure, and a single start date once", () => {
  const [fi, en] = [NOTEBOOK_TEXT.fi, NOTEBOOK_TEXT.en];
  assertEquals(en.diagnosticCounts(1, 1).startsWith("1 error (a file"), true, en.diagnosticCounts(1, 1));
  assertEquals(en.diagnosticCounts(1, 1).includes(", 1 warning (a gap"), true);
  assertEquals(en.diagnosticCounts(2, 3).startsWith("2 errors (a file"), true);
  assertEquals(en.diagnostics(1, 1).startsWith("1 diagnostic in 1 file;"), true, en.diagnostics(1, 1));
  assertEquals(fi.diagnostics(1, 1).startsWith("1 diagnostiikkamerkintä 1 tiedostossa;"), true, fi.diagnostics(1, 1));
  assertEquals(fi.diagnostics(4, 2).startsWith("4 diagnostiikkamerkintää 2 tiedostossa;"), true);
  assertEquals(en.origins(1, 1).startsWith("1 key figure was read"), true, en.origins(1, 1));
  assertEquals(en.origins(1, 1).includes("; 1 is not printed in its document and is null."), true, en.origins(1, 1));
  assertEquals(en.origins(9, 3).includes("; 3 are not printed in their documents and are null."), true);
  assertEquals(
    en.timeline(1, "2020-12-01", "2020-12-01", "2023-05-31").startsWith("The project started on 1 Dec 2020;"),
    true,
    en.timeline(1, "2020-12-01", "2020-12-01", "2023-05-31"),
  );
  assertEquals(fi.timeline(1, "2020-12-01", "2020-12-01", "2023-05-31").startsWith("1 hanke alkoi 1.12.2020;"), true);
  assertEquals(fi.timeline(3, "2010-01-01", "2020-12-01", "2023-05-31").startsWith("3 hanketta alkoi 1.1.2010–"), true);
});

Deno.test("notebook 05 in English names the programme's sections and the fund in English", () => {
  const south = { group: "Etelä-Suomen suuralueosio", value: 0.929, n: 12 };
  const said = NOTEBOOK_TEXT.en.programmeGroups([south], [{ group: "1", value: 0.9, n: 3 }]);
  assert(said.includes("Southern Finland section: 92.9%") && !said.includes("suuralueosio"), said);
  assertEquals(NOTEBOOK_TEXT.fi.programmeGroups([south], []).includes("Etelä-Suomen suuralueosio"), true);
});

Deno.test("the programme's axes are said to differ by as much as they do, not by 'a few points' whatever they are", () => {
  const axes = [{ group: "3", value: 0.128, n: 339 }, { group: "4", value: 0.474, n: 288 }];
  const fi = NOTEBOOK_TEXT.fi.programmeGroups([{ group: "–", value: 0.3, n: 627 }], axes);
  assert(fi.includes("Toimintalinjojen suurin ero on 35 prosenttiyksikköä"), fi);
  assert(!fi.includes("Muutaman prosenttiyksikön"), fi);
  const en = NOTEBOOK_TEXT.en.programmeGroups([{ group: "–", value: 0.3, n: 627 }], axes);
  assert(en.includes("The axes differ by up to 35 percentage points"), en);
});

Deno.test("notebook 04 (data quality) points to notebook 05 for where the documents and the register disagree", () => {
  assert(NOTEBOOK_TEXT.fi.qualityHeading.includes("näyttää muistikirja 05 (ne eivät ole lukuvirheitä)"));
  assert(NOTEBOOK_TEXT.en.qualityHeading.includes("notebook 05 shows (they are not reading problems)"));
});

Deno.test("notebook 02 counts the projects that met their plan exactly; 04 says how many values in how many projects", () => {
  const [fi, en] = [NOTEBOOK_TEXT.fi, NOTEBOOK_TEXT.en];
  assertEquals(
    en.plannedVsActual(146, 44, 2),
    "146 projects fell short of their plan, 44 projects exceeded it and 2 projects met it exactly.",
  );
  assertEquals(en.plannedVsActual(3, 1, 0), "3 projects fell short of their plan, 1 project exceeded it.");
  assertEquals(
    fi.plannedVsActual(146, 44, 2),
    "Suunnitelmaansa jäi alle 146 hanketta, sen ylitti 44 hanketta ja sen saavutti täsmälleen 2 hanketta.",
  );
  const checks = [{ group: "Utilisation above 100%", n: 74 }, { group: "Actual without a plan", n: 34 }];
  assert(en.suspicious(108, 71, checks).startsWith("108 values to check in 71 projects: Utilisation above 100% 74, "));
  assert(fi.suspicious(1, 1, [{ group: "X", n: 1 }]).startsWith("1 tarkistettava arvo 1 hankkeessa: X 1."));
});

Deno.test("the register's 'another project' sentence counts one project as one, in the report and notebook 05", async () => {
  const { CROSS_CHECK_TEXT } = await import("./notebook_cross_check.ts");
  const { REPORT_TEXT } = await import("./report.ts");
  const check = (compared: number, otherProject: string[]) => ({
    compared,
    otherProject,
    missing: [],
    diagnostics: otherProject, // one warning each
  });
  const one = CROSS_CHECK_TEXT.fi("2007-2013", check(0, ["S10001"]), []);
  assert(one.includes(" Rekisterissä olevasta 1 hankkeesta 1: nimi ja kumpikin päivä eroavat"), one);
  const two = CROSS_CHECK_TEXT.fi("2007-2013", check(1, ["S10001"]), []);
  assert(two.includes(" Rekisterissä olevista 2 hankkeesta 1: nimi ja kumpikin päivä eroavat"), two);
  const report = REPORT_TEXT.fi.registerPeriod("2007-2013", 1, 1, 0, "", ["S10001"]);
  assert(report.includes(" Rekisterissä olevasta 1 hankkeesta 1: nimi ja kumpikin päivä eroavat"), report);
  const en = CROSS_CHECK_TEXT.en("2007-2013", check(0, ["S10001"]), []);
  assert(en.includes(" Of the 1 it lists, 1: the name and both dates differ"), en);
  const disagreeing = { compared: 1, otherProject: [], missing: [], diagnostics: ["name"] };
  const single = CROSS_CHECK_TEXT.en("2007-2013", disagreeing, []);
  assert(single.includes("1 corpus project is in the register; 1 disagreement; of the"), single);
  // A project without a code is in no count: named, or the counts do not add up (before: unsaid).
  const uncoded = CROSS_CHECK_TEXT.en("2007-2013", { ...disagreeing, withoutCode: ["/corpus/x.txt"] }, []);
  assert(uncoded.endsWith(" Without a project code, so not compared: x.txt."), uncoded);
});

Deno.test("notebook 05 says where the corpus projects stand with a singular verb after a number, and one as one", () => {
  const [fi, en] = [NOTEBOOK_TEXT.fi, NOTEBOOK_TEXT.en];
  // Before: 'Aineiston 190 hanketta käyttivät 70,5 % – 104,6 %'; a numeral's subject takes a singular verb.
  assertEquals(
    fi.programmePosition(0.705, 1.046, 0.978, 190),
    "Aineiston 190 hanketta käytti 70,5–104,6\u00A0% suunnitellusta julkisesta rahoituksesta; ohjelman kaikkien " +
      "hankkeiden mediaani on 97,8\u00A0%.",
  );
  // Before: 'Aineiston 1 hanke käyttivät 70,5 % – 70,5 %'.
  assertEquals(
    fi.programmePosition(0.705, 0.705, 0.978, 1),
    "Aineiston 1 hanke käytti 70,5\u00A0% suunnitellusta julkisesta rahoituksestaan; ohjelman kaikkien " +
      "hankkeiden mediaani on 97,8\u00A0%.",
  );
  // Before: 'The 1 corpus project used 70.5% to 70.5% of their planned public funding'.
  assertEquals(
    en.programmePosition(0.705, 0.705, 0.978, 1),
    "The 1 corpus project used 70.5% of its planned public funding; the median over all the programme's projects " +
      "is 97.8%.",
  );
  assert(en.programmePosition(0.705, 1.046, 0.978, 190).startsWith("The 190 corpus projects used 70.5% to 104.6%"));
});

Deno.test("notebook 05's base rate says all projects are active when all are, and counts one interruption as one", () => {
  const [fi, en] = [NOTEBOOK_TEXT.fi, NOTEBOOK_TEXT.en];
  // Before: 'suurin osa hankkeista on vielä käynnissä' beside a table of 786 active of 786 (100,0 %).
  assert(fi.interruptedBase(0, 0, 786, 786).includes("mutta kaikki hankkeet ovat vielä käynnissä"));
  assert(en.interruptedBase(0, 0, 786, 786).includes("but all projects are still active"));
  assert(fi.interruptedBase(0, 0, 500, 786).includes("mutta suurin osa hankkeista on vielä käynnissä"));
  assert(en.interruptedBase(2, 0.002, 500, 786).startsWith("2 projects were interrupted (0.2%), but most projects"));
  // Before: '1 projects were interrupted'.
  assert(en.interruptedBase(1, 1 / 2775, 0, 2775).startsWith("1 project was interrupted (0.0%): the programme's"));
});

Deno.test("the Finnish notebooks call a notebook 'muistikirja' throughout, as notebook 04 does", () => {
  const fi = NOTEBOOK_TEXT.fi;
  // Before: 'muistiossa `04-data-quality`', 'seuraavat muistiot', 'tämä muistio' beside 'muistikirja 05'.
  const texts = [fi.errors(0), fi.errors(2), fi.programmeHeading, fi.periods([{ group: "2014-2020", n: 3 }], 1)];
  for (const text of texts) assert(!/muistio/.test(text), text);
  assert(fi.errors(0).includes("muistikirjassa `04-data-quality`"), fi.errors(0));
});
