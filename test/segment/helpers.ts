import { readFileSync } from 'node:fs';
import type { LoadedArticle, TextBlock } from '../../src/types.js';
import { segmentText } from '../../src/segment/index.js';

/** One case of `fixtures/segment/boundaries.txt`. */
export interface BoundaryCase {
  name: string;
  input: string;
  sentences: string[];
}

/** Reads the `## name` / input / `> sentence` cases of a boundary fixture file. */
export function readBoundaryCases(path: string): BoundaryCase[] {
  const chunks = readFileSync(path, 'utf8').split(/\n\s*\n/);
  return chunks
    .map((chunk) => chunk.split('\n').filter((line) => line !== '' && !line.startsWith('# ')))
    .filter((lines) => lines.length > 0 && lines[0].startsWith('## '))
    .map((lines) => ({
      name: lines[0].slice(3),
      input: lines[1],
      sentences: lines.slice(2).map((line) => line.replace(/^> /, '')),
    }));
}

/** The sentences of `text` (or of a range of it) as strings: the shape tests compare. */
export function sentencesOf(text: string, start?: number, end?: number): string[] {
  return segmentText(text, start, end).map((span) => text.slice(span.start, span.end));
}

/** A LoadedArticle with one block per non-empty trimmed line, none a heading. */
export function articleFromLines(id: string, text: string): LoadedArticle {
  const blocks: TextBlock[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed !== '') blocks.push({ start: offset + lead, end: offset + lead + trimmed.length, heading: false });
    offset += line.length + 1;
  }
  return {
    id,
    source: `corpus/${id}.txt`,
    text,
    blocks,
    removed: [],
    outlet: null,
    title: null,
    url: null,
    author: null,
    date: null,
    published: null,
  };
}
