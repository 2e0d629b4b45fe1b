import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../../adapters/cli/index-cache.js';

describe('cacheDir', () => {
  it('GIVEN ML_ADVISOR_CACHE_DIR THEN trained indexes go there', () => {
    expect(cacheDir({ ML_ADVISOR_CACHE_DIR: '/tmp/ml-cache' })).toBe('/tmp/ml-cache');
  });

  it('GIVEN it unset or empty (an env file line `ML_ADVISOR_CACHE_DIR=`) THEN the package cache is used, not the working directory', () => {
    for (const env of [{}, { ML_ADVISOR_CACHE_DIR: '' }]) {
      const dir = cacheDir(env);
      expect(path.isAbsolute(dir)).toBe(true);
      expect(dir.endsWith(path.join('node_modules', '.cache', 'ml-advisor'))).toBe(true);
    }
  });
});
