import { defineConfig } from "vitest/config";

// `npm run test:services`: tests that need a real server, started by one global-setup file per server.
export default defineConfig({
  test: {
    include: ["test/services/**/*.test.ts"],
    globalSetup: ["test/services/setup/redis.ts", "test/services/setup/postgres.ts"],
    // nock 15's fetch interception needs Promise.withResolvers, which Node 20 lacks (see the file).
    setupFiles: ["test/support/promise-with-resolvers.ts"],
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
});
