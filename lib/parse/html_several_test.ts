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
