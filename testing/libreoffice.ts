/**
 * Opening a file in LibreOffice headless, as a user's spreadsheet would, to
 * check what it makes of what the tool wrote.
 *
 * @module
 */

/** LibreOffice's command, or undefined where it is not installed. */
export const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"].find(
  (path) => {
    try {
      return Deno.statSync(path).isFile;
    } catch {
      return false;
    }
  },
);

/**
 * Opens `file` with LibreOffice (an import filter such as `CSV:44,34,76,1`
 * when given) and converts it to `format` in `outdir`, with a fresh profile
 * there; killed after 120 s. Returns the converted file's path.
 */
export async function openInLibreOffice(
  file: string,
  format: string,
  outdir: string,
  options: { infilter?: string; locale?: string } = {},
): Promise<string> {
  const locale = options.locale ?? "C.UTF-8";
  const command = new Deno.Command(SOFFICE!, {
    args: [
      `-env:UserInstallation=file://${outdir}/profile`,
      "--headless",
      "--norestore",
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      "--convert-to",
      format,
      "--outdir",
      outdir,
      file,
    ],
    env: { LC_ALL: locale, LANG: locale, HOME: outdir },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const timer = setTimeout(() => command.kill("SIGKILL"), 120_000);
  const output = await command.output();
  clearTimeout(timer);
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  const name = file.slice(file.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  return `${outdir}/${name}.${format.split(":")[0]}`;
}
