/**
 * Property-based tests over the real seed documents with random damage:
 * dropped, duplicated and shuffled lines, truncation, flipped bytes, UTF-16
 * (with and without byte-order mark), empty and binary files, labels without
 * their colon; and the damage real exports show: two documents in one file,
 * NFD letters, a Windows-1252 byte in UTF-8, project-code variants, heading
 * words inside free text, amounts with every separator. The parser never
 * throws; every file becomes a row, a named duplicate or a diagnostic; no
 * figure differs from the undamaged document's unless a diagnostic says so
 * on its line; no stack trace reaches the user; `deno task parse` exits 0.
 * Bounded: a few seconds.
 */
import { tempDir } from "../../testing/temp.ts";
import fc from "fast-check";
import { assert, assertEquals } from "../../testing/assert.ts";
import { runScript } from "../../testing/subprocess.ts";
import { decodeDocument } from "../parse/decode.ts";
import { seededRandom } from "../../dev/generate.ts";
import { amountSeparators, codeVariant, concatenate, headingWordsInText, latinByte, nfd } from "../../dev/damage.ts";
import { loadCorpus } from "./load_corpus.ts";
import { parseDocument, parseDocuments } from "../parse/parse_document.ts";
import { DiagnosticSchema, type ParsedDocument, type Project, ProjectSchema } from "../schema.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { encodeWindows1252 } from "../../dev/make_form_fixtures.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));
const SEEDS = [...Deno.readDirSync(DATA)].filter((e) => e.name.endsWith(".txt")).map((e) => e.name).sort()
  .map((name) => Deno.readTextFileSync(DATA + name));

type Damage = (lines: string[], random: () => number) => string[];

/** A whole number from 0 to max - 1. */
const int = (random: () => number, max: number) => Math.floor(random() * Math.max(1, max));

const DAMAGES: Record<string, Damage> = {
  dropLines: (lines, r) => lines.filter(() => int(r, 5) !== 0),
  duplicateLines: (lines, r) => lines.flatMap((line) => int(r, 6) === 0 ? [line, line] : [line]),
  shuffleLines: (lines, r) => {
    const copy = [...lines];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  },
  truncate: (lines, r) => lines.slice(0, int(r, lines.length)),
  dropColons: (lines, r) => lines.map((line) => int(r, 2) === 0 ? line.replace(": ", " ") : line),
  mangleNumbers: (lines, r) =>
    lines.map((line) => int(r, 4) === 0 ? line.replace(/\d/g, () => "0O,.- "[int(r, 6)]!) : line),
  nfd: (lines) => lines.map(nfd),
  codeVariant: (lines, r) => codeVariant(lines.join("\n"), r).split("\n"),
  headingWords: (lines, r) => headingWordsInText(lines.join("\n"), r).split("\n"),
  amountSeparators: (lines, r) => amountSeparators(lines.join("\n"), r).split("\n"),
  concatenate: (lines, r) => concatenate(lines.join("\n"), SEEDS[int(r, SEEDS.length)]!, r).split("\n"),
};

const damagedText = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  damages: fc.subarray(Object.keys(DAMAGES), { minLength: 1 }),
  salt: fc.integer(),
}).map(({ seed, damages, salt }) => {
  const random = seededRandom(salt);
  let lines = SEEDS[seed]!.split("\n");
  for (const name of damages) lines = DAMAGES[name]!(lines, random);
  return lines.join(Math.abs(salt) % 2 === 0 ? "\n" : "\r\n");
});

Deno.test("parseDocument() never throws on damaged documents and keeps what it returns valid", () => {
  fc.assert(
    fc.property(damagedText, (text) => {
      const { document, diagnostics } = parseDocument(text, { sourceFile: "fuzz.txt" });
      for (const diagnostic of diagnostics) assert(DiagnosticSchema.safeParse(diagnostic).success);
      if (document === null) {
        assert(diagnostics.some((d) => d.level === "error"), "no project without an error saying why");
      } else {
        assert(ProjectSchema.safeParse(document.project).success, JSON.stringify(diagnostics));
        for (const line of Object.values(document.sourceLines)) {
          assert(line! >= 1 && line! <= text.split(/\r\n|\r|\n/).length, `line ${line} inside the file`);
        }
      }
    }),
    { numRuns: Number(Deno.env.get("FUZZ_RUNS") ?? 400), seed: Deno.env.get("FUZZ_RUNS") ? undefined : 20261124 },
  );
});

Deno.test("decodeDocument() and parseDocument() never throw on arbitrary bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
      const decoded = decodeDocument(bytes);
      if (decoded.kind === "text") parseDocument(decoded.text);
    }),
    { numRuns: 300, seed: 7 },
  );
});

Deno.test("parseDocument() survives flipped bytes in a real document", () => {
  const original = new TextEncoder().encode(SEEDS[0]!);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
      (flips) => {
        const bytes = original.slice();
        for (const [at, value] of flips) bytes[at] = value;
        const decoded = decodeDocument(bytes);
        if (decoded.kind === "text") parseDocument(decoded.text);
      },
    ),
    { numRuns: 200, seed: 11 },
  );
});

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const damagedFile = fc.oneof(
  damagedText.map((text) => new TextEncoder().encode(text)),
  damagedText.map(utf16le),
  damagedText.map((text) => utf16le(text).subarray(2)), // UTF-16 without a byte-order mark
  fc.tuple(damagedText, fc.integer()).map(([text, salt]) => latinByte(text, seededRandom(salt))),
  fc.constant(new Uint8Array()),
  fc.uint8Array({ minLength: 1, maxLength: 2000 }),
  fc.integer({ min: 0, max: SEEDS.length - 1 }).map((i) => new TextEncoder().encode(SEEDS[i]!)), // duplicates
);

Deno.test("every damaged file becomes a row, a named duplicate or a diagnostic; the CLI exits 0 with no stack trace", async () => {
  const cli = fileURLToPath(new URL("../cli/parse.ts", import.meta.url));
  let cliRuns = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(damagedFile, { minLength: 1, maxLength: 12 }), async (files) => {
      const dir = await tempDir("esf-fuzz-");
      try {
        for (const [i, bytes] of files.entries()) {
          await Deno.writeFile(`${dir}/${String(i).padStart(2, "0")}.txt`, bytes);
        }
        const corpus = await loadCorpus([dir]);
        toDataFrame(corpus);
        assertEquals(new Set(corpus.files.map((file) => file.file)).size, files.length);
        for (const file of corpus.files) {
          if (file.outcome === "project") {
            assert(corpus.documents.some((d) => d.project.source_file === file.file), file.file);
          } else {
            assert(corpus.diagnostics.some((d) => d.file === file.file), `${file.file} (${file.outcome}) explained`);
          }
        }
        if (cliRuns++ < 3) {
          const run = await runScript(cli, ["--format", "csv", dir]);
          const stderr = run.stderr;
          assertEquals(run.code, 0, stderr);
          assert(!/\n\s+at /.test(stderr), "no stack trace");
        }
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    }),
    { numRuns: 40, seed: 3 },
  );
});

/** The columns that hold figures, codes, dates and answers: everything but the free texts and provenance. */
const FIGURES = (Object.keys(ProjectSchema.shape) as (keyof Project)[]).filter((column) =>
  !["summary", "target_groups", "indirect_target_groups", "communication_plan", "dissemination_plan"].includes(
    column,
  ) &&
  !["final_report_summary", "source_file", "source_encoding"].includes(column)
);

/** Damage that must change no figure without a diagnostic on the figure's line. */
const BENIGN: Record<string, (text: string, random: () => number) => string> = {
  nfd,
  codeVariant,
  headingWords: headingWordsInText,
  amountSeparators,
};

const benignCase = fc.record({
  seeds: fc.array(fc.integer({ min: 0, max: SEEDS.length - 1 }), { minLength: 1, maxLength: 3 }),
  damages: fc.subarray(Object.keys(BENIGN)),
  latin: fc.boolean(),
  salt: fc.integer(),
});

Deno.test("benign damage changes no figure unless a diagnostic says so on its line, and loses no document", () => {
  const clean = SEEDS.map((seed) => parseDocument(seed).document!);
  fc.assert(
    fc.property(benignCase, ({ seeds, damages, latin, salt }) => {
      const random = seededRandom(salt);
      const damagedSeeds = seeds.map((i) => damages.reduce((text, name) => BENIGN[name]!(text, random), SEEDS[i]!));
      const text = damagedSeeds.reduce((joined, next) => concatenate(joined, next, random));
      const decoded = decodeDocument(latin ? latinByte(text, random) : new TextEncoder().encode(text));
      assert(decoded.kind === "text");
      const { documents, diagnostics } = parseDocuments(decoded.text);
      assertEquals(documents.map((d) => d.project.project_code), seeds.map((i) => clean[i]!.project.project_code));
      const lines = new Set([...diagnostics.map((d) => d.line), ...decoded.notes.map((n) => n.line)]);
      documents.forEach((document: ParsedDocument, k) => {
        const want = clean[seeds[k]!]!;
        for (const column of FIGURES) {
          const [got, expected] = [document.project[column], want.project[column]];
          if (JSON.stringify(got) === JSON.stringify(expected)) continue;
          const line = document.sourceLines[column];
          assert(
            line !== undefined && lines.has(line),
            `${column}: ${JSON.stringify(got)} instead of ${JSON.stringify(expected)}, line ${line} not diagnosed`,
          );
        }
      });
    }),
    { numRuns: Number(Deno.env.get("FUZZ_RUNS") ?? 300), seed: Deno.env.get("FUZZ_RUNS") ? undefined : 20261125 },
  );
});

/** The shipped documents' saved pages and prints (`testing/fixtures/forms/`), with the text each was made from. */
const FORMS = fileURLToPath(new URL("../../testing/fixtures/forms/", import.meta.url));
const SEED_NAMES = [...Deno.readDirSync(DATA)].filter((e) => e.name.endsWith(".txt")).map((e) => e.name).sort();
const PAGES = SEED_NAMES.map((name) => Deno.readFileSync(FORMS + name.replace(/\.txt$/, ".html")));
const PRINTS = SEED_NAMES.map((name) => Deno.readFileSync(FORMS + name.replace(/\.txt$/, ".pdf")));

/** Charset declarations a saved page may carry, right or wrong. */
const DECLARATIONS = ["utf-8", "windows-1252", "iso-8859-1", "iso-8859-15", "utf-16", "x-unknown-charset", null];

/**
 * A saved page or a print, damaged, with the seed it was made from; `exact`:
 * whether every figure read must be the document's (not for bytes
 * overwritten at random: a digit changed in a print is another digit).
 */
interface DamagedForm {
  seed: number;
  name: string;
  bytes: Uint8Array;
  exact: boolean;
}

/** Shown by fast-check as its name and seed, not as its bytes. */
const damaged = (seed: number, name: string, bytes: Uint8Array, exact = true): DamagedForm =>
  Object.assign({ seed, name, bytes, exact }, { [fc.toStringMethod]: () => `${name} of seed ${seed}` });

const damagedForm = fc.oneof(
  // A page cut short anywhere.
  fc.tuple(fc.nat(SEEDS.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([seed, at]) =>
    damaged(seed, "cut.html", PAGES[seed]!.subarray(0, Math.floor(PAGES[seed]!.length * at)))
  ),
  // Broken markup: end tags, and the start tags of table rows, dropped at random.
  fc.tuple(fc.nat(SEEDS.length - 1), fc.integer()).map(([seed, salt]) => {
    const random = seededRandom(salt);
    const broken = new TextDecoder().decode(PAGES[seed]!).replace(
      /<\/(?:td|th|tr|dt|dd|p|li|div|table|h[1-6]|body|html)>|<tr>/g,
      (tag) => int(random, 3) === 0 ? "" : tag,
    );
    return damaged(seed, "broken.html", new TextEncoder().encode(broken));
  }),
  // A charset declaration that may be wrong, over UTF-8 or Windows-1252 bytes.
  fc.tuple(fc.nat(SEEDS.length - 1), fc.constantFrom(...DECLARATIONS), fc.boolean()).map(([seed, label, cp1252]) => {
    const page = new TextDecoder().decode(PAGES[seed]!).replace(
      /<meta charset="utf-8">/,
      label === null ? "" : `<meta charset="${label}">`,
    );
    const bytes = cp1252 ? encodeWindows1252(page) : new TextEncoder().encode(page);
    return damaged(seed, `charset-${label}${cp1252 ? "-cp1252" : ""}.html`, bytes);
  }),
  // A print cut short, or with bytes overwritten.
  fc.tuple(fc.nat(SEEDS.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([seed, at]) =>
    damaged(seed, "cut.pdf", PRINTS[seed]!.subarray(0, Math.floor(PRINTS[seed]!.length * at)))
  ),
  fc.tuple(fc.nat(SEEDS.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }))
    .map(([seed, changes]) => {
      const bytes = PRINTS[seed]!.slice();
      for (const [at, value] of changes) bytes[at % bytes.length] = value;
      return damaged(seed, "flipped.pdf", bytes, false);
    }),
);

Deno.test("damaged web pages and prints: each a row, a duplicate or a diagnostic, in bounded time; no wrong figure", async () => {
  const clean = SEEDS.map((seed) => parseDocument(seed).document!.project);
  await fc.assert(
    fc.asyncProperty(fc.array(damagedForm, { minLength: 1, maxLength: 3 }), async (forms) => {
      const dir = await tempDir("esf-fuzz-forms-");
      try {
        const names = forms.map((form, i) => `${i}-${form.name}`);
        for (const [i, form] of forms.entries()) await Deno.writeFile(`${dir}/${names[i]}`, form.bytes);
        const corpus = await loadCorpus([dir], { root: dir });
        toDataFrame(corpus);
        assertEquals([...new Set(corpus.files.map((file) => file.file))].sort(), [...names].sort());
        for (const file of corpus.files) {
          const said = corpus.diagnostics.filter((d) => d.file === file.file);
          if (file.outcome !== "project") assert(said.length > 0, `${file.file} (${file.outcome}) explained`);
          const document = corpus.documents.find((d) => d.project.source_file === file.file);
          if (!document) continue;
          const form = forms[names.indexOf(file.file)]!;
          if (!form.exact) continue;
          const want = clean[form.seed]!;
          for (const column of FIGURES) {
            const [got, expected] = [document.project[column], want[column]];
            if (JSON.stringify(got) === JSON.stringify(expected)) continue;
            assert(said.length > 0, `${file.file}: ${column} is ${JSON.stringify(got)} without a diagnostic`);
            // Never a wrong figure: a value read is the document's; a list cut short is the start of the document's.
            const prefix = Array.isArray(got) && Array.isArray(expected) &&
              JSON.stringify(got) === JSON.stringify(expected.slice(0, got.length));
            assert(
              got === null || prefix,
              `${file.file}: ${column} is ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`,
            );
          }
        }
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    }),
    { numRuns: Number(Deno.env.get("FUZZ_RUNS") ?? 30), seed: Deno.env.get("FUZZ_RUNS") ? undefined : 15 },
  );
});
