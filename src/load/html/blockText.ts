/**
 * From readability's article element to plain text the line-based loader understands:
 * one paragraph per line with a blank line between paragraphs, subheads on lines of their
 * own, list items as `- item` lines, a table's rows as a line each (no blank line between, as a
 * table copied as text reads), `<br>` as a line break, inline white space collapsed.
 * Text inside `<figure>` (captions, image credits) gets lines of its own too, and its
 * offsets are reported so the caller can treat it as chrome.
 */
import { ELEMENT_NODE, TEXT_NODE, attributeTokens, collapseSpace, tagName, type DomElement, type DomNode } from './dom.js';
import type { RoleReason } from './roles.js';
import type { Standfirst } from './standfirst.js';

/** The text, and where the lines from `<figure>` elements, the standfirst, bylines and pull quotes are. */
export interface BlockText {
  text: string;
  /** Spans of the lines that came from inside a `<figure>`, in text order. */
  figureLines: Array<{ start: number; end: number }>;
  /** Spans of the standfirst's paragraphs (one per line of it: a list of points gives several), in text order. */
  standfirst: Array<{ start: number; end: number }>;
  /** Spans of the lines from a table's rows, in text order: they are never headings. */
  tableRows: Array<{ start: number; end: number }>;
  /**
   * Spans of the lines (outside figures and the standfirst) whose text all comes from elements the page
   * names as a byline or a pull quote (see `roleTextNodes`), with that role, in text order.
   */
  roleLines: Array<{ start: number; end: number; reason: RoleReason }>;
}

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never article text (readability removes most already). */
const SKIPPED_TAGS = new Set([
  'audio', 'button', 'canvas', 'embed', 'head', 'iframe', 'input', 'link', 'math', 'meta', 'nav', 'noscript', 'object',
  'option', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);
/**
 * Words in the class or id of a box that readability may keep inside the article but whose text is
 * never the article's: an appeal for money, members or an e-mail address (the Guardian's
 * `contributions-epic`, `newsletter-signup`, `post__membership-box`, `donate-box`), and the
 * author's biography under the story (`post__author-bio`). Not "subscribe" or "subscription":
 * paywalled sites name the article's body so (`article-body subscription-content`).
 */
const BOX_WORDS = new Set(['epic', 'newsletter', 'donate', 'donation', 'membership', 'bio']);
/** Such a box is short: an element named so but longer than this many words is a container of the article. */
const BOX_MAX_WORDS = 300;
/** Table cells: inline, but never glued to their neighbour. */
const CELL_TAGS = new Set(['td', 'th']);
/** Elements that belong to the word they touch ("km<sup>2</sup>", "H<sub>2</sub>O"). */
const GLUED_TAGS = new Set(['sup', 'sub']);
/** Inside a figure, elements that hold the image credit get their own line, so the credit rules see it alone. */
const CREDIT_TAGS = new Set(['small', 'cite']);
const CREDIT_CLASS = /credit|copyright|photographer|source|byline|author/;

type PieceKind = 'text' | 'item' | 'row';

interface Piece {
  text: string;
  kind: PieceKind;
  /** How it joins the previous piece: a line break, or a blank line (a new paragraph). */
  separator: '\n' | '\n\n';
  inFigure: boolean;
  /** The standfirst's paragraph, added from outside readability's article. */
  standfirst?: boolean;
  /** The role of the elements all of the line's text comes from, if one. */
  role?: RoleReason;
}

class TextBuilder {
  readonly pieces: Piece[] = [];
  private buffer = '';
  /** A `<br>` ended the previous line: the next one continues the paragraph. */
  private afterBreak = false;
  /** An `<li>` opened and its first line is still to come. */
  private itemPending = false;
  figureDepth = 0;
  /** How many rows of a table of data (`isDataRow`) are open. */
  rowDepth = 0;
  /** The text of a standfirst readability kept: the first line, if it is this, is the standfirst. */
  keptStandfirst: string | null = null;
  /** How many `<p>` elements of running text (`isRunningText`) are open: inside one, text runs on. */
  paragraphDepth = 0;

  /** The roles of the buffer's text: `null` for text of no named element. */
  private bufferRoles = new Set<RoleReason | null>();

  /** `root` is the element whose text is built (see `isBox`); `roles` names the text nodes of bylines and pull quotes. */
  constructor(
    readonly root: DomNode,
    readonly roles: ReadonlyMap<DomNode, RoleReason>,
  ) {}

  /** Adds text; `role` is that of the element it comes from (`null`: none, or text not from the page). */
  addText(text: string, role: RoleReason | null = null): void {
    // Soft hyphens are invisible and would split words for the aligner.
    this.buffer += text.replace(/\u00ad/g, '');
    if (text.trim() !== '') this.bufferRoles.add(role);
  }

  /** Whether the line so far ends in a letter or digit, which the next text would glue onto. */
  endsInWord(): boolean {
    return /[\p{L}\p{N}]$/u.test(this.buffer);
  }

  /** A `<br>`: ends the line; two in a row end the paragraph. */
  lineBreak(): void {
    const had = this.emit();
    this.afterBreak = had;
  }

  /** A block boundary: ends the paragraph. */
  endBlock(): void {
    this.emit();
    this.afterBreak = false;
  }

  startItem(): void {
    this.endBlock();
    this.itemPending = true;
  }

  endItem(): void {
    this.endBlock();
    this.itemPending = false;
  }

  /** Adds a whole line as its own paragraph (the title, the standfirst). */
  addParagraph(text: string, standfirst = false): void {
    this.endBlock();
    const before = this.pieces.length;
    this.addText(text);
    this.endBlock();
    if (standfirst && this.pieces.length > before) this.pieces[before].standfirst = true;
  }

  /** Turns the buffer into a piece; false if it held only white space. */
  private emit(): boolean {
    const text = collapseSpace(this.buffer);
    const roles = [...this.bufferRoles];
    this.buffer = '';
    this.bufferRoles = new Set();
    if (text === '') return false;
    const role = roles.length === 1 ? (roles[0] ?? undefined) : undefined;
    const kind: PieceKind = this.itemPending ? 'item' : this.rowDepth > 0 ? 'row' : 'text';
    const previous = this.pieces.at(-1);
    const tight = this.afterBreak || ((kind === 'item' || kind === 'row') && previous?.kind === kind);
    const inFigure = this.figureDepth > 0;
    const standfirst = !inFigure && this.keptStandfirst === text;
    if (!inFigure) this.keptStandfirst = null;
    this.pieces.push({
      text: kind === 'item' ? `- ${text}` : text,
      kind,
      separator: tight ? '\n' : '\n\n',
      inFigure,
      ...(standfirst ? { standfirst } : {}),
      ...(role ? { role } : {}),
    });
    this.itemPending = false;
    return true;
  }

  finish(): BlockText {
    this.endBlock();
    let text = '';
    const figureLines: BlockText['figureLines'] = [];
    const standfirst: BlockText['standfirst'] = [];
    const roleLines: BlockText['roleLines'] = [];
    const tableRows: BlockText['tableRows'] = [];
    for (const piece of this.pieces) {
      if (text !== '') text += piece.separator;
      const span = { start: text.length, end: text.length + piece.text.length };
      // A figure's own treatment wins: a credit named "byline" is the photographer's.
      if (piece.inFigure) figureLines.push(span);
      else if (piece.standfirst) standfirst.push(span);
      else if (piece.role) roleLines.push({ ...span, reason: piece.role });
      if (piece.kind === 'row' && !piece.inFigure) tableRows.push(span);
      text += piece.text;
    }
    return { text: text === '' ? '' : `${text}\n`, figureLines, standfirst, tableRows, roleLines };
  }
}

/**
 * The plain text of `root`, with `title` (when given) as its first line and `standfirst` (when
 * given) as the paragraphs under it, or, when `root` kept it, marked where it is: its first line
 * outside a figure, if that is the standfirst's text. `roles` gives the role of the text nodes of
 * bylines and pull quotes (see `roleTextNodes`). Cost: linear in the number of nodes; recursion
 * depth is the element nesting depth.
 */
export function blockText(
  root: DomNode,
  title: string | null,
  standfirst: Standfirst | null = null,
  roles: ReadonlyMap<DomNode, RoleReason> = new Map(),
): BlockText {
  const builder = new TextBuilder(root, roles);
  if (title !== null) builder.addParagraph(title);
  if (standfirst !== null && !standfirst.kept) standfirst.lines.forEach((line) => builder.addParagraph(line, true));
  if (standfirst?.kept) builder.keptStandfirst = standfirst.text;
  walk(root, builder);
  return builder.finish();
}

function walk(node: DomNode, builder: TextBuilder): void {
  if (node.nodeType === TEXT_NODE) return builder.addText(node.textContent ?? '', builder.roles.get(node) ?? null);
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as DomElement;
  const tag = tagName(element);
  if (SKIPPED_TAGS.has(tag) || isHidden(element) || isBox(element, builder.root)) return;
  if (tag === 'br') return builder.lineBreak();
  const children = () =>
    Array.from(element.childNodes).forEach((child, i, siblings) => {
      // In a paragraph the two run on ("<a>Amnesty</a><a>International</a>"): a space, not a line.
      if (gluesOn(siblings[i - 1], child, builder)) {
        if (builder.paragraphDepth > 0) builder.addText(' ');
        else builder.lineBreak();
      }
      walk(child, builder);
    });
  if (tag === 'li') {
    builder.startItem();
    children();
    return builder.endItem();
  }
  if (CELL_TAGS.has(tag)) {
    builder.addText(' ');
    children();
    return builder.addText(' ');
  }
  const row = tag === 'tr' && isDataRow(element);
  if (row) builder.rowDepth++;
  const isFigure = tag === 'figure';
  const block = BLOCK_TAGS.has(tag) || (builder.figureDepth > 0 && isCredit(element));
  if (block) builder.endBlock();
  if (isFigure) builder.figureDepth++;
  const running = tag === 'p' && isRunningText(element);
  if (running) builder.paragraphDepth++;
  children();
  if (running) builder.paragraphDepth--;
  if (block) builder.endBlock();
  if (isFigure) builder.figureDepth--;
  if (row) builder.rowDepth--;
}

/** Elements inside a table's row that make it a row of a layout table, holding paragraphs of the page. */
const LAYOUT_CELL_CONTENT = 'p, div, ul, ol, dl, table, blockquote, figure, h1, h2, h3, h4, h5, h6';

/** A row of a table of data (names and figures, a cell each): none of its cells holds blocks of text. */
function isDataRow(row: DomElement): boolean {
  return row.querySelector(LAYOUT_CELL_CONTENT) === null;
}

/**
 * Two elements side by side with no space between them, the first ending in a letter or digit and
 * the second starting with a capital or digit, are laid out apart by the page's style sheet, not
 * one word: a byline's name and desk (`<span>Laura Gozzi</span><span>BBC News</span>`), a stamp's
 * label and date (`<span>Published</span><time>4 March 2024</time>`). They get a line each (a
 * space inside a `<p>`: see `walk`). A word split by markup continues in lower case; a superscript
 * or subscript belongs to its word; a single letter is a drop cap, the start of the next word
 * (`<span>W</span><span>ASHINGTON</span>`).
 */
function gluesOn(previous: DomNode | undefined, next: DomNode, builder: TextBuilder): boolean {
  if (previous?.nodeType !== ELEMENT_NODE || next.nodeType !== ELEMENT_NODE) return false;
  // Cheapest tests first: this is asked of every pair of neighbouring elements.
  if (!builder.endsInWord() || GLUED_TAGS.has(tagName(next)) || GLUED_TAGS.has(tagName(previous))) return false;
  if (!/^[\p{Lu}\p{N}]/u.test((next.textContent ?? '').trimStart())) return false;
  return !/^\p{L}$/u.test((previous.textContent ?? '').trim());
}

/**
 * A `<p>` holding text of its own beside its elements is running text. One made only of elements
 * may be a header row readability turned from a `<div>` into a `<p>` (a stamp's label and date).
 */
function isRunningText(element: DomElement): boolean {
  return Array.from(element.childNodes).some((child) => child.nodeType === TEXT_NODE && (child.textContent ?? '').trim() !== '');
}

function isCredit(element: DomElement): boolean {
  if (CREDIT_TAGS.has(tagName(element))) return true;
  return [...attributeTokens(element, 'class'), ...attributeTokens(element, 'itemprop')].some((t) => CREDIT_CLASS.test(t));
}

/**
 * A box named by `BOX_WORDS` and short. An element holding every paragraph of `root` is the
 * article, whatever its name: leaving it out would leave nothing.
 */
function isBox(element: DomElement, root: DomNode): boolean {
  const named = [...attributeTokens(element, 'class'), ...attributeTokens(element, 'id')].some((token) =>
    token.split(/[-_]+/u).some((word) => BOX_WORDS.has(word)),
  );
  if (!named || element === root) return false;
  const text = collapseSpace(element.textContent ?? '');
  if (text.split(' ').length > BOX_MAX_WORDS || text === collapseSpace(root.textContent ?? '')) return false;
  const paragraphs = element.querySelectorAll('p').length;
  return !(paragraphs > 0 && root.nodeType === ELEMENT_NODE && paragraphs === (root as DomElement).querySelectorAll('p').length);
}

function isHidden(element: DomElement): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')
  );
}
