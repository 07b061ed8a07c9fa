/** A chart of one project says that project's status as of one project, not of "every project shown". */
import { assert } from "../../testing/assert.ts";
import { participantsRealisation } from "./participants_realisation.ts";
import { fundingVsParticipants } from "./funding_vs_participants.ts";

const subtitleOf = (spec: unknown) =>
  [(spec as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(" ");

const one = [{
  project_code: "S11547",
  name: "Maahanmuuttajien osaaminen käyttöön",
  status_normalised: "ended",
  participants_planned: 199,
  participants_actual: 119,
  participant_realisation: 119 / 199,
  funding_public_actual: 614153,
}];

Deno.test("a per-project chart of one project says its status in the singular", () => {
  // Before: 'Kaikkien kuvan hankkeiden tila: päättynyt.' / 'Status of every project shown: ended.' over 1 project.
  for (const chart of [participantsRealisation, fundingVsParticipants]) {
    const fi = subtitleOf(chart(one, { lang: "fi" }));
    const en = subtitleOf(chart(one, { lang: "en" }));
    assert(fi.includes(" Hankkeen tila: päättynyt."), fi);
    assert(!fi.includes("Kaikkien"), fi);
    assert(en.includes(" Status of the project: ended."), en);
    assert(!en.includes("every project"), en);
  }
});

Deno.test("a per-project chart of two projects of one status still says every project's", () => {
  const two = [...one, { ...one[0]!, project_code: "S11548" }];
  assert(
    subtitleOf(participantsRealisation(two, { lang: "fi" })).endsWith("Kaikkien kuvan hankkeiden tila: päättynyt."),
  );
  assert(subtitleOf(participantsRealisation(two, { lang: "en" })).endsWith("Status of every project shown: ended."));
});
