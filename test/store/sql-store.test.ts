/**
 * The store on the embedded default, SQLite in a temp folder; the same suites run on PostgreSQL in
 * `npm run test:services` (test/services/store-postgres.test.ts).
 */
import { describeStoreSuites } from "./support/store-suites.js";
import { sqlitePlaces } from "./support/store-places.js";

describeStoreSuites(sqlitePlaces());
