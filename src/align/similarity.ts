import stringSimilarity from 'string-similarity';
import { normaliseForMatching } from '../text/normalise.js';
import { attributionSpans } from './attribution.js';
import { isRelatedForm, locatedTerms } from './terms.js';

/** What the scorer needs to know of one side of a candidate pair (one sentence, or two joined). */
export interface SentenceProfile {
  /** Distinct content terms. */
  terms: string[];
  /** Terms found only in a reporting clause ("…, Zakharova said"): they count for less. */
  attributionOnly: ReadonlySet<string>;
  /** Folded, lower-cased text for character similarity. */
  matchText: string;
}

/** The evidence behind one pair score. */
export interface PairEvidence {
  /** Combined score, 0–1. */
  score: number;
  /** Rarity-weighted overlap of content terms (weighted Dice), 0–1. */
  termOverlap: number;
  /** Share of the lighter side's term weight found in the other side, 0–1. */
  containment: number;
  /** Whole-string character-bigram Dice, 0–1. */
  characterDice: number;
  /** Share of each side's term weight matched in the other: [left, right]. */
  coverage: [number, number];
}

/** How much a term counts as evidence; rarer terms count more. */
export type TermWeight = (term: string) => number;

/** Weights of the combined score; they add up to 1. Tuned on the seed gold pairs and fixtures. */
export const SCORE_WEIGHTS = { termOverlap: 0.55, containment: 0.25, characterDice: 0.2 } as const;

/** How much a word of a reporting clause counts, against 1 for a word of what was said. */
export const ATTRIBUTION_FACTOR = 0.3;

/** Builds the profile of a sentence, or of several consecutive sentences read as one. */
export function profileOf(texts: readonly string[]): SentenceProfile {
  return joinProfiles(texts.map(profileOfSentence));
}

function profileOfSentence(text: string): SentenceProfile {
  const spans = attributionSpans(text);
  const inClause = new Set<string>();
  const inContent = new Set<string>();
  for (const { term, start } of locatedTerms(text)) {
    const clause = spans.some((span) => start >= span.start && start < span.end);
    (clause ? inClause : inContent).add(term);
  }
  return {
    terms: [...new Set([...inContent, ...inClause])],
    attributionOnly: new Set([...inClause].filter((term) => !inContent.has(term))),
    matchText: normaliseForMatching(text),
  };
}

/** Joins profiles of consecutive sentences without re-reading their text. */
export function joinProfiles(parts: readonly SentenceProfile[]): SentenceProfile {
  if (parts.length === 1) return parts[0];
  const terms = [...new Set(parts.flatMap((part) => part.terms))];
  const attributionOnly = new Set(
    terms.filter((term) => parts.every((part) => !part.terms.includes(term) || part.attributionOnly.has(term))),
  );
  return { terms, attributionOnly, matchText: parts.map((part) => part.matchText).join(' ') };
}

/**
 * Scores how likely two sentences are versions of one another (0–1), from rarity-weighted
 * term overlap, containment of the shorter in the longer, and character similarity.
 * Cost: O(|left terms| × |right terms|) plus one bigram Dice over both texts.
 */
export function scorePair(left: SentenceProfile, right: SentenceProfile, termWeight: TermWeight): PairEvidence {
  const leftWeight = discounted(left, termWeight);
  const rightWeight = discounted(right, termWeight);
  const [leftMatched, rightMatched] = matchedWeights(left.terms, right.terms, leftWeight, rightWeight);
  const leftTotal = totalWeight(left.terms, leftWeight);
  const rightTotal = totalWeight(right.terms, rightWeight);
  const total = leftTotal + rightTotal;
  const termOverlap = total > 0 ? (leftMatched + rightMatched) / total : 0;
  const leftCoverage = leftTotal > 0 ? leftMatched / leftTotal : 0;
  const rightCoverage = rightTotal > 0 ? rightMatched / rightTotal : 0;
  const containment = leftTotal <= rightTotal ? leftCoverage : rightCoverage;
  const characterDice = stringSimilarity.compareTwoStrings(left.matchText, right.matchText);
  const score =
    SCORE_WEIGHTS.termOverlap * termOverlap +
    SCORE_WEIGHTS.containment * containment +
    SCORE_WEIGHTS.characterDice * characterDice;
  return { score, termOverlap, containment, characterDice, coverage: [leftCoverage, rightCoverage] };
}

function discounted(profile: SentenceProfile, termWeight: TermWeight): TermWeight {
  if (profile.attributionOnly.size === 0) return termWeight;
  return (term) => termWeight(term) * (profile.attributionOnly.has(term) ? ATTRIBUTION_FACTOR : 1);
}

function totalWeight(terms: readonly string[], weightOf: TermWeight): number {
  let sum = 0;
  for (const term of terms) sum += weightOf(term);
  return sum;
}

/**
 * Weight of each side's terms that have a partner on the other side: the same term, or a
 * related form of it. Each term is used at most once.
 */
function matchedWeights(
  left: readonly string[],
  right: readonly string[],
  leftWeight: TermWeight,
  rightWeight: TermWeight,
): [number, number] {
  const rightSet = new Set(right);
  const usedRight = new Set<string>();
  let leftMatched = 0;
  let rightMatched = 0;
  const pending: string[] = [];
  for (const term of left) {
    if (rightSet.has(term)) {
      usedRight.add(term);
      leftMatched += leftWeight(term);
      rightMatched += rightWeight(term);
    } else {
      pending.push(term);
    }
  }
  // Related forms are the rarer case: look for them only among terms left over.
  for (const term of pending) {
    const partner = right.find((candidate) => !usedRight.has(candidate) && !left.includes(candidate) && isRelatedForm(term, candidate));
    if (partner === undefined) continue;
    usedRight.add(partner);
    leftMatched += leftWeight(term);
    rightMatched += rightWeight(partner);
  }
  return [leftMatched, rightMatched];
}
