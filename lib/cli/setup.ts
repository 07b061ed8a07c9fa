/**
 * Installing what the README's commands need beyond Deno, from Debian's packages (PyPI is not used), and saying
 * what and why, in the run's language:
 *
 * - always: Jupyter's client, to run the notebooks headless for the report;
 * - `notebooks`: Jupyter Notebook, to open the notebooks in a browser, and the Deno kernel registered for it
 *   (`deno jupyter --install`);
 * - `tests`: Chromium (the report opened in a real browser), LibreOffice (the CSV, Excel and Word outputs opened in a
 *   real office suite), poppler-utils (its PDF pages as images), the Carlito font and Inkscape (the SVGs drawn as the
 *   PNGs are).
 *
 * Quiet when everything is there. As root it installs; with passwordless sudo it uses sudo; otherwise it says the
 * one command to run. `scripts/setup.ts` runs it for `deno task setup` and `deno task test`; `deno task report` runs
 * it before a report with notebooks.
 *
 * @module
 */
import type { Language } from "../i18n/mod.ts";
import { JUPYTER_CLIENT_PACKAGES, SETUP_TEXT } from "../i18n/cli_setup.ts";

type Why = "jupyterClient" | "notebook" | "chromium" | "office" | "poppler" | "carlito" | "inkscape";

interface Need {
  /** Why the README's commands need it (its words in `SETUP_TEXT`). */
  why: Why;
  packages: string[];
  /** Whether it is on this machine already. */
  present: () => Promise<boolean>;
}

/** What to set up, and in which language to say it. */
export interface SetUpOptions {
  /** Jupyter Notebook and the Deno kernel too. @default {false} */
  notebooks?: boolean;
  /** What the tests open the outputs with too. @default {false} */
  tests?: boolean;
  /** @default {"en"} */
  lang?: Language;
  /** Where each line goes. @default {console.error} */
  say?: (line: string) => void;
}

const python = () => Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3";

async function succeeds(command: string, args: string[]): Promise<boolean> {
  try {
    return (await new Deno.Command(command, { args, stdout: "null", stderr: "null" }).output()).success;
  } catch {
    return false;
  }
}

const onPath = (program: string) => succeeds("sh", ["-c", `command -v ${program}`]);

const JUPYTER_CLIENT: Need = {
  why: "jupyterClient",
  packages: JUPYTER_CLIENT_PACKAGES,
  present: () => succeeds(python(), ["-c", "import nbclient, nbformat, jupyter_client"]),
};
const NOTEBOOK: Need = { why: "notebook", packages: ["jupyter-notebook"], present: () => onPath("jupyter-notebook") };
const TEST_TOOLS: Need[] = [
  { why: "chromium", packages: ["chromium"], present: () => onPath("chromium") },
  {
    why: "office",
    packages: ["libreoffice-calc-nogui", "libreoffice-writer-nogui"],
    present: () => onPath("soffice"),
  },
  { why: "poppler", packages: ["poppler-utils"], present: () => onPath("pdftoppm") },
  {
    why: "carlito",
    packages: ["fonts-crosextra-carlito"],
    present: () => succeeds("sh", ["-c", "fc-list | grep -qi carlito"]),
  },
  { why: "inkscape", packages: ["inkscape"], present: () => onPath("inkscape") },
];

async function installer(): Promise<string[] | null> {
  if (!await onPath("apt-get")) return null;
  if (Deno.uid() === 0) return [];
  return await succeeds("sudo", ["-n", "true"]) ? ["sudo", "-n"] : null;
}

async function run(command: string[]): Promise<void> {
  const [program, ...args] = command;
  const status = await new Deno.Command(program!, {
    args,
    env: { DEBIAN_FRONTEND: "noninteractive" },
    stdout: "null",
    stderr: "inherit",
  }).spawn().status;
  if (!status.success) throw new Error(`${command.join(" ")} failed`);
}

/**
 * Installs what is missing of what the options ask for; true when all of it is there after.
 *
 * @example Usage
 * ```ts ignore
 * import { setUp } from "./setup.ts";
 * if (!await setUp({ lang: "fi" })) Deno.exit(1);
 * ```
 */
export async function setUp(options: SetUpOptions = {}): Promise<boolean> {
  const text = SETUP_TEXT[options.lang ?? "en"];
  const say = (line: string) => (options.say ?? console.error)(`${text.prefix}: ${line}`);
  const needs = [JUPYTER_CLIENT, ...options.notebooks ? [NOTEBOOK] : [], ...options.tests ? TEST_TOOLS : []];
  const missing: Need[] = [];
  for (const need of needs) if (!await need.present()) missing.push(need);
  if (missing.length > 0) {
    const packages = missing.flatMap((need) => need.packages).join(" ");
    for (const need of missing) say(text.missing(need.packages.join(", "), text[need.why]));
    const sudo = await installer();
    if (sudo === null) {
      say(text.runAsRoot(packages));
      return false;
    }
    say(text.installing(packages));
    await run([...sudo, "apt-get", "update", "-qq"]);
    await run([...sudo, "apt-get", "install", "-y", "-qq", ...packages.split(" ")]);
    const still = [];
    for (const need of missing) if (!await need.present()) still.push(...need.packages);
    if (still.length > 0) {
      say(text.stillMissing(still.join(" ")));
      return false;
    }
  }
  if (options.notebooks) {
    // The kernel this Deno provides, under the name the notebooks ask for ("deno").
    await run([Deno.execPath(), "jupyter", "-q", "--install", "--force"]);
    say(text.kernel(Deno.execPath()));
  }
  return true;
}
