/**
 * A regular expression that is built the first time it is used. Building a pattern with Unicode
 * property classes (`\p{Lu}`) and long alternations costs up to a millisecond, and one command
 * meets most of the loader's patterns never: their prechecks turn every line away. Start-up should
 * not pay for patterns no line reaches.
 *
 * No `g` or `y` flag: such a pattern keeps where it stopped (`lastIndex`) from one text to the next,
 * which a rule tested on many lines must not.
 */
export class LazyRegExp {
  private built: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string = '',
  ) {
    if (/[gy]/.test(flags)) throw new Error(`a pattern built on first use takes no g or y flag: /${source}/${flags}`);
    made.push(this);
  }

  /** The pattern itself, built on first use. */
  get regExp(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }

  exec(text: string): RegExpExecArray | null {
    return this.regExp.exec(text);
  }

  test(text: string): boolean {
    return this.regExp.test(text);
  }
}

/** A pattern a rule matches text with: a regular expression, or one built on first use. */
export type TextPattern = Pick<RegExp, 'exec' | 'test'>;

/** `new RegExp(source, flags)`, built on first use. */
export function lazyRegExp(source: string, flags = ''): LazyRegExp {
  return new LazyRegExp(source, flags);
}

const made: LazyRegExp[] = [];

/**
 * Every pattern made so far, built or not: a malformed one fails only when first used, so the
 * tests build them all.
 */
export function lazyRegExpsMade(): readonly LazyRegExp[] {
  return made;
}
