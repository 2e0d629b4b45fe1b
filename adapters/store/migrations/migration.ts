/** One step of the schema, applied once in version order and recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Checks that versions are unique and increasing: a mistake here would corrupt every database. */
export function checkMigrations(migrations: readonly Migration[]): readonly Migration[] {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && m.version <= previous.version) {
      throw new Error(`migration ${m.version} (${m.name}) is not after ${previous.version}`);
    }
  });
  return migrations;
}
