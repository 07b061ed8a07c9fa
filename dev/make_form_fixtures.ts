/**
 * Regenerates the saved-web-page and PDF-print fixtures of the shipped
 * documents under `testing/fixtures/forms/`: each `data/documents/*.txt` becomes an
 * HTML page shaped like a public EURA project page saved from the browser
 * (site header, menu, breadcrumbs, footer, scripts and styles around the
 * content), and each page is printed to PDF with Debian's headless Chromium,
 * as a person would with "Print → Save as PDF". Also writes the damaged
 * fixtures: a Windows-1252 page, pages with a wrong charset declaration, a
 * scanned-like PDF (an image only) and a truncated PDF.
 *
 * Run: `deno run --allow-read --allow-write --allow-run --allow-env dev/make_form_fixtures.ts [chromium]`
 *
 * @module
 */
import { headingKey, type SectionKey } from "../lib/parse/sections.ts";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);
const DATA = new URL("data/documents/", ROOT);
const OUT = new URL("testing/fixtures/forms/", ROOT);

/** Sections whose single-line `Label: value` paragraphs are rendered as form fields. */
const FIELD_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>([
  "project",
  "organisation",
  "co_implementers",
  "area",
  "participants",
  "jobs",
  "enterprises",
  "degrees",
  "funding",
  "horizontal_classification",
  "implementation_site",
  "companies",
]);

type FieldStyle = "table" | "dl" | "strong";
const FIELD_STYLES: readonly FieldStyle[] = ["table", "dl", "strong"];

/** One paragraph of the text: the lines between blank lines. */
type Block =
  | { kind: "preamble"; lines: string[] }
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string; level: 2 | 3; key: SectionKey }
  | { kind: "field"; label: string; value: string }
  | { kind: "text"; lines: string[] };

const HEADER = /rahoittaman\s+(projektin|hankkeen)\s+kuvaus/i;

/** Splits the text into paragraphs and says what each is. */
export function blocksOf(text: string): Block[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "") {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);

  const blocks: Block[] = [];
  let seenTitle = false;
  let section: SectionKey | undefined;
  for (const lines of paragraphs) {
    const first = lines[0]!;
    if (!seenTitle) {
      if (HEADER.test(first) && lines.length === 1) {
        seenTitle = true;
        blocks.push({ kind: "title", text: first });
      } else blocks.push({ kind: "preamble", lines });
      continue;
    }
    const key = lines.length === 1 ? headingKey(first) : undefined;
    if (key !== undefined) {
      section = key;
      const number = first.match(/^(\d+(?:\.\d+)*)\.?\s/)?.[1];
      blocks.push({ kind: "heading", text: first, level: number && !number.includes(".") ? 2 : 3, key });
      continue;
    }
    const field = lines.length === 1 ? first.match(/^([^:]{1,70}?):(?: (.+))?$/) : null;
    if (field && section !== undefined && FIELD_SECTIONS.has(section)) {
      const label = field[1]!;
      const value = field[2] ?? "";
      if ((value === "" ? `${label}:` : `${label}: ${value}`) === first) {
        blocks.push({ kind: "field", label, value });
        continue;
      }
    }
    blocks.push({ kind: "text", lines });
  }
  return blocks;
}

/** The EU flag, inline: a saved page's image that the browser can show without its files folder. */
const EU_FLAG = "data:image/svg+xml," + encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 40"><rect width="60" height="40" fill="#039"/>` +
    Array.from({ length: 12 }, (_, i) => {
      const angle = (i * Math.PI) / 6;
      return `<circle cx="${(30 + 12 * Math.cos(angle)).toFixed(1)}" cy="${
        (20 + 12 * Math.sin(angle)).toFixed(1)
      }" r="1.6" fill="#fc0"/>`;
    }).join("") + `</svg>`,
);

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Escapes text; amounts keep their groups together with `&nbsp;` as the site prints them. */
function value(text: string, options: PageOptions): string {
  if (/^\d{1,3}( \d{3})+$/.test(text)) return text.replace(/ /g, "&nbsp;");
  let html = escape(text);
  if (options.entities) {
    html = html.replace(/ä/g, "&auml;").replace(/ö/g, "&#246;").replace(/Ä/g, "&Auml;").replace(/–/g, "&#x2013;");
  }
  if (/^(https?:\/\/|www\.)\S+$/.test(text)) {
    const href = text.startsWith("www.") ? `http://${text}` : text;
    return `<a href="${escape(href)}" target="_blank" rel="noopener">${html}</a>`;
  }
  return html;
}

/** How one page differs from the others, so that the fixtures cover the forms the extractor must read. */
interface PageOptions {
  /** "eura2007": the old table-and-div layout; "eura2014": HTML5 landmarks. */
  layout: "eura2007" | "eura2014";
  /** Write ä, ö, Ä and – as entities. */
  entities: boolean;
  /** How the charset is declared. */
  charsetDeclaration: string;
}

function renderFields(fields: { label: string; value: string }[], style: FieldStyle, options: PageOptions): string {
  const out: string[] = [];
  if (style === "table") {
    out.push(`<table class="kentat">`, `  <tbody>`);
    for (const { label, value: text } of fields) {
      out.push(
        `    <tr>`,
        `      <th scope="row">${escape(label)}</th>`,
        `      <td>${value(text, options)}</td>`,
        `    </tr>`,
      );
    }
    out.push(`  </tbody>`, `</table>`);
  } else if (style === "dl") {
    out.push(`<dl class="tiedot">`);
    for (const { label, value: text } of fields) {
      out.push(
        `  <div class="rivi">`,
        `    <dt>${escape(label)}</dt>`,
        `    <dd>${value(text, options)}</dd>`,
        `  </div>`,
      );
    }
    out.push(`</dl>`);
  } else {
    for (const { label, value: text } of fields) {
      out.push(
        `<p class="kentta"><strong>${escape(label)}:</strong> <span class="arvo">${value(text, options)}</span></p>`,
      );
    }
  }
  return out.join("\n");
}

function renderText(lines: string[], options: PageOptions): string {
  return `<p>${lines.map((line) => value(line, options)).join("<br>\n")}</p>`;
}

function renderContent(blocks: Block[], options: PageOptions): string {
  const out: string[] = [];
  let fields: { label: string; value: string }[] = [];
  let sectionIndex = 0;
  const flush = () => {
    if (fields.length === 0) return;
    out.push(renderFields(fields, FIELD_STYLES[sectionIndex % FIELD_STYLES.length]!, options));
    fields = [];
  };
  for (const block of blocks) {
    if (block.kind === "field") {
      fields.push(block);
      continue;
    }
    flush();
    switch (block.kind) {
      case "preamble":
        out.push(
          block.lines.length === 1 && block.lines[0] === "Euroopan unioni Vipuvoimaa EU:lta"
            ? `<div class="eu-tunnus"><img src="${EU_FLAG}" alt="EU:n lippu" width="60" height="40"> ` +
              `<span class="eu">Euroopan unioni</span> <span class="vipuvoimaa">Vipuvoimaa EU:lta</span></div>`
            : `<div class="eu-tunnus">${block.lines.map((line) => `<p>${value(line, options)}</p>`).join("")}</div>`,
        );
        break;
      case "title":
        out.push(`<h1 class="otsikko">${value(block.text, options)}</h1>`);
        break;
      case "heading":
        sectionIndex++;
        out.push(`<h${block.level} id="osio-${sectionIndex}">${value(block.text, options)}</h${block.level}>`);
        break;
      case "text":
        out.push(renderText(block.lines, options));
        break;
    }
  }
  flush();
  return out.join("\n");
}

const STYLE = `
    body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.35; color: #222; margin: 0; }
    .sivu { max-width: 52em; margin: 0 auto; padding: 0 1em; }
    h1 { font-size: 17pt; margin: .6em 0 .5em; }
    h2 { font-size: 14pt; margin: 1.1em 0 .4em; border-bottom: 1px solid #ccc; }
    h3 { font-size: 12pt; margin: .9em 0 .3em; }
    p { margin: 0 0 .8em; }
    table.kentat { border-collapse: collapse; width: 100%; margin: 0 0 .8em; }
    table.kentat th { text-align: left; vertical-align: top; width: 36%; padding: .15em 1em .15em 0; font-weight: bold; }
    table.kentat td { vertical-align: top; padding: .15em 0; }
    dl.tiedot { margin: 0 0 .8em; }
    dl.tiedot .rivi { display: flex; gap: 1em; margin: 0 0 .2em; }
    dl.tiedot dt { font-weight: bold; flex: 0 0 35%; }
    dl.tiedot dd { margin: 0; flex: 1; }
    .eu-tunnus { margin: 1em 0 .2em; font-size: 10pt; }
    .eu-tunnus p { margin: 0 0 .3em; }
    .eu-tunnus img { vertical-align: middle; }
    .piilossa { display: none; }
    @page { size: A4; }
    @media print {
      .ylatunniste, .valikko, .murupolku, .alatunniste, .evasteet, .skip, td.vasen, header.sivusto, nav, footer, aside {
        display: none !important;
      }
      a { color: inherit; text-decoration: none; }
    }`;

const SCRIPT_HEAD = `
    window.dataLayer = window.dataLayer || [];
    function gtag() { dataLayer.push(arguments); }
    gtag("js", new Date());
    var EURA = { projektikoodi: "X00000", kieli: "fi", tulosta: function () { window.print(); } };`;

function page(blocks: Block[], options: PageOptions): string {
  const title = blocks.find((block) => block.kind === "title")?.text ?? "Projektin kuvaus";
  const code =
    blocks.flatMap((block) => block.kind === "field" && /koodi$/.test(block.label) ? [block.value] : [])[0] ??
      "";
  const host = options.layout === "eura2007" ? "www.eura2007.fi" : "www.eura2014.fi";
  const url = `https://${host}/rrtiepa/projekti.php?projektikoodi=${code}`;
  const content = renderContent(blocks, options);
  const head = [
    `<!DOCTYPE html>`,
    `<!-- saved from url=(${String(url.length).padStart(4, "0")})${url} -->`,
    `<html lang="fi"><head>`,
    options.charsetDeclaration,
    `  <meta name="viewport" content="width=device-width, initial-scale=1">`,
    `  <title>${escape(code)} – ${escape(title)} | EURA | Rakennerahastot.fi</title>`,
    `  <link rel="stylesheet" href="./projekti_files/eura.css">`,
    `  <style>${STYLE}\n  </style>`,
    `  <script>${SCRIPT_HEAD}\n  </script>`,
    `  <script src="./projekti_files/jquery.min.js"></script>`,
    `</head>`,
  ];
  const menu = ["Etusivu", "Projektihaku", "Ohjelmat", "Tilastot", "Ohjeet", "In English"]
    .map((item) => `<li><a href="https://${host}/${item.toLowerCase().replace(/\s+/g, "-")}">${item}</a></li>`)
    .join("\n        ");
  const footerLinks = `<a href="mailto:eura-tuki@example.fi">eura-tuki@example.fi</a> · ` +
    `<a href="https://${host}/saavutettavuus">Saavutettavuusseloste</a> · <a href="https://${host}/tietosuoja">Tietosuoja</a>`;
  const hiddenBits = `<div class="piilossa">Projektikoodi: X00000 (piilotettu esikatselu)</div>
  <div hidden>Tulosta tämä sivu</div>
  <noscript><p>Selaimesi ei tue JavaScriptiä: osa toiminnoista ei ole käytössä.</p></noscript>
  <template id="rivipohja"><tr><th>Projektikoodi</th><td>X99999</td></tr></template>`;
  const body = options.layout === "eura2007"
    ? [
      `<body class="projekti">`,
      `  <a class="skip" href="#sisalto">Siirry sisältöön</a>`,
      `  <div id="ylatunniste" class="ylatunniste">`,
      `    <div class="logo"><a href="https://${host}/">Rakennerahastot.fi</a></div>`,
      `    <div class="haku"><form action="https://${host}/haku"><input type="text" name="q" value="Hae projekteja">` +
      `<button>Hae</button></form></div>`,
      `    <div class="kielet"><a href="?lang=fi">Suomeksi</a> | <a href="?lang=sv">På svenska</a></div>`,
      `  </div>`,
      `  <div id="valikko" class="valikko">`,
      `    <ul>`,
      `        ${menu}`,
      `    </ul>`,
      `  </div>`,
      `  <div id="murupolku" class="murupolku"><a href="https://${host}/">Etusivu</a> &gt; <a href="https://${host}/rrtiepa/">Projektihaku</a> &gt; ${
        escape(code)
      }</div>`,
      `  <table class="asettelu" width="100%"><tr>`,
      `  <td class="vasen" width="180">`,
      `    <div class="sivuvalikko"><a href="https://${host}/rrtiepa/">Hae projekteja</a><br><a href="https://${host}/rrtiepa/tilastot.php">Tilastoja</a></div>`,
      `  </td>`,
      `  <td class="oikea">`,
      `  <div id="sisalto" class="sivu">`,
      content,
      `  <p class="tulosta"><a href="javascript:EURA.tulosta()" class="piilossa">Tulosta</a></p>`,
      `  </div>`,
      `  </td>`,
      `  </tr></table>`,
      `  <div id="alatunniste" class="alatunniste">`,
      `    <p>Rakennerahastot.fi · Työ- ja elinkeinoministeriö</p>`,
      `    <p>${footerLinks}</p>`,
      `  </div>`,
      `  ${hiddenBits}`,
      `  <script>document.documentElement.className += " js"; var tila = "Toiminnassa: 3.4 Aloittaneiden";</script>`,
      `</body>`,
      `</html>`,
    ]
    : [
      `<body class="hanke">`,
      `  <a class="skip" href="#main">Siirry sisältöön</a>`,
      `  <header class="sivusto">`,
      `    <a class="logo" href="https://${host}/">EURA 2014 – Rakennerahastot.fi</a>`,
      `    <nav aria-label="Päävalikko">`,
      `      <ul>`,
      `        ${menu}`,
      `      </ul>`,
      `    </nav>`,
      `  </header>`,
      `  <nav class="murupolku" aria-label="Murupolku"><ol><li><a href="https://${host}/">Etusivu</a></li><li><a href="https://${host}/rrtiepa/">Hankehaku</a></li><li>${
        escape(code)
      }</li></ol></nav>`,
      `  <main id="main">`,
      `    <article class="sivu hankekuvaus">`,
      content,
      `    </article>`,
      `    <aside class="liittyvat"><h2>Katso myös</h2><ul><li><a href="https://${host}/rrtiepa/">Muut hankkeet</a></li></ul></aside>`,
      `  </main>`,
      `  <footer>`,
      `    <p>Rakennerahastot.fi · Työ- ja elinkeinoministeriö</p>`,
      `    <p>${footerLinks}</p>`,
      `  </footer>`,
      `  <div class="evasteet" role="dialog" aria-hidden="true">Tämä sivusto käyttää evästeitä. <button>Hyväksy</button></div>`,
      `  ${hiddenBits}`,
      `  <script>document.documentElement.className += " js";</script>`,
      `</body>`,
      `</html>`,
    ];
  return [...head, ...body].join("\n") + "\n";
}

/** Windows-1252 bytes of text that holds only Latin-1 and the few 0x80–0x9F characters the documents use. */
export function encodeWindows1252(text: string): Uint8Array {
  const extra: Record<string, number> = {
    "–": 0x96,
    "—": 0x97,
    "‘": 0x91,
    "’": 0x92,
    "“": 0x93,
    "”": 0x94,
    "…": 0x85,
    "€": 0x80,
  };
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else if (extra[char] !== undefined) bytes[i] = extra[char]!;
    else throw new Error(`"${char}" has no Windows-1252 byte`);
  }
  return bytes;
}

const UTF8_META = `  <meta charset="utf-8">`;
const HTTP_EQUIV_1252 = `  <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`;

/** Prints the page to PDF from a copy in a temporary folder, so that the print's footer names no path of this machine. */
async function printToPdf(chromium: string, html: URL, pdf: URL, headerFooter = true): Promise<void> {
  const profile = await Deno.makeTempDir({ prefix: "esf-fixtures-" });
  const copy = `${profile}/projekti.html`;
  await Deno.copyFile(html, copy);
  const child = new Deno.Command(chromium, {
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${profile}/profile`,
      ...(headerFooter ? [] : ["--no-pdf-header-footer"]),
      `--print-to-pdf=${fileURLToPath(pdf)}`,
      `file://${copy}`,
    ],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  try {
    const { code, stderr } = await child.output();
    if (code !== 0) throw new Error(`Chromium failed (${code}): ${new TextDecoder().decode(stderr).slice(-500)}`);
  } finally {
    clearTimeout(timer);
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}

/** A page holding only a picture of text, as a scanner makes: printing it gives a PDF without a text layer. */
const SCANNED_PAGE = `<!DOCTYPE html>
<html lang="fi"><head><meta charset="utf-8"><title>skannattu</title>
<style>@page { size: A4; margin: 0; } body { margin: 0; } canvas { display: block; width: 210mm; height: 297mm; }</style>
</head><body><canvas id="c" width="1240" height="1754"></canvas>
<script>
  const c = document.getElementById("c").getContext("2d");
  c.fillStyle = "#f4f1ea"; c.fillRect(0, 0, 1240, 1754);
  c.fillStyle = "#333"; c.font = "28px serif";
  const lines = ["Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus", "", "1. Projekti",
    "Projektikoodi: S11547", "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK)"];
  lines.forEach((line, i) => c.fillText(line, 120, 180 + i * 48));
  for (let i = 0; i < 4000; i++) { c.fillStyle = "rgba(0,0,0," + (Math.random() * 0.08) + ")"; c.fillRect(Math.random() * 1240, Math.random() * 1754, 2, 2); }
</script></body></html>
`;

/** The text of S11547 with its actual public funding unreadable ("noin 614 tuhatta"): a value's diagnostic. */
export const UNREADABLE_AMOUNT = {
  base: "000_0083efce40fb50fc_unreadable-amount",
  from: "Toteutunut julkinen rahoitus yhteensä: 614 153",
  to: "Toteutunut julkinen rahoitus yhteensä: noin 614 tuhatta",
};

/** Writes the page and the print of S11547 with an unreadable amount. */
async function writeUnreadableAmount(chromium: string, text: string, options: PageOptions): Promise<void> {
  const html = new URL(`${UNREADABLE_AMOUNT.base}.html`, OUT);
  await Deno.writeTextFile(html, page(blocksOf(text.replace(UNREADABLE_AMOUNT.from, UNREADABLE_AMOUNT.to)), options));
  await printToPdf(chromium, html, new URL(`${UNREADABLE_AMOUNT.base}.pdf`, OUT));
}

/**
 * Pages damaged in their markup, and their prints: figures in cells side by side (a total and a women's column:
 * `120 | 100`; a right-aligned figure touching the next cell: `21` and `4`; one figure of one cell in spans, which is
 * none of these), a figure cut by a page break (`645` at a
 * page's foot, `300` alone at the next one's top; `004` alone at page 4's top). Each replaces `from` by `to` in the
 * page of `source` (every time, or the first time with `once`).
 */
export const DAMAGED_PRINTS = [
  {
    base: "000_0083efce40fb50fc_cells-apart",
    source: "000_0083efce40fb50fc",
    from: "<td>0, joista naisten työpaikkoja 0</td>",
    to: "<td>120</td><td>100</td>",
  },
  {
    base: "000_0083efce40fb50fc_figure-at-page-break",
    source: "000_0083efce40fb50fc",
    from: "<dd>645&nbsp;300</dd>",
    to: '<dd>645<div style="break-before:page">300</div></dd>',
  },
  {
    base: "000_0083efce40fb50fc_figure-at-page-break-004",
    source: "000_0083efce40fb50fc",
    from: "<dd>645&nbsp;300</dd>",
    to: '<dd>645<div style="break-before:page">004</div></dd>',
    once: true,
  },
  {
    base: "000_0083efce40fb50fc_figures-in-paragraphs",
    source: "000_0083efce40fb50fc",
    from: "<td>0, joista naisten työpaikkoja 0</td>",
    to: "<td><p>120</p><p>100</p></td>",
    once: true,
  },
  {
    base: "000_0083efce40fb50fc_figure-in-spans",
    source: "000_0083efce40fb50fc",
    from: "<td>0, joista naisten työpaikkoja 0</td>",
    to: '<td>1<span class="sep">&nbsp;</span>200, joista naisten työpaikkoja 7<b>00</b></td>',
    once: true,
  },
  {
    base: "003_26d83fee4ba57d94_cells-touching",
    source: "003_26d83fee4ba57d94",
    from: "<td>21</td>",
    to: '<td align="right">21</td><td>4</td>',
    once: true,
  },
];

/** Writes the damaged pages of {@linkcode DAMAGED_PRINTS} and their prints (`only`: those whose base has it). */
async function writeDamagedPrints(chromium: string, only?: string): Promise<void> {
  for (const { base, source, from, to, once } of DAMAGED_PRINTS) {
    if (only !== undefined && !base.includes(only)) continue;
    const page = await Deno.readTextFile(new URL(`${source}.html`, OUT));
    if (!page.includes(from)) throw new Error(`make_form_fixtures: "${from}" is not in ${source}'s page`);
    const html = new URL(`${base}.html`, OUT);
    await Deno.writeTextFile(html, once ? page.replace(from, to) : page.replaceAll(from, to));
    await printToPdf(chromium, html, new URL(`${base}.pdf`, OUT));
  }
}

if (import.meta.main) {
  // `--unreadable-amount [chromium]` or `--damaged [chromium]` writes only those (the others stay as they are).
  // `--damaged [chromium] [base]` writes the damaged prints (those whose base has `base`).
  if (Deno.args[0] === "--damaged") {
    await writeDamagedPrints(Deno.args[1] ?? "/usr/bin/chromium", Deno.args[2]);
    Deno.exit(0);
  }
  const only = Deno.args[0] === "--unreadable-amount";
  const chromium = Deno.args[only ? 1 : 0] ?? "/usr/bin/chromium";
  await Deno.mkdir(OUT, { recursive: true });
  const names = [...Deno.readDirSync(DATA)].map((entry) => entry.name).filter((name) => name.endsWith(".txt")).sort();
  if (only) {
    const text = await Deno.readTextFile(new URL(names[0]!, DATA));
    await writeUnreadableAmount(chromium, text, { layout: "eura2007", entities: false, charsetDeclaration: UTF8_META });
    Deno.exit(0);
  }
  const timings: string[] = [];
  for (const [index, name] of names.entries()) {
    const text = await Deno.readTextFile(new URL(name, DATA));
    const blocks = blocksOf(text);
    const base = name.replace(/\.txt$/, "");
    const options: PageOptions = {
      layout: /hankkeen kuvaus/i.test(text) ? "eura2014" : "eura2007",
      entities: index === 2,
      charsetDeclaration: UTF8_META,
    };
    const html = new URL(`${base}.html`, OUT);
    await Deno.writeTextFile(html, page(blocks, options));
    const started = performance.now();
    await printToPdf(chromium, html, new URL(`${base}.pdf`, OUT));
    timings.push(`${base}: printed in ${Math.round(performance.now() - started)} ms`);

    if (index === 0) await writeUnreadableAmount(chromium, text, options);
    if (index === 1) {
      // Saved by an old browser in the page's own Windows-1252, declared with http-equiv.
      const bytes = encodeWindows1252(page(blocks, { ...options, charsetDeclaration: HTTP_EQUIV_1252 }));
      await Deno.writeFile(new URL(`${base}_windows-1252.html`, OUT), bytes);
    }
    if (index === 2) {
      // Declares UTF-8, but the bytes are Windows-1252.
      const bytes = encodeWindows1252(page(blocks, { ...options, entities: false }));
      await Deno.writeFile(new URL(`${base}_declared-utf-8.html`, OUT), bytes);
    }
    if (index === 4) {
      // Declares ISO-8859-1, but the bytes are UTF-8.
      const declared = `  <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`;
      await Deno.writeTextFile(
        new URL(`${base}_declared-latin-1.html`, OUT),
        page(blocks, { ...options, charsetDeclaration: declared }),
      );
    }
  }
  const scanned = new URL("scanned.html", OUT);
  await Deno.writeTextFile(scanned, SCANNED_PAGE);
  await printToPdf(chromium, scanned, new URL("scanned.pdf", OUT), false);
  await Deno.remove(scanned);
  const whole = await Deno.readFile(new URL(`${names[0]!.replace(/\.txt$/, "")}.pdf`, OUT));
  await Deno.writeFile(new URL("truncated.pdf", OUT), whole.subarray(0, Math.floor(whole.length * 0.6)));
  console.log(timings.join("\n"));
}
