/**
 * The engine: everything that turns an input into an outcome, the pipeline with it. One module
 * so that it loads as one compiled unit (load-engine.ts) in the main thread and in each worker.
 */
export { extractFile, extractStdin, outcomeOf, outcomesOf, MAX_BYTES } from "./extract-file.js";
export { extractPaths, runTask, runTasks, WORKER_MAX_BYTES } from "./extract-path.js";
// what the build saves beside the bundled engine (scripts/engine-cache.mjs, lexicon/regex.ts)
export { madePatterns, releaseGivenPatterns } from "../lexicon/regex.js";
