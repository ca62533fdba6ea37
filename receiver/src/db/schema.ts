// One schema for both databases, as numbered migrations. The statements are the same text for SQLite
// and PostgreSQL except for the row-number column, which each writes its own way (`{{seq}}`).

/** Which SQL dialect a statement is written for. */
export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  /** Applied in order, once; recorded in `schema_migrations`. Never renumber or edit a released one. */
  version: number;
  name: string;
  statements: string[];
}

const SEQ: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
};

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'consent records and wordings',
    statements: [
      // Append-only: the receiver only ever inserts, and deletes whole rows past the retention period.
      // No IP address, no user agent, no cookie other than the record itself (GDPR art. 5(1)(c)).
      `CREATE TABLE consent_records (
        seq {{seq}},
        consent_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        decided_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        categories TEXT NOT NULL,
        choice TEXT NOT NULL,
        source TEXT NOT NULL,
        language TEXT NOT NULL,
        page TEXT NOT NULL,
        texts_hash TEXT,
        digest TEXT NOT NULL UNIQUE
      )`,
      'CREATE INDEX consent_records_consent_id ON consent_records (consent_id)',
      'CREATE INDEX consent_records_received_at ON consent_records (received_at)',
      // Each wording's fingerprint, first seen when, for which revision and language.
      `CREATE TABLE wordings (
        texts_hash TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        language TEXT NOT NULL,
        first_seen TEXT NOT NULL
      )`,
    ],
  },
];

/** The migration's statements in `dialect`. */
export function statementsFor(migration: Migration, dialect: Dialect): string[] {
  return migration.statements.map((sql) => sql.replaceAll('{{seq}}', SEQ[dialect]));
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
