/**
 * A full collection of the JS heap, on demand (for `loadCorpusFrames`).
 * nodejs-polars frees a frame's memory only when the collector takes its
 * JS wrapper, and the collector sees neither that memory nor how much of
 * it a wrapper holds: while a corpus becomes frames, the garbage frames
 * pile up (30,000 documents: 100–150 MB at the peak). Collecting after
 * each few megabytes of frames frees them as they fall.
 *
 * The collector is reached as Node's documented way has it: the V8 flag
 * `--expose-gc` set at run time gives new contexts a `gc` function. A
 * collection changes no value; the flag only adds `gc` to contexts made
 * after it (`node:vm`'s). Where that is not possible, collecting does
 * nothing.
 *
 * @module
 */
import v8 from "node:v8";
import vm from "node:vm";

let gc: (() => void) | null = null;

/** Collects the JS heap now (or does nothing, where the runtime does not allow it). */
export function collect(): void {
  if (gc === null) {
    gc = () => {};
    try {
      v8.setFlagsFromString("--expose-gc");
      const found: unknown = vm.runInNewContext("gc");
      if (typeof found === "function") gc = found as () => void;
    } catch {
      // not allowed here: no collection on demand
    }
  }
  gc();
}
