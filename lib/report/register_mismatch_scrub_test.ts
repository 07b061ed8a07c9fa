/**
 * The register comparison on the page and in Word quotes the document's name beside the register's and names
 * its file: scrubbed as the `register-crosscheck` table is (audit 33).
 */
import { tempDir } from "../../testing/temp.ts";
import { assert } from "../../testing/assert.ts";
import { buildReport } from "./build_report.ts";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const DATA = fileURLToPath(new URL("../../data/documents", import.meta.url));

Deno.test("the page's and Word's register disagreements hold no contact detail of the document's name or file", async () => {
  const root = await tempDir("esf-mismatch-scrub-");
  await Deno.mkdir(`${root}/corpus`);
  const mok = await Deno.readTextFile(`${DATA}/000_0083efce40fb50fc.txt`);
  const name = "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja " +
    "kv-rekrytointikäytäntöjen kehittäminen";
  assert(mok.includes(name));
  // S11547 is in the shipped 2007–2013 register, under its own name: the names disagree.
  await Deno.writeTextFile(
    `${root}/corpus/anna@kemi.fi.txt`,
    mok.replace(name, "Projektin nimi: Johtaja Aino Aalto p. 040 765 4321"),
  );
  await Deno.copyFile(`${DATA}/001_bfc078f93719c10e.txt`, `${root}/corpus/001.txt`);
  const out = `${root}/report`;
  await buildReport({ corpus: `${root}/corpus`, out, notebooks: false, progress: () => {} });
  const page = await Deno.readTextFile(`${out}/index.html`);
  const zip = await JSZip.loadAsync(await Deno.readFile(`${out}/report.docx`));
  const word = await zip.file("word/document.xml")!.async("string");
  for (const [where, text] of [["index.html", page], ["report.docx", word]] as const) {
    for (const contact of ["Aino Aalto", "765 4321", "anna@kemi"]) {
      assert(!text.includes(contact), `${contact} in ${where}`);
    }
    assert(
      text.includes("asiakirjassa &quot;Johtaja [nimi poistettu] p. [puhelinnumero poistettu]&quot;"),
      `the disagreement is still said in ${where}`,
    );
  }
});
