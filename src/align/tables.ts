/**
 * The scorer's committed tables: rarity of terms in news text (idf.json), WordNet synonym groups
 * (synonyms.tsv, see WORDNET-LICENSE) and irregular forms (irregular.tsv). Loaded once, on first use.
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

/**
 * Term rarity from sentence counts in news text: ln(1 + N / count). The counts stay the parsed
 * JSON object and each weight is worked out when asked for: building a map of all of them cost
 * more start-up time than the lookups of a whole comparison.
 */
export function newsRarity(): RarityTable {
  if (!rarity) {
    const table = readTable<{ sentences: number; counts: Record<string, number> }>('idf.json');
    const unseen = Math.log(1 + table.sentences);
    rarity = { idf: (term) => (Object.hasOwn(table.counts, term) ? Math.log(1 + table.sentences / table.counts[term]) : unseen) };
  }
  return rarity;
}

/** The synonym groups a term belongs to: as a main sense, and as any listed sense. */
export interface SynonymGroups {
  /** Ascending. */
  main: readonly number[];
  /** Ascending. */
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

/** Whether two ascending id lists share an id: one merge pass. */
function sharesAny(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return false;
}

let synonyms: SynonymTable | undefined;

/**
 * WordNet synonyms (synonyms.tsv, one line per term, sorted by term). Loading only notes where
 * each line starts; a term's line is found by binary search and its group ids parsed the first
 * time it is looked up, so start-up stays a few milliseconds.
 */
export function wordnetSynonyms(): SynonymTable {
  if (!synonyms) {
    const text = readFileSync(join(packageRoot(), 'src/align/data/synonyms.tsv'), 'utf8');
    const rowOf = sortedRows(text);
    const parsed = new Map<string, SynonymGroups | null>();
    const ids = (column: string | undefined) => (column ? column.split(',').map(Number) : []);
    const ascending = (values: number[]) => values.sort((x, y) => x - y);
    const groupsOf = (term: string): SynonymGroups | undefined => {
      let groups = parsed.get(term);
      if (groups === undefined) {
        const row = rowOf(term);
        if (row === undefined) groups = null;
        else {
          const [, mainColumn, laterColumn] = row.split('\t');
          const main = ids(mainColumn);
          groups = { main: ascending([...main]), listed: ascending([...main, ...ids(laterColumn)]) };
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

let irregularForms: Map<string, string> | undefined;

/**
 * The base word of an irregular form ("bought" → "buy", "children" → "child"), from WordNet's
 * exception lists (irregular.tsv, derived by scripts/buildIrregular.ts), which the stemmer cannot
 * know; `undefined` for any other word. Read into a map on first use: every new word of a text
 * asks, and a cold binary search per word cost a comparison some 20 ms more than the map.
 */
export function irregularBase(form: string): string | undefined {
  if (!irregularForms) {
    irregularForms = new Map();
    // Either line ending: a checkout may have turned them into CRLF.
    for (const line of readFileSync(join(packageRoot(), 'src/align/data/irregular.tsv'), 'utf8').split(/\r?\n/)) {
      const tab = line.indexOf('\t');
      if (tab > 0 && !line.startsWith('#')) irregularForms.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return irregularForms.get(form);
}

/**
 * A lookup by key over lines `key<TAB>…` sorted by key (JavaScript string order), `#` comments
 * first. Returns the whole line, or `undefined`.
 */
export function sortedRows(text: string): (key: string) => string | undefined {
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text.charCodeAt(at) !== 0x23 /* # */ && next - at > 1) starts.push(at);
    at = next;
  }
  const keyAt = (start: number) => text.slice(start, text.indexOf('\t', start));
  return (key) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = keyAt(starts[middle]);
      if (found === key) {
        const end = text.indexOf('\n', starts[middle]);
        return text.slice(starts[middle], end < 0 ? text.length : end);
      }
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
}
