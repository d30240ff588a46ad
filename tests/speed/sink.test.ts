/**
 * Standard output gathers the records of a batch into larger writes off a terminal, and still
 * lets each record leave as soon as the thread turns to other work.
 */
import { describe, expect, it } from "vitest";
import { STDOUT_CHUNK, stdoutSink } from "../../src/emit/emitter.js";

function fakeStream(isTTY: boolean) {
  const writes: (string | Uint8Array)[] = [];
  const stream = {
    isTTY,
    writableNeedDrain: false,
    write(chunk: string | Uint8Array) {
      writes.push(chunk);
      return true;
    },
    once() {
      return stream;
    },
  };
  return { stream: stream as unknown as NodeJS.WritableStream, writes };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("stdoutSink", () => {
  it("off a terminal, records written in one turn leave together at the next", async () => {
    const { stream, writes } = fakeStream(false);
    const sink = stdoutSink(stream);
    sink.write('{"a":1}\n');
    sink.write('{"b":2}\n');
    expect(writes).toEqual([]);
    await turn();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n']);
    sink.write('{"c":3}\n');
    await sink.end();
    expect(writes).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
  });

  it("writes at once when what is gathered reaches a chunk", () => {
    const { stream, writes } = fakeStream(false);
    const sink = stdoutSink(stream);
    const line = "x".repeat(1000) + "\n";
    const lines = Math.ceil(STDOUT_CHUNK / line.length);
    for (let i = 0; i < lines; i++) sink.write(line);
    expect(writes).toEqual([line.repeat(lines)]);
  });

  it("on a terminal, every record is written when it comes", () => {
    const { stream, writes } = fakeStream(true);
    const sink = stdoutSink(stream);
    sink.write("one\n");
    sink.write("two\n");
    expect(writes).toEqual(["one\n", "two\n"]);
  });

  it("bytes keep their place after the text gathered before them; abort keeps what was written", async () => {
    const { stream, writes } = fakeStream(false);
    const sink = stdoutSink(stream);
    sink.write("text\n");
    const bytes = new Uint8Array([1, 2, 3]);
    sink.write(bytes);
    sink.write("more\n");
    await sink.abort();
    expect(writes).toEqual(["text\n", bytes, "more\n"]);
  });
});
