/** The columns both back ends read a pending inbox record from, aliased to `inboxRowSchema`'s field names. */
export const inboxColumns = `key, platform, message, text, route, reply, received_at AS "receivedAt", deadline, attempts`;

/** Purge and stats statements are the same SQL on both back ends but for the placeholder. */
export const inboxSql = {
  stats: `SELECT count(*) AS pending, min(received_at) AS oldest FROM inbox WHERE state = 'pending'`,
  purge: (p: string) => `DELETE FROM inbox WHERE state <> 'pending' AND finished_at < ${p}`,
};
