"""Run Deno notebooks headless through Jupyter's own client (nbclient).

Usage: python3 run_notebooks.py --kernel NAME --out DIR [--process-group] NOTEBOOK...

The kernel's environment is this process's (set ESF_CORPUS before calling).
Prints one JSON object per notebook on stdout; progress goes to stderr.
Exits 1 if any notebook raised an error or lost an output.

No kernel outlives the runner: it stops its kernel (the kernel's whole
process group) and exits when its parent process is gone (a report killed
with SIGKILL; the parent is polled) and on SIGTERM, SIGINT or SIGHUP. With
--process-group it runs in a process group of its own, so that the caller
can stop it, and nothing else, with one signal.

Two safeguards against lost outputs:
- The Deno kernel can publish a cell's output after it reports idle, and
  plain nbclient then drops it. LingeringClient keeps reading the cell's
  messages for a moment after idle.
- Every `showChart(`, `showTable(` and `showMarkdown(` call in a cell's
  source must have produced its display bundle; a missing one is reported.
"""
import argparse
import json
import os
import queue
import re
import signal
import sys
import threading
import time

import nbformat
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


class LingeringClient(NotebookClient):
    """A NotebookClient that keeps reading a cell's outputs briefly after idle."""

    linger_seconds = 0.4

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        while True:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=None))
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    break
        deadline = time.monotonic() + self.linger_seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except queue.Empty:
                break
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    pass


RUNNING = {"client": None}


def stop_kernel():
    """Kills the running notebook's kernel and its process group, if there is one."""
    km = getattr(RUNNING["client"], "km", None)
    provisioner = getattr(km, "provisioner", None)
    for target, kill in ((getattr(provisioner, "pgid", None), os.killpg), (getattr(provisioner, "pid", None), os.kill)):
        if target:
            try:
                kill(target, signal.SIGKILL)
            except OSError:
                pass


def stop(code):
    stop_kernel()
    os._exit(code)


def watch_parent(parent):
    """Stops everything once the parent is gone (its children are then given to another process)."""
    while True:
        time.sleep(0.25)
        if os.getppid() != parent:
            print("notebooks: the report process is gone; stopping the kernel", file=sys.stderr, flush=True)
            stop(3)


def missing_outputs(nb):
    problems, counts = [], {"chart": 0, "table": 0, "markdown": 0}
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        datas = [o.get("data", {}) for o in cell.get("outputs", []) if o.get("output_type") == "display_data"]
        if any(SKIPPED in data for data in datas):
            continue  # the cell said why it skipped its step (e.g. no ESF_REGISTER)
        for call, kind, complete in EXPECTATIONS:
            expected = len(re.findall(re.escape(call), cell.source))
            found = sum(1 for data in datas if complete(data))
            counts[kind] += found
            if found < expected:
                problems.append(f"cell {index}: {expected} {kind} output(s) expected, {found} found")
    return problems, counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--process-group", action="store_true")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    if args.process_group:
        os.setpgrp()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        if signal.getsignal(signum) != signal.SIG_IGN:  # nohup's ignored SIGHUP stays ignored
            signal.signal(signum, lambda received, _frame: stop(128 + received))
    threading.Thread(target=watch_parent, args=(os.getppid(),), daemon=True).start()
    os.makedirs(args.out, exist_ok=True)
    failed = False
    for k, path in enumerate(args.notebooks, start=1):
        name = os.path.basename(path)
        print(f"notebooks: running {k} of {len(args.notebooks)}: {name}", file=sys.stderr, flush=True)
        started = time.monotonic()
        retried = False
        for attempt in (1, 2):
            nb = nbformat.read(path, as_version=4)
            client = LingeringClient(
                nb,
                timeout=args.timeout,
                kernel_name=args.kernel,
                resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
            )
            problems = []
            protocol_error = False
            RUNNING["client"] = client
            try:
                client.execute()
            except CellExecutionError as error:
                first_line = str(error).strip().splitlines()[-1] if str(error).strip() else repr(error)
                problems.append(f"error: {first_line}")
            except Exception as error:  # a dead kernel, a timeout, a garbled message: report, go on
                problems.append(f"error: {type(error).__name__}: {error}")
                # A message that fails its signature is the kernel's transport, not the notebook: run it once more.
                protocol_error = "Signature" in str(error)
            if not (protocol_error and attempt == 1):
                break
            retried = True
            print(f"notebooks: {name}: {problems[-1]}; running it once more", file=sys.stderr, flush=True)
        missing, counts = missing_outputs(nb)
        if not any(p.startswith("error") for p in problems):
            problems.extend(missing)
        nbformat.write(nb, os.path.join(args.out, name))
        failed = failed or bool(problems)
        print(json.dumps({
            "notebook": name,
            "ok": not problems,
            "retried": retried,
            "problems": problems,
            "outputs": counts,
            "seconds": round(time.monotonic() - started, 2),
        }), flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
