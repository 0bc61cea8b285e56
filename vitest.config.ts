import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // Dates must not depend on the machine: the suite runs in a zone far from Paris on purpose.
    env: { TZ: "America/New_York" },
    // Some tests run the operator's scripts in a child process; CI machines are shared and slow.
    testTimeout: 30_000,
  },
});
