import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { ok as assert } from "node:assert/strict";
import pl from "nodejs-polars";
import { diagnostic, localiseDiagnostic } from "../diagnostics.ts";
import { scrubContactText, scrubDiagnostic, scrubFileName, scrubFrame } from "./scrub.ts";

const EN = { lang: "en" as const, keepContactText: false };

Deno.test("every hidden form of an e-mail address is scrubbed, the quick test letting none through", () => {
  for (
    const email of [
      "anna.virtanen@kemi.fi",
      "anna.virtanen @ kemi.fi",
      "anna.virtanen(at)kemi.fi",
      "anna.virtanen (AT) kemi.fi",
      "anna.virtanen [at] kemi [dot] fi",
      "anna.virtanen{ät}kemi(piste)fi",
      "anna.virtanen(a)kemi.fi",
    ]
  ) {
    assertEquals(scrubContactText(`Tiedustelut: ${email}.`, EN), "Tiedustelut: [e-mail address removed].", email);
  }
  assertEquals(scrubContactText("Hanke (a-osa) alkaa 1.1.2011.", EN), "Hanke (a-osa) alkaa 1.1.2011.");
  assertEquals(scrubContactText("p. 040 718 1414", EN), "p. [phone number removed]");
});

Deno.test("scrubFrame changes only the texts that held contact details, and keeps them when asked", () => {
  const frame = pl.DataFrame({
    project_code: ["S1", "S2"],
    summary: ["Ei yhteystietoja.", "anna(at)kemi.fi"],
    regions: [["Lappi"], ["x@y.fi"]],
  });
  assertEquals(scrubFrame(frame, EN).toRecords(), [
    { project_code: "S1", summary: "Ei yhteystietoja.", regions: ["Lappi"] },
    { project_code: "S2", summary: "[e-mail address removed]", regions: ["[e-mail address removed]"] },
  ]);
  const clean = pl.DataFrame({ project_code: ["S1"], summary: ["Ei yhteystietoja."] });
  assertEquals(scrubFrame(clean, EN), clean, "the same frame when nothing changed");
  assertEquals(scrubFrame(frame, { ...EN, keepContactText: true }), frame);
});

Deno.test("phone numbers and addresses as people also write them are scrubbed; dates, amounts and IDs stay", () => {
  for (
    const contact of [
      "044\u2013718 1414", // an en dash
      "044\u2011718 1414", // a non-breaking hyphen
      "040 - 718 1415",
      "(+358) 50 577 1640",
      "0400.123.456",
      "017/2631111",
      "anna.virtanen at kemi.fi",
      "anna.virtanen\uFF20kemi.fi", // a full-width @
      "anna.virtanen (at) ely-keskus . fi",
    ]
  ) {
    const scrubbed = scrubContactText(`Tiedustelut: ${contact}.`, EN);
    assertEquals(/\d{3}|kemi|keskus/.test(scrubbed), false, `${contact} → ${scrubbed}`);
  }
  for (
    const kept of [
      "Alkaa 01.04.2008 ja päättyy 31.12.2013.",
      "Päätös 1/2/2012, dnro 017/2012.",
      "Julkinen rahoitus 1 122 206 euroa, 645 300 euroa.",
      "Y-tunnus 0313471-7, postinumero 70100.",
      "Osallistujia 0,5 % ja 12.5 %.",
    ]
  ) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
});

Deno.test("phone numbers and addresses written tight after their word, across invisible characters or hidden in other ways are scrubbed (review 3)", () => {
  for (
    const contact of [
      "puh.040 718 1414", // no space after the abbreviation's dot
      "p.040-7181414",
      "puh 040/718 1414", // a slash after the area code, then a space
      "GSM040 718 1414",
      "tel:040 718 1414",
      "040\u200B718\u200B1414", // zero-width spaces
      "040\u00AD7181414", // a soft hyphen
      "anna.virta\u00ADnen@kemi.fi",
      "anna.virtanen<at>kemi.fi",
      "anna.virtanen(@)kemi.fi",
      "anna.virtanen at kemi dot fi",
      "mailto:anna.virtanen%40kemi.fi",
      "anna.virtanen&#64;kemi.fi",
      "anna.virtanen\uFF20kemi\uFF0Efi", // a full-width @ and dot
    ]
  ) {
    const scrubbed = scrubContactText(`Tiedustelut: ${contact}.`, EN);
    assertEquals(/\d{3}|kemi|virta/.test(scrubbed), false, `${contact} → ${scrubbed}`);
  }
  // An address broken at its hyphen at the end of a line: the person's part goes.
  assertEquals(/virtanen/.test(scrubContactText("Tiedustelut: anna.virtanen@ely-\nkeskus.fi", EN)), false);
  // Still kept: a case number after a slash, a date, amounts, a sentence ending before a number.
  for (const kept of ["dnro 017/2012 ja 017/ 2013.", "Päättyy 1.1.2015.", "Osallistujia 199. 040 henkilöä"]) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
});

Deno.test("a text with invisible characters and no contact details is kept as it is", () => {
  const text = "Koulutus\u00ADohjelma ja työ\u200Bpaja.";
  assertEquals(scrubContactText(text, EN), text);
  assertEquals(scrubContactText("Tiedustelut:040 718 1414", EN), "Tiedustelut:[phone number removed]");
});

Deno.test("a file name that holds an e-mail address or a phone number is scrubbed in frames and diagnostics; other file names stay (audit 33)", () => {
  const frame = pl.DataFrame({
    source_file: [
      "matti.virtanen@example.fi.txt",
      "+358401234567.txt",
      "000_0083efce40fb50fc.txt",
      "2007/gen_000123.txt",
    ],
    file: ["x/anna(at)kemi.fi.txt", "sub=x/-neg.txt", "h19_=SUM(A1).docx", "2014/S10001.txt"],
  });
  assertEquals(scrubFrame(frame, EN).toRecords(), [
    { source_file: "[e-mail address removed]-aba0b736.txt", file: "x/[e-mail address removed]-179c1356.txt" },
    { source_file: "[phone number removed]-98738948.txt", file: "sub=x/-neg.txt" },
    { source_file: "000_0083efce40fb50fc.txt", file: "h19_=SUM(A1).docx" },
    { source_file: "2007/gen_000123.txt", file: "2014/S10001.txt" },
  ]);
  const diagnostic = {
    level: "warning" as const,
    code: "unusual_value",
    message: "m",
    file: "040 123 4567.txt",
    line: 3,
    project_code: null,
  };
  assertEquals(scrubDiagnostic(diagnostic, { lang: "fi" }).file, "[puhelinnumero poistettu]-86d109c7.txt");
  assertEquals(scrubDiagnostic(diagnostic, { lang: "fi", keepContactText: true }).file, "040 123 4567.txt");
});

Deno.test("a file or folder named by an e-mail address alone, without an extension of its own, is scrubbed whole (audit 33)", () => {
  const frame = pl.DataFrame({ file: ["anna.virtanen@kemi.fi/a.txt", "matti@kemi.fi", "2007/a.txt"] });
  assertEquals(scrubFrame(frame, EN).getColumn("file").toArray(), [
    "[e-mail address removed]-574cb671/a.txt",
    "[e-mail address removed]-10771d03",
    "2007/a.txt",
  ]);
});

Deno.test("two files named by different addresses keep different names, the same name always the same (audit 33)", () => {
  const names = ["anna@kemi.fi.txt", "pekka@kemi.fi.txt", "a/040 123 4567.txt", "a/040 765 4321.txt"];
  const scrubbed = names.map((name) => scrubFileName(name, EN));
  assertEquals(new Set(scrubbed).size, 4, scrubbed.join(", "));
  assertEquals(names.map((name) => scrubFileName(name, EN)), scrubbed, "the same name scrubs the same way");
  for (const [k, name] of scrubbed.entries()) {
    assert(/^(a\/)?\[(e-mail address|phone number) removed\]-[0-9a-f]{8}\.txt$/.test(name), name);
    assert(!name.includes("kemi") && !name.includes("4567") && !name.includes("4321"), names[k]);
  }
  assertEquals(scrubFileName("2007/000_0083efce40fb50fc.txt", EN), "2007/000_0083efce40fb50fc.txt");
});

Deno.test("phone numbers written with a spaced plus, a bracketed area code after the country code or double spaces are scrubbed (audit 33)", () => {
  for (const phone of ["tel. +358 (40) 123 4567", "+ 358 40 1234567", "p.  040  123  4567", "(+358) (9) 123 4567"]) {
    assertEquals(scrubContactText(`Tiedot: ${phone} ok`, EN).includes("removed"), true, phone);
    assert(!/\d{3}/.test(scrubContactText(phone, EN)), scrubContactText(phone, EN));
  }
  for (
    const kept of [
      "1 122 206 €",
      "2010  2011  2012",
      "S11547  S10001",
      "(2007) 2013",
      "+ 35 %",
      "01.04.2008  31.12.2010",
    ]
  ) {
    assertEquals(scrubContactText(kept, EN), kept, kept);
  }
});

Deno.test("a duplicate's message names the kept file as the tables name it, scrubbed the same way (audit 33)", () => {
  const d = diagnostic(
    "duplicate_identical",
    { file: "copy.txt", project_code: "S11547" },
    "S11547",
    "anna@kemi.fi.txt",
  );
  assertEquals(
    localiseDiagnostic(scrubDiagnostic(d, { lang: "fi" }), "fi"),
    "Hankkeen S11547 kaksoiskappale: identtinen kopio tiedostosta [sähköpostiosoite poistettu]-72ce09ec.txt, " +
      "joka otettiin mukaan.",
  );
  const same = diagnostic("duplicate_same_file", { file: "copy.txt" }, "040 123 4567.txt");
  assertEquals(
    localiseDiagnostic(scrubDiagnostic(same, EN), "en"),
    "The same file as [phone number removed]-86d109c7.txt, byte for byte: its project has no code, so it is counted " +
      "once, as [phone number removed]-86d109c7.txt.",
  );
});

Deno.test("an amount of a billion or more, its groups apart by spaces, is no phone number (audit 33)", () => {
  for (
    const kept of ["yhteensä 1 058 401 234 €", "5\u00A0058\u00A0123\u00A0456 €", "12\u202F040\u202F123\u202F456 euroa"]
  ) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
  assertEquals(scrubContactText("Tel 040 123 4567, 2 kpl", EN), "Tel [phone number removed], 2 kpl");
});

Deno.test("an international number written without its plus, 358 and the subscriber's digits tight, is scrubbed (audit 33)", () => {
  assertEquals(scrubContactText("Soita 358401234567.", EN), "Soita [phone number removed].");
  for (const kept of ["358 hanketta", "3580 €", "1 358 401 €", "S35840", "358 401 234 €"]) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
});

Deno.test("two phone numbers apart by a space only are both scrubbed, not kept as one too long to be a number (review 36)", () => {
  assertEquals(
    scrubContactText("p. 040 123 4567 050 765 4321", EN),
    "p. [phone number removed] [phone number removed]",
  );
  assertEquals(
    scrubContactText("puh. 0401234567 0507654321", EN),
    "puh. [phone number removed] [phone number removed]",
  );
  assertEquals(
    scrubContactText("p. 040 1234 567 09 123 4567.", EN),
    "p. [phone number removed] [phone number removed].",
  );
  assertEquals(scrubContactText("p. 040 123 4567 2015 alkaen", EN), "p. [phone number removed] alkaen");
  assertEquals(
    scrubContactText("+358 40 123 4567 +358 50 765 4321; (09) 123 4567 (09) 765 4321", EN),
    "[phone number removed] [phone number removed]; [phone number removed] [phone number removed]",
  );
  for (const kept of ["Budjetti 0 - 1 234 567 €", "Kulut 0,5 % 0 123 456", "Vuodet 2007-2013 ja 2014-2020"]) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
});

Deno.test("a figure followed by its unit (€, euroa, %, henkilöä, kpl) is no phone number, though it starts with 0 or 358 (review 36)", () => {
  for (
    const kept of [
      "Kokonaisbudjetti: 01 234 567 €",
      "Summa 3584012345 euroa",
      "Kulut 040 123 456 EUR",
      "Osuus 0 123 456 %",
      "Tavoite 0300 1234 henkilöä",
    ]
  ) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
  assertEquals(scrubContactText("p. 040 123 4567 10 €/kk", EN), "p. [phone number removed] 10 €/kk");
  assertEquals(scrubContactText("p. 040 123 4567, 12 €", EN), "p. [phone number removed], 12 €");
});

Deno.test("a phone number with middle dots between its groups, or a letter O for its zeros, is scrubbed (review 36)", () => {
  for (const phone of ["040·123·4567", "09 · 123 4567", "O4O 123 4567", "O40-1234567", "+358 4O 123 4567"]) {
    assertEquals(scrubContactText(`p. ${phone}.`, EN), "p. [phone number removed].", phone);
  }
  for (
    const kept of [
      "2014·2020",
      "Hanke O4O",
      "OOO 123",
      "Osio O 1 234 567 €",
      "1·2·3",
      "OK 123 4567",
      "Hanke O2 123 4567",
      "o1 234 567",
    ]
  ) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
});

Deno.test("a date written with dashes or middle dots is no phone number, alone or beside one (review 36)", () => {
  for (const kept of ["Toteutus 08-12-2016.", "Alkaa 01–09–2015 ja päättyy 03·12·2017."]) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
  assertEquals(scrubContactText("08-12-2016 040 123 4567", EN), "08-12-2016 [phone number removed]");
  assertEquals(scrubContactText("p. 09-123 2016", EN), "p. [phone number removed]");
});

Deno.test("an address with spaces around its dots and @, or a first name alone before 'at', is scrubbed; a site after 'us at' stays (review 36)", () => {
  for (
    const email of [
      "anna . virtanen @ kemi . fi",
      "anna.virtanen @ ely-keskus . fi",
      "anna at kemi.fi",
      "Pekka ät kemi.fi",
    ]
  ) {
    assertEquals(scrubContactText(`Tiedustelut: ${email}.`, EN), "Tiedustelut: [e-mail address removed].", email);
  }
  for (
    const kept of [
      "Meet us at kemi.fi.",
      "Tiedustelut. Katso kemi.fi.",
      "Lisätietoja at www.kemi.fi",
      "Hanke. Kemi @ 2015.",
      "Koulutus at Savonia.fi",
    ]
  ) {
    assertEquals(scrubContactText(kept, EN), kept);
  }
  assertEquals(scrubContactText("Kiitos. anna@kemi.fi", EN), "Kiitos. [e-mail address removed]");
});
