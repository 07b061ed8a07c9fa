/**
 * A larger, varied corpus for the analyses: the generator's documents
 * (dev/generate.ts) with the variety the analyses must meet written in,
 * deterministically by seed: regions of the whole country under Finnish,
 * Swedish, older and ELY-centre names, nationwide and several-region
 * projects, a name that is no region; projects without participants; new
 * jobs, enterprises and degrees; organisations that recur with one
 * business ID, with their name spelt differently or without the ID; and
 * co-implementers that also lead projects.
 */
import { generateDocuments, seededRandom } from "../dev/generate.ts";
import { parseDocument } from "../lib/parse/parse_document.ts";
import { frameFromRecords } from "../lib/frame/frame_from_records.ts";
import { withDerivedMetrics } from "../lib/frame/derived.ts";
import { ProjectSchema } from "../lib/schema.ts";
import type pl from "nodejs-polars";

const REGION_LISTS = [
  ["Uusimaa"],
  ["Itä-Uusimaa"],
  ["Nyland"],
  ["Varsinais-Suomi"],
  ["Satakunta"],
  ["Kanta-Häme"],
  ["Pirkanmaa"],
  ["Päijät-Häme"],
  ["Kymenlaakso"],
  ["Etelä-Karjala"],
  ["Etelä-Savo"],
  ["Pohjois-Savo"],
  ["Norra Savolax"],
  ["Pohjois-Karjala"],
  ["Keski-Suomi"],
  ["Etelä-Pohjanmaa"],
  ["Pohjanmaa"],
  ["Österbotten", "Keski-Pohjanmaa"],
  ["Keski-Pohjanmaa"],
  ["Pohjois-Pohjanmaa"],
  ["Pohjois-Pohjanmaa", "Kainuu"],
  ["Kainuu"],
  ["Lappi"],
  ["Lappi", "Pohjois-Pohjanmaa", "Kainuu"],
  ["Hämeen ELY-keskus"],
  ["Pohjois-Savo", "Etelä-Savo", "Pohjois-Karjala"],
  ["koko Suomi"],
  ["Koko maa"],
  ["Karjala"],
];

const ORGANISATIONS = [
  { name: "Kuopion kaupunki", id: "0171450-7", type: "Kunta" },
  { name: "Jyväskylän ammattikorkeakoulu Oy", id: "1006157-3", type: "Ammattikorkeakoulu" },
  { name: "Lapin yliopisto", id: "0245904-2", type: "Yliopisto" },
  { name: "Kainuun ammattiopisto", id: "0214958-9", type: "Oppilaitos" },
  { name: "Monikulttuuriyhdistys ry", id: "2312333-7", type: "Yhdistys" },
  { name: "Paremmin Yhdessä ry", id: "2312333-7", type: "Yhdistys" },
  { name: "Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus", id: "2296962-1", type: "Valtion viranomainen" },
  { name: "Turun kaupunki", id: "0204819-8", type: "Kunta" },
  { name: "Oulun seudun koulutuskuntayhtymä", id: "0209557-6", type: "Kuntayhtymä" },
];

/** Writes a count and women's count line of §3.4 / §4.1-4.3 in the 2007-2013 wording. */
function figures(planned: number, actual: number, women: string, random: () => number): string {
  const share = (n: number) => Math.floor(n * random());
  return `Suunniteltu: ${planned}, joista ${women} ${share(planned)}\n\n` +
    `Toteutunut seurantatietojen mukaan: ${actual}, joista ${women} ${share(actual)}`;
}

/** The generator's documents, varied for the analyses (see the module text). */
export function analysisDocuments(count: number, seed = 16): { fileName: string; text: string }[] {
  const random = seededRandom(seed * 7919);
  return generateDocuments(count, seed).map((document, index) => {
    let text = document.text;
    const regions = REGION_LISTS[Math.floor(random() * REGION_LISTS.length)]!;
    text = text.replace(/^Maakunnat: .*$/m, `Maakunnat: ${regions.join(", ")}`);
    const organisation = ORGANISATIONS[index % 7 === 3 ? 0 : Math.floor(random() * ORGANISATIONS.length)]!;
    const spelt = random() < 0.15
      ? organisation.name.toUpperCase()
      : organisation.name.replace(" ", random() < 0.1 ? "  " : " ");
    text = text.replace(/^(Toteuttajaorganisaation nimi|Hakijan virallinen nimi): .*$/m, `$1: ${spelt}`)
      .replace(/^Organisaatiotyyppi: .*$/m, `Organisaatiotyyppi: ${organisation.type}`)
      .replace(/^Y-tunnus: .*$/m, random() < 0.1 ? "Y-tunnus: " : `Y-tunnus: ${organisation.id}`);
    if (text.includes("Osatoteuttajat")) {
      const partner = ORGANISATIONS[Math.floor(random() * ORGANISATIONS.length)]!;
      text = text.replace(/^Paremmin Yhdessä ry, .*$/m, `${partner.name}, ${partner.id}`);
    }
    if (text.includes("Projektikoodi:")) {
      if (random() < 0.12) {
        text = text.replace("Projekti, jossa on henkilöitä mukana", "Projekti, jossa ei ole henkilöitä mukana")
          .replace(
            /(3\.4 Aloittaneiden henkilöiden määrä\n\n)[\s\S]*?(\n\n4\. )/,
            "$1Suunniteltu: 0, joista naisia 0\n\n" +
              "Toteutunut seurantatietojen mukaan: 0, joista naisia 0$2",
          );
      }
      const jobs = Math.floor(random() * 30);
      const enterprises = Math.floor(random() * 6);
      const degrees = random() < 0.4 ? Math.floor(random() * 60) : 0;
      text = text
        .replace(
          /(4\.1 Uusien työpaikkojen määrä\n\n)[^\n]*\n\n[^\n]*/,
          `$1${figures(jobs + 5, jobs, "naisten työpaikkoja", random)}`,
        )
        .replace(
          /(4\.2 Uusien yritysten määrä\n\n)[^\n]*\n\n[^\n]*/,
          `$1${figures(enterprises + 1, enterprises, "naisten perustamia", random)}`,
        )
        .replace(
          /(4\.3 Suoritettujen tutkintojen määrä\n\n)[^\n]*\n\n[^\n]*/,
          `$1${figures(degrees + 3, degrees, "naisten tutkintoja", random)}`,
        );
    }
    // A few projects far from the rest: participants far above plan, funding hardly used.
    if (random() < 0.03) {
      text = text.replace(
        /^(Toteutunut seurantatietojen mukaan: )(\d+)(, joista naisia )(\d+)$/m,
        (_, a, n, b, w) => `${a}${Number(n) * 3}${b}${w}`,
      );
    }
    if (random() < 0.03) text = text.replace(/^(Toteutunut julkinen rahoitus yhteensä: ).*$/m, "$1 25 000");
    if (random() < 0.2) {
      text = text.replace(
        /^(3 Suunnitelman mukainen tiivistelmä toteutuksesta\n\n)/m,
        "$1Nuorten ja nuorille aikuisille suunnattu ohjaus jatkuu. ",
      );
    }
    if (random() < 0.2) {
      text = text.replace(
        /^(5\. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n)/m,
        "$1Hanke tukee nuorten työllistymistä. ",
      );
    }
    return { fileName: document.fileName, text };
  });
}

/** The varied documents parsed into a projects frame with the derived metrics. */
export function analysisProjects(count: number, seed = 16): pl.DataFrame {
  return withDerivedMetrics(frameFromRecords(
    ProjectSchema,
    analysisDocuments(count, seed).map((document) => parseDocument(document.text).document!.project),
  ));
}

/** Writes the varied documents into a folder (for notebooks and reports). */
export async function writeAnalysisCorpus(dir: string, count: number, seed = 16): Promise<void> {
  await Deno.mkdir(dir, { recursive: true });
  for (const document of analysisDocuments(count, seed)) {
    await Deno.writeTextFile(`${dir}/${document.fileName}`, document.text);
  }
}
