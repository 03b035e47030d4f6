import { describe, expect, it } from 'vitest';
import { QUESTION_OR_EXCLAMATION_MARKS, SENTENCE_END, SENTENCE_TERMINALS } from '../../src/text/punctuation.js';

describe('text', () => {
  describe('SENTENCE_END', () => {
    it.each([
      'Talks resumed.',
      'Will they resume?',
      'Never!',
      'And then…',
      '"We are ready," she said.',
      'He said: "We are ready."',
      'Das sagte er: „Wir sind bereit.“',
      '(Reuters.)',
      '中方一贯反对任何形式的单边制裁。',
      '损害各国人民的利益！',
      '制裁何时结束？',
      '“我们希望有关国家停止这种错误做法。”',
      '首相は「景気は緩やかに回復している。」',
      '全角の句点で終わる．',
      '半角の句点で終わる｡',
      'पानी भर गया।',
      'दोहा समाप्त॥',
      'मुख्यमंत्री ने कहा, "स्थिति पर नजर रखी जा रही है।"',
      'هل انتهى؟',
    ])('reads "%s" as ending a sentence', (text) => {
      expect(SENTENCE_END.test(text)).toBe(true);
    });

    it.each([
      'Talks resume',
      'Three demands:',
      'Moscow, Kyiv,',
      '中国外交部：反对任何形式的单边制裁',
      '毛宁说：',
      '日本の首相、追加の経済対策を表明',
      'दिल्ली में भारी बारिश से जनजीवन प्रभावित',
      '返回顶部',
    ])('reads "%s" as not ending one', (text) => {
      expect(SENTENCE_END.test(text)).toBe(false);
    });
  });

  describe('QUESTION_OR_EXCLAMATION_MARKS', () => {
    it('are sentence terminals, and no full stop is among them', () => {
      const terminal = new RegExp(`^[${SENTENCE_TERMINALS}]$`, 'u');
      for (const mark of QUESTION_OR_EXCLAMATION_MARKS) expect(terminal.test(mark)).toBe(true);
      for (const stop of ['.', '。', '．', '｡', '।']) expect(QUESTION_OR_EXCLAMATION_MARKS).not.toContain(stop);
    });
  });
});
