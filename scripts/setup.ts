/**
 * `deno task setup` (`--notebooks`: Jupyter Notebook and the Deno kernel too) and the first step of `deno task test`
 * (`--tests`: what the tests open the outputs with) and `deno task bench`: installs what the README's commands need
 * beyond Deno from Debian's packages, and says what and why. See `lib/cli/setup.ts`;
 * `deno task report` runs it itself, in the report's language.
 *
 * @module
 */
import { setUp } from "../lib/cli/setup.ts";

if (import.meta.main) {
  const ok = await setUp({
    notebooks: Deno.args.includes("--notebooks"),
    tests: Deno.args.includes("--tests"),
  });
  Deno.exit(ok ? 0 : 1);
}
