/**
 * The plain data that flows through outletdiff's pipeline:
 * load → segment → align → diff → report.
 * Every stage after `load` is a pure function over these types.
 */

/** A piece of the input that the loader recognised as site chrome and left out of the article. */
export interface RemovedPiece {
  /** The removed text as it stands in the input (trimmed, white space collapsed). */
  text: string;
  /** Why it was removed, e.g. `comment prompt`, `photo credit`, `dateline`. */
  reason: string;
  /** UTF-16 offset of the piece's first character in {@link LoadedArticle.text}. */
  start: number;
  /** UTF-16 offset just past the piece's last character in {@link LoadedArticle.text}. */
  end: number;
}

/** Metadata of an article; unknown values are `null`, never `""`. */
export interface ArticleMetadata {
  /** The outlet that published the article, e.g. `TASS`. */
  outlet: string | null;
  /** The article's headline, without any outlet suffix. */
  title: string | null;
  /** Where the article was published. */
  url: string | null;
  /** The author as the byline gives it. */
  author: string | null;
  /** `YYYY-MM-DD`, as the source states it. */
  date: string | null;
  /** The full ISO 8601 timestamp as the source gives it (offset kept). */
  published: string | null;
}

/**
 * A stretch of article text left after chrome removal: one paragraph or one heading line.
 * The segmenter splits blocks into sentences and never joins two blocks.
 */
export interface TextBlock {
  /** UTF-16 offset of the block's first character in the article text. */
  start: number;
  /** UTF-16 offset just past the block's last character. */
  end: number;
  /** True for a subhead or a title line inside the body. */
  heading: boolean;
}

/** An article as the loader read it, before it is split into sentences. */
export interface LoadedArticle extends ArticleMetadata {
  /** Unique within one run (see the contract's id rules). */
  id: string;
  /** The argument as given: the path as typed, the URL, or `-`. */
  source: string;
  /** The decoded text: the input after charset decoding and byte-order-mark removal. */
  text: string;
  /** The article body, block by block, in reading order, chrome excluded. */
  blocks: TextBlock[];
  /** Chrome the loader removed, in text order. */
  removed: RemovedPiece[];
}

/** One sentence of an article. */
export interface Sentence {
  /** 0-based position in the article. */
  index: number;
  /** Original wording, trimmed, each run of white space collapsed to one space. */
  text: string;
  /** UTF-16 offset of the first character in the article text. */
  start: number;
  /** UTF-16 offset just past the last character in the article text. */
  end: number;
  /** True for subheads and title lines: they align only with headings and are left out of shares. */
  heading: boolean;
  /** 0-based index of the block (paragraph) the sentence comes from. */
  paragraph: number;
}

/** An article split into sentences: what the aligner and reporters work on. */
export interface Article extends ArticleMetadata {
  id: string;
  source: string;
  text: string;
  sentences: Sentence[];
  removed: RemovedPiece[];
}

/** What kind of difference a changed run is (CONTRACT.md "Labels and verdicts"). */
export type RunLabel = 'cosmetic' | 'spelling' | 'inflection' | 'compounding' | 'synonym' | 'reordering' | 'number' | 'name' | 'attribution' | 'content';

/** A group's differences summed up: only typography, spelling, inflection or compounding is `cosmetic`; synonyms or reordering `rewording`; any number, name, attribution or content change `substantive`. */
export type Verdict = 'identical' | 'cosmetic' | 'rewording' | 'substantive';

/** One run of a word-level difference. */
export interface DiffRun {
  /** `removed`: reference wording the member lacks; `added`: member wording the reference lacks. */
  op: 'equal' | 'removed' | 'added';
  /** For `equal` runs the member's own text. */
  text: string;
  /** On removed and added runs: what kind of difference it is. */
  label?: RunLabel;
}

/** One article's share of an alignment. */
export interface AlignmentMember {
  /** The article id. */
  article: string;
  /** 0-based sentence indices, ascending. */
  sentences: number[];
  /** The member's sentences joined with one space. */
  text: string;
  /** The member's wording against the reference member. */
  diff: DiffRun[];
}

/** The evidence behind a pair score (`--explain`). Words appear as written, "left~right" where they differ. */
export interface PairExplanation {
  /** Content words both sides share (or forms of one word), rarest first, at most eight. */
  sharedRareWords: string[];
  /** Pairs of different words WordNet treats as synonyms: [left, right]. */
  synonymPairs: Array<[string, string]>;
  /** Numbers only one side states. */
  numbersOnlyLeft: string[];
  numbersOnlyRight: string[];
  /** Names (capitalised words inside the sentence) only one side has. */
  namesOnlyLeft: string[];
  namesOnlyRight: string[];
  /** Each signal's pull on the score's log-odds (weight × standardised value), strongest first. */
  scoreDrivers: Record<string, number>;
  /** The same for the equivalence decision. */
  equivalenceDrivers: Record<string, number>;
}

/** A group of sentences, one or more per article, that are versions of one another. */
export interface Alignment {
  /** 1-based, in the order the reporters list alignments. */
  id: number;
  /** The aligner's confidence (0–1) that the members are versions of one sentence. */
  score: number;
  /** The article whose member the others are diffed against. */
  reference: string;
  /** Members in article input order. */
  members: AlignmentMember[];
  /** The group's differences summed up. */
  verdict?: Verdict;
  /** With `--explain`: what drove the score. */
  explanation?: PairExplanation;
}

/** Sentences of one article that have no version in the other article. */
export interface Unmatched {
  article: string;
  /** One sentence index (the contract lists one entry per sentence). */
  sentences: number[];
  text: string;
}

/**
 * Shares of an article's non-heading sentences: `verbatim` (its version elsewhere differs at most
 * in form: typography, spelling, inflection, compounding), `reworded` (synonyms, translation
 * variants, reordering), `substantive` (a number, name, speaker or content changed) and `new` (no
 * version in another article). They sum to 1 up to rounding, or are all 0 for an article with no
 * non-heading sentence.
 */
export interface SentenceKinds {
  verbatim: number;
  reworded: number;
  substantive: number;
  new: number;
}

/** Figures about a comparison. */
export interface ComparisonSummary {
  /** Number of articles compared. */
  articles: number;
  /** Number of alignments. */
  alignments: number;
  /** Unmatched sentences per article id. */
  unmatched: Record<string, number>;
  /** Fraction of each article's non-heading sentences that are aligned. */
  coverage: Record<string, number>;
  /** Non-heading sentences per article id. */
  sentences: Record<string, number>;
  /** Aligned non-heading sentences per article id. */
  aligned: Record<string, number>;
  /**
   * Each article's non-heading sentences by how they relate to the other articles (the METER
   * corpus's verbatim / rewrite / new scheme, with substantive changes apart), as shares 0–1.
   */
  kinds: Record<string, SentenceKinds>;
  /** Indices of each article's non-heading sentences no other article has a version of. */
  only: Record<string, number[]>;
  /** Mean alignment score, or `null` with no alignments. */
  meanScore: number | null;
  /** The aligner's acceptance threshold (`--min-score`) this comparison used. */
  minScore: number;
}

/**
 * How an outlet renders a quotation: `verbatim` (the same words), `cosmetic` (typography, spelling,
 * inflection only), `translation` (another translation or rewording of the same words: synonyms,
 * reordering, function words), `altered` (substance changed: a number, name, speaker, negation, or
 * many words), `truncated` (part of it missing), `reported` (its words without quotation marks:
 * reported speech), `absent` (nowhere in the article).
 */
export type QuoteRendering = 'verbatim' | 'cosmetic' | 'translation' | 'altered' | 'truncated' | 'reported' | 'absent';

/** One article's version of a tracked quotation. */
export interface QuoteVersion {
  article: string;
  status: QuoteRendering;
  /** The article's words for it: its quotation (without the marks), or the reported-speech sentences; `null` when absent. */
  text: string | null;
  /** The article's sentences that hold it (0-based); empty when absent. */
  sentences: number[];
  /** The speaker this article gives its quotation, resolved to a full name or institution; `null` when it names none or the quote is not quoted. */
  speaker: string | null;
  /** The words that name the speaker as written ("she", "the diplomat"); `null` when none. */
  speakerMention: string | null;
  /** Its wording against the reference quotation (labelled runs); one `equal` run for the reference itself, `[]` when absent. */
  diff: DiffRun[];
}

/** A direct quotation followed across the compared articles. */
export interface TrackedQuote {
  /** 1-based. */
  id: number;
  /** Who said it, as the reference article resolves the speaker; `null` when unattributed. */
  speaker: string | null;
  /** When an institution is quoted citing a person ("the ministry said … citing Fomin"): that person. */
  citing: string | null;
  /** The article whose quotation the others are compared with: the base's, else the first article that has it. */
  reference: string;
  /** The reference quotation's words, without the quotation marks. */
  text: string;
  /** One version per article, in input order. */
  versions: QuoteVersion[];
}

/** The result of comparing articles: what every reporter renders. */
export interface Comparison {
  /** Id of the base article. */
  base: string;
  /** Articles in input order. */
  articles: Article[];
  /** Alignments, ordered by the base article's (else the first member's) first sentence. */
  alignments: Alignment[];
  /** One entry per sentence without a partner, by article input order then sentence index. */
  unmatched: Unmatched[];
  summary: ComparisonSummary;
  /** Direct quotations and how each article renders them (set by `compareArticles` when asked for `quotes`). */
  quotes?: TrackedQuote[];
}
