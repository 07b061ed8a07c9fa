import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { isAbsolute, relative, resolve } from "node:path";
import fc from "fast-check";
import { relativeTo } from "./rename.ts";

/** What relativeTo gave before its quick path: path.relative of both resolved. */
function byResolving(root: string, path: string): string {
  const name = relative(resolve(root), resolve(path));
  if (name === "") return ".";
  return name === ".." || name.startsWith("../") || isAbsolute(name) ? path : name;
}

Deno.test("relativeTo names a listed path by what follows the root, and anything else as path.relative does", () => {
  const cases: [string, string, string][] = [
    ["data/documents", "data/documents/a.txt", "a.txt"],
    ["data/documents/", "data/documents/a.txt", "a.txt"],
    ["data/documents//", "data/documents//a.txt", "a.txt"],
    ["/tmp/corpus", "/tmp/corpus/2014/b.html", "2014/b.html"],
    ["/", "/tmp/x.txt", "tmp/x.txt"],
    [".", "./a.txt", "a.txt"],
    ["./data", "./data/a.txt", "a.txt"],
    ["data", "data/../a.txt", "data/../a.txt"],
    ["data", "data/./a.txt", "a.txt"],
    ["data", "data", "."],
    ["data", "database/a.txt", "database/a.txt"],
    ["data/x/..", "data/x/../a.txt", "a.txt"],
  ];
  for (const [root, path, name] of cases) {
    assertEquals(relativeTo(root)(path), name, `${root} ${path}`);
    assertEquals(byResolving(root, path), name, `${root} ${path}`);
  }
});

Deno.test("relativeTo gives what path.relative gives, for paths of dots, slashes and names", () => {
  const part = fc.constantFrom("", ".", "..", "a", "b", "a.txt", ".h", "...");
  const path = fc.tuple(fc.boolean(), fc.array(part, { maxLength: 5 })).map(([absolute, parts]) =>
    (absolute ? "/" : "") + parts.join("/")
  );
  fc.assert(
    fc.property(path, fc.array(part, { maxLength: 4 }), fc.boolean(), (root, rest, slash) => {
      if (root === "") return;
      const listed = `${root}${slash ? "/" : ""}/${rest.join("/")}`;
      for (const candidate of [listed, `${root}/${rest.join("/")}`, rest.join("/") || "."]) {
        assertEquals(relativeTo(root)(candidate), byResolving(root, candidate), `${root} | ${candidate}`);
      }
    }),
    { numRuns: 5000 },
  );
});
