/**
 * The scorer's committed tables: rarity of terms in news text (idf.tsv), WordNet synonym groups
 * (synonyms.tsv, see WORDNET-LICENSE) and irregular forms (irregular.tsv). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';

function readTable(name: string): string {
  return readFileSync(join(packageRoot(), 'src/align/data', name), 'utf8');
}

export interface RarityTable {
  /** Inverse document frequency of a term; unseen terms count as rare as a term seen once. */
  idf(term: string): number;
}

let rarity: RarityTable | undefined;

/**
 * Term rarity from sentence counts in news text: ln(1 + N / count). A term's count is looked up in
 * the table's text the first time it is asked for ({@link sortedRows}): a comparison asks for a
 * few hundred terms, and parsing all nine thousand cost more start-up time than those lookups.
 */
export function newsRarity(): RarityTable {
  if (!rarity) {
    const text = readTable('idf.tsv');
    const sentences = Number(/^# sentences: (\d+)\r?$/m.exec(text)?.[1]);
    if (!(sentences > 0)) throw new Error('src/align/data/idf.tsv: the "# sentences: N" line is missing');
    const rowOf = sortedRows(text);
    const unseen = Math.log(1 + sentences);
    const weights = new Map<string, number>();
    rarity = {
      idf: (term) => {
        let weight = weights.get(term);
        if (weight === undefined) {
          const row = rowOf(term);
          const count = row === undefined ? 0 : Number(row.slice(row.indexOf('\t') + 1));
          weight = count > 0 ? Math.log(1 + sentences / count) : unseen;
          weights.set(term, weight);
        }
        return weight;
      },
    };
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
 * WordNet synonyms (synonyms.tsv, one line per term, sorted by term). Loading only reads the
 * file; a term's line is found by binary search over its text ({@link sortedRows}) and its group
 * ids parsed the first time it is looked up, so start-up stays a few milliseconds.
 */
export function wordnetSynonyms(): SynonymTable {
  if (!synonyms) {
    const text = readTable('synonyms.tsv');
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
 * first, blank lines anywhere. Returns the whole line, or `undefined`.
 * The search bisects the text itself, landing anywhere and moving on to the next line, so no
 * index of the line starts is built: the table is read once per command, and listing its tens of
 * thousands of lines cost more than every lookup of a comparison.
 * Cost: about log2(length) lines read per lookup.
 */
export function sortedRows(text: string): (key: string) => string | undefined {
  const lineEnd = (start: number) => {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
  };
  /** The first row starting at or after `at`: `at` itself if a line starts there, else the next line's start; blank lines passed over. */
  const rowFrom = (at: number) => {
    let start = at === 0 || text.charCodeAt(at - 1) === 0x0a ? at : lineEnd(at) + 1;
    while (start < text.length && (text.charCodeAt(start) === 0x0a || text.charCodeAt(start) === 0x0d)) start = lineEnd(start) + 1;
    return Math.min(start, text.length);
  };
  let rowsStart = rowFrom(0);
  while (rowsStart < text.length && text.charCodeAt(rowsStart) === 0x23 /* # */) rowsStart = rowFrom(lineEnd(rowsStart) + 1);
  return (key) => {
    // Rows starting in [low, high) are the ones left; `low` is always a row's start.
    let low = rowsStart;
    let high = text.length;
    while (low < high) {
      const start = rowFrom((low + high) >>> 1);
      if (start >= high) {
        // No row starts in the upper half: the one left, if any, starts before it.
        high = (low + high) >>> 1;
        continue;
      }
      const end = lineEnd(start);
      const tab = text.indexOf('\t', start);
      const found = text.slice(start, tab >= 0 && tab < end ? tab : end);
      if (found === key) return text.slice(start, end);
      if (found < key) low = rowFrom(Math.min(end + 1, text.length));
      else high = start;
    }
    return undefined;
  };
}
