import { tempDir, tempFile } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("./report.ts", import.meta.url));

const report = (args: string[], env: Record<string, string> = {}) => runScript(CLI, args, env);

Deno.test("report exits 2 with one line on a usage error, in the run's language (Finnish unless --lang en)", async () => {
  const register = "data/registers/eura2007-esr.csv";
  for (
    const [args, line] of [
      [["--lang", "sv"], 'report: Tuntematon kieli "sv": käytä kieltä fi tai en. (katso --help)'],
      [["--corpus", "/no/such/folder"], "report: Kansiota ei löydy: /no/such/folder (katso --help)"],
      [["--bogus"], "report: Tuntematon valitsin --bogus. (katso --help)"],
      [["--out"], "report: Valitsimelle --out puuttuu arvo. (katso --help)"],
      [
        ["--register", register, "--no-register"],
        "report: --register ja --no-register sulkevat toisensa pois: " +
        "anna vain toinen. (katso --help)",
      ],
      [["--lang", "en", "--corpus", "/no/such/folder"], "report: No such folder: /no/such/folder (see --help)"],
      [["--bogus", "--lang=en"], "report: Unknown option '--bogus'. (see --help)"],
      [["--lang", "en", "--cache=yes"], "report: Option --cache takes no value. (see --help)"],
      [
        ["--lang", "en", "--register", register, "--no-register"],
        "report: --register and --no-register " +
        "exclude each other: give one. (see --help)",
      ],
    ] as const
  ) {
    const { code, stderr } = await report([...args]);
    assertEquals([code, stderr.trimEnd()], [2, line], args.join(" "));
  }
  const file = await tempFile();
  let run = await report(["--out", file, "--no-notebooks"]);
  assertEquals([run.code, run.stderr.trim()], [2, `report: --out ${file} on tiedosto eikä kansio: anna kansio.`]);
  run = await report(["--out", file, "--no-notebooks", "--lang", "en"]);
  assertEquals([run.code, run.stderr.trim()], [2, `report: --out ${file} is a file, not a folder: name a folder.`]);
  run = await report(["--corpus", file, "--no-notebooks"]);
  assertEquals([run.code, run.stderr.trim()], [
    2,
    `report: --corpus ${file} on tiedosto eikä kansio: anna asiakirjojen kansio (deno task parse lukee yksittäisiä ` +
    "tiedostoja). (katso --help)",
  ]);
  const fi = await report(["--help"]);
  assert(fi.stdout.startsWith("Käyttö: deno task report [--corpus KANSIO] [--out KANSIO] [--lang fi|en]"), fi.stdout);
  assert(fi.stdout.includes("Komento kirjoittaa päätteeseen raportin kielellä\n(--lang, oletus suomi)."), fi.stdout);
  assert(fi.stdout.includes("  -h, --help           näytä tämä ohje\n"), fi.stdout);
  const help = await report(["--help", "--lang", "en"]);
  assert(
    help.stdout.includes("The command prints\nin the terminal in the report's language (--lang, Finnish by default)."),
  );
  for (const output of ["report.docx", "report.xlsx", "index.html", "manifest.json", "workbook"]) {
    assert(help.stdout.includes(output), `--help names ${output}`);
  }
  for (
    const flag of [
      "--corpus DIR",
      "--out DIR",
      "--lang fi|en",
      "--register FILE",
      "--no-register",
      "--no-notebooks",
      "--keep-contact-text",
    ]
  ) {
    assert(help.stdout.split("\n")[0]!.includes(`[${flag}]`) && help.stdout.includes(`  ${flag}`), flag);
  }
});

Deno.test("report says how to install Jupyter when it is missing, and keeps the previous output", async () => {
  const out = await tempDir("esf-report-cli-");
  const { code, stderr } = await report(["--out", `${out}/report`], { ESF_PYTHON: "/no/python3" });
  assertEquals([code, stderr.trimEnd()], [
    1,
    "report: Pythonia ei löydy: /no/python3. Asenna Jupyter-asiakas Debianin paketeista: sudo apt-get install " +
    "-y jupyter-nbconvert python3-nbclient jupyter-client (tai aja deno task setup).",
  ]);
  assertEquals([...Deno.readDirSync(out)], [], "nothing written");
});

Deno.test("report refuses an --out inside the corpus, or holding a file it did not write: exit 2, one line, nothing touched", async () => {
  const root = await tempDir("esf-report-cli-");
  await Deno.mkdir(`${root}/corpus`);
  await Deno.copyFile(
    new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url),
    `${root}/corpus/a.txt`,
  );
  await Deno.symlink(`${root}/corpus`, `${root}/link`);
  let run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/link/out`, "--no-notebooks"]);
  assertEquals([run.code, run.stderr.trimEnd()], [
    2,
    `report: --out ${root}/link/out on aineiston ${root}/corpus sisällä: raportti sekoittuisi asiakirjoihin; ` +
    "valitse kansio sen ulkopuolelta.",
  ]);
  assertEquals([...Deno.readDirSync(`${root}/corpus`)].map((e) => e.name), ["a.txt"]);
  await Deno.mkdir(`${root}/mine`);
  await Deno.writeTextFile(`${root}/mine/manifest.json`, '{"tool": "esf-toolkit report", "outputs": []}');
  await Deno.writeTextFile(`${root}/mine/draft.docx`, "my draft");
  run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/mine`, "--no-notebooks"]);
  assertEquals([run.code, run.stderr.trimEnd()], [
    2,
    `report: --out ${root}/mine sisältää tiedoston, jonka raportti poistaisi: draft.docx (ei tämän työkalun ` +
    "kirjoittama); siirrä säilytettävä pois kansiosta tai valitse toinen --out. Mitään ei muutettu.",
  ]);
  run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/mine`, "--no-notebooks", "--lang", "en"]);
  assertEquals([run.code, run.stderr.trimEnd()], [
    2,
    `report: --out ${root}/mine holds a file the report would delete: draft.docx (not written by this tool); ` +
    "move what you want to keep out of it, or choose another --out. Nothing was changed.",
  ]);
  assertEquals(await Deno.readTextFile(`${root}/mine/draft.docx`), "my draft");
});

Deno.test("report says when the corpus holds no project description, in the run's language, and writes nothing", async () => {
  const root = await tempDir("esf-report-cli-");
  await Deno.mkdir(`${root}/corpus`);
  let run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/out`, "--no-notebooks"]);
  assertEquals([run.code, run.stderr.trimEnd()], [
    1,
    "report: Aineistosta ei löytynyt yhtään hankekuvausta (siinä ei ole yhtään *.txt-, *.html-, *.htm- tai " +
    `*.pdf-tiedostoa), joten raporttia ei kirjoitettu: kansioon ${root}/out ei kirjoitettu mitään.`,
  ]);
  await Deno.writeTextFile(`${root}/corpus/muistiinpanot.txt`, "Muistiinpanoja.\n");
  run = await report(["--corpus", `${root}/corpus`, "--out", `${root}/out`, "--no-notebooks", "--lang", "en"]);
  assertEquals([run.code, run.stderr.trimEnd().split("\n").at(-1)], [
    1,
    `report: No project description found in the corpus (1 file read), so no report was written: nothing was ` +
    `written to ${root}/out.`,
  ]);
  assertEquals([...Deno.readDirSync(root)].map((entry) => entry.name), ["corpus"]);
});

Deno.test("report says at once, in the run's language, that a --register file is not a EURA project list", async () => {
  const root = await tempDir("esf-report-cli-");
  await Deno.writeTextFile(`${root}/lista.csv`, "Nimi;Tila\nA;Päättynyt\n");
  const args = ["--register", `${root}/lista.csv`, "--out", `${root}/out`, "--no-notebooks"];
  // Said at once, before the corpus is parsed: one line, a usage error.
  const fi = await report(args);
  assertEquals([fi.code, fi.stderr.trimEnd()], [
    2,
    `report: ${root}/lista.csv ei ole EURA-hankeluettelo: siitä puuttuu sarakkeet Koodi, Rahasto, Hankkeen nimi, ` +
    "Aloituspvm, Päättymispvm. (katso --help)",
  ]);
  const en = await report([...args, "--lang", "en"]);
  assertEquals([en.code, en.stderr.trimEnd()], [
    2,
    `report: Cannot read ${root}/lista.csv as a EURA project list: no column Koodi, Rahasto, Hankkeen nimi, ` +
    "Aloituspvm, Päättymispvm. (see --help)",
  ]);
  assertEquals([...Deno.readDirSync(root)].map((entry) => entry.name), ["lista.csv"]);
});
