/**
 * A seeded generator of a corpus with planted reuse, for the corpus-index benchmark: stories whose
 * first article (the source) is reused by later articles of other outlets — some sentences word
 * for word, some reworded, some left out — among unrelated articles. The gold standard is every
 * pair of sentences, in two articles of one story, that come from the same source sentence.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { madeUpLanguage, reword, seededRandom } from './generate.js';

const OUTLETS = ['TASS', 'Sputnik', 'RT', 'RIA Novosti', 'Interfax', 'Izvestia'];

export interface CorpusOptions {
  articles: number;
  /** Sentences per article (about). */
  sentences: number;
  seed: number;
}

export interface PlantedCorpus {
  /** Article id → its sentences' source ids (`story:sentence`), `null` for a sentence of its own. */
  origins: Map<string, Array<string | null>>;
  /** Story → its articles, the source first. */
  stories: string[][];
  /** Story → the id of its earliest article. */
  earliest: Map<number, string>;
  /** Gold sentence pairs: `a|b|i|j` with a < b (article ids), i and j sentence indices. */
  gold: Set<string>;
}

/**
 * Writes `options.articles` articles under `dir` (one folder per outlet) with a `manifest.json`
 * giving each one's outlet and date, and returns the planted reuse. About 60% of articles belong to
 * stories of two to five articles; a later article reuses 40–90% of the source's sentences, a
 * third of them reworded (a quarter of their content words replaced).
 */
export function generateCorpus(dir: string, options: CorpusOptions): PlantedCorpus {
  const random = seededRandom(options.seed);
  const { pick, sentence } = madeUpLanguage(random, 40_000, 16);
  const origins = new Map<string, Array<string | null>>();
  const stories: string[][] = [];
  const earliest = new Map<number, string>();
  const manifest: Array<Record<string, string | null>> = [];
  const write = (id: string, outlet: string, day: number, sentences: string[], from: Array<string | null>) => {
    const folder = outlet.toLowerCase().replace(/\s+/g, '-');
    mkdirSync(join(dir, folder), { recursive: true });
    const file = `${folder}/${id}.txt`;
    // Paragraphs of two or three sentences, as news copy.
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
    writeFileSync(join(dir, file), `${paragraphs.join('\n\n')}\n`);
    const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
    manifest.push({ id, file, outlet, date, published: null, title: null, url: null, author: null, story: null });
    origins.set(id, from);
  };

  let made = 0;
  let story = 0;
  while (made < options.articles) {
    const size = random() < 0.6 ? 2 + Math.floor(random() * 4) : 1;
    const count = Math.min(size, options.articles - made);
    const day = Math.floor(random() * 300);
    const outlets = shuffle([...OUTLETS], random).slice(0, count);
    const source = Array.from({ length: options.sentences - 5 + Math.floor(random() * 10) }, sentence);
    const ids: string[] = [];
    outlets.forEach((outlet, k) => {
      const id = `s${story}-${k}`;
      ids.push(id);
      if (k === 0) {
        write(id, outlet, day, source, source.map((_, i) => `${story}:${i}`));
        return;
      }
      const keep = 0.4 + random() * 0.5;
      const texts: string[] = [];
      const from: Array<string | null> = [];
      source.forEach((text, i) => {
        if (random() < keep) {
          texts.push(random() < 1 / 3 ? reword(text, 0.25, pick, random, false) : text);
          from.push(`${story}:${i}`);
        }
        if (random() < 0.3) {
          texts.push(sentence());
          from.push(null);
        }
      });
      // A later article is published one to three days after the one before it.
      write(id, outlet, day + k * (1 + Math.floor(random() * 3)), texts, from);
    });
    if (count > 1) {
      stories.push(ids);
      earliest.set(stories.length - 1, ids[0]);
    }
    made += count;
    story += 1;
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ schemaVersion: 1, articles: manifest }, null, 2)}\n`);
  return { origins, stories, earliest, gold: goldPairs(stories, origins) };
}

function goldPairs(stories: readonly string[][], origins: ReadonlyMap<string, Array<string | null>>): Set<string> {
  const gold = new Set<string>();
  for (const ids of stories) {
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const fromA = origins.get(a) ?? [];
        const fromB = origins.get(b) ?? [];
        const where = new Map<string, number>();
        fromB.forEach((origin, j) => origin !== null && where.set(origin, j));
        fromA.forEach((origin, i) => {
          const j = origin === null ? undefined : where.get(origin);
          if (j !== undefined) gold.add(`${a}|${b}|${i}|${j}`);
        });
      }
    }
  }
  return gold;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let k = items.length - 1; k > 0; k -= 1) {
    const j = Math.floor(random() * (k + 1));
    [items[k], items[j]] = [items[j], items[k]];
  }
  return items;
}
