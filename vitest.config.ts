import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests needing a real server (Redis…) run in `npm run test:services` (vitest.services.config.ts).
    exclude: [...configDefaults.exclude, "test/services/**"],
    // nock 15's fetch interception needs Promise.withResolvers, which Node 20 lacks (see the file).
    setupFiles: ["test/support/promise-with-resolvers.ts"],
  },
});
