/**
 * The scorer's committed tables: rarity of terms in news text (idf.json) and WordNet synonym
 * groups (synonyms.json, see WORDNET-LICENSE). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

function readTable<T>(name: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), 'src/align/data', name), 'utf8')) as T;
}

export interface RarityTable {
  /** Inverse document frequency of a term; unseen terms count as rare as a term seen once. */
  idf(term: string): number;
}

let rarity: RarityTable | undefined;

/** Term rarity from sentence counts in news text: ln(1 + N / count). */
export function newsRarity(): RarityTable {
  if (!rarity) {
    const table = readTable<{ sentences: number; counts: Record<string, number> }>('idf.json');
    const counts = new Map(Object.entries(table.counts));
    const unseen = Math.log(1 + table.sentences);
    rarity = { idf: (term) => { const count = counts.get(term); return count === undefined ? unseen : Math.log(1 + table.sentences / count); } };
  }
  return rarity;
}

export interface SynonymTable {
  /** Whether two different terms share a WordNet sense that is a main sense of at least one of them. */
  areSynonyms(a: string, b: string): boolean;
}

let synonyms: SynonymTable | undefined;

export function wordnetSynonyms(): SynonymTable {
  if (!synonyms) {
    const { groups } = readTable<{ groups: string[] }>('synonyms.json');
    const main = new Map<string, number[]>();
    const listed = new Map<string, number[]>();
    groups.forEach((group, id) => {
      for (const member of group.split(' ')) {
        const isMain = member.endsWith('*');
        const term = isMain ? member.slice(0, -1) : member;
        push(listed, term, id);
        if (isMain) push(main, term, id);
      }
    });
    const shares = (ofA: number[] | undefined, ofB: number[] | undefined) => !!ofA && !!ofB && ofA.some((id) => ofB.includes(id));
    synonyms = {
      areSynonyms: (a, b) => a !== b && (shares(main.get(a), listed.get(b)) || shares(listed.get(a), main.get(b))),
    };
  }
  return synonyms;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
