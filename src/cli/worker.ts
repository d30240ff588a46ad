/**
 * The module piscina runs in each worker thread: the engine, loaded with its code cache
 * (load-engine.ts), and its task function as the default export: a block of files in, their
 * outcomes out (extract-path.ts, runTasks).
 */
import type { PathJob } from "./extract-path.js";
import { loadEngine } from "./load-engine.js";

const engine = await loadEngine();

export type { PathJob };
export default engine.runTasks;
