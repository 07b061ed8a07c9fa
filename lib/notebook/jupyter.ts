/**
 * Running the notebooks headless with Jupyter's own client and the Deno
 * kernel, as the report and the notebook tests do.
 *
 * @module
 */

/** The result of one notebook run. */
export interface NotebookRun {
  notebook: string;
  ok: boolean;
  /** True when a Jupyter protocol error (a message failing its signature) made the runner run it a second time. */
  retried: boolean;
  problems: string[];
  outputs: { chart: number; table: number; markdown: number };
  seconds: number;
}

/** Options of {@linkcode runNotebooks}. */
export interface RunNotebooksOptions {
  /** The notebooks to run, in order. */
  notebooks: string[];
  /** The corpus folder, passed to the notebooks as `ESF_CORPUS`. */
  corpus: string;
  /** Where the executed notebooks are written. */
  out: string;
  /**
   * The Python with Debian's Jupyter packages.
   * @default {Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3"}
   */
  python?: string;
  /**
   * Seconds a cell may run.
   * @default {600}
   */
  timeout?: number;
  /**
   * More environment for the kernel, e.g. `{ ESF_LANG: "en" }`.
   * @default {{}}
   */
  env?: Record<string, string>;
}

const INSTALL_HINT = "Install Jupyter's client from Debian: sudo apt-get install -y jupyter-nbconvert " +
  "python3-nbclient jupyter-client (or run deno task setup).";

const KERNEL_NAME = "esf-deno";
const RUNNER = new URL("./run_notebooks.py", import.meta.url).pathname;
const NOTEBOOKS_DIR = new URL("../../notebooks/", import.meta.url).pathname;

/** The shipped notebooks, in their numbered order. */
export function shippedNotebooks(): string[] {
  return [...Deno.readDirSync(NOTEBOOKS_DIR)]
    .filter((entry) => entry.isFile && /^\d\d-.*\.ipynb$/.test(entry.name))
    .map((entry) => NOTEBOOKS_DIR + entry.name)
    .sort();
}

/** Throws an Error saying how to install what is missing, if Python lacks Jupyter's client. */
export async function checkJupyter(python = defaultPython()): Promise<void> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(python, {
      args: ["-c", "import nbclient, nbformat, jupyter_client"],
      stdout: "null",
      stderr: "piped",
    }).output();
  } catch {
    throw new Error(`No Python at ${python}. ${INSTALL_HINT}`);
  }
  if (!output.success) {
    throw new Error(`${python} cannot import nbclient, nbformat and jupyter_client. ${INSTALL_HINT}`);
  }
}

function defaultPython(): string {
  return Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3";
}

/**
 * Writes a kernelspec for this Deno (the running executable, so the kernel
 * matches the tool) into `dir/kernels/esf-deno/`, for `JUPYTER_PATH`.
 */
export async function writeKernelspec(dir: string): Promise<void> {
  const kernelDir = `${dir}/kernels/${KERNEL_NAME}`;
  await Deno.mkdir(kernelDir, { recursive: true });
  await Deno.writeTextFile(
    `${kernelDir}/kernel.json`,
    JSON.stringify({
      // -q: no "deno jupyter is unstable" notice on every kernel start; the user's terminal is kept to progress and problems.
      argv: [Deno.execPath(), "jupyter", "-q", "--kernel", "--conn", "{connection_file}"],
      display_name: "Deno (ESF toolkit)",
      language: "typescript",
    }),
  );
}

/**
 * Runs the notebooks one after another on the corpus, writing the executed
 * copies to `out`. Progress ("notebook k of N") goes to stderr. Resolves with
 * one result per notebook; a notebook that raised or lost an output has
 * `ok: false` and says why in `problems`.
 */
export async function runNotebooks(options: RunNotebooksOptions): Promise<NotebookRun[]> {
  const python = options.python ?? defaultPython();
  await checkJupyter(python);
  const jupyterPath = await Deno.makeTempDir({ prefix: "esf-jupyter-" });
  try {
    await writeKernelspec(jupyterPath);
    const output = await new Deno.Command(python, {
      args: [
        RUNNER,
        "--kernel",
        KERNEL_NAME,
        "--out",
        options.out,
        "--timeout",
        String(options.timeout ?? 600),
        ...options.notebooks,
      ],
      env: { ...options.env, JUPYTER_PATH: jupyterPath, ESF_CORPUS: options.corpus, NO_COLOR: "1" },
      stdout: "piped",
      stderr: "inherit",
    }).output();
    const lines = new TextDecoder().decode(output.stdout).split("\n").filter((line) => line.startsWith("{"));
    const runs = lines.map((line) => JSON.parse(line) as NotebookRun);
    if (runs.length !== options.notebooks.length) {
      throw new Error(`The notebook runner stopped after ${runs.length} of ${options.notebooks.length} notebooks.`);
    }
    return runs;
  } finally {
    await Deno.remove(jupyterPath, { recursive: true });
  }
}
