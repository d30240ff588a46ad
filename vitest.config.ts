import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // the CLI tests run the compiled bin: build once before the suite
    globalSetup: ["tests/global-setup.ts"],
  },
});
