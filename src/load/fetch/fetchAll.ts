/**
 * Running one piece of work per URL (`outletdiff fetch URL…`): every URL is tried, failures
 * are reported and counted, and the caller decides the exit code (CONTRACT.md: 2 when any failed).
 */
import { OutletdiffError } from '../../errors.js';

/** Called after each URL: `done` of `total` URLs finished, with the error when `url` failed. */
export type FetchProgress = (done: number, total: number, url: string, error?: OutletdiffError) => void;

/**
 * Runs `work` for each URL, one at a time, in order. An `OutletdiffError` (a failed fetch,
 * a page without an article) is passed to `onProgress` and counted, and the next URL is tried;
 * any other error is a bug and is re-thrown at once. Cost: one `work` call per URL.
 */
export async function fetchAll(
  urls: string[],
  work: (url: string) => Promise<void>,
  onProgress?: FetchProgress,
): Promise<{ failed: number }> {
  let failed = 0;
  for (const [i, url] of urls.entries()) {
    try {
      await work(url);
    } catch (error) {
      if (!(error instanceof OutletdiffError)) throw error;
      failed++;
      onProgress?.(i + 1, urls.length, url, error);
      continue;
    }
    onProgress?.(i + 1, urls.length, url);
  }
  return { failed };
}
