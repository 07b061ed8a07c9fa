import { assertEquals } from "../../testing/assert.ts";
import { priorityAxisNames } from "./grouped_summary.ts";

Deno.test("an ESF register's axes are named by the programme, not by whatever title the first document printed", () => {
  // Documents whose axis lines print titles the programme does not have (as the generated corpora do): the chart
  // drew the register's 823 projects of axis 1 as 'Työorganisaatioiden, työelämän laadun sekä…', while the themes'
  // table on the same page gives axis 1 its programme title.
  const projects = [
    {
      programme_period: "2007-2013",
      priority_axis_code: "1",
      priority_axis: "Työorganisaatioiden, työelämän laadun sekä työntekijöiden ja yrittäjien osaamisen kehittäminen",
    },
    {
      programme_period: "2007-2013",
      priority_axis_code: "3",
      priority_axis: "Innovaatioiden ja verkostojen kehittäminen",
    },
  ];
  const names = priorityAxisNames(projects, [{ programme_period: "2007-2013", fund: "ESR" }]);
  assertEquals(
    names["1"],
    "1 Työorganisaatioiden, työssä olevan työvoiman ja yritysten kehittäminen sekä yrittäjyyden lisääminen",
  );
  assertEquals(
    names["3"],
    "3 Työmarkkinoiden toimintaa edistävien osaamis-, innovaatio- ja palvelujärjestelmien kehittäminen",
  );
  // A register of other funds has no programme titles here: the documents name its axes.
  assertEquals(
    priorityAxisNames(projects, [{ programme_period: "2007-2013", fund: "EAKR" }])["3"],
    "3 Innovaatioiden ja verkostojen kehittäminen",
  );
});
