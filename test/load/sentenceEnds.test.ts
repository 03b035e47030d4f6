/**
 * Sentence ends in other scripts: Chinese and Japanese `。！？．`, the Devanagari danda `।` `॥`,
 * read by the loader (headings, the other-script rule) and the splitter alike.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { loadArticleText } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import type { Article } from '../../src/types.js';
import { coverageProblems, loadFixture, removedPairs } from './helpers.js';

/** A fixture loaded and split into sentences. */
function sentencesOfFixture(name: string): Article {
  return splitSentences(loadFixture(name));
}

/** Each sentence as `## heading` or its text, as `inspect` lists them. */
function listed(article: Article): string[] {
  return article.sentences.map((s) => (s.heading ? `## ${s.text}` : s.text));
}

function load(text: string): Article {
  return splitSentences(loadArticleText(text, { id: 'x', source: 'x.txt' }));
}

/** Every sentence's offsets slice back to its text. */
function expectOffsetsHold(article: Article): void {
  for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
}

describe('load', () => {
  describe('sentence ends in other scripts', () => {
    it('splits a Chinese article at 。！？, keeping a closing quote with its sentence and an opening one with the next', () => {
      const article = sentencesOfFixture('chinese-article.txt');
      expect(listed(article)).toEqual([
        '## 中国外交部：反对任何形式的单边制裁',
        '外交部发言人毛宁7日在例行记者会上表示，中方一贯反对任何形式的单边制裁。',
        '她说，单边制裁违反国际法，损害各国人民的利益！',
        '毛宁说：“我们希望有关国家停止这种错误做法。”',
        '她还表示，中方将继续同国际社会一道，维护多边主义。',
        '“制裁解决不了问题。”',
        '## 多边合作前景',
        '有记者问：制裁何时结束？',
        '毛宁没有直接回答。',
      ]);
      expect(article.title).toBe('中国外交部：反对任何形式的单边制裁');
      expect(article.removed).toEqual([]);
      expect(article.sentences.slice(3, 5).map((s) => [s.start, s.end])).toEqual([
        [80, 103],
        [103, 128],
      ]);
      expectOffsetsHold(article);
      expect(coverageProblems(loadFixture('chinese-article.txt'))).toEqual([]);
    });

    it('splits a Japanese article at 。？, a quotation read on by its particle staying one sentence', () => {
      const article = sentencesOfFixture('japanese-article.txt');
      expect(listed(article)).toEqual([
        '## 日本の首相、追加の経済対策を表明',
        '岸田文雄首相は７日、首相官邸で記者会見を開き、経済対策について説明した。',
        '首相は「景気は緩やかに回復している。」と述べた。',
        '「物価高への対応が急務だ。」',
        '首相はこう強調した。',
        '## 野党の反応',
        '野党は対策の規模が不十分だと批判した。',
        '財源はどうするのか？',
        '政府は来週、追加の対策を発表する予定だ。',
      ]);
      expect(article.sentences.slice(2, 4).map((s) => [s.start, s.end])).toEqual([
        [56, 80],
        [80, 94],
      ]);
      expectOffsetsHold(article);
      expect(coverageProblems(loadFixture('japanese-article.txt'))).toEqual([]);
    });

    it('splits a Hindi article at the danda, and a paragraph ending in one is no heading', () => {
      const article = sentencesOfFixture('hindi-article.txt');
      expect(listed(article)).toEqual([
        '## दिल्ली में भारी बारिश से जनजीवन प्रभावित',
        'नई दिल्ली में मंगलवार को भारी बारिश के कारण कई इलाकों में पानी भर गया।',
        'मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।',
        '## स्कूल बंद',
        'दिल्ली सरकार ने सभी स्कूलों को बंद रखने का आदेश दिया है।',
        'मुख्यमंत्री ने कहा, "स्थिति पर नजर रखी जा रही है।"',
        'क्या सरकार तैयार थी?',
        'विपक्ष ने सवाल उठाए हैं।',
      ]);
      expectOffsetsHold(article);
      expect(coverageProblems(loadFixture('hindi-article.txt'))).toEqual([]);
    });

    it('reads headings by the same rules as in other scripts: no final mark, no question, not too long, after a finished paragraph', () => {
      const lede = '外交部发言人毛宁7日表示，中方反对单边制裁。';
      const headings = (line: string) => load(`制裁问题\n\n${lede}\n\n${line}\n\n${lede}\n`).sentences.filter((s) => s.heading).map((s) => s.text);
      expect(headings('多边合作前景')).toEqual(['制裁问题', '多边合作前景']);
      expect(headings('制裁何时结束？')).toEqual(['制裁问题']);
      expect(headings('中方将继续同国际社会一道维护多边主义并且反对任何国家以任何借口对其他国家实施单边制裁')).toEqual(['制裁问题']);
      // A title may ask.
      expect(load(`制裁何时结束？\n\n${lede}\n`).sentences.map((s) => s.heading)).toEqual([true, false]);
      // Under a line leading into it, a short line is no subhead.
      expect(load(`制裁问题\n${lede}\n毛宁说：\n多边合作前景\n`).sentences.filter((s) => s.heading).map((s) => s.text)).toEqual(['制裁问题']);
    });

    it('keeps a closing quotation in Chinese under an English article and removes a short interface line in Chinese', () => {
      const loaded = loadFixture('chinese-quotation-last.txt');
      expect(removedPairs(loaded)).toEqual([['other script', '返回顶部']]);
      const article = splitSentences(loaded);
      expect(article.sentences.at(-1)).toMatchObject({ text: '“我们希望有关国家停止这种错误做法。”', heading: false });
      expectOffsetsHold(article);
    });

    it('aligns every sentence of a Chinese article compared with itself, headings with headings', () => {
      const left = sentencesOfFixture('chinese-article.txt');
      const right = { ...sentencesOfFixture('chinese-article.txt'), id: 'copy' };
      const comparison = compareArticles([left, right]);
      expect(comparison.unmatched).toEqual([]);
      expect(comparison.alignments.map((a) => a.members.map((m) => m.sentences))).toEqual(left.sentences.map((s) => [[s.index], [s.index]]));
      expect(comparison.alignments.every((a) => a.verdict === 'identical')).toBe(true);
    });
  });
});
