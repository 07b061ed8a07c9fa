import { assertEquals } from "../../testing/assert.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";
import { readDocument } from "../corpus/read_document.ts";

const page = (name: string) => Deno.readTextFileSync(fixtureFile(name));
const article = (html: string) =>
  html.slice(html.indexOf("<article"), html.indexOf("</article>") + "</article>".length);

/** The codes of the documents read from the page, and the lines of its `several_documents` warnings. */
async function read(html: string): Promise<[(string | null)[], number]> {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(`${dir}/joined.html`, html);
    const outcome = await readDocument(`${dir}/joined.html`, { name: "joined.html" });
    return [
      outcome.documents.map((document) => document.project.project_code),
      outcome.diagnostics.filter((d) => d.code === "several_documents").length,
    ];
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

Deno.test("saved pages joined (cat a.html b.html) give every description, each said, none lost", async () => {
  const joined = page("000_0083efce40fb50fc.html") + page("003_26d83fee4ba57d94.html");
  assertEquals(await read(joined), [["S11547", "S22254"], 1]);
});

Deno.test("a page of two descriptions, two articles in one main, gives both", async () => {
  const first = page("003_26d83fee4ba57d94.html");
  const second = article(page("004_b5ee5d749125fe7f.html"));
  const end = first.indexOf("</article>") + "</article>".length;
  const [codes, said] = await read(first.slice(0, end) + second + first.slice(end));
  assertEquals([codes.length, codes[0], said], [2, "S22254", 1]);
});

/** What a page gives: its rows' codes and final report summaries, and its diagnostics' codes. */
async function readWhole(html: string) {
  const dir = Deno.makeTempDirSync();
  try {
    Deno.writeTextFileSync(`${dir}/p.html`, html);
    const outcome = await readDocument(`${dir}/p.html`, { name: "p.html" });
    return {
      rows: outcome.documents.map((d) => [d.project.project_code, d.project.final_report_summary]),
      codes: outcome.diagnostics.map((d) => d.code),
    };
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

Deno.test("the header repeated in a page's breadcrumb, footer or a hidden preview is no second description", async () => {
  const base = page("000_0083efce40fb50fc.html");
  const alone = await readWhole(base);
  const header = "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus";
  for (
    const [what, html] of [
      ["breadcrumb", base.replace("&gt; S11547</div>", `&gt; S11547 – ${header}</div>`)],
      [
        "hidden preview",
        base.replace(
          '<div class="piilossa">Projektikoodi: X00000',
          `<div class="piilossa"><h2>${header}</h2><p>1. Projekti</p><p>Projektikoodi: X00000`,
        ),
      ],
      [
        "footer",
        base.replace(
          '<div id="alatunniste" class="alatunniste">',
          `<footer><h2>${header} – tulostettava versio</h2><p>Projektikoodi S11547</p></footer><div id="alatunniste">`,
        ),
      ],
    ] as const
  ) assertEquals(await readWhole(html), alone, what);
});

Deno.test("pages joined: each description's text is its own, without the other page's menus and footers", async () => {
  const [a, b] = ["000_0083efce40fb50fc.html", "002_9a75f02c10db9dc6.html"].map(page);
  const joined = await readWhole(a! + b!);
  const [one, two] = [await readWhole(a!), await readWhole(b!)];
  assertEquals(joined.rows, [...one.rows, ...two.rows]);
});

Deno.test("joined pages whose header is a div, not a heading, give every description", async () => {
  const asDiv = (html: string) => html.replace(/<h1 class="otsikko">(.*?)<\/h1>/, '<div class="otsikko">$1</div>');
  const [a, b] = ["000_0083efce40fb50fc.html", "001_bfc078f93719c10e.html"].map(page);
  const both = await readWhole(asDiv(a!) + asDiv(b!));
  assertEquals(both.rows.map(([code]) => code), ["S11547", "S10619"]);
  const mixed = await readWhole(asDiv(a!) + b!);
  assertEquals(mixed.rows.map(([code]) => code), ["S11547", "S10619"]);
});

Deno.test("the header repeated as a heading in the page's banner is no description", async () => {
  const base = page("003_26d83fee4ba57d94.html");
  const banner = base.replace(
    '<header class="sivusto">',
    '<header class="sivusto"><h2>Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus</h2>',
  );
  assertEquals(await readWhole(banner), await readWhole(base));
});
