/**
 * Telling site chrome from article body, line by line. The knowledge (patterns, outlets,
 * limits) lives in `rules.ts`; this file applies it in passes:
 *
 * 0. in hard-wrapped copy, a chrome line glued under a paragraph's last line is split off, and
 *    a paragraph of the header or foot made only of chrome lines (a byline over its date stamp) is
 *    split into its lines;
 * 1. whole lines: outlet stamps and the `LINE_RULES` table, and the list of links under a label
 *    such as "More on this story";
 * 2. a series header: the lines under a stamp that opens the page;
 * 3. interface strings in another script, in the chrome at either end of the text;
 * 4. the header's furniture, told by its place: a dateline laid out a part per line, a photo's
 *    caption (above the dateline, or under its credit), a byline of names above the masthead;
 * 5. edge-only rules: their lines inside the body are kept after all; then section labels above
 *    the headline and a dateline on a line of its own above the lede;
 * 6. the body, in reading order: title lines (and their outlet suffix), headings,
 *    repeated titles, and the lede's date stamp and dateline prefixes.
 *
 * A Markdown heading line ("## Subhead") is read without its `#` marks, which are removed as
 * `heading mark`, so every pass sees the heading's own words; kept, it is a heading. Markdown
 * emphasis marks are read past the same way (see `markdownMarks`).
 *
 * A title or heading is a paragraph of its own: a line with blank lines or chrome around it,
 * or any line of a text whose lines are its paragraphs (see `linesAreParagraphs`).
 *
 * Every non-white-space character ends up in exactly one block or one removed piece.
 * Cost: linear in the text, times the number of rules for short lines.
 */
import type { ArticleMetadata, RemovedPiece, TextBlock } from '../types.js';
import { emphasisPairs } from '../text/emphasis.js';
import { CLAUSE_MARKS, CLOSING_MARKS, COMMAS, EITHER_WAY_QUOTES, SENTENCE_END, SENTENCE_TERMINALS } from '../text/punctuation.js';
import { calendarDate, parseDateExpression } from './dates.js';
import {
  ATX_HEADING,
  BAR_SUFFIX,
  DATE_RANK,
  DATELINE_LINE,
  DATELINE_OPENING,
  HEADING_MAX_WORDS,
  LAST_LINE_SUFFIXES,
  LEDE_PREFIXES,
  LINE_RULES,
  LIST_ITEM,
  LOWER_CASE_START,
  MENU_ITEM_MAX_WORDS,
  MENU_MIN_ITEMS,
  MENU_MIN_LINES,
  OTHER_SCRIPT_MAX_WORDS,
  OTHER_SCRIPT_MIN_SHARE,
  OUTLET_RANK,
  OUTLETS,
  PARAGRAPH_END,
  PLACE_LINE,
  PROSE_MIN_WORDS,
  PROSE_OPENERS,
  PROSE_WORDS,
  QUESTION_WORDS,
  SCRIPTS,
  SECTION_PART_MAX_WORDS,
  SECTION_TRAIL,
  SPLIT_DATELINE_CITY,
  SPLIT_DATELINE_DASH,
  SUBHEAD_MAX_WORDS,
  SUFFIX_MAX_WORDS,
  TITLE_TAG,
  TITLE_END,
  TITLE_MAX_WORDS,
  TITLE_MIN_WORDS,
  knownOutletSuffix,
  lookupOutlet,
  isSectionList,
  isStampOrSection,
  opensWithOutlet,
  ruleGroups,
  bylineAuthor,
  bylinePeople,
  isAuthorList,
  type LineRule,
  type PrefixRule,
  type SuffixRule,
} from './rules.js';
import {
  collapse,
  countScripts,
  dominantScript,
  lineBefore,
  lineWithout,
  physicalLinesOf,
  sameTextKey,
  spanOf,
  splitLastPhysicalLine,
  splitLines,
  subLine,
  wordCount,
  type Line,
  type Span,
} from './text.js';

/** A metadata value the text states, with how much to trust it (lower rank wins). */
export interface Detection {
  field: keyof ArticleMetadata;
  value: string;
  rank: number;
  /** Offset where the text states it: on equal rank, the earlier one wins. */
  at: number;
}

/** What `findChrome` found in a text. */
export interface ChromeResult {
  blocks: TextBlock[];
  removed: RemovedPiece[];
  detections: Detection[];
}

/** The verdict on one whole line after passes 1–3. */
type Verdict =
  | { kind: 'blank' }
  | { kind: 'text' }
  | {
      kind: 'chrome';
      reason: string;
      /** Metadata the line states. */
      found: Detection[];
      /** A stamp with nothing else on the line. */
      stampOnly?: boolean;
      /** A breadcrumb's last crumb, which may repeat the title. */
      crumb?: string;
      /** Chrome only outside the body (a rule with `zone: 'edges'`). */
      edgesOnly?: boolean;
      /** The line labels a list of links (a rule with `headsLinks`). */
      headsLinks?: boolean;
    };

type Chrome = Extract<Verdict, { kind: 'chrome' }>;

/** Finds body blocks, removed chrome and stated metadata in `text`. Pure. */
export function findChrome(text: string, wrapWidth: number | null = null): ChromeResult {
  const paragraphs = splitLines(text, wrapWidth);
  const marked = (wrapWidth === null ? paragraphs : detachGluedChrome(paragraphs, text)).map((line) => markdownMarks(text, line) ?? line);
  const lines = marked.map((line) => ('content' in line ? line.content : line));
  const verdicts = lines.map((line) => classifyLine(line));
  markLinkLists(lines, verdicts);
  markSeriesHeader(lines, verdicts);
  markOtherScript(lines, verdicts, text);
  markSplitDateline(lines, verdicts);
  markCaptionsAboveDateline(lines, verdicts);
  markHeaderBylinesAndCaptions(lines, verdicts);
  keepEdgeRulesInsideBody(lines, verdicts);
  markSectionLabels(lines, verdicts);
  markHeaderMenus(lines, verdicts);
  markDatelineLine(lines, verdicts);
  const body = layOutBody(text, marked, verdicts, wrapWidth !== null || !anyLineRunsOn(lines, verdicts));
  const found = verdicts.flatMap((v) => (v.kind === 'chrome' ? v.found : []));
  return { blocks: body.blocks, removed: body.removed, detections: [...found, ...body.detections] };
}

// ---- Markdown marks ----------------------------------------------------------------------------

/**
 * A line read without its Markdown marks: the words the rules see, the marks removed around them, and
 * whether the line is marked as a heading.
 */
interface MarkedLine {
  content: Line;
  marks: Array<{ span: Span; reason: 'heading mark' | 'emphasis mark' }>;
  heading: boolean;
}

/**
 * The line read without its Markdown marks, or `null` when it has none: the `#` marks of an ATX
 * heading (see `ATX_HEADING`), then emphasis marks (see `emphasisPairs`). A pair around the whole line
 * ("**Talks stall**", "*Reporting by …*") is removed like a heading's marks; a pair inside it ("**UPDATE:**
 * Adds …", "the *blaze*") stays in the text, as the wording's own characters, but the rules read the
 * line without it, and a span of the line covers it with its word.
 */
function markdownMarks(text: string, line: Line): MarkedLine | null {
  const heading = markdownHeading(text, line);
  const content = heading?.content ?? line;
  const marks = heading?.marks ?? [];
  let pairs = emphasisPairs(content.text);
  if (pairs.length === 0) return heading;
  let inner = content;
  // Pairs around the whole line, outermost first ("**_Talks stall_**"): `pairs` is ordered by opening mark.
  while (pairs.length > 0 && pairs[0].open === 0 && pairs[0].close + pairs[0].length === inner.text.length) {
    const { length } = pairs[0];
    const within = subLine(text, inner, length, inner.text.length - length);
    if (!within) break;
    for (const [from, to] of [[0, length], [inner.text.length - length, inner.text.length]]) {
      const span = spanOf(inner, from, to, text);
      if (span) marks.push({ span, reason: 'emphasis mark' });
    }
    inner = within;
    pairs = emphasisPairs(inner.text);
  }
  const leading = new Set(pairs.flatMap(({ open, length }) => Array.from({ length }, (_, k) => open + k)));
  const trailing = new Set(pairs.flatMap(({ close, length }) => Array.from({ length }, (_, k) => close + k)));
  const read = pairs.length > 0 ? lineWithout(inner, leading, trailing) : inner;
  return { content: read, marks, heading: heading !== null };
}

/** The line read as a Markdown (ATX) heading, or `null` when it is none (see `ATX_HEADING`). */
function markdownHeading(text: string, line: Line): MarkedLine | null {
  // Most lines do not start with a mark: skip the pattern for them.
  if (!line.text.startsWith('#')) return null;
  const groups = ATX_HEADING.exec(line.text)?.groups;
  if (!groups) return null;
  const from = groups.open.length;
  const to = from + groups.content.length;
  const content = subLine(text, line, from, to);
  if (!content) return null;
  const marks = [spanOf(line, 0, from, text), spanOf(line, to, line.text.length, text)]
    .filter((span): span is Span => span !== null)
    .map((span) => ({ span, reason: 'heading mark' as const }));
  return { content, marks, heading: true };
}

// ---- Pass 0: chrome glued to a wrapped paragraph -------------------------------------------

/**
 * In hard-wrapped copy, a chrome line right under a paragraph's last line is read as the
 * paragraph's continuation when that line is full width (AFP's sign-off "burs-apo/jm", a
 * "Reporting by …" credit, an end mark). A paragraph's last physical line that follows a
 * sentence end and is chrome on its own is split off as a line of its own, repeatedly; a line
 * that is chrome only at the edges (an end mark) is split off only from the last paragraph. In
 * the header and as the last paragraph, a paragraph whose lines are all chrome is split into them
 * (see `gluedChromeLines`).
 */
function detachGluedChrome(paragraphs: Line[], text: string): Line[] {
  const last = paragraphs.findLastIndex((line) => line.text !== '');
  const firstProse = paragraphs.findIndex((line) => readsAsProse(line.text) && classifyLine(line).kind === 'text');
  return paragraphs.flatMap((paragraph, i) => {
    // Chrome lines glued to each other: a byline full enough to look wrapped, its date stamp under it.
    // Only in the header and the last paragraph, where such runs stand: testing every paragraph's
    // lines slowed the loading of long wrapped texts by a third.
    const chromeLines = firstProse < 0 || i < firstProse || i === last ? gluedChromeLines(text, paragraph) : null;
    if (chromeLines) return chromeLines;
    const detached: Line[] = [];
    let rest = paragraph;
    for (let split = splitLastPhysicalLine(text, rest); split; split = splitLastPhysicalLine(text, rest)) {
      if (!SENTENCE_END.test(split.head.text)) break;
      const verdict = classifyLine(split.tail);
      if (verdict.kind !== 'chrome' || (verdict.edgesOnly && i !== last)) break;
      detached.unshift(split.tail);
      rest = split.head;
    }
    return [rest, ...detached];
  });
}

/**
 * The physical lines of a paragraph of several lines in the header or at the foot of the text when
 * each is chrome on its own, edge-only forms included ("By LISA MASCARO and MARY CLARE JALONICK
 * Associated Press" / "Published 11:42 PM EST, March 1, 2024"), else `null`.
 */
function gluedChromeLines(text: string, paragraph: Line): Line[] | null {
  const lines = physicalLinesOf(text, paragraph);
  return lines.length > 1 && lines.every((line) => classifyLine(line).kind === 'chrome') ? lines : null;
}

// ---- Pass 1: whole lines -------------------------------------------------------------

function classifyLine(line: Line): Verdict {
  if (line.text === '') return { kind: 'blank' };
  return matchOutletStamp(line) ?? matchLineRule(line) ?? { kind: 'text' };
}

/** A line ending in an outlet's stamp: a caption before the stamp, or the stamp alone. */
function matchOutletStamp(line: Line): Chrome | null {
  for (const outlet of OUTLETS) {
    const m = outlet.stampPattern?.exec(line.text);
    if (!m?.groups) continue;
    const stampOnly = line.text.slice(0, m.index).trim() === '';
    const found: Detection[] = [{ field: 'outlet', value: outlet.name, rank: OUTLET_RANK.stamp, at: line.start }];
    const date = calendarDate(m.groups.year, m.groups.month, m.groups.day);
    if (date) {
      const rank = stampOnly ? DATE_RANK.outletStamp : DATE_RANK.caption;
      found.push({ field: 'date', value: date, rank, at: line.start });
    }
    return { kind: 'chrome', reason: stampOnly ? 'outlet stamp' : 'caption', found, stampOnly };
  }
  return null;
}

function matchLineRule(line: Line): Chrome | null {
  const words = wordCount(line.text);
  let lower: string | undefined;
  for (const rule of LINE_RULES) {
    if (words > rule.maxWords) continue;
    if (rule.mustContain) {
      const text = (lower ??= line.text.toLowerCase());
      if (!rule.mustContain.some((part) => text.includes(part))) continue;
    }
    if (rule.opensWithOutlet && !opensWithOutlet((lower ??= line.text.toLowerCase()))) continue;
    if (rule.notProse && readsAsProse(line.text)) continue;
    const groups = ruleGroups(rule, line.text);
    if (!groups) continue;
    return {
      kind: 'chrome',
      reason: rule.reason,
      found: ruleDetections(rule, groups, line.start),
      crumb: groups.crumb,
      edgesOnly: rule.zone === 'edges',
      headsLinks: rule.headsLinks,
    };
  }
  return null;
}

/** Several words ending like a sentence: a line that ambiguous rules must not remove. */
function readsAsProse(line: string): boolean {
  return wordCount(line) >= PROSE_MIN_WORDS && SENTENCE_END.test(line);
}

function ruleDetections(rule: LineRule, groups: Record<string, string | undefined>, at: number): Detection[] {
  const found: Detection[] = [];
  // A byline naming only outlets or a post ("By Reuters", "By Staff Reporter") is chrome but names no author.
  const author = groups.author ? bylineAuthor(groups.author) : '';
  if (author !== '') found.push({ field: 'author', value: author, rank: 0, at });
  const outlet = groups.outlet ? (lookupOutlet(groups.outlet) ?? groups.outlet) : rule.outletOf?.(groups);
  if (outlet) found.push({ field: 'outlet', value: outlet, rank: OUTLET_RANK.stamp, at });
  const date = rule.dateOf ? rule.dateOf(groups) : groups.date;
  if (rule.dateRank !== undefined && date) found.push(...dateDetections(date, rule.dateRank, at));
  return found;
}

function dateDetections(expression: string, rank: number, at: number): Detection[] {
  const stated = parseDateExpression(expression);
  if (!stated) return [];
  const found: Detection[] = [{ field: 'date', value: stated.date, rank, at }];
  if (stated.published) found.push({ field: 'published', value: stated.published, rank, at });
  return found;
}

/**
 * The list under a label such as "More on this story" or "Related" is its links (headlines, some
 * ending in "?"): the run of list items right under the label, blank lines before it allowed,
 * goes with the label. At the foot of the page the links may be plain lines ("Related topics",
 * "Ukraine", "Germany"): short heading-shaped lines running from the label to the end of the text.
 */
function markLinkLists(lines: Line[], verdicts: Verdict[]): void {
  verdicts.forEach((verdict, label) => {
    if (verdict.kind !== 'chrome' || !verdict.headsLinks) return;
    const links = linksUnder(lines, verdicts, label);
    for (const i of links) verdicts[i] = { kind: 'chrome', reason: verdict.reason, found: [] };
  });
}

function linksUnder(lines: Line[], verdicts: Verdict[], label: number): number[] {
  let i = filledLine(verdicts, label + 1, 1);
  const items: number[] = [];
  for (; i < lines.length && verdicts[i].kind === 'text' && LIST_ITEM.test(lines[i].text); i += 1) items.push(i);
  if (items.length > 0) return items;
  const footer: number[] = [];
  for (let k = label + 1; k < lines.length; k++) {
    const verdict = verdicts[k];
    // A topic that is also a section name ("Europe") is one of the links too.
    if (verdict.kind === 'chrome' && verdict.reason === 'section label') footer.push(k);
    if (verdict.kind !== 'text') continue;
    if (!looksLikeHeading(lines[k].text, HEADING_MAX_WORDS, TITLE_END)) return [];
    footer.push(k);
  }
  return footer;
}

// ---- Pass 2: series header -------------------------------------------------------------

/** A series box under its stamp is its tag and its blurb: at most this many lines. */
const SERIES_HEADER_MAX_LINES = 2;

/**
 * A stamp alone on the page's first line with a line or two right under it (no blank line),
 * then a blank line, heads a series box: those lines are the series' tag and blurb, and the
 * stamp's date is the series page's date, not the article's (Sputnik: "- Sputnik International,
 * 1920, 13.01.2022"). Text copied without blank lines runs on from the box into the article: a
 * title-like tag and its blurb are still the box when a headline follows them. Any other longer
 * run under the stamp is the article itself: marking it all would leave no article.
 */
function markSeriesHeader(lines: Line[], verdicts: Verdict[]): void {
  const first = verdicts.findIndex((v) => v.kind !== 'blank');
  const stamp = verdicts[first];
  if (first < 0 || stamp.kind !== 'chrome' || !stamp.stampOnly) return;
  let end = first + 1;
  while (end < lines.length && lines[end].text !== '') end++;
  const run = end - (first + 1);
  const boxEnd =
    run > 0 && run <= SERIES_HEADER_MAX_LINES && end < lines.length
      ? end
      : run > SERIES_HEADER_MAX_LINES && isTagBlurbThenHeadline(lines, first + 1)
        ? first + 1 + SERIES_HEADER_MAX_LINES
        : null;
  if (boxEnd === null) return;
  stamp.found = stamp.found.filter((d) => d.field !== 'date');
  for (let i = first + 1; i < boxEnd; i++) {
    if (verdicts[i].kind === 'text') verdicts[i] = { kind: 'chrome', reason: 'series header', found: [] };
  }
}

/** Lines from `at` on: a title-like tag, a line of prose (its blurb), then a title-like headline. */
function isTagBlurbThenHeadline(lines: Line[], at: number): boolean {
  const [tag, blurb, headline] = [lines[at], lines[at + 1], lines[at + 2]];
  return looksLikeTitle(tag.text) && !looksLikeTitle(blurb.text) && looksLikeTitle(headline.text);
}

// ---- Pass 3: interface strings in another script ---------------------------------------

/**
 * Marks short lines mostly in a script other than the article's, but only in the runs of
 * chrome at the start and end of the text: inside the body such a line may be a quotation.
 */
function markOtherScript(lines: Line[], verdicts: Verdict[], text: string): void {
  const script = dominantScript(countScripts(text, SCRIPTS));
  if (!script) return;
  const order = lines.map((_, i) => i);
  for (const indices of [order, [...order].reverse()]) {
    for (const i of indices) {
      if (verdicts[i].kind !== 'text') continue;
      if (!isOtherScript(lines[i].text, script)) break;
      verdicts[i] = { kind: 'chrome', reason: 'other script', found: [] };
    }
  }
}

function isOtherScript(line: string, articleScript: string): boolean {
  // Words as spaces part them: an interface string in Chinese or Japanese ("更多精彩内容请关注我们的微信公众号")
  // is one, however many words a segmenter finds in it; a sentence there ends with its mark.
  if (line.split(' ').length > OTHER_SCRIPT_MAX_WORDS || SENTENCE_END.test(line)) return false;
  const counts = countScripts(line, SCRIPTS);
  const letters = [...counts.values()].reduce((a, b) => a + b, 0);
  if (letters === 0) return false;
  const foreign = letters - (counts.get(articleScript) ?? 0);
  return foreign / letters > OTHER_SCRIPT_MIN_SHARE;
}

// ---- Pass 4: the header's furniture --------------------------------------------------------

/**
 * A dateline laid out a part per line ("Berlin", "CNN", "—", then the lede): the three lines are
 * the dateline, and the outlet's line names the outlet, as a dateline's tag does. Only the first.
 */
function markSplitDateline(lines: Line[], verdicts: Verdict[]): void {
  const filled = lines.flatMap((line, i) => (line.text === '' ? [] : [i]));
  for (let k = 0; k + 3 < filled.length; k++) {
    const [city, name, dash, lede] = filled.slice(k, k + 4);
    const outlet = lookupOutlet(lines[name].text);
    if (outlet === null || verdicts[lede].kind !== 'text' || verdicts[city].kind !== 'text') continue;
    if (!SPLIT_DATELINE_CITY.test(lines[city].text) || !SPLIT_DATELINE_DASH.test(lines[dash].text)) continue;
    const tag: Detection = { field: 'outlet', value: outlet, rank: OUTLET_RANK.dateline, at: lines[name].start };
    for (const i of [city, name, dash]) verdicts[i] = { kind: 'chrome', reason: 'dateline', found: i === name ? [tag] : [] };
    return;
  }
}

/**
 * A dateline opens the story, so above it a text line with a photo credit right under it is the
 * lead photo's caption, not the lede: "Passengers wait for trains on Thursday." / "Tobias
 * Schwarz/AFP/Getty Images" / "Berlin CNN — …". Without a dateline below, such a line is kept:
 * it may be a paragraph above a photo that has only a credit.
 */
function markCaptionsAboveDateline(lines: Line[], verdicts: Verdict[]): void {
  const creditUnder = (i: number) => isChromeFor(verdicts[filledLine(verdicts, i + 1, 1)], 'photo credit');
  // The dateline is in the header or opens the first paragraph: the search stops there.
  let dateline = -1;
  for (let i = 0; i < lines.length && dateline < 0; i++) {
    const verdict = verdicts[i];
    const text = lines[i].text;
    if (verdict.kind === 'chrome' && verdict.reason === 'dateline') dateline = i;
    if (verdict.kind !== 'text') continue;
    if (DATELINE_LINE.test(text) || nextPrefix(text, 0)?.rule.reason === 'dateline') dateline = i;
    else if (!looksLikeTitle(text) && !creditUnder(i)) break;
  }
  for (let i = 0; i < dateline; i++) {
    if (verdicts[i].kind === 'text' && creditUnder(i)) verdicts[i] = { kind: 'chrome', reason: 'caption', found: [] };
  }
}

/**
 * In the header, under a title line: a line of names between other chrome (a stamp, a share
 * button) and the outlet's masthead is the byline ("Paul Kirby" / "BBC News"; right under the
 * headline, such a line may be a subheadline in title case), and a line in headline style right
 * under a photo credit is the photo's caption ("Getty Images" / "Grain has been moved by rail
 * through Poland"): a title line never follows a credit. The header ends at the first line that
 * reads as a paragraph.
 */
function markHeaderBylinesAndCaptions(lines: Line[], verdicts: Verdict[]): void {
  const neighbour = (i: number, step: 1 | -1) => verdicts[filledLine(verdicts, i + step, step)];
  let titleAbove = false;
  for (let i = 0; i < lines.length; i++) {
    if (verdicts[i].kind !== 'text') continue;
    const text = lines[i].text;
    if (!looksLikeTitle(text)) return;
    const setApart = neighbour(i, -1)?.kind === 'chrome';
    const people = bylinePeople(text);
    if (titleAbove && setApart && isChromeFor(neighbour(i, 1), 'masthead') && (people === '' || isAuthorList(people)) && !/\d/u.test(text)) {
      const found: Detection[] = people === '' ? [] : [{ field: 'author', value: people, rank: 0, at: lines[i].start }];
      verdicts[i] = { kind: 'chrome', reason: 'byline', found };
    } else if (titleAbove && isChromeFor(neighbour(i, -1), 'photo credit')) {
      verdicts[i] = { kind: 'chrome', reason: 'caption', found: [] };
    }
    titleAbove = true;
  }
}

// ---- Pass 5: edge-only rules, section labels, a dateline line -------------------------------

/**
 * Lines of `zone: 'edges'` rules (a line that is only a date) are chrome only in the header,
 * before the first line that reads as a paragraph (title lines may come first, and a standfirst
 * with chrome right under it), or after the last line of text of any kind (a closing subhead is
 * body). Between the two they are text.
 */
function keepEdgeRulesInsideBody(lines: Line[], verdicts: Verdict[]): void {
  const isText = (i: number) => verdicts[i].kind === 'text';
  const first = firstParagraph(lines, verdicts);
  const last = verdicts.findLastIndex((v) => v.kind === 'text');
  if (first < 0) return;
  for (let i = first + 1; i < last; i++) {
    const verdict = verdicts[i];
    if (verdict.kind === 'chrome' && verdict.edgesOnly) verdicts[i] = { kind: 'text' };
  }
}

/** A section label's one word: letters (and hyphens), no punctuation ("Strike!" may be a headline). */
const SECTION_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;
/** Two such words joined by "&" ("Russia & FSU", "Arts & Culture"): headlines write "and". */
const SECTION_PAIR = /^\p{L}[\p{L}\p{M}'’-]* & \p{L}[\p{L}\p{M}'’-]*$/u;

/**
 * A one-word line above the headline ("Economy", "Europe", "Polityka") is the section the page
 * files the story under, not its title: before the first paragraph, a text line of one word of
 * letters (or two joined by "&"), a trail from a section to a topic ("News|Russia-Ukraine war"), or
 * a trail of short parts between slashes ("News of Ukraine / War"), with a title line of at least
 * `TITLE_MIN_WORDS` words after it is a section label.
 */
function markSectionLabels(lines: Line[], verdicts: Verdict[]): void {
  const isText = (i: number) => verdicts[i].kind === 'text';
  const first = firstParagraph(lines, verdicts);
  let titleBelow = false;
  for (let i = (first < 0 ? lines.length : first) - 1; i >= 0; i--) {
    if (!isText(i)) continue;
    const words = wordCount(lines[i].text);
    if (titleBelow && (SECTION_PAIR.test(lines[i].text) || isSlashTrail(lines[i].text))) {
      verdicts[i] = { kind: 'chrome', reason: 'section label', found: [] };
    } else if (words >= TITLE_MIN_WORDS) titleBelow = true;
    else if (titleBelow && (SECTION_WORD.test(lines[i].text) || isSectionTrail(lines[i].text))) {
      verdicts[i] = { kind: 'chrome', reason: 'section label', found: [] };
    }
  }
}

/**
 * A site's menu copied above the headline ("News Feed", "Ukraine War", "Listen Live"): before the
 * first paragraph, a run of at least `MENU_MIN_LINES` lines that are chrome or short heading-shaped
 * lines of at most `MENU_ITEM_MAX_WORDS` words, holding at least `MENU_MIN_ITEMS` such text lines,
 * with a longer title line after it. Its text lines are menu items, not title lines: the title is the line below.
 * Only the chrome of a menu (`MENU_CHROME`) counts: a byline or a date stamp belongs to the story's
 * header and ends the run, so a kicker and headline above it ("Ceasefire collapses") stay.
 */
/** Reasons of the chrome a site's menu is made of, among its items. */
const MENU_CHROME = new Set(['navigation', 'masthead', 'section label', 'share prompt']);

function markHeaderMenus(lines: Line[], verdicts: Verdict[]): void {
  const first = firstParagraph(lines, verdicts);
  const end = first < 0 ? lines.length : first;
  const isItem = (i: number) => wordCount(lines[i].text) <= MENU_ITEM_MAX_WORDS && looksLikeHeading(lines[i].text, MENU_ITEM_MAX_WORDS);
  const titleAfter = (from: number) => {
    for (let k = from; k < end; k++) {
      if (verdicts[k].kind === 'text' && wordCount(lines[k].text) > MENU_ITEM_MAX_WORDS && looksLikeTitle(lines[k].text)) return true;
    }
    return false;
  };
  let items: number[] = [];
  let runLines = 0;
  for (let i = 0; i <= end; i++) {
    const verdict = verdicts[i];
    if (i < end && verdict.kind === 'blank') continue;
    if (i < end && ((verdict.kind === 'chrome' && MENU_CHROME.has(verdict.reason)) || (verdict.kind === 'text' && isItem(i)))) {
      if (verdict.kind === 'text') items.push(i);
      runLines += 1;
      continue;
    }
    // The run ends here: at a longer line, or at the first paragraph.
    if (items.length >= MENU_MIN_ITEMS && runLines >= MENU_MIN_LINES && titleAfter(i)) {
      for (const k of items) verdicts[k] = { kind: 'chrome', reason: 'navigation', found: [] };
    }
    items = [];
    runLines = 0;
  }
}

/**
 * A city in capitals alone on the line right above the first paragraph, under a title line
 * (`DATELINE_LINE`), is the lede's dateline printed apart from it, not a subhead; so is a city in mixed
 * case right under the byline or its stamp (`PLACE_LINE`: "Brasília"), where a line under the headline
 * might be a standfirst.
 */
function markDatelineLine(lines: Line[], verdicts: Verdict[]): void {
  const i = filledLine(verdicts, firstParagraph(lines, verdicts) - 1, -1);
  if (i < 0 || verdicts[i].kind !== 'text') return;
  const text = lines[i].text;
  const above = verdicts[filledLine(verdicts, i - 1, -1)];
  const underCredit = isChromeFor(above, 'byline') || isChromeFor(above, 'date stamp');
  if (!DATELINE_LINE.test(text) && !(underCredit && PLACE_LINE.test(text) && !isSectionList(text))) return;
  if (verdicts.slice(0, i).some((v) => v.kind === 'text')) verdicts[i] = { kind: 'chrome', reason: 'dateline', found: [] };
}

/**
 * The first text line that reads as a paragraph, or -1: not a title line, and not a standfirst,
 * a paragraph with chrome of a rule that applies anywhere right under it (a date stamp, a byline).
 */
function firstParagraph(lines: Line[], verdicts: Verdict[]): number {
  const chromeUnder = (i: number) => {
    const verdict = verdicts[filledLine(verdicts, i + 1, 1)];
    return verdict?.kind === 'chrome' && !verdict.edgesOnly;
  };
  return lines.findIndex((line, i) => verdicts[i].kind === 'text' && !looksLikeTitle(line.text) && !chromeUnder(i));
}

/** The first line from `from` (itself included) on, going by `step`, that is not blank; past the ends, an index outside them. */
function filledLine(verdicts: readonly Verdict[], from: number, step: 1 | -1): number {
  let k = from;
  while (verdicts[k]?.kind === 'blank') k += step;
  return k;
}

function isChromeFor(verdict: Verdict | undefined, reason: string): boolean {
  return verdict?.kind === 'chrome' && verdict.reason === reason;
}

/**
 * "News of Ukraine / War": short capitalised parts between slashes with spaces around them, as a site's
 * trail of sections prints them above the headline; headlines do not separate their words so.
 */
const SLASH_TRAIL = /^\p{Lu}[^/|»›>]*(?: \/ \p{Lu}[^/|»›>]*)+$/u;

function isSlashTrail(line: string): boolean {
  return SLASH_TRAIL.test(line) && !SENTENCE_END.test(line) && line.split(' / ').every((part) => wordCount(part) <= SECTION_PART_MAX_WORDS);
}

/** "News|Russia-Ukraine war": a section name, then short parts (`SECTION_TRAIL`). */
function isSectionTrail(line: string): boolean {
  return SECTION_TRAIL.test(line) && line.split(/[|»›>]/u).every((part) => wordCount(part.trim()) <= SECTION_PART_MAX_WORDS);
}

/** A title line: a heading, up to `TITLE_MAX_WORDS` long, that may end in `?` or `!`. */
function looksLikeTitle(line: string): boolean {
  return looksLikeHeading(line, TITLE_MAX_WORDS, TITLE_END);
}

// ---- Pass 6: the body ------------------------------------------------------------------

/** A removed piece before its text is filled in, plus what a breadcrumb needs. */
interface Pending {
  span: Span;
  reason: string;
  line?: Line;
  crumb?: string;
}

class BodyBuilder {
  readonly blocks: TextBlock[] = [];
  readonly pending: Pending[] = [];
  readonly detections: Detection[] = [];
  /** Keys of the heading lines kept so far, to catch a title printed twice. */
  readonly headingKeys = new Set<string>();
  /** True until the first paragraph: headings here are title lines. */
  inTitleZone = true;
  titleFound = false;
  /** True until the lede: the first paragraph that is not a list item (summary bullets may come first). */
  beforeLede = true;
  /** A standfirst was passed over as the lede (see `layOutTextLine`): only one is. */
  standfirstPassed = false;

  constructor(readonly text: string) {}

  remove(span: Span | null, reason: string, extra: Omit<Pending, 'span' | 'reason'> = {}): void {
    if (span) this.pending.push({ span, reason, ...extra });
  }

  keep(span: Span | null, heading: boolean): void {
    if (!span) return;
    this.blocks.push({ start: span.start, end: span.end, heading });
    if (heading) this.headingKeys.add(sameTextKey(this.text.slice(span.start, span.end)));
  }
}

/**
 * Lays out the text lines. `linesAreParagraphs`: every text line is a paragraph of its own, even
 * with no blank line around it, so titles and headings need no blank lines to stand apart.
 */
function layOutBody(text: string, marked: Array<Line | MarkedLine>, verdicts: Verdict[], linesAreParagraphs: boolean) {
  const body = new BodyBuilder(text);
  const lines = marked.map((line) => ('content' in line ? line.content : line));
  // The last line of text is read without its sign-off, so it is laid out as the line the story ends with.
  const last = verdicts.findLastIndex((v) => v.kind === 'text');
  if (last >= 0) lines[last] = stripLastLineSuffix(body, lines[last]);
  const textAt = (i: number) => (verdicts[i]?.kind === 'text' ? lines[i].text : null);
  lines.forEach((line, i) => {
    const verdict = verdicts[i];
    const read = marked[i];
    if (verdict.kind === 'blank') return;
    if ('marks' in read) for (const mark of read.marks) body.remove(mark.span, mark.reason);
    if (verdict.kind === 'chrome') {
      body.remove(spanOf(line, 0, line.text.length, text), verdict.reason, { line, crumb: verdict.crumb });
      return;
    }
    const previous = textAt(i - 1);
    const next = textAt(i + 1);
    const below = verdicts[filledLine(verdicts, i + 1, 1)];
    const chromeUnder = below?.kind === 'chrome' && !below.edgesOnly;
    if ('marks' in read && read.heading) return layOutMarkedHeading(body, line);
    layOutTextLine(body, line, { previous, next, apart: linesAreParagraphs || (previous === null && next === null), chromeUnder });
  });
  return { blocks: body.blocks, removed: finishPieces(body), detections: body.detections };
}

/**
 * Whether a text line runs on into the next one, as the lines of a hard-wrapped text do: it ends
 * without closing punctuation and the next starts in lower case. A text with no such line, read
 * line by line, is web text with a paragraph per line, blank lines between them or not.
 */
function anyLineRunsOn(lines: Line[], verdicts: Verdict[]): boolean {
  return lines.some((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || verdicts[i].kind !== 'text' || verdicts[i + 1].kind !== 'text') return false;
    return !PARAGRAPH_END.test(line.text) && LOWER_CASE_START.test(next.text) && !LIST_ITEM.test(next.text);
  });
}

/** Where a text line stands: the text lines right before and after it (`null`: blank, chrome or none). */
interface Place {
  previous: string | null;
  next: string | null;
  /** The line is a paragraph of its own. */
  apart: boolean;
  /** The next line that is not blank is chrome of a rule that applies anywhere (a caption, a byline). */
  chromeUnder: boolean;
}

function layOutTextLine(body: BodyBuilder, line: Line, place: Place): void {
  const whole = spanOf(line, 0, line.text.length, body.text);
  if (body.headingKeys.has(sameTextKey(line.text))) return body.remove(whole, 'repeated title');
  if (place.apart && body.inTitleZone && layOutTitleLine(body, line)) return;
  if (place.apart && isSubhead(line.text, place)) return body.keep(whole, true);
  body.inTitleZone = false;
  const isLede = body.beforeLede && !LIST_ITEM.test(line.text);
  if (isLede) body.beforeLede = false;
  const from = isLede ? stripLedePrefixes(body, line) : 0;
  // A standfirst ending like a sentence, with the header's chrome under it (its photo, byline and
  // stamp), is not the lede: the paragraph after it may still open with the dateline.
  if (isLede && from === 0 && place.chromeUnder && !body.standfirstPassed) {
    body.beforeLede = true;
    body.standfirstPassed = true;
  }
  body.keep(spanOf(line, from, line.text.length, body.text), false);
}

/**
 * A line the text marks as a heading ("## Subhead"): a heading whatever its shape, as the writer said
 * so; before the first paragraph a title line, as an unmarked one would be.
 */
function layOutMarkedHeading(body: BodyBuilder, line: Line): void {
  const whole = spanOf(line, 0, line.text.length, body.text);
  if (body.headingKeys.has(sameTextKey(line.text))) return body.remove(whole, 'repeated title');
  if (body.inTitleZone && layOutTitleLine(body, line)) return;
  body.keep(whole, true);
}

/**
 * A heading inside the body: heading-shaped, and not a sentence without its full stop (see
 * `readsAsSentence`). Right next to other text lines, a subhead also follows a finished
 * paragraph (or a list item), not a line that leads into it (`Three demands:`), and is not one of
 * a run of heading-shaped lines (a list without bullets, a table, an address).
 */
function isSubhead(line: string, place: Place): boolean {
  if (!looksLikeHeading(line, HEADING_MAX_WORDS) || readsAsSentence(line)) return false;
  const { previous, next } = place;
  const afterParagraph = previous === null || SENTENCE_END.test(previous) || LIST_ITEM.test(previous);
  const beforeParagraph = next === null || !looksLikeHeading(next, HEADING_MAX_WORDS);
  return afterParagraph && beforeParagraph;
}

/** A heading line before the first paragraph: a title, maybe with a wire's tag before it and an outlet suffix. */
function layOutTitleLine(body: BodyBuilder, line: Line): boolean {
  const suffix = findTitleSuffix(line.text);
  const cut = suffix ? suffix.index : line.text.length;
  const from = TITLE_TAG.exec(line.text)?.[0].length ?? 0;
  const title = line.text.slice(from, cut);
  if (!looksLikeTitle(title)) return false;
  if (body.headingKeys.has(sameTextKey(title))) {
    body.remove(spanOf(line, 0, line.text.length, body.text), 'repeated title');
    return true;
  }
  body.remove(spanOf(line, 0, from, body.text), 'version tag');
  body.keep(spanOf(line, from, cut, body.text), true);
  if (suffix) {
    body.remove(spanOf(line, cut, line.text.length, body.text), suffix.reason);
    if (suffix.outlet !== null) body.detections.push({ field: 'outlet', value: suffix.outlet, rank: OUTLET_RANK.suffix, at: line.start });
  }
  if (!body.titleFound) {
    body.detections.push({ field: 'title', value: collapse(title), rank: 0, at: line.start });
    body.titleFound = true;
  }
  return true;
}

/**
 * A body line without a stop that is written as prose, not in headline style: it holds a
 * `PROSE_WORDS` word (unless it opens with a question word, as a subhead may: "What was agreed"),
 * or is longer than a subhead and opens with an article or pronoun.
 */
function readsAsSentence(line: string): boolean {
  const words = line.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const first = words[0] ?? '';
  if (words.length > SUBHEAD_MAX_WORDS && PROSE_OPENERS.has(first)) return true;
  return !QUESTION_WORDS.has(first) && words.some((word) => PROSE_WORDS.has(word.replace(/’/gu, "'")));
}

/**
 * What closes a title line after a separator: an outlet's name (a known one, or any short name after a
 * bar), or after a bar a stamp or a section, which names no outlet ("… | 05:32 pm GMT+7", "… | World").
 * `index` is where the separator starts.
 */
function findTitleSuffix(line: string): { index: number; reason: string; outlet: string | null } | null {
  const known = knownOutletSuffix(line);
  if (known) return { ...known, reason: 'outlet suffix' };
  const bar = BAR_SUFFIX.exec(line);
  if (!bar?.groups || bar.index === 0 || wordCount(bar.groups.outlet.trim()) > SUFFIX_MAX_WORDS) return null;
  const name = bar.groups.outlet.trim();
  const other = isStampOrSection(name);
  return other ? { index: bar.index, reason: other, outlet: null } : { index: bar.index, reason: 'outlet suffix', outlet: lookupOutlet(name) ?? name };
}

/**
 * Headings are short, start with a capital (or a quote, digit or uncased letter), are not
 * list items, and do not end with sentence punctuation (closing quotes and brackets aside):
 * `Issues to be addressed`, `"Escalation for the sake of de-escalation"`. `allowedEnd` lists
 * marks a heading may end with after all (a title's `?` or `!`).
 */
export function looksLikeHeading(line: string, maxWords: number, allowedEnd: RegExp | null = null): boolean {
  if (LIST_ITEM.test(line) || wordCount(line) > maxWords) return false;
  const firstLetter = /\p{L}/u.exec(line);
  if (!firstLetter || /\p{Ll}/u.test(firstLetter[0])) return false;
  const core = line.replace(TRAILING_CLOSERS, '');
  if (core === '') return false;
  return !NO_HEADING_END.test(core) || (allowedEnd !== null && allowedEnd.test(core));
}
/** Closing quotes and brackets at a line's end, and white space. */
const TRAILING_CLOSERS = new RegExp(`[${CLOSING_MARKS}${EITHER_WAY_QUOTES}\\s]+$`, 'u');
/** What no heading ends with: a sentence's final mark in any script, a colon, semicolon, comma or dash. */
const NO_HEADING_END = new RegExp(`[${SENTENCE_TERMINALS}${CLAUSE_MARKS}${COMMAS}\\-–—]$`, 'u');

/**
 * Removes date stamps and datelines from the start of the lede, repeatedly
 * (`date 2022-02-18 MOSCOW, February 18. /TASS/. Russia hopes…`). Returns the index in
 * `line.text` where the lede's own text starts.
 */
function stripLedePrefixes(body: BodyBuilder, line: Line): number {
  let from = 0;
  for (let rule = nextPrefix(line.text, from); rule; rule = nextPrefix(line.text, from)) {
    const end = from + rule.match[0].length;
    body.remove(spanOf(line, from, end, body.text), rule.rule.reason);
    body.detections.push(...prefixDetections(rule.rule, rule.groups, line.start));
    from = line.text[end] === ' ' ? end + 1 : end;
  }
  return from;
}

/**
 * Removes a sign-off after the last sentence from the last line of text (`LAST_LINE_SUFFIXES`: "… the
 * minister said. (ANI)"). Returns the line without it, or the line itself when it has none.
 */
function stripLastLineSuffix(body: BodyBuilder, line: Line): Line {
  const found = lastLineSuffix(line.text);
  if (!found) return line;
  const at = found.match.index;
  const rest = lineBefore(line, at);
  if (rest.text === '') return line;
  body.remove(spanOf(line, at, line.text.length, body.text), found.rule.reason);
  return rest;
}

function lastLineSuffix(text: string): { rule: SuffixRule; match: RegExpExecArray } | null {
  for (const rule of LAST_LINE_SUFFIXES) {
    if (rule.mustContain && !rule.mustContain.some((part) => text.includes(part))) continue;
    const match = rule.pattern.exec(text);
    if (!match || match[0].length === 0) continue;
    if (rule.accept && !rule.accept(match.groups ?? {})) continue;
    return { rule, match };
  }
  return null;
}

function nextPrefix(
  text: string,
  from: number,
): { rule: PrefixRule; match: RegExpExecArray; groups: Record<string, string | undefined> } | null {
  const rest = text.slice(from);
  const mayBeDateline = DATELINE_OPENING.test(rest);
  for (const rule of LEDE_PREFIXES) {
    if (rule.reason === 'dateline' && !mayBeDateline) continue;
    if (rule.mustContain && !rule.mustContain.some((part) => rest.includes(part))) continue;
    const match = rule.pattern.exec(rest);
    if (!match || match[0].length === 0) continue;
    const groups = rule.parts ? rule.parts(match.groups ?? {}) : (match.groups ?? {});
    if (!groups || (rule.accept && !rule.accept(groups))) continue;
    return { rule, match, groups };
  }
  return null;
}

function prefixDetections(rule: PrefixRule, groups: Record<string, string | undefined>, at: number): Detection[] {
  if (rule.reason === 'date stamp') return groups.date ? dateDetections(groups.date, rule.dateRank ?? 0, at) : [];
  const found: Detection[] = [];
  if (groups.tag) found.push({ field: 'outlet', value: lookupOutlet(groups.tag) ?? groups.tag, rank: OUTLET_RANK.dateline, at });
  // The dateline's date counts only with a year ("LONDON, March 3, 2022 (AP) —").
  const stated = groups.when ? parseDateExpression(groups.when) : null;
  if (stated) found.push({ field: 'date', value: stated.date, rank: DATE_RANK.dateline, at });
  return found;
}

/**
 * Fills in the pieces' text and splits a breadcrumb whose last crumb repeats a kept
 * heading ("Home » <title>" above the title): the trail is the breadcrumb, the crumb a
 * repeated title. Returns the pieces in text order.
 */
function finishPieces(body: BodyBuilder): RemovedPiece[] {
  const spans = body.pending.flatMap((p): Pending[] => {
    if (!p.crumb || !p.line || !body.headingKeys.has(sameTextKey(p.crumb))) return [p];
    const crumbFrom = p.line.text.length - p.crumb.length;
    const trail = spanOf(p.line, 0, crumbFrom, body.text);
    const crumb = spanOf(p.line, crumbFrom, p.line.text.length, body.text);
    if (!trail || !crumb) return [p];
    return [
      { span: trail, reason: p.reason },
      { span: crumb, reason: 'repeated title' },
    ];
  });
  return spans
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ span, reason }) => ({
      text: collapse(body.text.slice(span.start, span.end)),
      reason,
      start: span.start,
      end: span.end,
    }));
}
