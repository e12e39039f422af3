/**
 * The story's key questions (remark-key-questions.ts + key-questions.ts):
 * taken out of the body as cards, citations numbered in reading order.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse-body.ts';
import { bodyRenderer } from '../../src/markdown/render-body.ts';
import { loadCorpus } from '../../src/model/corpus.ts';
import { siteModelOf } from '../../src/model/render-entries.ts';

const renderer = bodyRenderer({ resolve: () => undefined, sourceTitle: (key) => key });

/** `keyQuestions`: rendered as the story's body is, its "Key questions" section taken out as cards. */
function render(markdown: string, keyQuestions?: 'Key questions') {
  return renderer(parseBody(markdown, 1).tree, { story: keyQuestions !== undefined });
}

const story = `The overview. [@a]

## Key questions

Three things to know.

### What leaked?

Documents. [@b]

### Who says so?

CNN.

- a list
- too

## Afterword

The end. [@a]
`;

describe('key questions', () => {
  it('takes each ### question of the section out as a card, with its answer', () => {
    const { keyQuestions, html } = render(story, 'Key questions');
    expect(keyQuestions).toMatchObject({ id: 'key-questions', title: 'Key questions', intro: '<p>Three things to know.</p>' });
    expect(keyQuestions!.cards.map((c) => [c.id, c.question])).toEqual([
      ['what-leaked', 'What leaked?'],
      ['who-says-so', 'Who says so?'],
    ]);
    expect(keyQuestions!.cards[1]!.html).toBe('<p>CNN.</p>\n<ul>\n<li>a list</li>\n<li>too</li>\n</ul>');
    expect(html).not.toContain('Key questions');
    expect(html).not.toContain('What leaked?');
    expect(html).toContain('<h2 id="afterword">Afterword</h2>');
    expect(
      html
        .trim()
        .replace(/<[^>]+>/g, '')
        .startsWith('The overview.'),
    ).toBe(true);
  });

  it('numbers citations in the order readers meet them: the cards come first', () => {
    const { keyQuestions, html } = render(story, 'Key questions');
    expect(keyQuestions!.cards[0]!.html).toContain('id="cite-1-1"');
    expect(keyQuestions!.cards[0]!.html).toContain('aria-label="Reference 1: b"');
    expect(html).toContain('aria-label="Reference 2: a"');
    expect(html).toContain('id="cite-2-2"');
  });

  it('leaves a body without the section, or rendered without asking, as it is', () => {
    expect(render('Just text.\n\n### What leaked?\n\nNo section.', 'Key questions').keyQuestions).toBeUndefined();
    const plain = render(story);
    expect(plain.keyQuestions).toBeUndefined();
    expect(plain.html).toContain('<h3 id="what-leaked">What leaked?</h3>');
  });

  it("finds the leak story's four questions", async () => {
    const model = siteModelOf(await loadCorpus('content'));
    expect(model.story.keyQuestions!.cards.map((c) => c.question)).toEqual([
      'What leaked?',
      'Who was spied on?',
      'How did allies react?',
      'Who says so?',
    ]);
    expect(model.story.html).not.toContain('class="key-questions"');
    // The story's references list every source its cards and overview cite, numbered from the cards.
    expect(model.story.references[0]!.source.id).toBe('nyt-report-2023-04');
  });
});
