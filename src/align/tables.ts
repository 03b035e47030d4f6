/**
 * The scorer's committed tables: rarity of terms in news text (idf.json) and WordNet synonym
 * groups (synonyms.tsv, see WORDNET-LICENSE). Loaded once, on first use.
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
    const weights = new Map(Object.entries(table.counts).map(([term, count]) => [term, Math.log(1 + table.sentences / count)]));
    const unseen = Math.log(1 + table.sentences);
    rarity = { idf: (term) => weights.get(term) ?? unseen };
  }
  return rarity;
}

/** The synonym groups a term belongs to: as a main sense, and as any listed sense. */
export interface SynonymGroups {
  main: readonly number[];
  listed: readonly number[];
}

export interface SynonymTable {
  /** Whether two different terms share a WordNet sense that is a main sense of at least one of them. */
  areSynonyms(a: string, b: string): boolean;
  groupsOf(term: string): SynonymGroups | undefined;
}

/** Whether two terms' groups make them synonyms (see {@link SynonymTable.areSynonyms}). */
export function groupsMeet(a: SynonymGroups, b: SynonymGroups): boolean {
  return sharesAny(a.main, b.listed) || sharesAny(a.listed, b.main);
}

function sharesAny(a: readonly number[], b: readonly number[]): boolean {
  for (const id of a) if (b.includes(id)) return true;
  return false;
}

let synonyms: SynonymTable | undefined;

/**
 * WordNet synonyms (synonyms.tsv). Loading splits the file into lines only; a term's group ids
 * are parsed the first time it is looked up, so start-up stays well under 100 ms.
 */
export function wordnetSynonyms(): SynonymTable {
  if (!synonyms) {
    const text = readFileSync(join(packageRoot(), 'src/align/data/synonyms.tsv'), 'utf8');
    const rows = new Map<string, string>();
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      rows.set(line.slice(0, line.indexOf('\t')), line);
    }
    const parsed = new Map<string, SynonymGroups | null>();
    const ids = (column: string | undefined) => (column ? column.split(',').map(Number) : []);
    const groupsOf = (term: string): SynonymGroups | undefined => {
      let groups = parsed.get(term);
      if (groups === undefined) {
        const row = rows.get(term);
        if (row === undefined) groups = null;
        else {
          const [, mainColumn, laterColumn] = row.split('\t');
          const main = ids(mainColumn);
          groups = { main, listed: [...main, ...ids(laterColumn)] };
        }
        parsed.set(term, groups);
      }
      return groups ?? undefined;
    };
    synonyms = {
      groupsOf,
      areSynonyms: (a, b) => {
        const ofA = groupsOf(a);
        const ofB = groupsOf(b);
        return a !== b && !!ofA && !!ofB && groupsMeet(ofA, ofB);
      },
    };
  }
  return synonyms;
}
