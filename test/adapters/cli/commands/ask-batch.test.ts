import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../../../adapters/cli/commands/ask.js';
import { knowledgeDir } from '../../../fakes/test-advisor.js';

describe('ask --batch', () => {
  it('GIVEN a reader slower than the replies THEN output waits for it to drain instead of piling up, and every line gets its reply', async () => {
    const questions = Array.from({ length: 120 }, (_, i) => `how do we label ${i} thousand images for training?`);
    let pendingMax = 0;
    let written = '';
    const stdout = new Writable({
      highWaterMark: 16_384,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        setTimeout(done, 5); // a slow pipe reader
      },
    });
    const write = stdout.write.bind(stdout);
    stdout.write = ((chunk: string, ...rest: never[]) => {
      const ok = write(chunk, ...rest);
      pendingMax = Math.max(pendingMax, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const stderr = new Writable({ write: (_c, _e, done) => done() });
    const code = await askCommand.run(['--json', '--batch', '--knowledge', knowledgeDir], {
      stdin: Readable.from([questions.join('\n') + '\n']),
      stdout,
      stderr,
      env: { LOG_LEVEL: 'error' },
    });
    await new Promise<void>((resolve) => stdout.end(resolve));
    expect(code).toBe(0);
    const lines = written.trim().split('\n');
    expect(lines).toHaveLength(questions.length);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ outcome: expect.any(String) });
    // All replies are ~0.5 MB; without waiting for 'drain' nearly all of it would sit in the stream's buffer.
    expect(written.length).toBeGreaterThan(300_000);
    expect(pendingMax).toBeLessThan(150_000);
  });
});
