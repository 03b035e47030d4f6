/**
 * Which elements a page names as a byline or a pull quote (src/load/html/roles.ts): whole words of
 * a name count, not a word inside a longer one.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/load/html/dom.js';
import { nameWords, roleOf } from '../../src/load/html/roles.js';

/** The role of the one `<div>` of a page, named `class="…"` (or by `attributes` when they are whole). */
function roleOfDiv(attributes: string, text = 'Jane Doe'): ReturnType<typeof roleOf> {
  const named = attributes.includes('=') ? attributes : `class="${attributes}"`;
  const div = parseDocument(`<html><body><div ${named}>${text}</div></body></html>`).querySelector('div');
  if (div === null) throw new Error('no <div>');
  return roleOf(div);
}

describe('load/html/roles', () => {
  describe('nameWords', () => {
    it('splits a name at hyphens, underscores, colons and camelCase boundaries, in lower case', () => {
      expect(nameWords('ssrcss-1w4d3cx-BylineBlock')).toEqual(['ssrcss', '1w4d3cx', 'byline', 'block']);
      expect(nameWords('article__pull_quote')).toEqual(['article', 'pull', 'quote']);
      expect(nameWords('quote--pull')).toEqual(['quote', 'pull']);
      expect(nameWords('articleAuthorName')).toEqual(['article', 'author', 'name']);
      expect(nameWords('HTMLAuthor')).toEqual(['html', 'author']);
    });
  });

  describe('roleOf', () => {
    it.each(['byline', 'article-byline', 'Page-byline', 'dcr-byline', 'author', 'author-name', 'post__authors', 'authorName', 'ssrcss-1w4d3cx-BylineBlock', 'author vcard'])(
      'takes a short element named "%s" for a byline',
      (name) => expect(roleOfDiv(name)).toBe('byline'),
    );

    it.each(['itemprop="author"', 'rel="author"', 'id="author"', 'data-component="byline-block"', 'data-testid="byline"'])(
      'takes a short element with %s for a byline',
      (attributes) => expect(roleOfDiv(attributes)).toBe('byline'),
    );

    // Regression: a name was tested for "byline" or "author" anywhere in it.
    it.each(['authority', 'authority-notice', 'authorised-dealer', 'coauthored-links', 'bylineless', 'no-byline', 'has-byline', 'hide-author'])(
      'takes no element named "%s" for a byline',
      (name) => expect(roleOfDiv(name)).toBeNull(),
    );

    it.each(['pull-quote', 'pullquote', 'article-pullquote', 'pull_quote', 'article__pull_quote', 'quote quote--pull', 'PullQuote'])(
      'takes an element named "%s" for a pull quote',
      (name) => expect(roleOfDiv(name, '"We are facing the worst drought in a century."')).toBe('pull quote'),
    );

    it.each(['no-pullquote', 'has-pullquote', 'quote', 'pulldown-quote', 'push-quote'])('takes no element named "%s" for a pull quote', (name) =>
      expect(roleOfDiv(name, '"We are facing the worst drought in a century."')).not.toBe('pull quote'),
    );

    it('takes no long element for a byline (an author box), nor a byline inside a quotation', () => {
      expect(roleOfDiv('author', 'Jane Doe has covered energy and climate for the paper since 2015 and lives in Leeds.')).toBeNull();
      const document = parseDocument('<html><body><blockquote><p>Post text</p><span class="author">Jane Doe</span></blockquote></body></html>');
      const span = document.querySelector('span');
      expect(span && roleOf(span)).toBeNull();
    });
  });
});
