import type Database from 'better-sqlite3';

interface Queued {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for SQLite: writes queued in the same turn of the event loop run in one IMMEDIATE transaction, so
 * a burst (a restart's backlog, many mentions at once) pays one commit — one fsync under `synchronous = FULL` —
 * instead of one per statement, and better-sqlite3's synchronous fsyncs stop holding the event loop once per
 * write. Each write still runs in its own savepoint: one that throws is rolled back alone and its caller gets the
 * error. Every promise settles only after the commit, so a resolved write is on disk, as before.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly db: Database.Database) {}

  /** Runs `run` (synchronous statements on this database) in the next group; resolves with its result once committed. */
  write<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  /** Commits whatever is queued now (before closing the database). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const outcomes: Outcome[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: this.db.transaction(item.run)() });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
