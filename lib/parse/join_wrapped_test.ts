import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { endsUnfinished, joinWrapped } from "./join_wrapped.ts";
import { ok as assert } from "node:assert/strict";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

Deno.test("joinWrapped: a space between wrapped lines, none inside a word broken at its hyphen", () => {
  assertEquals(
    joinWrapped("alueiden välinen yhteistyö ESR-", "toiminnassa"),
    "alueiden välinen yhteistyö ESR-toiminnassa",
  );
  assertEquals(joinWrapped("sosiaali-", "ja terveysalalla"), "sosiaali- ja terveysalalla");
  assertEquals(joinWrapped("(MOK) -", "Tehokkaiden"), "(MOK) - Tehokkaiden");
  assertEquals(
    joinWrapped('"Maahanmuuttajien osaaminen käyttöön (MOK)" -', "projektin"),
    '"Maahanmuuttajien osaaminen käyttöön (MOK)" -projektin',
  );
  assertEquals(joinWrapped("tiedotuksen", "kanavia"), "tiedotuksen kanavia");
});

Deno.test("a text export wrapped after a spaced dash keeps the space: a hard wrap is at a space", () => {
  const seedName = SEED_2007.split("\n").find((line) => line.startsWith("Projektin nimi:"))!;
  const wrapped = edit(SEED_2007, seedName, seedName.replace("(MOK) - Tehokkaiden", "(MOK) -\ntehokkaiden"));
  assertEquals(
    parseDocument(wrapped).document!.project.name,
    seedName.slice("Projektin nimi: ".length).replace("Tehokkaiden", "tehokkaiden"),
  );
});

Deno.test("a name wrapped at a word that does not say so is read to its line's end, and the line after it is said", () => {
  const seedName = SEED_2007.split("\n").find((line) => line.startsWith("Projektin nimi:"))!;
  const wrapped = edit(SEED_2007, seedName, seedName.replace("Tehokkaiden ", "Tehokkaiden\n"));
  const { document, diagnostics } = parseDocument(wrapped, { sourceFile: "w.txt" });
  assertEquals(document!.project.name, "Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden");
  const next = lineOf(wrapped, "työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen");
  const said = diagnostics.find((d) => d.line === next);
  assertEquals(said?.code, "unusual_value", JSON.stringify(diagnostics));
  assert(said!.message.includes("Projektin nimi") && said!.message.includes("rest of the value"), said!.message);
  // The seeds' blocks of labels have no such line.
  assertEquals(parseDocument(SEED_2007).diagnostics.filter((d) => d.message.includes("has no label")), []);
});

Deno.test("a priority axis's title wrapped in a text export is read whole after a word that says so, else its next line is said", () => {
  const axis = SEED_2007.split("\n").find((line) => line.startsWith("Toimintalinja:"))!;
  // A title of the project's own wording (the programme's own titles wrapped are joined: programme_axes_test.ts).
  const own = "Toimintalinja: 4: Kansainvälinen yhteistyö ESR-toiminnassa";
  const [head, tail] = [own.slice(0, own.lastIndexOf(" ")), own.slice(own.lastIndexOf(" ") + 1)];
  const wrapped = edit(SEED_2007, axis, `${head}\n${tail}`);
  const { document, diagnostics } = parseDocument(wrapped);
  assertEquals(document!.project.priority_axis, head.slice(head.indexOf(":", "Toimintalinja:".length) + 1).trim());
  assert(
    diagnostics.some((d) => d.code === "unusual_value" && d.line === lineOf(wrapped, tail)),
    JSON.stringify(diagnostics),
  );
  const joined = edit(SEED_2007, axis, axis.replace(" ja ", " ja\n"));
  assertEquals(
    parseDocument(joined).document!.project.priority_axis,
    parseDocument(SEED_2007).document!.project.priority_axis,
  );
});

Deno.test("a value wrapped whole onto the next line, or ending unfinished before a Label-like line, is said on that line", () => {
  const organisation = "Toteuttajaorganisaation nimi: Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus";
  const under = edit(
    SEED_2007,
    organisation,
    "Toteuttajaorganisaation nimi:\nPohjois-Savon elinkeino-, liikenne- ja ympäristökeskus",
  );
  const below = parseDocument(under);
  assertEquals(below.document!.project.organisation_name, null);
  const line = lineOf(under, "Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus");
  assert(
    below.diagnostics.some((d) => d.code === "unusual_value" && d.line === line),
    JSON.stringify(below.diagnostics),
  );
  assert(!below.diagnostics.some((d) => d.code === "missing_field" && d.message.includes("Toteuttajaorganisaation")));
  const comma = edit(SEED_2007, organisation, `${organisation},\nMaahanmuuttoyksikkö: Kuopion toimipiste`);
  const { diagnostics } = parseDocument(comma);
  assert(
    diagnostics.some((d) => d.code === "unusual_value" && d.line === lineOf(comma, "Maahanmuuttoyksikkö:")),
    JSON.stringify(diagnostics),
  );
});

Deno.test("endsUnfinished: told by the text's end, whatever the letters before it or their case", () => {
  // A joining word in any case (a long s and a Kelvin sign are an s and a k to it), a hyphen after a letter or digit
  // (an astral one too), a lone dash.
  const unfinished = [
    "elinkeino-,",
    "a;",
    "liikenne- ja",
    "x Tai",
    "x SEKÄ",
    "x ſekä",
    "x eli",
    "x ETTÄ",
    "x \u212Auin",
  ];
  const dashed = ["\u{1D400}-", "x \u{1D7CF}\u2010", "(MOK) -", "(MOK) \u2013", " -"];
  assertEquals([...unfinished, ...dashed].filter((text) => !endsUnfinished(text)), []);
  // A word that only ends in a joining word's letters, or follows a letter (an astral one too); a dash after a letter.
  const finished = ["", "a", "-", "–", "x,y", "palveluja", "\u{1D400}ja", "\u{1D400}sekä", "1sekä", "x\u2013", "x- "];
  assertEquals(finished.filter(endsUnfinished), []);
});
