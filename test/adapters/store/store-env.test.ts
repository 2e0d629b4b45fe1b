import { describe, expect, it } from 'vitest';
import { storeEnv, withoutEmpty } from '../../../adapters/store/store-env.js';

describe('store environment', () => {
  it('GIVEN nothing set THEN SQLite under ./data, questions logged, 90 days kept', () => {
    expect(storeEnv.parse({})).toEqual({ SQLITE_PATH: './data/ml-advisor.db', LOG_QUESTIONS: true, RETENTION_DAYS: 90 });
  });

  it('GIVEN values as strings THEN they are converted', () => {
    const env = storeEnv.parse({
      DATABASE_URL: 'postgres://bot@db:5432/advisor', LOG_QUESTIONS: 'false', RETENTION_DAYS: '30',
      USER_HASH_KEY: 'k'.repeat(32),
    });
    expect(env).toMatchObject({ DATABASE_URL: 'postgres://bot@db:5432/advisor', LOG_QUESTIONS: false, RETENTION_DAYS: 30 });
  });

  it('GIVEN bad values THEN each problem is named by its variable', () => {
    const result = storeEnv.safeParse({
      DATABASE_URL: 'mysql://x', USER_HASH_KEY: 'short', LOG_QUESTIONS: 'maybe', RETENTION_DAYS: '0',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['DATABASE_URL', 'LOG_QUESTIONS', 'RETENTION_DAYS', 'USER_HASH_KEY']);
  });

  it('GIVEN production without a hash key THEN start-up is refused', () => {
    const result = storeEnv.safeParse({ NODE_ENV: 'production' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['USER_HASH_KEY'] });
  });

  it('GIVEN empty variables THEN they count as unset', () => {
    expect(storeEnv.parse(withoutEmpty({ DATABASE_URL: '', SQLITE_PATH: '/tmp/x.db' }))).not.toHaveProperty('DATABASE_URL');
  });
});
