import type Database from 'better-sqlite3';

/** A prepared statement of the group's connection, cached by its SQL text. */
export type Sql = (text: string) => Database.Statement;

interface Queued {
  run: (sql: Sql) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for one SQLite connection: writes queued in the same turn of the event loop run in one IMMEDIATE
 * transaction, so a burst (a restart's backlog, many mentions at once) pays one commit — one fsync under
 * `synchronous = FULL` — instead of one per statement, and better-sqlite3's synchronous fsyncs stop holding the
 * event loop once per write. Each write still runs in its own savepoint: one that throws is rolled back alone and
 * its caller gets the error. Every promise settles only after the commit. Statements are prepared once.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;
  private readonly statements = new Map<string, Database.Statement>();
  readonly sql: Sql = (text) => {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  };

  constructor(readonly db: Database.Database) {}

  /** Runs `run` (synchronous statements on this connection) in the next group; resolves with its result once committed. */
  write<T>(run: (sql: Sql) => T): Promise<T> {
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
              outcomes.push({ ok: true, value: this.db.transaction(() => item.run(this.sql))() });
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
