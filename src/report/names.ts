import type { Article, Comparison } from '../types.js';

/**
 * What human views call each article: its outlet, or its id when the outlet is unknown. When two
 * articles would get the same name (TASS against TASS), each of them gets its id added: `TASS (tass-2)`.
 */
export function articleNames(articles: readonly Article[]): Map<string, string> {
  const plain = (article: Article): string => article.outlet ?? article.id;
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(plain(article), (counts.get(plain(article)) ?? 0) + 1);
  return new Map(
    articles.map((article) => {
      const name = plain(article);
      const clashes = (counts.get(name) ?? 0) > 1 && name !== article.id;
      return [article.id, clashes ? `${name} (${article.id})` : name];
    }),
  );
}

/** The articles as human views lay them out: the base first, then the others in input order. */
export function columnOrder(comparison: Comparison): Article[] {
  const base = comparison.articles.filter((article) => article.id === comparison.base);
  const others = comparison.articles.filter((article) => article.id !== comparison.base);
  return [...base, ...others];
}
