/**
 * A regular expression that is built the first time it is used. Building a pattern with Unicode
 * property classes (`\p{Lu}`) and long alternations costs up to a millisecond, and one command
 * meets most of the loader's rules never: their prechecks turn every line away. Start-up should
 * not pay for patterns no line reaches.
 */
export class LazyRegExp {
  private built: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string = '',
  ) {}

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
