import { describe, expect, it } from 'vitest';
import { escapeCode, escapeDiscord } from '../../../adapters/discord/escape-markdown.js';
import { stripMention } from '../../../adapters/discord/strip-mention.js';

describe('GIVEN user-visible text', () => {
  it.each([
    ['@everyone look', '@\u200beveryone look'],
    ['ping @here', 'ping @\u200bhere'],
    ['<@123456789012345678> hi', '\\<@123456789012345678\\> hi'],
    ['<@&987654321098765432>', '\\<@&987654321098765432\\>'],
    ['**not bold** _nor italic_ ~~struck~~ `code` ||spoiler||', '\\*\\*not bold\\*\\* \\_nor italic\\_ \\~\\~struck\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|'],
    ['# heading\n> quote\n- item', '\\# heading\n\\> quote\n\\- item'],
    ['[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['back\\slash', 'back\\\\slash'],
  ])('WHEN %j is escaped THEN it renders literally: %j', (input, output) => {
    expect(escapeDiscord(input)).toBe(output);
  });

  it('WHEN code contains a backtick THEN it cannot close the span', () => {
    expect(escapeCode('a`b')).not.toContain('`');
  });

  it('WHEN the bot mention is stripped THEN both mention forms go and spacing is tidy', () => {
    expect(stripMention('<@42> how  do we <@!42> start?', '42')).toBe('how do we start?');
    expect(stripMention('<@43> not me', '42')).toBe('<@43> not me');
  });
});
