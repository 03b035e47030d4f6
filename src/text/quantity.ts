/**
 * A count with its noun, singular for exactly one: `1 article`, `0 articles`, `2 articles`.
 * `plural` is for nouns that do not just add "s" (`quantity(3, 'story', 'stories')`).
 */
export function quantity(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
