import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration.js';

/**
 * Applies the missing migrations in one IMMEDIATE transaction: the write lock it takes makes a second process
 * opening the same file wait (busy_timeout) and then find the work done. Returns the versions applied.
 */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[], now: number): number[] {
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, now);
      applied.push(m.version);
    }
    return applied;
  });
  return run.immediate();
}
