// Placeholder until issue 6 lands.
export async function runSummarize(_inputs: string[], _opts: unknown): Promise<number> {
  process.stderr.write("report-extract: summarize is not available yet\n");
  return 2;
}
