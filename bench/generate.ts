/**
 * A seeded generator of article pairs with a known pattern of reworded, split, moved and
 * unrelated sentences, for measuring the aligner's speed and recall at scale.
 */

/** Mulberry32: a small, fast, seeded PRNG, so every run builds the same articles. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYLLABLES = ['ba', 'ko', 'ri', 'ten', 'mal', 'dor', 'vi', 'sen', 'lu', 'gar', 'pe', 'nos', 'tri', 'fa', 'zel', 'mo', 'quin', 'dra', 'hu', 'cel'];
export const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'on', 'for', 'with', 'as', 'by', 'was', 'is', 'it', 'from'];

export interface GeneratedPair {
  left: string[];
  right: string[];
  /** Left sentence index → the right sentence indices holding its version. */
  versions: Map<number, number[]>;
}

export interface GenerateOptions {
  sentences: number;
  /** Share of left sentences that have a version on the right. */
  sharedShare: number;
  /** Share of content words a version replaces with other words (translation variants). */
  rewordShare: number;
  /** Share of versions split into two right sentences. */
  splitShare: number;
  /** Share of versions moved far from their place. */
  moveShare: number;
  seed: number;
}

/**
 * Builds a left article and a right one in which `sharedShare` of the left sentences reappear
 * reworded (some split in two, some moved), among unrelated sentences. Words follow a Zipf-like
 * distribution over a vocabulary of made-up words, so common words are common as in real text.
 */
export function generateArticlePair(options: GenerateOptions): GeneratedPair {
  const random = seededRandom(options.seed);
  const { pick, sentence } = madeUpLanguage(random, 6000, 18);

  const left = Array.from({ length: options.sentences }, sentence);
  const slots: Array<{ from: number | null; texts: string[] }> = [];
  left.forEach((text, i) => {
    if (random() < options.sharedShare) {
      const reworded = reword(text, options.rewordShare, pick, random);
      slots.push({ from: i, texts: random() < options.splitShare ? splitInTwo(reworded) : [reworded] });
    }
    if (random() < 1 - options.sharedShare) slots.push({ from: null, texts: [sentence()] });
  });
  // Move some versions far away, as outlets move paragraphs.
  for (let k = 0; k < slots.length; k += 1) {
    if (slots[k].from !== null && random() < options.moveShare) {
      const [moved] = slots.splice(k, 1);
      slots.splice(Math.floor(random() * slots.length), 0, moved);
    }
  }
  const right: string[] = [];
  const versions = new Map<number, number[]>();
  for (const slot of slots) {
    const indices = slot.texts.map((text) => right.push(text) - 1);
    if (slot.from !== null) versions.set(slot.from, indices);
  }
  return { left, right, versions };
}

/** A made-up word, unique by its index `k`. */
/**
 * A made-up language: `vocabularySize` words drawn with a Zipf-like skew (`pick`), and sentences
 * of 10 to 10 + `lengthSpread` − 1 words, 40% of them function words (`sentence`).
 */
export function madeUpLanguage(random: () => number, vocabularySize: number, lengthSpread: number): { pick: () => string; sentence: () => string } {
  const vocabulary = Array.from({ length: vocabularySize }, (_, k) => makeWord(k, random));
  const pick = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.2))];
  const sentence = () => {
    const length = 10 + Math.floor(random() * lengthSpread);
    const words = Array.from({ length }, () => (random() < 0.4 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] : pick()));
    return `${capitalise(words.join(' '))}.`;
  };
  return { pick, sentence };
}

export function makeWord(k: number, random: () => number): string {
  const parts = 2 + (k % 3);
  let word = '';
  for (let p = 0; p < parts; p += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return `${word}${k.toString(36)}`;
}

/** Replaces exactly `share` of the content words (at random positions) and, with `insert`, sometimes inserts one. */
export function reword(text: string, share: number, pick: () => string, random: () => number, insert = true): string {
  const words = text.slice(0, -1).split(' ');
  const content = words.flatMap((word, k) => (FUNCTION_WORDS.includes(word.toLowerCase()) ? [] : [k]));
  const replace = Math.round(share * content.length);
  for (let n = 0; n < replace; n += 1) {
    const [k] = content.splice(Math.floor(random() * content.length), 1);
    words[k] = pick();
  }
  if (insert && random() < 0.5) words.splice(Math.floor(random() * words.length), 0, pick());
  return `${capitalise(words.join(' ').toLowerCase())}.`;
}

function splitInTwo(text: string): string[] {
  const words = text.slice(0, -1).split(' ');
  const cut = Math.floor(words.length / 2);
  return [`${words.slice(0, cut).join(' ')}.`, `${capitalise(words.slice(cut).join(' '))}.`];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
