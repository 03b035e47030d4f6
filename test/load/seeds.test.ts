/**
 * The five seed articles (corpus/) as received: what the loader removes, keeps and detects
 * when it is given NO manifest metadata.
 */
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/load/index.js';
import { blockTexts, coverageProblems, loadCorpusDetected, removedPairs } from './helpers.js';

/** No block may contain any of these strings. */
function expectGone(article: ReturnType<typeof loadCorpusDetected>, chrome: string[]): void {
  const blocks = blockTexts(article);
  for (const piece of chrome) {
    expect(blocks.filter((b) => b.includes(piece)), piece).toEqual([]);
  }
}

describe('load', () => {
  describe('loadArticleText on the seed corpus', () => {
    it('covers every non-white-space character of every seed exactly once', () => {
      for (const { id } of listCorpus()) {
        expect(coverageProblems(loadCorpusDetected(id)), id).toEqual([]);
      }
    });

    describe('TASS, Zakharova (tass-zakharova)', () => {
      const article = loadCorpusDetected('tass-zakharova');

      it('removes the date stamp and the dateline before the lede, keeping the rest of the line', () => {
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'date 2022-02-18'],
          ['dateline', 'MOSCOW, February 18. /TASS/.'],
        ]);
        expect(blockTexts(article)[0]).toMatch(/^Russia hopes for the continuation of negotiations/);
        expect(article.text.slice(article.blocks[0].start, article.blocks[0].start + 12)).toBe('Russia hopes');
        expectGone(article, ['date 2022', '/TASS/']);
      });

      it('keeps both subheads, the quoted one and the one with no text under it, as headings', () => {
        expect(blockTexts(article, 'headings')).toEqual([
          '"Escalation for the sake of de-escalation"',
          "NATO's military potentials near Russian borders",
        ]);
      });

      it('keeps the last paragraph as body text', () => {
        expect(blockTexts(article, 'paragraphs').at(-1)).toMatch(/^"Judging by the fact that.*the diplomat stressed\.$/);
        expect(blockTexts(article, 'paragraphs')).toHaveLength(8);
      });

      it('detects outlet TASS and the date, and no title (the first line is the lede)', () => {
        expect(article).toMatchObject({
          outlet: 'TASS',
          date: '2022-02-18',
          title: null,
          author: null,
          url: null,
          published: null,
        });
      });
    });

    describe('TASS, Fomin (tass-fomin)', () => {
      const article = loadCorpusDetected('tass-fomin');

      it('removes the date stamp and dateline and keeps the subhead', () => {
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'date 2022-01-12'],
          ['dateline', 'MOSCOW, January 12. /TASS/.'],
        ]);
        expect(blockTexts(article, 'headings')).toEqual(['Issues to be addressed']);
        expect(blockTexts(article)[0]).toMatch(/^Russian Deputy Defense Minister Alexander Fomin explained/);
        expect(blockTexts(article).at(-1)).toMatch(/said in the statement citing Fomin\.$/);
      });

      it('detects outlet, date and no title', () => {
        expect(article).toMatchObject({ outlet: 'TASS', date: '2022-01-12', title: null });
      });
    });

    describe('Sputnik, Zakharova (sputnik-zakharova)', () => {
      const article = loadCorpusDetected('sputnik-zakharova');
      const caption = 'Russian Foreign Ministry spokeswoman Maria Zakharova during a briefing in Moscow.';

      it('removes the series box, the photo credit, the repeated caption and the comment chrome', () => {
        const pairs = removedPairs(article);
        expect(pairs.map(([reason]) => reason)).toEqual([
          'outlet stamp',
          'series header',
          'series header',
          'photo credit',
          'caption',
          'comment prompt',
          'comment prompt',
          'other script',
        ]);
        expect(pairs[0][1]).toBe('- Sputnik International, 1920, 13.01.2022');
        expect(pairs[1][1]).toBe('Russia-NATO Row on European Security');
        expect(pairs[2][1]).toMatch(/^Russia proposed draft agreements.*"Open Door" policy to be slammed shut\.$/);
        // The non-breaking spaces around "/" are collapsed in the piece's text.
        expect(pairs[3][1]).toBe(
          `© Sputnik / Press service of the Russian Foreign Ministry / Go to the mediabank${caption}`,
        );
        expect(pairs[4][1]).toBe(`${caption} - Sputnik International, 1920, 18.02.2022`);
        expect(pairs.slice(5).map(([, text]) => text)).toEqual([
          'To participate in the discussion',
          'log in or register',
          'Заголовок открываемого материала',
        ]);
      });

      it('leaves no chrome in the body', () => {
        expectGone(article, [
          'Sputnik International, 1920',
          'Russia-NATO Row on European Security',
          'Open Door',
          'mediabank',
          caption,
          'To participate in the discussion',
          'log in or register',
          'Заголовок',
        ]);
      });

      it('keeps the headline as the only heading and the lede and last paragraph as body', () => {
        expect(blockTexts(article, 'headings')).toEqual([
          "Russian FM Accuses NATO of 'Escalation for Sake of Escalation' Amid Troop Accumulation Claims",
        ]);
        const paragraphs = blockTexts(article, 'paragraphs');
        expect(paragraphs[0]).toMatch(/^Even though Russia has provided evidence of pulling back/);
        expect(paragraphs.at(-1)).toMatch(/^Earlier this week, the Russian State Duma.*\(OSCE\)\.$/);
        expect(paragraphs).toHaveLength(11);
      });

      it("takes the caption stamp's date, not the series page's, and the headline as title", () => {
        expect(article).toMatchObject({
          outlet: 'Sputnik International',
          date: '2022-02-18',
          title: "Russian FM Accuses NATO of 'Escalation for Sake of Escalation' Amid Troop Accumulation Claims",
          author: null,
        });
      });
    });

    describe('reprint of a TASS report (reprint-mfa-source)', () => {
      const article = loadCorpusDetected('reprint-mfa-source');
      const title =
        'The Foreign Ministry rejected the possibility of Russia’s rejection of the demands for non-expansion of NATO';

      it('removes breadcrumb, the title repeated in it, byline, photo credit, navigation and comment prompt', () => {
        expect(removedPairs(article)).toEqual([
          ['breadcrumb', 'Home »'],
          ['repeated title', title],
          ['byline', 'by alex'],
          ['photo credit', 'Photo: Pixabay'],
          ['navigation', 'You may also like'],
          ['comment prompt', 'Leave a Comment'],
        ]);
        expectGone(article, ['Home »', 'by alex', 'Pixabay', 'You may also like', 'Leave a Comment']);
      });

      it('keeps the headline once and the alternative headline as headings', () => {
        expect(blockTexts(article, 'headings')).toEqual([
          title,
          'Russian Foreign Ministry: Russia will not abandon the demands for non-expansion of NATO',
        ]);
        const paragraphs = blockTexts(article, 'paragraphs');
        expect(paragraphs[0]).toMatch(/^A source in the Russian Foreign Ministry told TASS/);
        expect(paragraphs.at(-1)).toMatch(/^Prior to that, Foreign Minister Sergey Lavrov/);
      });

      it('detects the byline author but no outlet ("told TASS" in prose is not a source) and no date', () => {
        expect(article).toMatchObject({ outlet: null, date: null, author: 'alex', title });
      });
    });

    describe('Rossiyskaya Gazeta reprint (rg-fomin)', () => {
      const article = loadCorpusDetected('rg-fomin');

      it('removes the outlet suffix from the title line and the comment form at the end', () => {
        expect(removedPairs(article)).toEqual([
          ['outlet suffix', '– Rossiyskaya Gazeta'],
          ['comment prompt', 'Leave a Reply'],
          ['comment prompt', 'Your email address will not be published. Required fields are marked *'],
          ['navigation', 'Back to top button'],
        ]);
        expectGone(article, ['Rossiyskaya Gazeta', 'Leave a Reply', 'email address', 'Back to top']);
      });

      it('keeps the title line, without the suffix, as a heading', () => {
        expect(blockTexts(article, 'headings')).toEqual([
          'Relations between Russia and NATO are at a critically low level',
        ]);
        expect(blockTexts(article, 'paragraphs').at(-1)).toMatch(/^It was noted that the Russian Federation is counting/);
      });

      it('detects the outlet from the suffix and the title without it', () => {
        expect(article).toMatchObject({
          outlet: 'Rossiyskaya Gazeta',
          title: 'Relations between Russia and NATO are at a critically low level',
          date: null,
          author: null,
        });
      });
    });
  });
});
