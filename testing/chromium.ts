/**
 * Opening a page in a real browser (Debian's headless Chromium) for tests,
 * through the DevTools protocol on the loopback interface: console errors
 * and uncaught exceptions are collected, and an expression is evaluated in
 * the loaded page.
 *
 * @module
 */
import { tempDir } from "./temp.ts";
import { removeWhileWritten } from "../lib/output/leftovers.ts";

/** What the browser saw. */
export interface PageInspection<T> {
  consoleErrors: string[];
  result: T;
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--remote-debugging-address=127.0.0.1",
  "--remote-debugging-port=0",
];

/** Loads the URL in headless Chromium and evaluates the expression there. */
export async function inspectPage<T>(url: string, expression: string, chromium = "/usr/bin/chromium"): Promise<
  PageInspection<T>
> {
  const profile = await tempDir("esf-chromium-");
  const browser = new Deno.Command(chromium, {
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, "about:blank"],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  try {
    const endpoint = await devtoolsEndpoint(browser.stderr);
    const targets = await (await fetch(`http://${endpoint}/json/list`)).json() as {
      type: string;
      webSocketDebuggerUrl: string;
    }[];
    const page = targets.find((target) => target.type === "page");
    if (!page) throw new Error("Chromium opened no page");
    return await drive<T>(page.webSocketDebuggerUrl, url, expression);
  } finally {
    browser.kill("SIGKILL");
    await browser.status;
    // Chromium's folder for its profile's socket, in the machine's temporary folder: this run's, named by the
    // profile's link to it (Chromium leaves it behind however it ends).
    await removeSocketFolder(profile);
    // Chromium's helper processes can still write into the profile after the browser is killed.
    removeWhileWritten(profile);
  }
}

/** Removes the folder the profile's `SingletonSocket` link points into, if Chromium made it (`org.chromium.…`). */
async function removeSocketFolder(profile: string): Promise<void> {
  const socket = await Deno.readLink(`${profile}/SingletonSocket`).catch(() => null);
  const folder = socket?.replace(/\/[^/]+$/, "") ?? "";
  if (/\/org\.chromium\.Chromium\.[^/]+$/.test(folder)) await Deno.remove(folder, { recursive: true }).catch(() => {});
}

async function devtoolsEndpoint(stderr: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let seen = "";
  const reader = stderr.getReader();
  const deadline = Date.now() + 120_000; // generous: a loaded machine (tests side by side) starts it slowly
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value);
    const match = seen.match(/DevTools listening on ws:\/\/([^/]+)\//);
    if (match) {
      // Keep draining stderr so Chromium never blocks on a full pipe.
      (async () => {
        while (!(await reader.read()).done) { /* drain */ }
      })().catch(() => {});
      return match[1]!;
    }
  }
  throw new Error(`Chromium did not start its DevTools endpoint: ${seen.slice(-500)}`);
}

function drive<T>(socketUrl: string, url: string, expression: string): Promise<PageInspection<T>> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl);
    const consoleErrors: string[] = [];
    let nextId = 1;
    const pending = new Map<number, (result: Record<string, unknown>) => void>();
    const send = (method: string, params: Record<string, unknown> = {}) =>
      new Promise<Record<string, unknown>>((done) => {
        const id = nextId++;
        pending.set(id, done);
        socket.send(JSON.stringify({ id, method, params }));
      });
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`The page did not load within 120 s: ${url}`));
    }, 120_000);
    let loaded: () => void;
    const load = new Promise<void>((done) => loaded = done);
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.id && pending.has(message.id)) {
        pending.get(message.id)!(message.result ?? message);
        pending.delete(message.id);
      } else if (message.method === "Page.loadEventFired") loaded();
      else if (message.method === "Runtime.consoleAPICalled" && message.params.type === "error") {
        consoleErrors.push(message.params.args.map((a: { value?: unknown }) => String(a.value)).join(" "));
      } else if (message.method === "Runtime.exceptionThrown") {
        consoleErrors.push(message.params.exceptionDetails.text);
      } else if (message.method === "Log.entryAdded" && message.params.entry.level === "error") {
        consoleErrors.push(message.params.entry.text);
      }
    };
    socket.onerror = () => reject(new Error("The DevTools connection failed"));
    socket.onopen = async () => {
      try {
        await send("Page.enable");
        await send("Runtime.enable");
        await send("Log.enable");
        await send("Page.navigate", { url });
        await load;
        const evaluated = await send("Runtime.evaluate", { expression, returnByValue: true });
        clearTimeout(timer);
        socket.close();
        resolve({ consoleErrors, result: (evaluated.result as { value: T }).value });
      } catch (error) {
        clearTimeout(timer);
        reject(error);
      }
    };
  });
}
