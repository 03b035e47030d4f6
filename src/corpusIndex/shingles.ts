/**
 * Shingles: what finds candidate article pairs without comparing every pair. A sentence's
 * shingles are its consecutive content-word stems in pairs ("security guarantees",
 * "guarantees alliance"), hashed to 32 bits; an article's are its body sentences', once each.
 * Stems make inflections meet and pairs survive the rewording of a single word, as passim's
 * and textreuse's n-gram shingles do.
 */
import { locatedTerms } from '../align/terms.js';

/** FNV-1a, 32 bits: fast, well spread, and the same in every run (the index stores it). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shingles of one sentence; a sentence of one content word has that word as its shingle. */
export function sentenceShingles(text: string): number[] {
  const terms = locatedTerms(text).map((located) => located.term);
  if (terms.length === 1) return [hash32(terms[0])];
  const shingles: number[] = [];
  for (let k = 1; k < terms.length; k += 1) shingles.push(hash32(`${terms[k - 1]} ${terms[k]}`));
  return shingles;
}

/** The distinct shingles of an article's non-heading sentences. */
export function articleShingles(sentences: ReadonlyArray<{ text: string; heading: boolean }>): Set<number> {
  const shingles = new Set<number>();
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    for (const shingle of sentenceShingles(sentence.text)) shingles.add(shingle);
  }
  return shingles;
}
