import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { fileURLToPath } from "node:url";

const CONFIG = fileURLToPath(new URL("../../deno.json", import.meta.url));
const DISPLAY = new URL("./display.ts", import.meta.url).href;

Deno.test("outside Jupyter (deno run), show* print their plain text instead of failing on Deno.jupyter", async () => {
  const dir = await tempDir("publish-");
  const script = `${dir}/outside.ts`;
  await Deno.writeTextFile(
    script,
    `import pl from "nodejs-polars";
import { showChart, showMarkdown, showSkipped, showTable } from ${JSON.stringify(DISPLAY)};
import { fileURLToPath } from "node:url";
await showMarkdown("Hankkeita 5");
await showTable(pl.DataFrame({ project_code: ["S11547"], participants_actual: [119] }), { lang: "fi" });
await showSkipped("ei rekisteriä", "fi");
await showChart({
  title: "Osallistujat", description: "Toteutuneet osallistujat hankkeittain.",
  data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } },
});
`,
  );
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-q", "-P", "--config", CONFIG, script],
  }).output();
  assertEquals(code, 0, new TextDecoder().decode(stderr));
  const lines = new TextDecoder().decode(stdout).trim().split("\n");
  assertEquals(lines[0], "Hankkeita 5");
  assertEquals(lines.some((line) => line.includes("S11547") && line.includes("119")), true, lines.join("\n"));
  assertEquals(lines.includes("Ohitettu: ei rekisteriä"), true, lines.join("\n"));
  assertEquals(lines.at(-1), "Osallistujat: Toteutuneet osallistujat hankkeittain.");
});
