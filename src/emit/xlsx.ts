import type { Emitter, Sink } from "./emitter.js";
// Placeholder until issue 6 lands: fails loudly rather than writing a wrong file.
export function xlsxEmitter(_sink: Sink): Emitter {
  throw new Error("--format xlsx is not available yet");
}
