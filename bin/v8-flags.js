/**
 * The V8 flags of every run of the command: set by the launcher (bin/report-extract.js) before
 * anything loads and before any thread starts (V8 flags must not change while threads run), and
 * by scripts/engine-cache.mjs before it makes the engine's code cache (V8 takes a cache only
 * under the flags it was made with).
 *
 * --expose-gc: the batch runner asks for a garbage collection now and then (src/cli/gc.ts):
 *   without it peak memory grows with the number of files.
 * --max-inlined-bytecode-size-cumulative=200 (V8's default: 920): each thread that extracts
 *   first spends seconds of CPU in V8's optimizing compiler, most of it on the functions it
 *   inlines into the pipeline's larger functions. With less inlining that compiling takes 1.6 s
 *   instead of 2.7 s per thread over its first 6,000 reports, the first 2,000 reports run about
 *   a fifth faster, and later ones no slower (README, Performance).
 */
export const V8_FLAGS = ["--expose-gc", "--max-inlined-bytecode-size-cumulative=200"];
