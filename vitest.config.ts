import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // nock 15's fetch interception needs Promise.withResolvers, which Node 20 lacks (see the file).
    setupFiles: ["test/support/promise-with-resolvers.ts"],
  },
});
