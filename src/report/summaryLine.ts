import type { Comparison } from '../types.js';

/**
 * The closing line of the human views, counting non-heading sentences as the summary does. For two articles:
 * `12 of 16 TASS sentences have a version in Rossiyskaya Gazeta; 4 only in TASS; 3 only in Rossiyskaya Gazeta; mean score 0.74`.
 * For three or more, one `N of M <name> sentences have a version in another article` per article.
 * `names` maps article ids to display names; `order` is the column order (base first).
 */
export function summaryLine(comparison: Comparison, order: readonly string[], names: ReadonlyMap<string, string>): string {
  const { summary } = comparison;
  const nameOf = (id: string): string => names.get(id) ?? id;
  const total = (id: string): number => summary.sentences[id] ?? 0;
  const aligned = (id: string): number => summary.aligned[id] ?? 0;
  const mean = summary.meanScore === null ? 'mean score n/a' : `mean score ${summary.meanScore.toFixed(2)}`;

  const [left, right] = order;
  if (order.length === 2 && left !== undefined && right !== undefined) {
    return [
      `${coverage(aligned(left), total(left), nameOf(left))} a version in ${nameOf(right)}`,
      `${total(left) - aligned(left)} only in ${nameOf(left)}`,
      `${total(right) - aligned(right)} only in ${nameOf(right)}`,
      mean,
    ].join('; ');
  }
  const parts = order.map((id) => `${coverage(aligned(id), total(id), nameOf(id))} a version in another article`);
  return [...parts, mean].join('; ');
}

/** `4 of 6 TASS sentences have`, `1 of 6 TASS sentences has`, `1 of 1 TASS sentence has`. */
function coverage(aligned: number, total: number, name: string): string {
  const noun = total === 1 ? 'sentence' : 'sentences';
  const verb = aligned === 1 ? 'has' : 'have';
  return `${aligned} of ${total} ${name} ${noun} ${verb}`;
}

/**
 * One line per article on how its sentences relate to the others (summary `kinds`), as shares:
 * `TASS: 15% verbatim · 8% reworded · 23% substantive · 54% new, of 13 sentences`.
 */
export function kindLines(comparison: Comparison, order: readonly string[], names: ReadonlyMap<string, string>): string[] {
  const { summary } = comparison;
  const percent = (share: number | undefined) => `${Math.round((share ?? 0) * 100)}%`;
  return order.flatMap((id) => {
    const total = summary.sentences[id] ?? 0;
    const kinds = summary.kinds[id];
    if (!kinds) return [];
    const parts = `${percent(kinds.verbatim)} verbatim · ${percent(kinds.reworded)} reworded · ${percent(kinds.substantive)} substantive · ${percent(kinds.new)} new`;
    return [`${names.get(id) ?? id}: ${parts}, of ${total} ${total === 1 ? 'sentence' : 'sentences'}`];
  });
}
