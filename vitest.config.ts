import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Build and browser tests run Eleventy and Chromium; unit tests finish in milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
