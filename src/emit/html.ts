import type { Emitter, Sink } from "./emitter.js";
// Placeholder until issue 6 lands: fails loudly rather than writing a wrong file.
export function htmlEmitter(_sink: Sink): Emitter {
  throw new Error("--format html is not available yet");
}
