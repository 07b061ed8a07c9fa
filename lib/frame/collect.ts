/**
 * A full collection of the JS heap, on demand (for `loadCorpusFrames`).
 * nodejs-polars frees a frame's memory only when the collector takes its
 * JS wrapper, and the collector sees neither that memory nor how much of
 * it a wrapper holds: while a corpus becomes frames, the garbage frames
 * pile up (30,000 documents: 100–150 MB at the peak). Collecting every
 * few flushes of frames, and before and after the rows are put in order,
 * frees them as they fall. A collection takes 50–80 ms (2 shared cores),
 * hence not after every flush.
 *
 * The collector is reached as Node documents it: the V8 flag `--expose-gc`
 * set at run time (`node:v8` `setFlagsFromString`) gives contexts made after
 * it a `gc` function (`node:vm`). It is safe: a collection changes no value
 * and frees only what nothing can reach; the flag adds `gc` to new `vm`
 * contexts and nothing else. Where the runtime refuses, collecting does
 * nothing (memory is then freed when V8 collects by itself).
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
