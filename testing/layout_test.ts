/**
 * Keeps the layout true: data flows one way through the stages, lib/ never
 * leans on dev/ or testing/, modules stay small, and lib/ holds few loose
 * modules beside its stage folders.
 */
import { assert, assertEquals } from "./assert.ts";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The stages in the order data flows; a module may import its own stage or a lower one. */
const STAGES: Record<string, number> = {
  "lib/schema.ts": 0,
  "lib/diagnostics.ts": 0,
  "lib/i18n": 0,
  "lib/parse": 1,
  "lib/corpus": 2,
  "lib/frame": 3,
  "lib/analysis": 4,
  "lib/register": 4,
  "lib/charts": 5,
  "lib/output": 5,
  "lib/notebook": 6,
  "lib/report": 6,
  "lib/cli": 7,
  "lib/mod.ts": 8,
};
const LOOSE_MODULES = ["diagnostics.ts", "mod.ts", "schema.ts"];
const MAX_LINES = 400;

function walk(dir: string): string[] {
  return [...Deno.readDirSync(ROOT + dir)].flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory ? walk(path) : entry.name.endsWith(".ts") ? [path] : [];
  }).sort();
}

function stageOf(path: string): number | undefined {
  const key = Object.keys(STAGES).find((stage) => path === stage || path.startsWith(stage + "/"));
  return key === undefined ? undefined : STAGES[key];
}

/** The repository paths a module imports (static, dynamic, and worker URLs). */
function importsOf(path: string): string[] {
  const text = Deno.readTextFileSync(ROOT + path);
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+"(\.[^"]+)"/g),
    ...text.matchAll(/import\(\s*"(\.[^"]+)"\s*\)/g),
    ...text.matchAll(/new URL\(\s*"(\.[^"]+\.ts)",\s*import\.meta\.url\)/g),
  ].map((match) => match[1]!);
  const dir = path.split("/").slice(0, -1);
  return specifiers.map((specifier) => {
    const parts = [...dir];
    for (const part of specifier.split("/")) {
      if (part === "..") parts.pop();
      else if (part !== ".") parts.push(part);
    }
    return parts.join("/");
  });
}

const LIB = walk("lib");
const isTest = (path: string) => path.endsWith("_test.ts");

Deno.test("every module of lib/ belongs to a stage", () => {
  for (const path of LIB) assert(stageOf(path) !== undefined, `${path} is in no stage`);
});

Deno.test("data flows one way: no module imports a later stage, and lib/ never imports dev/ or testing/", () => {
  const wrong: string[] = [];
  for (const path of LIB.filter((p) => !isTest(p))) {
    for (const target of importsOf(path)) {
      if (target.startsWith("dev/") || target.startsWith("testing/")) wrong.push(`${path} → ${target}`);
      else if (target.startsWith("lib/") && stageOf(target)! > stageOf(path)!) wrong.push(`${path} → ${target}`);
    }
  }
  assertEquals(wrong, []);
});

Deno.test(`no module in lib/ has more than ${MAX_LINES} lines`, () => {
  const long = LIB.map((path) => [path, Deno.readTextFileSync(ROOT + path).split("\n").length] as const)
    .filter(([, lines]) => lines > MAX_LINES).map(([path, lines]) => `${path}: ${lines}`);
  assertEquals(long, []);
});

Deno.test("lib/ holds only a few loose modules beside its stage folders", () => {
  const loose = [...Deno.readDirSync(ROOT + "lib")].filter((e) => e.isFile).map((e) => e.name).sort();
  assertEquals(loose, LOOSE_MODULES);
});

Deno.test("the layout check sees a wrong import", () => {
  // parse (stage 1) importing the report (stage 6) would be flagged: the rule above is not vacuous.
  assert(stageOf("lib/report/build_report.ts")! > stageOf("lib/parse/parse_document.ts")!);
  assert(importsOf("lib/parse/parse_document.ts").includes("lib/parse/sections.ts"));
});
