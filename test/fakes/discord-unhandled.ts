import { afterAll, beforeAll, expect } from 'vitest';

/** Collects unhandled rejections during a test file and fails it if there were any (discord.js hides errors). */
export function failOnUnhandledRejection(): void {
  const seen: unknown[] = [];
  const record = (reason: unknown): void => void seen.push(reason);
  beforeAll(() => void process.on('unhandledRejection', record));
  afterAll(() => {
    process.off('unhandledRejection', record);
    expect(seen).toEqual([]);
  });
}
