import { tempDirSync } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("./parse.ts", import.meta.url));
const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));
const PERSONAL = ["Lisbeth", "Mattsson", "Ylinen", "(at)", "040 718 1414", "0505771640"];

const parse = (...args: string[]) => runScript(CLI, args);

/** A path in a fresh folder, where no file is yet (the command refuses to replace one without --force). */
const tempFile = (suffix: string) => `${tempDirSync("esf-parse-")}/out${suffix}`;

Deno.test("parse prints a readable table of the key columns without --format", async () => {
  const { code, stdout, stderr } = await parse(DATA);
  assertEquals(code, 0);
  const lines = stdout.trimEnd().split("\n");
  assertEquals(lines.length, 6);
  assert(lines[0]!.startsWith("code    period     status"), lines[0]);
  assert(
    /^S11547 +2007-2013 +ended +2011-01-01 +2015-02-28 +199 +119 +59\.8 % +645 300 +614 153 +95\.2 %/.test(lines[3]!),
    lines[3],
  );
  assert(/^S22254 +2014-2020 +active .* 400 +– +– +1 122 206 +143 265 +12\.8 %/.test(lines[5]!), lines[5]);
  assert(stderr.includes("parse: 5 files: 5 projects, 0 duplicates, 0 unreadable; 0 errors, 0 warnings."), stderr);
});

Deno.test("parse --format csv writes flat rows that polars reads back", async () => {
  const out = tempFile(".csv");
  assertEquals((await parse("--format", "csv", "--out", out, DATA)).code, 0);
  const frame = pl.readCSV(out, { sep: "," });
  assertEquals(frame.height, 5);
  const s11547 = frame.filter(pl.col("project_code").eq(pl.lit("S11547"))).toRecords()[0]!;
  assertEquals([s11547.participants_planned, s11547.participants_actual_women, s11547.funding_public_actual], [
    199,
    102,
    614153,
  ]);
  assertEquals(s11547.start_date, "2011-01-01");
  assertEquals(String(s11547.subregions), "Koillis-Savon; Varkauden; Sisä-Savon; Ylä-Savon; Kuopion");
  const s22254 = frame.filter(pl.col("project_code").eq(pl.lit("S22254"))).toRecords()[0]!;
  assertEquals(s22254.co_implementers, "Paremmin Yhdessä ry (2312333-7)");
  assertEquals(s22254.participants_actual, null);
  const text = Deno.readTextFileSync(out);
  for (const personal of PERSONAL) assert(!text.includes(personal), `${personal} not exported`);
});

Deno.test("parse --format parquet keeps types and nested columns", async () => {
  const out = tempFile(".parquet");
  assertEquals((await parse("--format", "parquet", "--out", out, DATA)).code, 0);
  const frame = pl.readParquet(out);
  assertEquals(frame.height, 5);
  assertEquals(frame.getColumn("start_date").dtype.equals(pl.Date), true);
  assertEquals(frame.getColumn("company_realisation").toArray()[4], 25 / 21);
  assertEquals(frame.getColumn("co_implementers").toArray()[4], [{
    name: "Paremmin Yhdessä ry",
    business_id: "2312333-7",
  }]);
});

Deno.test("parse --format json and ndjson give ISO dates, arrays and derived metrics", async () => {
  const json = JSON.parse((await parse("--format", "json", DATA)).stdout) as Record<string, unknown>[];
  assertEquals(json.length, 5);
  assertEquals(json[2]!.project_code, "S11547");
  assertEquals(json[2]!.end_date, "2015-02-28");
  assertEquals(json[2]!.participant_realisation, 119 / 199);
  assertEquals(json[2]!.regions, ["Pohjois-Savo"]);
  const ndjson = (await parse("--format", "ndjson", DATA)).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assertEquals(ndjson, json);
  for (const personal of PERSONAL) assert(!JSON.stringify(json).includes(personal), `${personal} not exported`);
});

Deno.test("parse --diagnostics writes ndjson, prints file:line summaries and --strict exits 1 on errors", async () => {
  const dir = tempDirSync("esf-parse-");
  Deno.copyFileSync(`${DATA}/000_0083efce40fb50fc.txt`, `${dir}/good.txt`);
  Deno.writeTextFileSync(`${dir}/empty.txt`, "");
  Deno.writeTextFileSync(
    `${dir}/odd.txt`,
    Deno.readTextFileSync(`${DATA}/000_0083efce40fb50fc.txt`).replace("S11547", "S19999").replace(
      ": 614 153",
      ": 6l4 153",
    ),
  );
  const diagnostics = tempFile(".ndjson");
  const run = await parse("--format", "ndjson", "--diagnostics", diagnostics, dir);
  assertEquals(run.code, 0, "diagnostics alone do not fail a run");
  const written = Deno.readTextFileSync(diagnostics).trimEnd().split("\n").map((l) => JSON.parse(l));
  assertEquals(written.map((d) => [d.file, d.line, d.level, d.code, d.project_code]), [
    ["empty.txt", null, "error", "empty_file", null],
    ["odd.txt", 124, "warning", "unreadable_value", "S19999"],
  ], "named relative to the folder given");
  assertEquals(Object.keys(written[0]!), ["file", "line", "level", "code", "message", "project_code"]);
  assert(run.stderr.includes(`${dir}/empty.txt: error: The file is empty.`), run.stderr);
  assert(run.stderr.includes(`${dir}/odd.txt:124: warning: Could not read`), run.stderr);
  assertEquals(run.stdout.trimEnd().split("\n").length, 2, "two projects");
  assertEquals((await parse("--strict", "--format", "ndjson", dir)).code, 1);
  assertEquals((await parse("--strict", "--format", "ndjson", DATA)).code, 0);
});

Deno.test("parse writes contact details only when asked with --contacts", async () => {
  const contacts = tempFile(".ndjson");
  assertEquals((await parse("--format", "ndjson", "--contacts", contacts, DATA)).code, 0);
  const rows = Deno.readTextFileSync(contacts).trimEnd().split("\n").map((l) => JSON.parse(l));
  assertEquals(rows.length, 10);
  assert(rows.some((r) => r.name === "Lisbeth Mattsson" && r.project_code === "S11547"));
});

Deno.test("parse exits 2 with a one-line message and no stack trace on a usage error", async () => {
  const cases: [string[], string][] = [
    [["--bogus", DATA], "Unknown option '--bogus'"],
    [["/no/such/folder"], "No such file or folder: /no/such/folder"],
    [[], "No PATH given"],
    [["--format", "xlsx", DATA], 'Unknown format "xlsx"'],
    [["--format", "parquet", DATA], "name the output file with --out FILE"],
  ];
  for (const [args, message] of cases) {
    const { code, stderr, stdout } = await parse(...args);
    assertEquals(code, 2, args.join(" "));
    assertEquals(stdout, "");
    assertEquals(stderr.trimEnd().split("\n").length, 1, stderr);
    assert(stderr.startsWith("parse: ") && stderr.includes(message), stderr);
    assert(!stderr.includes("    at "), "no stack trace");
  }
  const help = await parse("--help");
  assertEquals(help.code, 0);
  const usage = help.stdout.split("\n")[0]!;
  for (const flag of ["--format F", "--out FILE", "--diagnostics FILE", "--contacts FILE", "--force", "--strict"]) {
    assert(usage.includes(`[${flag}]`), `${flag} in ${usage}`);
    assert(help.stdout.includes(`  ${flag}`), `${flag} explained`);
  }
});

Deno.test("parse never replaces a file that exists unless told to with --force", async () => {
  const out = tempFile(".csv");
  Deno.writeTextFileSync(out, "a file of the user's\n");
  const refused = await parse("--format", "csv", "--out", out, DATA);
  assertEquals(refused.code, 2);
  assert(refused.stderr.includes(`--out ${out} exists already`) && refused.stderr.trim().split("\n").length === 1);
  assertEquals(Deno.readTextFileSync(out), "a file of the user's\n");
  const folder = await parse("--diagnostics", tempDirSync(), DATA);
  assertEquals(folder.code, 2);
  assert(folder.stderr.includes("is a folder: name a file"), folder.stderr);
  assertEquals((await parse("--format", "csv", "--out", out, "--force", DATA)).code, 0);
  assert(Deno.readTextFileSync(out).startsWith("project_code,"));
});

Deno.test("parse refuses two outputs named as one file, which the second would overwrite (even with --force)", async () => {
  const dir = tempDirSync();
  for (
    const args of [["--out", `${dir}/y`, "--diagnostics", `${dir}/./y`], [
      "--out",
      `${dir}/z`,
      "--contacts",
      `${dir}/z`,
      "--force",
    ]]
  ) {
    const { code, stderr, stdout } = await parse("--format", "ndjson", ...args, DATA);
    assertEquals([code, stdout, stderr.trim().split("\n").length], [2, "", 1], stderr);
    assert(stderr.includes("name the same file"), stderr);
  }
  assertEquals([...Deno.readDirSync(dir)], [], "nothing written");
});

Deno.test("parse counts in words that agree and says when it found no project", async () => {
  const one = await parse(`${DATA}/000_0083efce40fb50fc.txt`);
  assert(
    one.stderr.includes("parse: 1 file: 1 project, 0 duplicates, 0 unreadable; 0 errors, 0 warnings."),
    one.stderr,
  );
  const empty = tempDirSync();
  Deno.writeTextFileSync(`${empty}/notes.txt`, "Muistiinpanoja.\n");
  const none = await parse(empty);
  assertEquals(none.code, 0);
  assertEquals(none.stdout, "", "no empty table header");
  assert(none.stderr.includes(`parse: no project descriptions found in ${empty}`), none.stderr);
});

Deno.test("parse exports are safe: no formula cells, no e-mail addresses or phone numbers, paths relative to the folder", async () => {
  const corpus = tempDirSync("esf-parse-safe-");
  const seed = Deno.readTextFileSync(`${DATA}/000_0083efce40fb50fc.txt`)
    .replace("Projektin nimi: Maahanmuuttajien", "Projektin nimi: =1+1 Maahanmuuttajien")
    .replace(
      "3.2 Varsinaiset kohderyhmät\n",
      "3.2 Varsinaiset kohderyhmät\n\nTiedustelut: anna.virtanen@kemi.fi, p. 040 718 1414.\n",
    );
  Deno.writeTextFileSync(`${corpus}/mok.txt`, seed);
  const out = tempFile(".csv");
  assertEquals((await parse("--format", "csv", "--out", out, corpus)).code, 0);
  const row = pl.readCSV(out, { sep: "," }).toRecords()[0]!;
  assert(String(row.name).startsWith("'=1+1 Maahanmuuttajien"), String(row.name));
  assertEquals(row.source_file, "mok.txt");
  const text = Deno.readTextFileSync(out);
  for (const personal of ["anna.virtanen@kemi.fi", "040 718 1414"]) assert(!text.includes(personal), personal);
  assert(
    text.includes("[e-mail address removed]"),
    "said what was removed, in the --lang language (English by default)",
  );
  const kept = tempFile(".ndjson");
  assertEquals((await parse("--format", "ndjson", "--keep-contact-text", "--out", kept, corpus)).code, 0);
  assert(Deno.readTextFileSync(kept).includes("anna.virtanen@kemi.fi"), "kept when asked");
});

/** Deno's own cache folder: a child given another XDG_CACHE_HOME would fetch every package into it again. */
async function denoDir(): Promise<string> {
  const info = await new Deno.Command(Deno.execPath(), { args: ["info", "--json"], stdout: "piped" }).output();
  return (JSON.parse(new TextDecoder().decode(info.stdout)) as { denoDir: string }).denoDir;
}

Deno.test("parse --cache gives the same rows on a re-run, and a new document is read", async () => {
  const corpus = tempDirSync("esf-parse-cache-");
  const cacheHome = tempDirSync("esf-parse-cache-home-");
  try {
    Deno.copyFileSync(`${DATA}/000_0083efce40fb50fc.txt`, `${corpus}/a.txt`);
    const env = { XDG_CACHE_HOME: cacheHome, DENO_DIR: await denoDir() };
    const first = await parse("--format", "ndjson", corpus).then((run) => run.stdout);
    const again = await runScript(CLI, ["--cache", "--format", "ndjson", corpus], env);
    const warm = await runScript(CLI, ["--cache", "--format", "ndjson", corpus], env);
    assertEquals(warm.stdout, again.stdout, "the cached parse gives the same rows");
    assertEquals(warm.stdout, first, "as a parse without the cache");
    Deno.copyFileSync(`${DATA}/003_26d83fee4ba57d94.txt`, `${corpus}/b.txt`);
    const added = await runScript(CLI, ["--cache", "--format", "ndjson", corpus], env);
    assertEquals(added.stdout.trimEnd().split("\n").map((line) => JSON.parse(line).project_code), ["S11547", "S22254"]);
    assertEquals([...Deno.readDirSync(cacheHome)].map((entry) => entry.name), ["esf-toolkit"], "nothing else there");
    assert(
      [...Deno.readDirSync(`${cacheHome}/esf-toolkit/parse`)].length > 0,
      "the cache written where XDG_CACHE_HOME says",
    );
  } finally {
    for (const dir of [corpus, cacheHome]) Deno.removeSync(dir, { recursive: true });
  }
});

Deno.test("parse --without-texts gives every row and figure but the six long texts", async () => {
  const whole = JSON.parse((await parse("--format", "json", DATA)).stdout) as Record<string, unknown>[];
  const lean = JSON.parse((await parse("--format", "json", "--without-texts", DATA)).stdout) as Record<
    string,
    unknown
  >[];
  const texts = ["target_groups", "indirect_target_groups", "summary", "communication_plan", "dissemination_plan"];
  assert(texts.every((column) => typeof whole[2]![column] === "string"), "the whole rows have the texts");
  assertEquals(lean.length, 5);
  assertEquals(lean[2]!.project_code, "S11547");
  assertEquals([lean[2]!.participants_planned, lean[2]!.participants_actual, lean[2]!.funding_public_actual], [
    199,
    119,
    614153,
  ]);
  const drop = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).filter(([column]) => ![...texts, "final_report_summary"].includes(column)));
  assertEquals(lean, whole.map(drop));
  assertEquals(Object.keys(lean[2]!).filter((column) => [...texts, "final_report_summary"].includes(column)), []);
});

Deno.test("parse names no file by an absolute path when several paths or a file outside the working folder are given (audit 33)", async () => {
  const root = tempDirSync("esf-parse-paths-");
  await Deno.mkdir(`${root}/a`);
  await Deno.mkdir(`${root}/b`);
  await Deno.copyFile(`${DATA}/000_0083efce40fb50fc.txt`, `${root}/a/mok.txt`);
  await Deno.copyFile(`${DATA}/001_bfc078f93719c10e.txt`, `${root}/b/other.txt`);
  await Deno.writeTextFile(`${root}/a/notes.docx`, "PK");
  const out = tempFile(".csv");
  const diagnostics = tempFile(".ndjson");
  const run = await parse(
    "--format",
    "csv",
    "--out",
    out,
    "--diagnostics",
    diagnostics,
    `${root}/a`,
    `${root}/b/other.txt`,
  );
  assertEquals(run.code, 0);
  const files = pl.readCSV(out, { sep: "," }).getColumn("source_file").toArray().sort();
  assertEquals(files, ["a/mok.txt", "b/other.txt"]);
  const written = Deno.readTextFileSync(out) + Deno.readTextFileSync(diagnostics);
  assert(!written.includes(root), written);
  assert(Deno.readTextFileSync(diagnostics).includes('"file":"a/notes.docx"'));
  assert(run.stderr.includes(`${root}/a/notes.docx`), "the terminal names the file as it can be opened");
});

Deno.test("parse --lang en writes its markers in English in the rows and the diagnostics (audit 33)", async () => {
  const corpus = tempDirSync("esf-parse-marker-");
  const seed = Deno.readTextFileSync(`${DATA}/000_0083efce40fb50fc.txt`)
    .replace("Myönnetty EU- ja valtion rahoitus: 645 300", "Myönnetty EU- ja valtion rahoitus: 645 300 (anna@kemi.fi)")
    .replace("Pohjois-Savon ELY-keskus toteuttaa", "Tiedustelut anna@kemi.fi. Pohjois-Savon ELY-keskus toteuttaa");
  Deno.writeTextFileSync(`${corpus}/mok.txt`, seed);
  const out = tempFile(".ndjson");
  const diagnostics = tempFile(".ndjson");
  const run = await parse("--lang", "en", "--format", "ndjson", "--out", out, "--diagnostics", diagnostics, corpus);
  assertEquals(run.code, 0);
  const written = Deno.readTextFileSync(out) + Deno.readTextFileSync(diagnostics);
  assert(!written.includes("poistettu"), written);
  assert(Deno.readTextFileSync(out).includes("Tiedustelut [e-mail address removed]."));
});
