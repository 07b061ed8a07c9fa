import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadRegister } from "./load_register.ts";
import { toJsonRecords } from "../frame/serialise.ts";

const HEADER = "Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,Aloituspvm,Päättymispvm," +
  "Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus," +
  "Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä";
/** A 2007-2013 row: code, status, then the four funding figures (granted, EU actual, planned, public actual). */
const row = (code: string, status: string, funding: string) =>
  `${code},ESR,Nimi,Valtakunnallinen osio,1,ELY,${status},1.4.2008,31.12.2010,Org,${funding}`;

async function load(text: string) {
  const dir = await tempDir("esf-register-damage-");
  await Deno.writeTextFile(`${dir}/register.csv`, text);
  const loaded = loadRegister(`${dir}/register.csv`, { name: "register.csv" });
  return { ...loaded, rows: toJsonRecords(loaded.register) };
}

Deno.test("a register column renamed or left out is said once at the header, naming it: its values are null, not silently", async () => {
  const header = HEADER.replace("Toiminnan tila", "Tila (2013)").replace(",Toteutunut julkinen rahoitus yhteensä", "");
  const { rows, diagnostics, unreadable } = await load(
    `${header}\n${row("S10001", "Toiminta päättynyt", "100,90,200")}\n`,
  );
  assertEquals([rows[0]!.status, rows[0]!.funding_public_actual, rows[0]!.funding_utilisation], [null, null, null]);
  assertEquals(diagnostics.map((d) => [d.file, d.line, d.code]), [
    ["register.csv", 1, "register_unreadable"],
    ["register.csv", 1, "register_unreadable"],
  ]);
  assert(diagnostics[0]!.message.includes("Toiminnan tila"), diagnostics[0]!.message);
  assert(diagnostics[1]!.message.includes("Toteutunut julkinen rahoitus yhteensä"), diagnostics[1]!.message);
  assert(unreadable.has("S10001\u0000status") && unreadable.has("S10001\u0000funding_public_actual"));
});

Deno.test("a code listed twice with different figures: each figure that differs is null and not compared, never one row's", async () => {
  const { rows, diagnostics, unreadable } = await load(
    `${HEADER}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180")}\n` +
      `${row("S10001", "Toiminta päättynyt", "100,95,200,180")}\n`,
  );
  assertEquals(rows.length, 1);
  // 90 or 95: the register does not say which; the utilisation of EU and state funding rests on it.
  assertEquals([rows[0]!.funding_eu_state_actual, rows[0]!.funding_utilisation_eu_state], [null, null]);
  assertEquals([rows[0]!.funding_eu_state_granted, rows[0]!.funding_public_actual, rows[0]!.funding_utilisation], [
    100,
    180,
    0.9,
  ]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [[3, "register_duplicate", "S10001"]]);
  assert(diagnostics[0]!.message.includes("null"), diagnostics[0]!.message);
  assert(unreadable.has("S10001\u0000funding_eu_state_actual"));
});

Deno.test("a register code in lower case or with a space is the code, said; written twice so it is one code listed twice", async () => {
  const { rows, diagnostics } = await load(
    `${HEADER}\n${row("s10001", "Toiminta päättynyt", "100,90,200,180")}\n` +
      `${row("S 10002", "Toiminta päättynyt", "100,90,200,180")}\n${
        row("S10001", "Toiminta päättynyt", "100,90,200,180")
      }\n`,
  );
  assertEquals(rows.map((r) => r.project_code), ["S10001", "S10002"]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [
    [2, "unusual_value", "S10001"],
    [3, "unusual_value", "S10002"],
    [4, "register_duplicate", "S10001"],
  ]);
});

Deno.test("a register status that is none of EURA's (a date or remark after it) is said at its row, as a document's is", async () => {
  const { rows, diagnostics } = await load(
    `${HEADER}\n${row("S10001", "Toiminta päättynyt 31.12.2010", "100,90,200,180")}\n` +
      `${row("S10002", '"Toiminnassa, jatkoaika haettu"', "100,90,200,180")}\n`,
  );
  // Before: "other" in both rows, unsaid; the page's count of the register's active projects left S10002 out.
  assertEquals(rows.map((r) => r.status_normalised), ["other", "other"]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [
    [2, "unusual_value", "S10001"],
    [3, "unusual_value", "S10002"],
  ]);
  assert(diagnostics[0]!.message.includes('"Toiminta päättynyt 31.12.2010"'), diagnostics[0]!.message);
});

Deno.test("a register saved with semicolons (a Finnish spreadsheet's CSV, decimal commas) is read as with commas", async () => {
  const { rows, diagnostics } = await load(
    `\uFEFF${HEADER.replaceAll(",", ";")}\r\n` +
      `S10001;ESR;"Nimi; jossa puolipiste";Osio;1;ELY;Toiminta päättynyt;1.4.2008;31.12.2010;Org;` +
      `1 234 567,89;1234567,89;"2 000 000";1.500.000,50\r\n`,
  );
  // Before: "no column Koodi, Rahasto, …": the file refused, though every column is there.
  assertEquals(diagnostics, []);
  assertEquals(
    [
      rows[0]!.name,
      rows[0]!.funding_eu_state_granted,
      rows[0]!.funding_eu_state_actual,
      rows[0]!.funding_public_planned,
    ],
    ["Nimi; jossa puolipiste", 1234567.89, 1234567.89, 2000000],
  );
  assertEquals(rows[0]!.funding_public_actual, 1500000.5);
});

Deno.test("a register date written as ISO (a spreadsheet's re-save) is read; one of another form is null, said at its row", async () => {
  const dated = (start: string, end: string) =>
    `S10001,ESR,Nimi,Osio,1,ELY,Toiminta päättynyt,${start},${end},Org,100,90,200,180`;
  const { rows, diagnostics } = await load(
    `${HEADER}\n${dated("2008-04-01", "01.12.2010")}\n${dated("4/1/2008", "2010-02-30").replace("S10001", "S10002")}\n`,
  );
  assertEquals(rows.map((r) => [r.start_date, r.end_date]), [["2008-04-01", "2010-12-01"], [null, null]]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.message.split(":")[0]]), [
    [3, "register_unreadable", "Aloituspvm"],
    [3, "register_unreadable", "Päättymispvm"],
  ]);
});

Deno.test("a register column the header names twice is null in every row, said once at the header: never the last's", async () => {
  const header = `${HEADER},Toteutunut julkinen rahoitus yhteensä`;
  const { rows, diagnostics, unreadable } = await load(
    `${header}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180,150")}\n`,
  );
  // Before: 150, the second column's, silently.
  assertEquals([rows[0]!.funding_public_actual, rows[0]!.funding_utilisation], [null, null]);
  assertEquals(diagnostics.map((d) => [d.line, d.code]), [[1, "register_unreadable"]]);
  assert(diagnostics[0]!.message.includes("Toteutunut julkinen rahoitus yhteensä"), diagnostics[0]!.message);
  assert(unreadable.has("S10001\u0000funding_public_actual"));
});

Deno.test('a stray quote inside a register field (5" näyttö) is a character: the rows after it are all read', async () => {
  const named = (code: string, name: string) => row(code, "Toiminta päättynyt", "100,90,200,180").replace("Nimi", name);
  const { rows, diagnostics } = await load(
    `${HEADER}\n${named("S10001", 'Nimi 5" tuumaa')}\n${named("S10002", "B")}\n${named("S10003", '"C, lainattu"')}\n` +
      `${named("S10004", '"Avoin lainaus')}\n${named("S10005", "E")}\n`,
  );
  // Before: one row of 53 fields from line 2 to the end; S10002–S10005 lost, unsaid.
  assertEquals(rows.map((r) => [r.project_code, r.name, r.source_line]), [
    ["S10001", 'Nimi 5" tuumaa', 2],
    ["S10002", "B", 3],
    ["S10003", "C, lainattu", 4],
    ["S10004", '"Avoin lainaus', 5],
    ["S10005", "E", 6],
  ]);
  // A quote never closed is a character of its field, as printed: the row's 14 fields are the header's.
  assertEquals(diagnostics, []);
});

Deno.test("a quoted register field over two lines is one field; such a row cut short stays one row, said", async () => {
  const { rows, diagnostics } = await load(
    `${HEADER}\nS10001,ESR,"Nimi\nrivi 2",Osio,1,ELY,Toiminta päättynyt,1.4.2008,31.12.2010,Org,100,90,200,180\n` +
      `S10002,ESR,"Katkennut\nnimi",Osio\n${row("S10003", "Toiminta päättynyt", "100,90,200,180")}\n`,
  );
  assertEquals(rows.map((r) => [r.project_code, r.name, r.source_line]), [
    ["S10001", "Nimi\nrivi 2", 2],
    ["S10002", "Katkennut\nnimi", 4],
    ["S10003", "Nimi", 6],
  ]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [[4, "register_unreadable", "S10002"]]);
});

Deno.test("a register row of empty fields only (a spreadsheet's trailing ,,,,) is passed over as a blank line", async () => {
  const empty = ",".repeat(13);
  const { rows, diagnostics } = await load(
    `${HEADER}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180")}\n${empty}\n${empty}\n ${empty} \n`,
  );
  // Before: a "no project code; skipped" warning for each of them, though they hold nothing.
  assertEquals([rows.length, diagnostics], [1, []]);
});

Deno.test("a register date outside its programme (1.4.2098, a typing error) is null, said at its row: never the register's latest start", async () => {
  const { rows, diagnostics, unreadable } = await load(
    `${HEADER}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180").replace("1.4.2008", "1.4.2098")}\n` +
      `${row("S10002", "Toiminta päättynyt", "100,90,200,180")}\n`,
  );
  // Before: 2098-04-01, and the page said the register was a snapshot of 1 Apr 2098.
  assertEquals(rows.map((r) => [r.start_date, r.end_date]), [[null, "2010-12-31"], ["2008-04-01", "2010-12-31"]]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [[2, "register_unreadable", "S10001"]]);
  assert(diagnostics[0]!.message.includes("Aloituspvm") && diagnostics[0]!.message.includes("2098"));
  assert(unreadable.has("S10001\u0000start_date"));
});

Deno.test("a register row whose end is before its start is said at its row, as a document's is", async () => {
  const swapped = row("S10001", "Toiminta päättynyt", "100,90,200,180").replace(
    "1.4.2008,31.12.2010",
    "31.12.2010,1.4.2008",
  );
  const { rows, diagnostics } = await load(`${HEADER}\n${swapped}\n`);
  assertEquals([rows[0]!.start_date, rows[0]!.end_date], ["2010-12-31", "2008-04-01"]);
  assertEquals(diagnostics.map((d) => [d.line, d.code, d.project_code]), [[2, "unusual_value", "S10001"]]);
});

Deno.test("a register saved as a spreadsheet's Unicode text (UTF-16 with a byte-order mark, tabs) is read", async () => {
  const text = `${HEADER}\r\n${row("S10001", "Toiminta päättynyt", '"1 234,50",90,200,180')}\r\n`.replaceAll(",", "\t")
    .replace('"1 234\t50"', '"1 234,50"');
  const dir = await tempDir("esf-register-utf16-");
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  await Deno.writeFile(`${dir}/register.txt`, bytes);
  // Before: "no column Koodi, Rahasto, …": refused.
  const { register, diagnostics, encoding } = loadRegister(`${dir}/register.txt`);
  const [s10001] = toJsonRecords(register);
  assertEquals([encoding, diagnostics], ["utf-16", []]);
  assertEquals([s10001!.project_code, s10001!.name, s10001!.funding_eu_state_granted, s10001!.status_normalised], [
    "S10001",
    "Nimi",
    1234.5,
    "ended",
  ]);
});

Deno.test("a register saved as UTF-16 without a byte-order mark (either byte order) is read as UTF-16", async () => {
  const text = `${HEADER}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180")}\n`;
  const dir = await tempDir("esf-register-utf16-unmarked-");
  for (const order of ["le", "be"] as const) {
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const [low, high] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
      bytes.set(order === "le" ? [low, high] : [high, low], i * 2);
    }
    await Deno.writeFile(`${dir}/register-${order}.csv`, bytes);
    // Before: every byte pair read as UTF-8 with a zero byte: "no column Koodi, Rahasto, …", refused.
    const { register, diagnostics, encoding } = loadRegister(`${dir}/register-${order}.csv`);
    const [s10001] = toJsonRecords(register);
    assertEquals([order, encoding, diagnostics], [order, "utf-16", []]);
    assertEquals([s10001!.project_code, s10001!.status_normalised, s10001!.funding_public_actual], [
      "S10001",
      "ended",
      180,
    ]);
  }
});

Deno.test("register column names in other case or spacing (KOODI, Toiminnan  tila) are the columns", async () => {
  const header = HEADER.replace("Koodi", " KOODI").replace("Toiminnan tila", "toiminnan  tila")
    .replace("Toteutunut julkinen rahoitus yhteensä", "TOTEUTUNUT JULKINEN RAHOITUS YHTEENSÄ");
  const { rows, diagnostics } = await load(`${header}\n${row("S10001", "Toiminta päättynyt", "100,90,200,180")}\n`);
  // Before: refused, "no column Koodi".
  assertEquals([rows[0]!.status_normalised, rows[0]!.funding_public_actual, diagnostics], ["ended", 180, []]);
});
