/**
 * Telling a short article from a page without one: what a paragraph of prose is, and the page cut
 * down to the story it marks.
 */
import { describe, expect, it } from 'vitest';
import { all, parseDocument, textOf, type DomDocument, type DomElement } from '../../src/load/html/dom.js';
import { holdsProse, storyOnlyDocument } from '../../src/load/html/story.js';

const LEDE = "A magnitude 5.6 earthquake struck eastern Turkey on Tuesday morning, the country's disaster agency said.";

function body(html: string): DomElement {
  const found = parseDocument(`<html><body>${html}</body></html>`).querySelector('body');
  if (found === null) throw new Error('no body');
  return found;
}

/** The texts of the elements left in the body, outermost first. */
function blocksOf(document: DomDocument | null): string[] {
  return all(document?.querySelector('body') ?? body(''), 'h1, p, header, nav, footer, aside').map(textOf);
}

describe('load/html', () => {
  describe('story', () => {
    describe('holdsProse', () => {
      it.each([
        ['a sentence of ten words or more', `<p>${LEDE}</p>`],
        ['one in a list item or a quotation', `<ul><li>${LEDE}</li></ul>`],
        ['one closed by a quotation mark', '<p>"We are facing an unprecedented situation in the whole region," the regional president said."</p>'],
        ['one with a link in it', `<p>A magnitude 5.6 earthquake struck <a href="/turkey">eastern Turkey</a> on Tuesday morning, the agency said.</p>`],
        ['one in a script without spaces', '<p>土耳其东部周二上午发生5.6级地震，该国灾害管理机构表示。</p>'],
        ['one ending in a danda', '<p>राजधानी दिल्ली में मंगलवार को भारी बारिश हुई जिससे कई इलाकों में पानी भर गया।</p>'],
      ])('finds %s', (_, html) => {
        expect(holdsProse(body(html))).toBe(true);
      });

      it.each([
        ['short sentences (a login form)', '<p>Subscribers get unlimited access.</p><p><a href="/forgot">Forgot your password?</a></p><p>New here? <a href="/join">Create an account</a></p>'],
        ['words without a sentence end (a list of headlines)', '<ul><li>Floods force thousands from their homes in northern Italy after days of rain</li></ul>'],
        ['a sentence that is mostly a link', '<p><a href="/a">Floods force thousands from their homes in northern Italy after days of rain.</a> More.</p>'],
        ['text outside paragraphs (a form\'s labels)', '<form><label>Enter the e-mail address you used to sign up for the newsletter, then press the button.</label></form>'],
        ['a short sentence in a script without spaces', '<p>地震。</p>'],
      ])('finds none in %s', (_, html) => {
        expect(holdsProse(body(html))).toBe(false);
      });
    });

    describe('storyOnlyDocument', () => {
      it('keeps the <article> that holds the <h1>, and the <head>, and drops the rest of the body', () => {
        const page =
          '<html><head><title>Quake hits eastern Turkey</title></head><body><div class="consent"><p>We use cookies on this site to give you the best experience of it, as you agree.</p></div>' +
          `<div id="page"><header><nav><a href="/">Home</a></nav></header><article><h1>Quake hits eastern Turkey</h1><p>${LEDE}</p></article><footer>Example News</footer></div></body></html>`;
        const document = storyOnlyDocument(page);
        expect(textOf(document?.querySelector('title') ?? null)).toBe('Quake hits eastern Turkey');
        expect(blocksOf(document)).toEqual(['Quake hits eastern Turkey', LEDE]);
      });

      it('takes the nearest <main> or role="main" element when no <article> holds the <h1>', () => {
        const page = `<html><body><aside><p>${LEDE.replace('Turkey', 'Greece')}</p></aside><div role="main"><h1>Quake</h1><p>${LEDE}</p></div></body></html>`;
        expect(blocksOf(storyOnlyDocument(page))).toEqual(['Quake', LEDE]);
      });

      it('is null when the page marks no story, or the story holds no prose', () => {
        expect(storyOnlyDocument(`<html><body><h1>Quake</h1><p>${LEDE}</p></body></html>`)).toBeNull();
        expect(storyOnlyDocument(`<html><body><article><h2>Quake</h2><p>${LEDE}</p></article></body></html>`)).toBeNull();
        expect(storyOnlyDocument('<html><body><main><h1>Sign in</h1><p>Subscribers get unlimited access.</p></main></body></html>')).toBeNull();
      });
    });
  });
});
