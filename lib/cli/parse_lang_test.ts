import { fileURLToPath } from "node:url";
import { assert, assertEquals } from "../../testing/assert.ts";
import { RUN_WITH_TOOL_PERMISSIONS, runScript } from "../../testing/subprocess.ts";
import { tempDirSync } from "../../testing/temp.ts";

const CLI = fileURLToPath(new URL("./parse.ts", import.meta.url));
const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));
const parse = (...args: string[]) => runScript(CLI, args);

Deno.test("parse --lang fi prints every line in Finnish: diagnostics, the summary, no projects, mistakes, help", async () => {
  const dir = tempDirSync("esf-parse-fi-");
  Deno.copyFileSync(`${DATA}/000_0083efce40fb50fc.txt`, `${dir}/good.txt`);
  Deno.writeTextFileSync(`${dir}/empty.txt`, "");
  const diagnostics = `${tempDirSync("esf-parse-fi-")}/d.ndjson`;
  const run = await parse("--lang", "fi", "--format", "ndjson", "--diagnostics", diagnostics, dir);
  assertEquals(run.code, 0);
  assertEquals(run.stderr.trimEnd().split("\n"), [
    `${dir}/empty.txt: virhe: Tiedosto on tyhjä.`,
    "parse: 2 tiedostoa: 1 hanke, 0 kaksoiskappaletta, 1 lukukelvoton; 1 virhe, 0 varoitusta.",
  ]);
  const written = JSON.parse(Deno.readTextFileSync(diagnostics));
  assertEquals([written.code, written.level, written.message], ["empty_file", "error", "Tiedosto on tyhjä."]);
  const english = await parse("--format", "ndjson", dir);
  assertEquals(english.stderr.trimEnd().split("\n"), [
    `${dir}/empty.txt: error: The file is empty.`,
    "parse: 2 files: 1 project, 0 duplicates, 1 unreadable; 1 error, 0 warnings.",
  ], "English by default");

  const empty = tempDirSync("esf-parse-fi-");
  Deno.writeTextFileSync(`${empty}/muistiinpanot.txt`, "Muistiinpanoja.\n");
  const none = await parse("--lang=fi", empty);
  assertEquals(none.stderr.trimEnd().split("\n").at(-1), `parse: hankekuvauksia ei löytynyt: ${empty}`);
  const nothing = await parse("--lang=fi", tempDirSync("esf-parse-fi-"));
  assert(
    /^parse: luettavia tiedostoja \(\*\.txt, \*\.html, \*\.htm, \*\.pdf\) ei löytynyt: \/.*$/.test(
      nothing.stderr.trimEnd().split("\n").at(-1)!,
    ),
    nothing.stderr,
  );

  for (
    const [args, line] of [
      [["--lang", "fi"], "parse: POLKU puuttuu: anna jäsennettävät tiedostot tai kansiot. (katso --help)"],
      [["--lang", "fi", "/ei/ole"], "parse: Tiedostoa tai kansiota ei löydy: /ei/ole (katso --help)"],
      [
        ["--lang", "fi", "--format", "parquet", DATA],
        "parse: Parquet on binäärimuoto: anna tulostiedosto " +
        "valitsimella --out TIEDOSTO. (katso --help)",
      ],
      [["--bogus", "--lang", "fi", DATA], "parse: Tuntematon valitsin --bogus. (katso --help)"],
      [
        ["--lang", "fi", "--out", "/ei/ole/rivit.csv", DATA],
        "parse: --out /ei/ole/rivit.csv: kansiota /ei/ole ei " +
        "löydy; anna tiedosto olemassa olevassa kansiossa. (katso --help)",
      ],
      [
        ["--diagnostics", "/no/such/d.ndjson", DATA],
        "parse: --diagnostics /no/such/d.ndjson: there is no folder " +
        "/no/such; name a file in a folder that exists. (see --help)",
      ],
      [["--lang", "sv", DATA], 'parse: Unknown language "sv": use fi or en. (see --help)'],
    ] as const
  ) {
    const { code, stderr } = await parse(...args);
    assertEquals([code, stderr.trimEnd()], [2, line], args.join(" "));
  }
  const help = await parse("--help", "--lang", "fi");
  assert(help.stdout.startsWith("Käyttö: deno task parse [--format MUOTO] [--out TIEDOSTO]"), help.stdout);
  assert(help.stdout.includes("Komento kirjoittaa päätteeseen --lang-kielellä\n(oletus englanti)."), help.stdout);
  const en = await parse("--help");
  assert(en.stdout.includes("The command prints in the terminal in the --lang language (English by default)."));
});

Deno.test("parse --lang fi prints the readable table in Finnish: headings, statuses, dates, decimal commas", async () => {
  const { code, stdout } = await parse("--lang", "fi", DATA);
  assertEquals(code, 0);
  const lines = stdout.trimEnd().split("\n");
  assertEquals(
    lines[0]!.split(/ {2,}/),
    ["koodi", "kausi", "tila", "alku", "loppu", "osall. suunn.", "osall. tot.", "toteutuma", "julk. € suunn."]
      .concat(["julk. € tot.", "käyttö", "nimi"]),
  );
  assert(
    /^S11547 +2007-2013 +päättynyt +1\.1\.2011 +28\.2\.2015 +199 +119 +59,8 % +645 300 +614 153 +95,2 %/.test(
      lines[3]!,
    ),
    lines[3],
  );
  assert(/^S22254 +2014-2020 +käynnissä +1\.12\.2020 /.test(lines[5]!), lines[5]);
});

Deno.test("Ctrl-C while parse reads: one line saying no file was written, exit 130, a file it was to replace kept", async () => {
  const corpus = tempDirSync("esf-parse-interrupt-");
  const documents = [...Deno.readDirSync(DATA)].map((entry) => entry.name).filter((name) => name.endsWith(".txt"));
  for (let i = 0; i < 1000; i++) {
    Deno.copyFileSync(`${DATA}/${documents[i % documents.length]}`, `${corpus}/${String(i).padStart(4, "0")}.txt`);
  }
  const outDir = tempDirSync("esf-parse-interrupt-");
  const out = `${outDir}/rivit.csv`;
  Deno.writeTextFileSync(out, "the user's own file\n");
  for (
    const [lang, progress, line] of [
      [
        "fi",
        "parse: 250 / 1 000 asiakirjaa",
        "parse: ajo keskeytettiin: yhtään tiedostoa ei kirjoitettu; keskeneräistä tiedostoa ei jäänyt.",
      ],
      [
        "en",
        "parse: 250 of 1 000 documents",
        "parse: interrupted: no file was written; no half-written file was left.",
      ],
    ]
  ) {
    const child = new Deno.Command(Deno.execPath(), {
      args: [...RUN_WITH_TOOL_PERMISSIONS, CLI, "--lang", lang!, "--format", "csv", "--out", out, "--force", corpus],
      stdout: "null",
      stderr: "piped",
    }).spawn();
    let stderr = "";
    let sent = false;
    for await (const chunk of child.stderr) {
      stderr += new TextDecoder().decode(chunk);
      if (!sent && stderr.includes(progress!)) {
        child.kill("SIGINT");
        sent = true;
      }
    }
    assertEquals([(await child.status).code, stderr.trimEnd().split("\n").at(-1)], [130, line]);
    assertEquals(Deno.readTextFileSync(out), "the user's own file\n");
    assertEquals([...Deno.readDirSync(outDir)].map((entry) => entry.name), ["rivit.csv"], "no partial file left");
  }
});
