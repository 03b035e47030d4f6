import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { decodeBytes, detectWrapWidth, listCorpus, loadArticleText } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { corpusText, FIXTURES_DIR, REPO_DIR } from './helpers.js';

function readFixture(name: string, encoding?: 'latin1'): string {
  return decodeBytes(readFileSync(join(FIXTURES_DIR, name)), name, { encoding });
}

function sentencesOf(text: string, layout?: 'lines' | 'wrapped' | 'auto'): string[] {
  return splitSentences(loadArticleText(text, { id: 'a', source: 'a.txt', layout })).sentences.map((sentence) => sentence.text);
}

describe('load/layout', () => {
  it('never takes web text (a paragraph per line) for wrapped text', () => {
    for (const { id } of listCorpus()) expect(detectWrapWidth(corpusText(id)), id).toBeNull();
    const fixtures = [
      ...readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.txt') && !name.startsWith('wire-')).map((name) => join(FIXTURES_DIR, name)),
      ...readdirSync(join(REPO_DIR, 'fixtures', 'align')).filter((name) => name.endsWith('.txt')).map((name) => join(REPO_DIR, 'fixtures', 'align', name)),
    ];
    for (const file of fixtures) expect(detectWrapWidth(readFileSync(file, 'utf8')), file).toBeNull();
  });

  it('never takes short one-sentence-per-line paragraphs for wrapped text', () => {
    const sentence = fc.constantFrom(
      'The ministry said talks will continue next week.',
      'NATO rejected the proposals on Friday.',
      'Officials met in Geneva.',
      '"We expect a clear answer," she said.',
      'Exports of grain reached 4.2 million tonnes in February, up from a year earlier.',
    );
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 5, maxLength: 30 }), fc.constantFrom('\n', '\n\n'), (lines, separator) => {
        expect(detectWrapWidth(lines.join(separator))).toBeNull();
      }),
    );
  });

  it('never takes Chinese or Hindi web text, its lines ending in 。！？ or the danda, for wrapped text', () => {
    const chinese = [
      '外交部发言人毛宁7日在例行记者会上表示，中方一贯反对任何形式的单边制裁，并将继续维护多边主义。',
      '她说，单边制裁违反国际法，损害各国人民的利益，也无助于解决有关问题，只会使局势更加复杂！',
      '毛宁说：“我们希望有关国家停止这种错误做法，回到对话协商的正确轨道上来，共同维护地区和平。”',
      '有记者问：制裁何时结束？对此，毛宁表示，中方的立场是一贯的、明确的，希望有关方面认真对待。',
      '她还表示，中方将继续同国际社会一道，坚定维护以联合国为核心的国际体系和以国际法为基础的国际秩序。',
      '分析人士认为，单边制裁不仅损害被制裁国家人民的利益，也会对全球产业链供应链的稳定造成冲击。',
    ];
    const hindi = [
      'नई दिल्ली में मंगलवार को भारी बारिश के कारण कई इलाकों में पानी भर गया और यातायात ठप रहा।',
      'मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है और लोगों से घरों में रहने को कहा है।',
      'दिल्ली सरकार ने सभी स्कूलों को बंद रखने का आदेश दिया है ताकि बच्चों को कोई परेशानी न हो।',
      'मुख्यमंत्री ने कहा कि स्थिति पर नजर रखी जा रही है और राहत कार्य तेजी से चल रहे हैं।',
      'विपक्ष ने सवाल उठाए हैं कि सरकार ने पहले से तैयारी क्यों नहीं की थी, जब चेतावनी मिल चुकी थी?',
      'कई इलाकों में बिजली की आपूर्ति भी बाधित हुई है और लोग पीने के पानी के लिए परेशान हैं।',
    ];
    expect(detectWrapWidth(chinese.join('\n'))).toBeNull();
    expect(detectWrapWidth(hindi.join('\n'))).toBeNull();
  });

  it('rebuilds the paragraphs of indented wire copy, dropping its slug, transmission stamp and dateline', () => {
    const text = readFixture('wire-wrapped.txt');
    expect(detectWrapWidth(text)).toBeGreaterThanOrEqual(60);
    const article = loadArticleText(text, { id: 'wire', source: 'wire.txt' });
    expect(article.removed.map((piece) => piece.reason)).toEqual(['wire slug', 'transmission stamp', 'dateline', 'reporting credit']);
    expect(article.title).toBe('Russia says NATO situation deteriorating');
    const sentences = splitSentences(article).sentences.map((sentence) => sentence.text);
    expect(sentences).toContain(
      'Zakharova said Moscow would insist that NATO stop its eastward expansion, refuse to deploy strike weapons near Russian borders and return its forces to the positions of 1997.',
    );
    expect(sentences).toContain('Western officials said they had seen no evidence of a pullback.');
    expect(sentences).toHaveLength(8);
  });

  it('starts a paragraph at each indented line of copy that indents first lines: an indented headline stays apart from the lede', () => {
    const text = readFixture('wire-indented-headline.txt');
    expect(detectWrapWidth(text)).not.toBeNull();
    const article = loadArticleText(text, { id: 'wire', source: 'wire.txt' });
    expect(article.title).toBe('Ferry link to the islands restored after storm');
    expect(article.removed.map((piece) => [piece.reason, piece.text])).toEqual([['dateline', 'HELSINKI, April 9 (Reuters) -']]);
    // Two one-line paragraphs in a row at the end stay two paragraphs.
    expect(sentencesOf(text).slice(-2)).toEqual(['Repairs cost about 2 million euros, it added.', 'About 3,000 travellers spent at least one night in hotels.']);
    expect(article.blocks).toHaveLength(6);
    // A headline flush left above the indented paragraphs is the title too.
    expect(loadArticleText(text.replace(/^ +/, ''), { id: 'wire', source: 'wire.txt' }).title).toBe('Ferry link to the islands restored after storm');
  });

  it('rebuilds blank-line paragraphs of a Latin-1 archive file', () => {
    const sentences = sentencesOf(readFixture('wire-blank-lines-latin1.txt', 'latin1'));
    expect(sentences[1]).toBe(
      'Russia hopes that negotiations on security guarantees will continue, Foreign Ministry spokeswoman Maria Zakharova said on Friday, after a meeting of NATO defence ministers in Bruxelles café.',
    );
    expect(sentences).toHaveLength(8);
  });

  it('keeps end-of-paragraph marks out of sentences, but not a mark inside one', () => {
    const text = 'Under ¶ 5 of the treaty, both sides must notify the other.¶\n¶\nThe notice came on Friday.¶';
    expect(sentencesOf(text)).toEqual(['Under ¶ 5 of the treaty, both sides must notify the other.', 'The notice came on Friday.']);
  });

  it('ends a paragraph at an end-of-paragraph mark even when its last line is full', () => {
    const text = [
      'Talks on European security resumed in Geneva on Friday after a pause of',
      'two weeks, officials said, and both delegations described the session as',
      'businesslike and calm despite the tension of the last month in the region¶',
      'The next round is due in March, a diplomat said, though no date has been',
      'set yet and either side could still postpone it if the situation worsens¶',
      'Observers in the city said the mood among the two teams was better than in',
      'January, when talks broke off after less than an hour without any statement¶',
    ].join('\n');
    expect(detectWrapWidth(text)).not.toBeNull();
    const article = loadArticleText(text, { id: 'a', source: 'a.txt' });
    expect(article.blocks).toHaveLength(3);
    expect(sentencesOf(text)[1]).toBe('The next round is due in March, a diplomat said, though no date has been set yet and either side could still postpone it if the situation worsens');
  });

  it('reads line by line with layout "lines", and forces wrapping with "wrapped"', () => {
    const text = readFixture('wire-wrapped.txt');
    // Line by line, every physical line is a block of its own, so sentences break at line ends.
    expect(sentencesOf(text, 'lines')).toContain('return its forces to the positions of 1997.');
    const short = 'Talks resumed in Geneva on Friday after a\npause of two weeks, officials said.\n\nNo date was set for the next round.';
    expect(detectWrapWidth(short)).toBeNull();
    expect(sentencesOf(short, 'wrapped')).toEqual([
      'Talks resumed in Geneva on Friday after a pause of two weeks, officials said.',
      'No date was set for the next round.',
    ]);
  });

  it('keeps offsets true to the original text across rebuilt paragraphs', () => {
    const text = readFixture('wire-wrapped.txt');
    const article = splitSentences(loadArticleText(text, { id: 'wire', source: 'wire.txt' }));
    for (const sentence of article.sentences) {
      expect(text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim()).toBe(sentence.text);
    }
  });

  it('aligns wire copy with a web article of the same statement, TeX quotes folded', async () => {
    const wire = splitSentences(loadArticleText(readFixture('wire-wrapped.txt'), { id: 'wire', source: 'wire.txt' }));
    const tass = splitSentences(loadArticleText(corpusText('tass-zakharova'), { id: 'tass', source: 'tass.txt' }));
    const comparison = compareArticles([tass, wire]);
    const pair = comparison.alignments.find((alignment) => alignment.members.some((member) => member.text.includes('continues to deteriorate')));
    expect(pair?.members.map((member) => member.article)).toEqual(['tass', 'wire']);
    // `` and '' read as quotation marks: no change is reported for them.
    const wireMember = pair?.members.find((member) => member.article === 'wire');
    expect(wireMember?.diff.filter((run) => run.op !== 'equal').map((run) => run.text.trim())).not.toContain("''");
  });
});
