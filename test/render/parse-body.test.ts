import { describe, expect, it } from 'vitest';
import { inlinesToText, parseBody, parseInlines, type Block } from '../../src/render/parse-body.js';

describe('parseInlines', () => {
  it.each([
    ['plain words', [{ type: 'text', text: 'plain words' }]],
    ['a **bold** word', [{ type: 'text', text: 'a ' }, { type: 'bold', text: 'bold' }, { type: 'text', text: ' word' }]],
    ['an _italic_ word', [{ type: 'text', text: 'an ' }, { type: 'italic', text: 'italic' }, { type: 'text', text: ' word' }]],
    ['run `ml.t2.medium` now', [{ type: 'text', text: 'run ' }, { type: 'code', text: 'ml.t2.medium' }, { type: 'text', text: ' now' }]],
    ['see [the docs](https://example.com/a_b)', [{ type: 'text', text: 'see ' }, { type: 'link', text: 'the docs', url: 'https://example.com/a_b' }]],
    ['snake_case_name stays text', [{ type: 'text', text: 'snake_case_name stays text' }]],
    ['[**Bold label**](https://example.com)', [{ type: 'link', text: 'Bold label', url: 'https://example.com' }]],
    ['[not a link](javascript:alert(1))', [{ type: 'text', text: '[not a link](javascript:alert(1))' }]],
    ['**unclosed bold', [{ type: 'text', text: '**unclosed bold' }]],
  ])('GIVEN %j THEN the inlines are right', (line, expected) => {
    expect(parseInlines(line)).toEqual(expected);
  });
});

describe('parseBody', () => {
  it('GIVEN paragraphs, a bullet list and inline markup THEN blocks in order', () => {
    const body = [
      'First **line**',
      'continues here.',
      '',
      '- one `code`',
      '* two [link](http://ml.aws)',
      'After the list.',
      '',
      '',
      'Last _one_.',
    ].join('\n');
    const expected: Block[] = [
      { type: 'paragraph', inlines: [{ type: 'text', text: 'First ' }, { type: 'bold', text: 'line' }, { type: 'text', text: ' continues here.' }] },
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'one ' }, { type: 'code', text: 'code' }],
          [{ type: 'text', text: 'two ' }, { type: 'link', text: 'link', url: 'http://ml.aws' }],
        ],
      },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'After the list.' }] },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'Last ' }, { type: 'italic', text: 'one' }, { type: 'text', text: '.' }] },
    ];
    expect(parseBody(body)).toEqual(expected);
  });

  it.each(['', '\n\n', '   \r\n  '])('GIVEN the blank body %j THEN no blocks', (body) => {
    expect(parseBody(body)).toEqual([]);
  });

  it('GIVEN Windows line endings THEN the same blocks as with \\n', () => {
    const unix = 'a\n\n- b\n- c';
    expect(parseBody(unix.replace(/\n/g, '\r\n'))).toEqual(parseBody(unix));
  });

  it('GIVEN a paragraph right after a list item THEN two blocks', () => {
    expect(parseBody('- item\ntext').map((b) => b.type)).toEqual(['list', 'paragraph']);
  });
});

describe('inlinesToText', () => {
  it('GIVEN markup THEN visible text with links as label (url)', () => {
    expect(inlinesToText(parseInlines('**Polly** reads `text` aloud: [Polly](http://aws.amazon.com/polly)'))).toBe(
      'Polly reads text aloud: Polly (http://aws.amazon.com/polly)',
    );
  });
});
