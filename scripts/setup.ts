/**
 * `deno task setup`: installs what the README's commands need beyond Deno,
 * from Debian's packages (PyPI is not used), and says what and why.
 *
 * - always: Jupyter's client, to run the notebooks headless for the report;
 * - `--notebooks`: Jupyter Notebook, to open the notebooks in a browser, and
 *   the Deno kernel registered for it (`deno jupyter --install`);
 * - `--tests`: Chromium (the report opened in a real browser), LibreOffice
 *   (the CSV, Excel and Word outputs opened in a real office suite),
 *   poppler-utils (its PDF pages as images), the Carlito font and Inkscape (the SVGs drawn
 *   as the PNGs are).
 *
 * Quiet when everything is there. As root it installs; with passwordless sudo
 * it uses sudo; otherwise it prints the one command to run, and exits 1.
 *
 * @module
 */

interface Need {
  /** Why the README's commands need it, in a few words. */
  why: string;
  packages: string[];
  /** Whether it is on this machine already. */
  present: () => Promise<boolean>;
}

const PYTHON = Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3";

async function succeeds(command: string, args: string[]): Promise<boolean> {
  try {
    return (await new Deno.Command(command, { args, stdout: "null", stderr: "null" }).output()).success;
  } catch {
    return false;
  }
}

const onPath = (program: string) => succeeds("sh", ["-c", `command -v ${program}`]);

const JUPYTER_CLIENT: Need = {
  why: "to run the notebooks headless for the report",
  packages: ["jupyter-nbconvert", "python3-nbclient", "jupyter-client"],
  present: () => succeeds(PYTHON, ["-c", "import nbclient, nbformat, jupyter_client"]),
};
const NOTEBOOK: Need = {
  why: "to open the notebooks in a browser (jupyter notebook notebooks/)",
  packages: ["jupyter-notebook"],
  present: () => onPath("jupyter-notebook"),
};
const TEST_TOOLS: Need[] = [
  { why: "to open the HTML report in a real browser", packages: ["chromium"], present: () => onPath("chromium") },
  {
    why: "to open the CSV, Excel and Word outputs in a real office suite",
    packages: ["libreoffice-calc-nogui", "libreoffice-writer-nogui"],
    present: () => onPath("soffice"),
  },
  { why: "to look at the pages LibreOffice prints", packages: ["poppler-utils"], present: () => onPath("pdftoppm") },
  {
    why: "for the Word file's font (Carlito stands in for Calibri)",
    packages: ["fonts-crosextra-carlito"],
    present: () => succeeds("sh", ["-c", "fc-list | grep -qi carlito"]),
  },
  {
    why: "to check that the SVG charts draw in Inkscape as in the PNGs",
    packages: ["inkscape"],
    present: () => onPath("inkscape"),
  },
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

async function main(args: string[]): Promise<number> {
  const needs = [
    JUPYTER_CLIENT,
    ...(args.includes("--notebooks") ? [NOTEBOOK] : []),
    ...(args.includes("--tests") ? TEST_TOOLS : []),
  ];
  const missing: Need[] = [];
  for (const need of needs) if (!await need.present()) missing.push(need);
  if (missing.length > 0) {
    const packages = missing.flatMap((need) => need.packages);
    for (const need of missing) console.error(`setup: ${need.packages.join(", ")}: ${need.why}`);
    const sudo = await installer();
    if (sudo === null) {
      console.error(`setup: run this once, as root, then try again: apt-get install -y ${packages.join(" ")}`);
      return 1;
    }
    console.error(`setup: installing from Debian: ${packages.join(" ")}`);
    await run([...sudo, "apt-get", "update", "-qq"]);
    await run([...sudo, "apt-get", "install", "-y", "-qq", ...packages]);
    const still = [];
    for (const need of missing) if (!await need.present()) still.push(...need.packages);
    if (still.length > 0) {
      console.error(`setup: still missing after the install: ${still.join(" ")}`);
      return 1;
    }
  }
  if (args.includes("--notebooks")) {
    // The kernel this Deno provides, under the name the notebooks ask for ("deno").
    await run([Deno.execPath(), "jupyter", "-q", "--install", "--force"]);
    console.error(`setup: the Deno kernel is registered for Jupyter (${Deno.execPath()})`);
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
