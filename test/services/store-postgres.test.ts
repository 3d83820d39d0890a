/**
 * The store suites of test/store/ (run there on SQLite) on a real PostgreSQL server, as replicas use it.
 */
import { inject } from "vitest";
import { describeStoreSuites } from "../store/support/store-suites.js";
import { postgresPlaces } from "../store/support/store-places.js";

describeStoreSuites(postgresPlaces(inject("postgresUrl")));
