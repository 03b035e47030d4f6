-- Candidate article pairs from an outletdiff index exported as Parquet
-- (`outletdiff index … --export-parquet DIR`), in plain ANSI SQL for a cluster engine such as
-- Spark SQL: register DIR/articles.parquet, DIR/sentences.parquet and DIR/shingles.parquet as the
-- tables articles, sentences and shingles, then run this query. A pair of articles is a candidate
-- when they share at least 3 shingles that occur in at most 50 articles (the same rule as the
-- index: MIN_SHARED_SHINGLES and MAX_SHINGLE_DF in src/corpusIndex/update.ts).
WITH rare AS (
  SELECT shingle
  FROM shingles
  GROUP BY shingle
  HAVING COUNT(*) <= 50
),
postings AS (
  SELECT s.article, s.shingle
  FROM shingles s
  JOIN rare r ON r.shingle = s.shingle
)
SELECT a.article AS article_a, b.article AS article_b, COUNT(*) AS shared
FROM postings a
JOIN postings b ON a.shingle = b.shingle AND a.article < b.article
GROUP BY a.article, b.article
HAVING COUNT(*) >= 3
ORDER BY article_a, article_b
