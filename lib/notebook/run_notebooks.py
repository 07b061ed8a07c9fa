"""Run Deno notebooks headless through Jupyter's own client (nbclient).

Usage: python3 run_notebooks.py --kernel NAME --out DIR [--jobs N] [--process-group] [--wait-for-go] NOTEBOOK...

The kernel's environment is this process's (set ESF_CORPUS before calling).
Runs up to --jobs notebooks at a time, each on a kernel of its own. Prints
one JSON object per notebook on stdout as it ends (not necessarily in the
order given); progress goes to stderr. Exits 1 if any notebook raised an
error or lost an output.

A notebook holds one of the --jobs places only while its cells run: its
kernel is started before (up to --jobs kernels ahead of the places, so the
next notebooks' kernels are ready when a place frees), and the wait for its
last outputs and its kernel's shutdown come after. Starting a kernel is
mostly waiting (measured: 0.5-0.8 s, 0.15 s of it the kernel's CPU), and so
are the other two: each notebook's place waited ~1 s for nothing. Whether a
kernel is ready is asked every 0.05 s, not once a second (wait_until_ready).

With --wait-for-go the kernels start at once, but no cell runs before a
line "go" comes on stdin (the caller writes what the notebooks read first,
e.g. the report's frames while it parses); stdin closed without it stops
the run. Meanwhile each kernel, once ready, loads the modules its notebook's
cells import and draws a chart if they show one (warm_up, silently: no
output, no execution count), so that its first cell and chart do not (0.5-
0.8 s of CPU a kernel, done while the report parses, which leaves the other
core idle). A run without --wait-for-go has no such wait to fill and warms
nothing up: a fresh kernel's first chart of notebook 01 (1,000 documents)
came 0.55 s later with the warm-up (3.22-3.69 s against 2.69-3.12 s).

No kernel outlives the runner: it stops its kernel (the kernel's whole
process group) and exits when its parent process is gone (a report killed
with SIGKILL; the parent is polled) and on SIGTERM, SIGINT or SIGHUP. With
--process-group it runs in a process group of its own, so that the caller
can stop it, and nothing else, with one signal.

Two safeguards against lost outputs:
- The Deno kernel can publish a cell's output after it reports idle, and
  plain nbclient then drops it. AwaitingClient knows the outputs a cell
  promises (below) and, after idle, keeps reading the cell's messages until
  they have arrived, and no longer: at most OUTPUT_WAIT seconds, after which
  the missing output is reported. An output of a cell that comes later
  still (a cell may show more than its calls say, in a loop) goes to its
  cell while the next cells run, and after the last cell the kernel's
  messages are read until LATE_WAIT seconds pass without one. So the
  notebook helpers need not pause after each output here (the report sets
  ESF_FLUSH_MS=0, see display.ts).
- Every `showChart(`, `showTable(` and `showMarkdown(` call in a cell's
  source must have produced its display bundle; a missing one is reported.
"""
import argparse
import asyncio
import json
import os
import queue
import re
import signal
import sys
import threading
import time

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete, CellExecutionError
from nbclient.util import ensure_async

SKIPPED = "application/x.esf-skipped+json"
# In step with CHART_MIME_TYPES of display.ts: no SVG (nbconvert 6.5 prefers it and drew it blank), no HTML.
CHART_MIMES = {"application/vnd.vegalite.v5+json", "image/png", "text/plain"}
EXPECTATIONS = [
    ("showChart(", "chart", lambda data: CHART_MIMES <= set(data) and not {"text/html", "image/svg+xml"} & set(data)),
    ("showTable(", "table", lambda data: {"text/html", "text/plain"} <= set(data)),
    ("showMarkdown(", "markdown", lambda data: "text/markdown" in data),
]


OUTPUT_WAIT = 10
# Seconds without a message after the last cell before the kernel is taken to have sent all.
LATE_WAIT = 0.3


def promised_outputs(source):
    """The display outputs a cell's source promises, by kind."""
    return {kind: len(re.findall(re.escape(call), source)) for call, kind, _ in EXPECTATIONS}


def found_outputs(cell):
    """The complete display outputs a cell has, by kind; None when it raised or said why it skipped its step."""
    outputs = cell.get("outputs", [])
    if any(o.get("output_type") == "error" for o in outputs):
        return None
    datas = [o.get("data", {}) for o in outputs if o.get("output_type") == "display_data"]
    if any(SKIPPED in data for data in datas):
        return None
    return {kind: sum(1 for data in datas if complete(data)) for _, kind, complete in EXPECTATIONS}


class AwaitingClient(NotebookClient):
    """A NotebookClient that, after idle, waits for the outputs a cell promised, and gives a cell's later outputs
    to it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cells_run = {}  # the execute request's msg_id -> (cell, index), for each cell run so far

    def to_earlier_cell(self, msg):
        """A message of a cell run before (sent after it reported idle) goes to that cell."""
        earlier = self.cells_run.get(msg["parent_header"].get("msg_id"))
        if earlier is None or msg.get("msg_type") not in ("display_data", "stream", "update_display_data"):
            return
        try:
            self.process_message(msg, *earlier)
        except CellExecutionComplete:
            pass

    async def drain_stragglers(self):
        """After the last cell: its outputs sent late, and any earlier cell's, until LATE_WAIT passes without one."""
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=LATE_WAIT))
            except queue.Empty:
                break
            self.to_earlier_cell(msg)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        self.cells_run[parent_msg_id] = (cell, cell_index)
        while True:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    break
            else:
                self.to_earlier_cell(msg)
        promised = promised_outputs(cell.source)
        deadline = time.monotonic() + OUTPUT_WAIT
        while (remaining := deadline - time.monotonic()) > 0:
            found = found_outputs(cell)
            if found is None or all(found[kind] >= n for kind, n in promised.items()):
                return
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except queue.Empty:
                return  # missing_outputs reports what did not come
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass
            else:
                self.to_earlier_cell(msg)


# The kernel managers of kernels started and not yet shut down (running a notebook, ready for one, or stopping).
KERNELS = set()


def child_processes():
    """The processes whose parent is this one (a kernel being started may not be known to its client yet)."""
    children = []
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            children.append(int(entry))
    return children


def stop_kernel():
    """Kills the running notebooks' kernels and their process groups, and any other child process of this one."""
    for pid in child_processes():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    for manager in list(KERNELS):
        provisioner = getattr(manager, "provisioner", None)
        for target, kill in (
            (getattr(provisioner, "pgid", None), os.killpg),
            (getattr(provisioner, "pid", None), os.kill),
        ):
            if target:
                try:
                    kill(target, signal.SIGKILL)
                except OSError:
                    pass


# The lines this runner prints, in the report's language: lib/notebook/jupyter.ts gives them (from
# lib/i18n/cli_report.ts, where every string of the tool is) as templates with {k}, {total}, {name}, {problem}.
WORDS = json.loads(os.environ.get("ESF_RUNNER_WORDS") or "{}")


def say(key, **values):
    print(WORDS.get(key, key).format(**values), file=sys.stderr, flush=True)


def stop(code):
    stop_kernel()
    os._exit(code)


def watch_parent(parent):
    """Stops everything once the parent is gone (its children are then given to another process)."""
    while True:
        time.sleep(0.25)
        if os.getppid() != parent:
            say("runnerParentGone")
            stop(3)


def missing_outputs(nb):
    problems, counts = [], {"chart": 0, "table": 0, "markdown": 0}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        datas = [o.get("data", {}) for o in cell.get("outputs", []) if o.get("output_type") == "display_data"]
        if any(SKIPPED in data for data in datas):
            continue  # the cell said why it skipped its step (e.g. no ESF_REGISTER)
        promised = promised_outputs(cell.source)
        for _, kind, complete in EXPECTATIONS:
            found = sum(1 for data in datas if complete(data))
            counts[kind] += found
            if found < promised[kind]:
                problems.append(f"cell {index}: {promised[kind]} {kind} output(s) expected, {found} found")
    return problems, counts


STARTUP_TIMEOUT = 60
# Seconds between the kernel_info requests of a kernel starting (see wait_until_ready).
READY_POLL = 0.05


async def wait_until_ready(manager, client):
    """Waits until the kernel has answered a kernel_info request and its IOPub reaches this client (a status message
    came), as jupyter_client's wait_for_ready does, without its waits: that one asks once a second, and the Deno
    kernel drops a request sent before it listens (up to 1 s lost), and then waits until IOPub has been silent for
    0.2 s. Measured: the kernel answers 0.25-0.35 s after it is spawned; wait_for_ready returned after 0.7-1.0 s.
    The replies to the requests answered late go to nbclient, which ignores them (they answer no cell)."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        client.kernel_info()
        try:
            reply = await ensure_async(client.shell_channel.get_msg(timeout=READY_POLL))
        except queue.Empty:
            reply = None
        if reply is not None and reply["msg_type"] == "kernel_info_reply":
            try:
                await ensure_async(client.iopub_channel.get_msg(timeout=0.2))
            except queue.Empty:
                pass  # IOPub not connected yet: ask again
            else:
                # What wait_for_ready does with the reply (the protocol version adapted to); a private method of
                # jupyter_client 7 and 8: without it, the reply is only the sign the kernel is ready.
                handle = getattr(client, "_handle_kernel_info_reply", None)
                if handle is not None:
                    handle(reply)
                return
        if not await ensure_async(manager.is_alive()):
            raise RuntimeError("Kernel died before replying to kernel_info")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Kernel didn't respond in {STARTUP_TIMEOUT} seconds")


# A static import of a code cell, at the start of a line (not `import type`): its module specifier, quoted.
STATIC_IMPORT = re.compile(r"""^[ \t]*import(?=[\s{*"'])(?!\s+type\b)(?:[^;"']*?\bfrom)?\s*("[^"\n]+"|'[^'\n]+')""", re.M)


def warm_up_code(path):
    """Code that loads the modules the notebook's cells import (`import("…")` of each) and, when a cell shows a
    chart, calls the first `warmUpCharts` they export (display.ts: it draws a chart of one point, which loads the
    chart renderer and the fonts); None when the cells import nothing. Run before the notebook's cells, while the
    report still parses: the first cell finds the modules loaded, the first chart the renderer."""
    specifiers, charts = [], False
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code":
            charts = charts or "showChart(" in cell.source
            for specifier in STATIC_IMPORT.findall(cell.source):
                if specifier not in specifiers:
                    specifiers.append(specifier)
    if not specifiers:
        return None
    code = f"const modules = await Promise.all([{', '.join(f'import({s})' for s in specifiers)}]);"
    if charts:
        code += '\nawait modules.find((m) => typeof m.warmUpCharts === "function")?.warmUpCharts();'
    return f"await (async () => {{\n{code}\n}})();"


# As many kernels warm up at a time as notebooks run (set in run_all), the first started first: four at once (two
# running, two ahead) held the first notebook's first cell back (the shipped data: 3.5 s later than without a warm-up).
WARMING = [asyncio.Semaphore(1)]


async def warm_up(client, path):
    """Runs warm_up_code, silently (no output, no execution count: the notebook is as if run without it), in a
    function of its own (its names are not the cells'). Measured: a kernel's first cell spent 0.3-0.45 s of CPU loading the
    toolkit and its first chart 0.2-0.35 s more than the next ones, while the report's parse of 1,000 documents
    (2.5 s) left a core idle. A failure is left to the cell that imports (or draws)."""
    code = warm_up_code(path)
    if code is None:
        return
    msg_id = client.execute(code, silent=True, store_history=False, allow_stdin=False)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            reply = await ensure_async(client.shell_channel.get_msg(timeout=remaining))
        except queue.Empty:
            return
        if reply["parent_header"].get("msg_id") == msg_id:
            return


async def start_kernel(args, path):
    """A kernel for the notebook, started in its folder (as nbclient starts one), ready and, with --wait-for-go, its
    modules loaded (see warm_up); its seconds to start."""
    started = time.monotonic()
    manager = AsyncKernelManager(kernel_name=args.kernel)
    KERNELS.add(manager)
    try:
        await ensure_async(manager.start_kernel(cwd=os.path.dirname(os.path.abspath(path))))
        client = manager.client()
        client.start_channels()
        await wait_until_ready(manager, client)
        client.allow_stdin = False
        if args.wait_for_go:
            async with WARMING[0]:
                await warm_up(client, path)
    except BaseException:
        await stop_kernel_of(manager, None)
        raise
    return manager, client, time.monotonic() - started


async def stop_kernel_of(manager, client):
    """Shuts the kernel down (asking it first, as nbclient does) and lets go of its connections and files."""
    try:
        if client is not None:
            client.stop_channels()
        if await ensure_async(manager.is_alive()):
            await ensure_async(manager.shutdown_kernel(now=False))
    except RuntimeError:
        pass  # no kernel running any more
    finally:
        await ensure_async(manager.cleanup_resources())
        KERNELS.discard(manager)


def shut_down_later(kernel, stopping):
    """The kernel the future started, when it did, shut down in the background (its task added to `stopping`)."""
    if kernel.done() and not kernel.cancelled() and kernel.exception() is None:
        stopping.append(asyncio.ensure_future(stop_kernel_of(*kernel.result()[:2])))


async def go_given():
    """Resolves once stdin gives the line "go"; stdin closed without it stops the run (the caller gave up)."""
    loop = asyncio.get_running_loop()
    line = await loop.run_in_executor(None, sys.stdin.readline)
    if line.strip() != "go":
        say("runnerCalledOff")
        stop(1)


async def run_notebook(path, args, k, total, slots, ahead, go):
    """Runs one notebook on a kernel of its own (once more after a protocol error); prints its JSON line."""
    name = os.path.basename(path)
    retried = False
    seconds = 0.0
    async with ahead:
        kernel = asyncio.ensure_future(start_kernel(args, path))
        stopping = []
        try:
            async with slots:
                await go
                say("runnerRunning", k=k, total=total, name=name)
                running = time.monotonic()
                for attempt in (1, 2):
                    nb = nbformat.read(path, as_version=4)
                    problems = []
                    protocol_error = False
                    client = None
                    try:
                        manager, kernel_client, start_seconds = await kernel
                        seconds += start_seconds
                        # Given the kernel (and its client): nbclient runs the cells on it and leaves it running.
                        client = AwaitingClient(
                            nb,
                            km=manager,
                            timeout=args.timeout,
                            iopub_timeout=OUTPUT_WAIT + 5,
                            kernel_name=args.kernel,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
                        )
                        client.kc = kernel_client
                        await client.async_execute()
                    except CellExecutionError as error:
                        first_line = str(error).strip().splitlines()[-1] if str(error).strip() else repr(error)
                        problems.append(f"error: {first_line}")
                        client = None
                    except Exception as error:  # a dead kernel, a timeout, a garbled message: report, go on
                        problems.append(f"error: {type(error).__name__}: {error}")
                        # A message that fails its signature is the kernel's transport, not the notebook: once more.
                        protocol_error = "Signature" in str(error)
                        client = None
                    if not (protocol_error and attempt == 1):
                        break
                    retried = True
                    say("runnerRetry", name=name, problem=problems[-1])
                    shut_down_later(kernel, stopping)
                    kernel = asyncio.ensure_future(start_kernel(args, path))
                seconds += time.monotonic() - running
            # Its place given to the next notebook: what is left of this one is waiting.
            waiting = time.monotonic()
            if client is not None:
                await client.drain_stragglers()
            seconds += time.monotonic() - waiting
        finally:
            if not kernel.done():
                kernel.cancel()
            await asyncio.gather(kernel, return_exceptions=True)
            shut_down_later(kernel, stopping)
        missing, counts = missing_outputs(nb)
        if not any(p.startswith("error") for p in problems):
            problems.extend(missing)
        nbformat.write(nb, os.path.join(args.out, name))
        print(json.dumps({
            "notebook": name,
            "ok": not problems,
            "retried": retried,
            "problems": problems,
            "outputs": counts,
            "seconds": round(seconds, 2),
        }), flush=True)
    await asyncio.gather(*stopping)
    return not problems


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def keep_stop_handlers(loop):
    """nbclient puts handlers of its own on SIGINT and SIGTERM while each notebook runs (they shut that one kernel
    down and let the run go on) and, taking them off, leaves the signal's default (SIGTERM then ends this runner
    with its other kernels still running, orphaned): the handlers set in main (stop) stay."""
    add, remove = loop.add_signal_handler, loop.remove_signal_handler
    loop.add_signal_handler = lambda signum, *rest: None if signum in STOP_SIGNALS else add(signum, *rest)
    loop.remove_signal_handler = lambda signum: False if signum in STOP_SIGNALS else remove(signum)


async def run_all(args):
    keep_stop_handlers(asyncio.get_running_loop())
    slots = asyncio.Semaphore(max(1, args.jobs))
    WARMING[0] = asyncio.Semaphore(max(1, args.jobs))
    # Kernels alive for notebooks not done: those running, and as many again started ahead.
    ahead = asyncio.Semaphore(2 * max(1, args.jobs))
    total = len(args.notebooks)
    go = asyncio.ensure_future(go_given() if args.wait_for_go else asyncio.sleep(0))
    return await asyncio.gather(*(
        run_notebook(path, args, k, total, slots, ahead, go) for k, path in enumerate(args.notebooks, start=1)
    ))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--process-group", action="store_true")
    parser.add_argument("--wait-for-go", action="store_true")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    if args.process_group:
        os.setpgrp()
    for signum in STOP_SIGNALS:
        if signal.getsignal(signum) != signal.SIG_IGN:  # nohup's ignored SIGHUP stays ignored
            signal.signal(signum, lambda received, _frame: stop(128 + received))
    threading.Thread(target=watch_parent, args=(os.getppid(),), daemon=True).start()
    os.makedirs(args.out, exist_ok=True)
    results = asyncio.run(run_all(args))
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
