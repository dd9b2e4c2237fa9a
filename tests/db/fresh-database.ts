import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { SotayDatabase } from '../../lib/db/schema';

/**
 * Gives each test of the file a new, empty notebook (in fake-indexeddb, under a name of its own so
 * tests cannot see each other's records) and deletes it after the test. `setUp` receives it, and
 * may fill it before the test runs.
 */
export function withFreshDatabase(setUp: (db: SotayDatabase) => void | Promise<void>): void {
  let db: SotayDatabase | undefined;
  beforeEach(async () => {
    db = new SotayDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    await setUp(db);
  });
  afterEach(async () => {
    await db?.delete();
  });
}
