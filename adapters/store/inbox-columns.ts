/** The columns both back ends read a pending inbox record from, aliased to `inboxRowSchema`'s field names. */
export const inboxColumns = `key, platform, message, text, route, reply, received_at AS "receivedAt", deadline, attempts`;

/** Purge and stats statements are the same SQL on both back ends but for the placeholder. */
export const inboxSql = {
  stats: `SELECT count(*) AS pending, min(received_at) AS oldest FROM inbox WHERE state = 'pending'`,
  purge: (p: string) => `DELETE FROM inbox WHERE state <> 'pending' AND finished_at < ${p}`,
  /**
   * Placeholders, in the order they appear: platform, key prefix (a LIKE pattern), since, limit; `kind`, when
   * given, is the back end's condition on the message's kind (it holds its own placeholder).
   */
  recent: (p: [string, string, string, string], kind?: string) => `SELECT key, received_at AS "receivedAt", route, message FROM inbox
    WHERE platform = ${p[0]} AND key LIKE ${p[1]} ESCAPE '\\' AND received_at >= ${p[2]}${kind ? ` AND ${kind}` : ''}
    ORDER BY received_at DESC LIMIT ${p[3]}`,
};

/** A LIKE pattern (backslash as the escape) matching the keys that start with `prefix`, its `%` and `_` taken literally. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
