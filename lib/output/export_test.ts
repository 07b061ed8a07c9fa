import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { libreOfficeConvert, SOFFICE } from "../../testing/office.ts";
import { saveTable } from "./export.ts";

/** Text that a spreadsheet would run as a formula, as documents or people could write it. */
const FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(1;1)", "\t=1+1", "\r=1+1", " =1+1", "＝1+1"];

function hostileFrame(): pl.DataFrame {
  const n = FORMULAS.length + 1;
  return pl.DataFrame({
    project_code: Array.from({ length: n }, (_, i) => `S1900${i}`),
    target_groups: [...FORMULAS, "- nuoret alle 25 v."],
    regions: [...FORMULAS.map((f) => [f, "Lappi"]), ["Lappi"]],
    funding_public_actual: Array.from({ length: n }, (_, i) => -645300.5 + i),
    participants_actual: Array.from({ length: n }, (_, i) => -5 + i),
  });
}

Deno.test("every text cell that starts like a formula is written with a leading apostrophe; numbers stay numbers", async () => {
  const dir = await tempDir("esf-formulas-");
  await saveTable(hostileFrame(), "hostile", { dir });
  const rows = pl.readCSV(`${dir}/hostile.csv`, { sep: "," }).toRecords();
  assertEquals(rows.map((row) => row.target_groups), [...FORMULAS.map((f) => `'${f}`), "'- nuoret alle 25 v."]);
  assertEquals(rows[0]!.regions, "'=1+1; Lappi", "a list is one cell: its first item decides");
  assertEquals(rows[0]!.funding_public_actual, -645300.5);
  assertEquals(rows[0]!.participants_actual, -5);
});

Deno.test({
  name: SOFFICE
    ? "LibreOffice opens the .csv and the .fi.csv with no formula in any cell, and negative numbers as numbers"
    : "LibreOffice check of the CSV files SKIPPED: soffice is not installed (apt-get install libreoffice-calc-nogui)",
  ignore: SOFFICE === undefined,
  fn: async () => {
    const dir = await tempDir("esf-formulas-");
    await saveTable(hostileFrame(), "hostile", { dir });
    // comma, double quote, UTF-8, from line 1; the Finnish one with ';' and the Finnish language (1035)
    for (const [file, infilter] of [["hostile.csv", "CSV:44,34,76,1"], ["hostile.fi.csv", "CSV:59,34,76,1,,1035"]]) {
      await libreOfficeConvert(`${dir}/${file}`, "fods", dir, "C.UTF-8", infilter);
      const opened = await Deno.readTextFile(`${dir}/${file!.replace(/\.csv$/, "")}.fods`);
      assertEquals(opened.match(/table:formula="[^"]*"/g), null, `no formula in ${file}`);
      assert(opened.includes("<text:p>&apos;=1+1</text:p>"), `=1+1 stays text in ${file}`);
      assert(opened.includes('office:value="-645300.5"'), `an amount stays a number in ${file}`);
      assert(opened.includes('office:value="-5"'), `a count stays a number in ${file}`);
    }
  },
});

/** Free text as documents hold it: people's e-mails and phone numbers among figures, codes and dates. */
const SUMMARY = "Yhteyshenkilö Matti Meikäläinen, matti.meikalainen(at)kemi.fi tai matti@kemi.fi, p. 040 718 1414, " +
  "+358 40 7181414 ja +358 (0)40 718 1414; vaihde 09-123 4567 tai (09) 123 456, info [at] kemi [dot] fi. " +
  "Budjetti 1 122 206 €, alkaa 01.04.2008, S11547, Y-tunnus 0313471-7, PL 8, 00100 Helsinki, 119 osallistujaa.";
const CONTACTS = [
  "Matti Meikäläinen", // a name beside a role (audit 33)
  "matti.meikalainen(at)kemi.fi",
  "matti@kemi.fi",
  "040 718 1414",
  "+358 40 7181414",
  "+358 (0)40 718 1414",
  "09-123 4567",
  "(09) 123 456",
  "info [at] kemi [dot] fi",
];
const KEPT = [
  "Yhteyshenkilö ",
  "1 122 206 €",
  "01.04.2008",
  "S11547",
  "0313471-7",
  "00100 Helsinki",
  "119 osallistujaa",
];

Deno.test("e-mail addresses, phone numbers and names beside a role are scrubbed from exported text, in every format, unless kept", async () => {
  const frame = pl.DataFrame({ project_code: ["S11547"], summary: [SUMMARY], regions: [["Lappi", "p. 040 718 1414"]] });
  const dir = await tempDir("esf-scrub-");
  await saveTable(frame, "fi", { dir });
  await saveTable(frame, "en", { dir, lang: "en" });
  await saveTable(frame, "kept", { dir, keepContactText: true });
  const texts = async (name: string) =>
    [
      await Deno.readTextFile(`${dir}/${name}.csv`),
      await Deno.readTextFile(`${dir}/${name}.fi.csv`),
      JSON.stringify(pl.readParquet(`${dir}/${name}.parquet`).toRecords()),
    ] as const;
  for (const text of [...await texts("fi"), ...await texts("en")]) {
    for (const contact of CONTACTS) assert(!text.includes(contact), `${contact} in ${text}`);
    for (const kept of KEPT) assert(text.includes(kept), `${kept} kept`);
  }
  const [fi] = await texts("fi");
  assertEquals(fi.split("[sähköpostiosoite poistettu]").length - 1, 3, fi);
  assertEquals(fi.split("[puhelinnumero poistettu]").length - 1, 6, fi);
  assert(fi.includes("Yhteyshenkilö [nimi poistettu], [sähköpostiosoite poistettu]"), fi);
  assert((await texts("en"))[0].includes("[phone number removed]"));
  for (const text of await texts("kept")) assert(CONTACTS.every((c) => text.includes(c)), "kept when asked");
});
