import { assertEquals } from "../../testing/assert.ts";
import { setUp } from "./setup.ts";
import { SETUP_TEXT } from "../i18n/cli_setup.ts";

Deno.test("set-up is quiet when what the report needs is there (the tests' own set-up installed it)", async () => {
  const said: string[] = [];
  assertEquals(await setUp({ lang: "fi", say: (line) => said.push(line) }), true);
  assertEquals(said, []);
});

Deno.test("set-up says what is missing and why in the run's language", () => {
  const packages = "jupyter-nbconvert, python3-nbclient, jupyter-client";
  assertEquals(
    `${SETUP_TEXT.fi.prefix}: ${SETUP_TEXT.fi.missing(packages, SETUP_TEXT.fi.jupyterClient)}`,
    "asennus: jupyter-nbconvert, python3-nbclient, jupyter-client: tarvitaan muistikirjojen ajamiseen raporttia varten",
  );
  assertEquals(
    `${SETUP_TEXT.en.prefix}: ${SETUP_TEXT.en.missing(packages, SETUP_TEXT.en.jupyterClient)}`,
    "setup: jupyter-nbconvert, python3-nbclient, jupyter-client: to run the notebooks headless for the report",
  );
});
