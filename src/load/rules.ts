/**
 * The loader's knowledge about news pages, kept as data: which whole lines are site
 * chrome, which outlets exist and how they sign their texts, what a dateline looks like.
 * To teach the loader a new site, add a row here; `chrome.ts` holds only the mechanics.
 *
 * Every pattern is tested against ONE line, trimmed, with each white-space run
 * (non-breaking spaces included) collapsed to a single space.
 */
import { MONTH_NAME, RUSSIAN_MONTH_NAME, parseDateExpression } from './dates.js';
import { CLAUSE_MARKS, CLOSING_MARKS, EITHER_WAY_QUOTES, QUESTION_OR_EXCLAMATION_MARKS, SENTENCE_TERMINALS } from '../text/punctuation.js';
import { lazyRegExp, type TextPattern } from '../text/lazyRegExp.js';

/** A rule that removes a whole line. */
export interface LineRule {
  /** Short human reason reported with the removed line. */
  reason: string;
  /** Must match the whole line (anchored with `^…$`). */
  pattern: TextPattern;
  /** Longer lines are never tested: chrome lines are short, and this bounds the regex cost. */
  maxWords: number;
  /**
   * Lower-case text that every line the rule takes (its pattern matches and `accept` agrees) contains
   * (one of them at least): other lines are not tested, so a long pattern is compiled only when a line
   * might be one.
   */
  mustContain?: readonly string[];
  /**
   * Every line the pattern matches opens with a known outlet's name (case ignored; see
   * `opensWithOutlet`): other lines are not tested, so a pattern holding every outlet name is
   * compiled only when a line might be one.
   */
  opensWithOutlet?: boolean;
  /**
   * Reads the line's parts by hand where a pattern cannot tell them apart (a byline's names that run into
   * its stamp with only a space between; an outlet's name that may hold the row's separator): given the
   * match's named groups, the named parts that `accept` and the detections read in their place, or `null`
   * when the line is none.
   */
  parts?: (groups: Record<string, string | undefined>) => Record<string, string | undefined> | null;
  /** Further check on the match's named groups; the rule applies only when it returns true. */
  accept?: (groups: Record<string, string | undefined>) => boolean;
  /**
   * The known outlet the line names besides an `outlet` group (a byline's "| AP"), read from the groups by
   * hand: its reported name, or `undefined` for none.
   */
  outletOf?: (groups: Record<string, string | undefined>) => string | undefined;
  /**
   * The line's `date` group is a candidate article date with this rank (lower wins).
   * Rule lines also yield `author` from an `author` group.
   */
  dateRank?: number;
  /**
   * The date expression the line states, read from the match's groups by hand rather than taken from a
   * `date` group (`undefined`: none); ranked by `dateRank`.
   */
  dateOf?: (groups: Record<string, string | undefined>) => string | undefined;
  /**
   * The pattern can also match real sentences ("Video by local residents showed…"), so the
   * rule never applies to a line that reads as prose (see `readsAsProse`).
   */
  notProse?: boolean;
  /**
   * `'edges'`: the line is chrome only before the first body paragraph (among the title
   * lines) or after the last body line; inside the body it is kept (a timeline's date).
   */
  zone?: 'edges';
  /**
   * The line labels a list of links ("More on this story"): the list items right under it
   * (blank lines between the label and the list allowed) are removed with it.
   */
  headsLinks?: boolean;
}

/** A rule that removes a clearly delimited prefix of the lede (the first paragraph). */
export interface PrefixRule {
  reason: 'date stamp' | 'dateline';
  /** Anchored with `^`; must end where the removed prefix ends. */
  pattern: TextPattern;
  /**
   * Text that every prefix the pattern matches contains (one of them at least, case as written):
   * ledes without it are not tested, so the pattern is compiled only when a lede might open with one.
   */
  mustContain?: readonly string[];
  /** Reads the prefix's parts by hand, as `LineRule.parts` reads a line's. */
  parts?: (groups: Record<string, string | undefined>) => Record<string, string | undefined> | null;
  /** Further check on the match's named groups; the rule applies only when it returns true. */
  accept?: (groups: Record<string, string | undefined>) => boolean;
  /** For date stamps: rank of the `date` group as a candidate article date. */
  dateRank?: number;
}

/** A rule that removes a clearly delimited end of the last line of body text (the last paragraph). */
export interface SuffixRule {
  reason: 'end mark';
  /** Anchored with `$`; the match (with any white space before it) is the removed suffix. */
  pattern: TextPattern;
  /**
   * Text that every suffix the pattern matches contains (one of them at least, case as written): other
   * lines are not tested.
   */
  mustContain?: readonly string[];
  /** Further check on the match's named groups; the rule applies only when it returns true. */
  accept?: (groups: Record<string, string | undefined>) => boolean;
}

/** What the loader knows about one outlet. */
export interface Outlet {
  /** The name reported as `outlet`. */
  name: string;
  /** Other spellings that name the outlet in title suffixes and dateline tags. */
  aliases: string[];
  /**
   * A stamp the outlet prints at the END of a line: alone (a page or series stamp) or after
   * an image caption. Named groups `day`, `month`, `year` give the stamp's date.
   */
  stampPattern?: RegExp;
  /**
   * Slogans the outlet prints with its masthead at the top or foot of its pages ("Advancing the
   * power of facts"). A line that is only one of them, or the outlet's name and one of them
   * ("Ukrinform – Ukrainian National News Agency"), is chrome, never the title. Slogans that list
   * what the site covers need no row: see `SLOGAN_WORDS`.
   */
  taglines?: string[];
  /**
   * The opening words of a notice the outlet prints under every story (terms of reuse, what the
   * site's version leaves out): a line at the top or foot of the text that starts with them is
   * chrome (`site notice`).
   */
  notices?: string[];
}

// Ranks of the places a date can come from: a labelled date stamp beats a caption stamp,
// which beats a bare outlet stamp and a dateline with a year.
export const DATE_RANK = { stamp: 0, caption: 1, outletStamp: 2, dateline: 3 } as const;
// Ranks for the outlet: the dateline's agency tag, then an outlet stamp, then a title suffix.
export const OUTLET_RANK = { dateline: 0, stamp: 1, suffix: 2 } as const;

// Aliases include the site's domain, as pages give it for `og:site_name` ("dw.com"); `lookupOutlet`
// also reads a site name with "www." or a scheme before the domain.
export const OUTLETS: Outlet[] = [
  {
    name: 'TASS',
    aliases: ['ITAR-TASS', 'TASS Russian News Agency', 'ТАСС', 'ИТАР-ТАСС', 'tass.com', 'tass.ru'],
    taglines: ['Russian News Agency'],
  },
  {
    name: 'Sputnik International',
    aliases: ['Sputnik', 'Sputnik News', 'sputniknews.com', 'sputnikglobe.com'],
    // "- Sputnik International, 1920, 18.02.2022": the number before the date is not a year.
    stampPattern:
      /(?:^|\s)[-–—] ?Sputnik(?: International)?, ?\d{1,4}, ?(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})$/,
  },
  { name: 'Rossiyskaya Gazeta', aliases: ['Rossiiskaya Gazeta', 'Russian Gazette', 'RG', 'rg.ru'] },
  { name: 'RIA Novosti', aliases: ['RIA', 'РИА Новости', 'ria.ru'] },
  { name: 'Interfax', aliases: ['Интерфакс', 'interfax.com', 'interfax.ru'] },
  { name: 'RT', aliases: ['RT News', 'RT International', 'Russia Today', 'rt.com'] },
  {
    name: 'Reuters',
    aliases: ['Thomson Reuters', 'reuters.com'],
    taglines: ['Exclusive news, data and analytics for financial market professionals'],
  },
  {
    name: 'Associated Press',
    aliases: ['AP', 'The Associated Press', 'AP News', 'apnews.com'],
    taglines: ['Advancing the power of facts'],
  },
  { name: 'Agence France-Presse', aliases: ['AFP', 'afp.com'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'xinhuanet.com', 'news.cn', 'english.news.cn'] },
  { name: 'United Press International', aliases: ['UPI', 'upi.com'] },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'dpa-international.com'] },
  { name: 'Deutsche Welle', aliases: ['DW', 'dw.com'], taglines: ['Made for minds'] },
  {
    name: 'Anadolu Agency',
    aliases: ['AA', 'Anadolu Ajansı', 'aa.com.tr'],
    notices: ['Anadolu Agency website contains only a portion of the news stories offered to subscribers'],
  },
  {
    name: 'Ukrinform',
    aliases: ['ukrinform.net', 'ukrinform.ua'],
    taglines: ['Ukrainian National News Agency'],
    notices: ['When quoting and using any materials on the Internet'],
  },
  { name: 'UNIAN', aliases: ['unian.info', 'unian.net'] },
  { name: 'Interfax-Ukraine', aliases: ['interfax.com.ua'] },
  { name: 'Press Trust of India', aliases: ['PTI', 'ptinews.com'] },
  { name: 'IANS', aliases: ['Indo-Asian News Service', 'ians.in'] },
  { name: 'ANI', aliases: ['Asian News International', 'aninews.in'] },
  { name: 'Kyodo News', aliases: ['Kyodo', 'kyodonews.net', 'english.kyodonews.net'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'yna.co.kr', 'en.yna.co.kr'] },
  { name: 'Bernama', aliases: ['bernama.com'] },
  { name: 'EFE', aliases: ['Agencia EFE', 'efe.com'] },
  { name: 'ANSA', aliases: ['ansa.it'] },
  { name: 'The Canadian Press', aliases: ['Canadian Press', 'CP', 'thecanadianpress.com'] },
  { name: 'CNN', aliases: ['cnn.com'] },
  { name: 'BBC News', aliases: ['BBC', 'bbc.com', 'bbc.co.uk'] },
  { name: 'The Guardian', aliases: ['Guardian', 'theguardian.com'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera English', 'aljazeera.com'] },
  { name: 'Euronews', aliases: ['euronews.com'] },
  { name: 'France 24', aliases: ['France24', 'france24.com'] },
  { name: 'Politico', aliases: ['Politico Europe', 'politico.eu', 'politico.com'] },
  { name: 'NPR', aliases: ['National Public Radio', 'npr.org'] },
  { name: 'CGTN', aliases: ['China Global Television Network', 'cgtn.com'] },
  { name: 'Daily Sabah', aliases: ['dailysabah.com'] },
  { name: 'The Kyiv Independent', aliases: ['Kyiv Independent', 'kyivindependent.com'] },
  { name: 'The Moscow Times', aliases: ['Moscow Times', 'themoscowtimes.com'], taglines: ['Independent news from Russia'] },
  { name: 'Meduza', aliases: ['meduza.io'] },
  { name: 'Euractiv', aliases: ['euractiv.com'] },
  // National news agencies, by the name each gives itself in English, with the initials and the local
  // name their bylines, datelines and sign-offs print ("(AAP)", "-- PAP", "Reporter, Agência Brasil").
  { name: 'Australian Associated Press', aliases: ['AAP', 'aap.com.au'] },
  { name: 'Agência Brasil', aliases: ['Agencia Brasil', 'agenciabrasil.ebc.com.br'] },
  { name: 'ANP', aliases: ['Algemeen Nederlands Persbureau', 'anp.nl'] },
  { name: 'Belga', aliases: ['Belga News Agency', 'belganewsagency.eu', 'belga.be'] },
  { name: 'APA', aliases: ['Austria Presse Agentur', 'APA-Austria Presse Agentur', 'apa.at'] },
  { name: 'Keystone-SDA', aliases: ['SDA', 'ATS', 'Keystone-ATS', 'Keystone-SDA-ATS', 'keystone-sda.ch'] },
  { name: 'Czech News Agency', aliases: ['ČTK', 'CTK', 'Česká tisková kancelář', 'ctk.cz', 'ctk.eu'] },
  { name: 'Polish Press Agency', aliases: ['PAP', 'Polska Agencja Prasowa', 'pap.pl'] },
  { name: 'MTI', aliases: ['Hungarian News Agency', 'Magyar Távirati Iroda', 'mti.hu'] },
  { name: 'Bulgarian News Agency', aliases: ['BTA', 'bta.bg'] },
  { name: 'HINA', aliases: ['Croatian News Agency', 'hina.hr'] },
  { name: 'Tanjug', aliases: ['tanjug.rs'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'irna.ir', 'en.irna.ir'] },
  { name: 'WAFA', aliases: ['Palestinian News and Information Agency', 'wafa.ps', 'english.wafa.ps'] },
  { name: 'KUNA', aliases: ['Kuwait News Agency', 'kuna.net.kw'] },
  { name: 'Saudi Press Agency', aliases: ['SPA', 'spa.gov.sa'] },
  { name: 'Middle East News Agency', aliases: ['MENA', 'mena.org.eg'] },
  { name: 'Algeria Press Service', aliases: ['APS', 'Algérie Presse Service', 'aps.dz'] },
  { name: 'News Agency of Nigeria', aliases: ['NAN', 'nannews.ng'] },
  { name: 'Kenya News Agency', aliases: ['KNA', 'kenyanews.go.ke'] },
  { name: 'Antara', aliases: ['Antara News', 'Antara News Agency', 'antaranews.com', 'en.antaranews.com'] },
  { name: 'Philippine News Agency', aliases: ['PNA', 'pna.gov.ph'] },
  { name: 'Vietnam News Agency', aliases: ['VNA', 'vnanet.vn', 'VietnamPlus', 'vietnamplus.vn', 'en.vietnamplus.vn'] },
  { name: 'Lusa', aliases: ['Agência Lusa', 'lusa.pt'] },
  { name: 'TT News Agency', aliases: ['TT', 'Tidningarnas Telegrambyrå', 'tt.se'] },
  { name: 'NTB', aliases: ['Norsk Telegrambyrå', 'ntb.no'] },
  { name: 'Ritzau', aliases: ['Ritzaus Bureau', 'ritzau.dk'] },
  { name: 'STT', aliases: ['STT-FNB', 'Suomen Tietotoimisto', 'stt.fi'] },
];

/** Photo agencies that sign image credits like `AP Photo/Evan Vucci` or `Getty Images / AFP`. */
export const PHOTO_AGENCIES = [
  'AP', 'AFP', 'Reuters', 'EPA', 'EPA-EFE', 'Getty Images', 'Getty', 'Shutterstock', 'TASS', 'Sputnik',
  'RIA Novosti', 'Anadolu Agency', 'Anadolu', 'AA', 'Xinhua', 'UPI', 'dpa', 'Pixabay', 'Unsplash', 'Bloomberg',
  'PA', 'PA Wire', 'PA Media', 'Alamy', 'Sipa', 'ZUMA Press', 'picture alliance', 'imago', 'NurPhoto',
];

/** Agencies in `PHOTO_AGENCIES` that are not news outlets: their name alone on a line is a photo credit. */
const CREDIT_ONLY_AGENCIES = [
  'Getty Images', 'Shutterstock', 'EPA-EFE', 'EPA', 'Alamy', 'PA Media', 'PA Wire', 'picture alliance', 'NurPhoto',
  'ZUMA Press', 'Pixabay', 'Unsplash',
];

const SOCIAL = '(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|vk|reddit|pinterest|instagram|youtube|tiktok|threads|flipboard|copy link|print)';

// Pronouns, which stand where a sign-off has names: "He reported from Kharkiv…" is the story's sentence.
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
// Words that show "By …" starts a phrase, not a byline ("By the way", "By contrast").
const NOT_IN_NAMES = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'with', 'from', 'at', 'this', 'that', 'these',
  'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'is', 'are', 'was', 'were', 'be',
  'contrast', 'comparison', 'default', 'far', 'now', 'then', 'way', 'design', 'chance', 'all',
  'means', 'no', 'another', 'car', 'air', 'train', 'phone', 'mail', 'email', 'post',
]);
// Lower-case particles inside personal names ("Ursula von der Leyen").
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'bin', 'ter', 'and']);
// Generational suffixes, the one kind of name word that ends in a stop without being an initial ("JOHN SMITH JR.").
const NAME_SUFFIXES = new Set(['jr.', 'sr.']);

/**
 * A byline's or credit's name list: no common words, no word ending a sentence (initials and
 * "Jr." aside), and either one word (a user name such as "alex") or capitalised words and name
 * particles. Slashes separate names from agencies ("Evan Vucci/AP").
 */
function isNameList(names: string | undefined): boolean {
  const words = (names ?? '').split(/[ ,&/]+/).filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => NOT_IN_NAMES.has(w.toLowerCase()))) return false;
  if (words.some((w) => w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !NAME_SUFFIXES.has(w.toLowerCase()))) return false;
  return words.length === 1 || words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}

/** A byline's names: at most four people of at most four words each. */
export function isAuthorList(names: string | undefined): boolean {
  const list = (names ?? '').split(/,? and |, | & /);
  if (list.length > MAX_NAMES || list.some((name) => name.split(' ').length > MAX_NAME_WORDS)) return false;
  return isNameList(names);
}

/**
 * Words naming a newsroom post, not a person: what a byline such as "By Staff Reporter", "By Web
 * Desk" or "By Bureau Staff" ends with. Lower case.
 */
const POSTS = new Set(['staff', 'desk', 'bureau', 'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers']);
/** The posts that also stand before a name as a title: "Staff Reporter Jane Smith", "Special Correspondent Jane Smith". */
const TITLE_POSTS = new Set(['correspondent', 'reporter', 'writer']);
/**
 * Words that may come before a post in such a byline: a determiner ("our", "a"), a rank, a desk, or
 * another post ("Staff Reporter", "News Desk", "Special Correspondent"). Lower case. A known outlet's
 * name or an outlet's initials may come first too ("By Reuters Staff", "By AFP Staff", "By ET Bureau").
 */
const POST_QUALIFIERS = new Set([
  ...POSTS, 'our', 'own', 'a', 'an', 'special', 'senior', 'chief', 'news', 'web', 'online', 'digital', 'city', 'metro',
  'political', 'diplomatic', 'foreign', 'science', 'sports', 'sport', 'business', 'economics', 'health', 'legal',
  'defence', 'defense', 'security', 'world', 'international', 'regional', 'local', 'national', 'editorial',
]);
/** An organisation's initials: two to five capitals. */
const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * A byline's people without the posts it names ("By Jane Smith, Staff Reporter", "By Staff Reporter
 * Jane Smith" → "Jane Smith"); `''` when it names only posts ("By Staff Reporter", "By Web Desk", "By
 * Staff Reporter in Kyiv"). A name that is not a post is kept as it is, so a person called Jane Writer
 * stays one: only the words above may come before the post.
 */
export function bylinePeople(names: string): string {
  const list = names.split(/,? and |, | & /u);
  const people = list.map(withoutPost).filter((name) => name !== '');
  if (people.length === list.length && people.every((name, i) => name === list[i])) return names;
  return people.length <= 2 ? people.join(' and ') : `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`;
}

/** One byline name without a post: `''` for a post alone or at a place, the person after a title, else the name. */
function withoutPost(name: string): string {
  const outlet = leadingOutletLength(name);
  const words = name.slice(outlet).split(' ');
  // The post is the longest run of qualifiers from the start that ends in a post word. An unknown
  // outlet's initials may open it ("TOI Staff", "ET Bureau"), unless the post is in capitals too:
  // "JANE WRITER" is a person's name in an all-capitals byline.
  const initials = outlet === 0 && INITIALS.test(words[0]) && !POST_QUALIFIERS.has(words[0].toLowerCase());
  let end = 0;
  for (let i = initials ? 1 : 0; i < words.length; i++) {
    const word = words[i].toLowerCase();
    if (POSTS.has(word)) end = i + 1;
    else if (!POST_QUALIFIERS.has(word)) break;
  }
  if (end === 0 || (initials && words[end - 1] === words[end - 1].toUpperCase())) return name;
  const rest = words.slice(end);
  if (rest.length === 0 || isPlace(rest)) return '';
  return TITLE_POSTS.has(words[end - 1].toLowerCase().replace(/s$/u, '')) ? rest.join(' ') : name;
}

/** The length of the known outlet's name, maybe after "the", and the space after it that open `name` ("Reuters Staff"); 0 for none. */
function leadingOutletLength(name: string): number {
  const lower = name.toLowerCase();
  const the = lower.startsWith('the ') ? 4 : 0;
  const outlet = openingOutletNames(lower.slice(the)).find((n) => lower[the + n.length] === ' ' && inOutletsCase(name.slice(the, the + n.length)));
  return outlet === undefined ? 0 : the + outlet.length + 1;
}

/** "in Kyiv", "at Westminster": where a post is, capitalised (no `i` flag: see the byline rules). */
function isPlace(words: string[]): boolean {
  return /^(?:in|at)$/iu.test(words[0]) && words.length >= 2 && words.length <= 4 && words.slice(1).every((w) => /^\p{Lu}/u.test(w));
}

/** A site's address as a byline gives it: "TIMESOFINDIA.COM", "www.example.in". */
// Parts of two characters or more, so an initial and a surname ("J.Doe") is a name.
const SITE_ADDRESS = /^(?:[\w-]{2,}\.)+[a-z]{2,6}$/i;

/**
 * The author a byline's names give: the people once the outlet printed after them and their posts are
 * left out ("MARY CLARE JALONICK Associated Press" → "MARY CLARE JALONICK"), or `''` when it names no
 * person: only outlets ("Reuters", "AFP and Reuters"), only posts ("Staff Reporter", "HT Correspondent"),
 * or a desk's initials or a site's address alone, as Indian papers sign a story with their news service's
 * or their site's ("TNN", "TIMESOFINDIA.COM").
 */
export function bylineAuthor(names: string): string {
  if (INITIALS.test(names) || SITE_ADDRESS.test(names) || isOutletList(names.toLowerCase(), BYLINE_JOINS)) return '';
  return bylinePeople(bylineWithoutOutlet(names));
}

/**
 * A byline's names: people (see `isAuthorList`) once the outlet printed after them and its posts are
 * left out, or outlets, posts or a desk alone (see `bylineAuthor`). The outlet goes first, as for the
 * author itself: "MARY CLARE JALONICK Associated Press" is a name of three words, not of five.
 */
const isAuthor = (groups: Record<string, string | undefined>) => {
  if (!groups.author) return false;
  const people = bylineAuthor(groups.author);
  return people === '' || isAuthorList(people);
};
const isCredit = (groups: Record<string, string | undefined>) => isNameList(groups.credit);

function isDate(groups: Record<string, string | undefined>): boolean {
  return groups.date !== undefined && parseDateExpression(groups.date) !== null;
}

/**
 * Words of a site slogan that lists what the site covers, as mastheads print it above or below the
 * article: "Business, financial, national and international news", "Breaking News, World News and
 * Video", "Latest news, sport and opinion". Headlines are never made of these words alone. English.
 */
export const SLOGAN_WORDS = new Set([
  'news', 'breaking', 'latest', 'top', 'world', "world's", 'international', 'national', 'local', 'regional', 'global',
  'business', 'financial', 'finance', 'economic', 'economy', 'market', 'markets', 'politics', 'political', 'sport',
  'sports', 'opinion', 'opinions', 'analysis', 'comment', 'commentary', 'views', 'culture', 'entertainment',
  'technology', 'tech', 'science', 'health', 'lifestyle', 'weather', 'video', 'videos', 'photos', 'pictures', 'live',
  'updates', 'headlines', 'stories', 'features', 'reports', 'coverage', 'current', 'affairs', 'events', 'today',
  'daily', 'independent', 'trusted', 'us', 'u.s.', 'uk', 'europe', 'and', 'from', 'the', 'of', 'on', 'in', 'around',
  'across', 'for', 'your', 'all', 'more',
]);
/** Slogan words that show a line names what a site covers: a slogan line holds one. */
const SLOGAN_CORE = new Set(['news', 'headlines']);
const knownTaglines = new Set(OUTLETS.flatMap((o) => o.taglines ?? []).map((t) => t.toLowerCase()));
/** Every known outlet's name and aliases, as written. */
const ALL_OUTLET_NAMES: readonly string[] = OUTLETS.flatMap(outletNames);
/** The same in lower case, longest first: for reading a line by hand. */
const LOWER_OUTLET_NAMES: readonly string[] = [...new Set(ALL_OUTLET_NAMES.map((name) => name.toLowerCase()))].sort((a, b) => b.length - a.length);
const OUTLET_NAMES_AS_WRITTEN: ReadonlySet<string> = new Set(ALL_OUTLET_NAMES);
const OUTLET_NAMES_IN_CAPITALS: ReadonlySet<string> = new Set(ALL_OUTLET_NAMES.map((name) => name.toUpperCase()));
/** The names that are only ever written as initials in capitals ("PAP", "MENA"), in lower case. */
const INITIALS_ONLY: ReadonlySet<string> = new Set(
  LOWER_OUTLET_NAMES.filter((lower) => ALL_OUTLET_NAMES.every((name) => name.toLowerCase() !== lower || /^\p{Lu}{2,5}$/u.test(name))),
);

/*
 * Lists of outlets ("By AFP and Reuters", "(Xinhua with AFP)", "--IANS") are read by the functions
 * below rather than by regular expressions holding every outlet name: compiling such an
 * alternation case-insensitively costs milliseconds, paid again on every run.
 */
const BYLINE_JOINS = [', ', ' and ', ' & ', ' with '];
const CREDIT_JOINS = [', ', ' and ', ' & '];
/** What an agency credit names besides outlets: "(with agencies)", "(with Reuters and wires)". */
const CREDIT_SOURCES = ['news agencies', 'agencies', 'wires'];
/** "(with input from AFP)", "(With inputs from agencies)", "(with additional reporting from Reuters)". */
const CREDIT_LEAD = /^with (?:(?:inputs?|reporting|files|additional reporting) from )?/u;
/** The sources before the word, as Indian papers sign off: "(With agency inputs)", "(With PTI inputs)". */
const INPUTS_CREDIT = /^with (?<sources>.+) inputs?$/u;
const INPUT_SOURCES = [...CREDIT_SOURCES, 'agency', 'wire'];

/**
 * Whether `text` (lower case) is one or more known outlet names (or `extra` words), each maybe
 * after "the", joined by any of `joins`. Names are tried longest first, and a shorter one when the
 * rest does not read as a list ("Sputnik" before "Sputnik News, …").
 */
function isOutletList(text: string, joins: readonly string[], extra: readonly string[] = []): boolean {
  const names = extra.length > 0 ? [...LOWER_OUTLET_NAMES, ...extra] : LOWER_OUTLET_NAMES;
  const listFrom = (at: number): boolean => (text.startsWith('the ', at) && namedFrom(at + 4)) || namedFrom(at);
  const namedFrom = (at: number): boolean =>
    names.some((name) => {
      if (!text.startsWith(name, at)) return false;
      const end = at + name.length;
      return end === text.length || joins.some((join) => text.startsWith(join, end) && listFrom(end + join.length));
    });
  return text.length > 0 && listFrom(0);
}

/** Whether `text` is a known outlet's name or alias as the outlet writes it, maybe after "the": "The Canadian Press". */
function isOutletNameAsWritten(text: string): boolean {
  return OUTLET_NAMES_AS_WRITTEN.has(text.replace(/^(?:the|The) /u, ''));
}

/**
 * Whether `written`, a known outlet's name in any case, is written as the outlet writes it: initials that
 * are only ever capitals must be in capitals, so "Mena" or "Pap" closing a byline is a surname, not MENA or
 * PAP; other names in any case ("ASSOCIATED PRESS", "Dpa").
 */
function inOutletsCase(written: string): boolean {
  return !INITIALS_ONLY.has(written.toLowerCase()) || written === written.toUpperCase();
}

/** A letter or digit: what may not touch a name read inside a line. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The known outlet names and aliases that `lower` (a line in lower case) opens with, each as a whole word
 * (no letter or digit after it), longest first.
 */
function openingOutletNames(lower: string): string[] {
  return LOWER_OUTLET_NAMES.filter((name) => lower.startsWith(name) && !WORD_CHARACTER.test(lower[name.length] ?? ''));
}

/** Whether `lower` (a line in lower case) opens with a known outlet's name or alias, as a whole word. */
export function opensWithOutlet(lower: string): boolean {
  return openingOutletNames(lower).length > 0;
}

/**
 * The known outlet name that closes `text` after `before` (a space, " | "), in the outlet's case (see
 * `inOutletsCase`, unless `anyCase`): `index` is where `before` starts, `name` the name as written; `null`
 * when none does. The longest name wins ("The Canadian Press" over "Canadian Press").
 */
function closingOutletName(text: string, before: RegExp, anyCase = false): { index: number; name: string } | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  for (const name of LOWER_OUTLET_NAMES) {
    const at = text.length - name.length;
    if (at <= 0 || !lower.endsWith(name)) continue;
    const written = text.slice(at);
    const lead = before.exec(text.slice(0, at));
    if (lead && (anyCase || inOutletsCase(written))) return { index: lead.index, name: written };
  }
  return null;
}

/**
 * An agency credit in brackets, without them, in lower case: "with AFP", "with input from Reuters and agencies",
 * "with agency inputs", "Xinhua with AFP".
 */
function isAgencyCredit(credit: string): boolean {
  const inputs = INPUTS_CREDIT.exec(credit)?.groups?.sources;
  if (inputs !== undefined && isOutletList(inputs, CREDIT_JOINS, INPUT_SOURCES)) return true;
  const lead = CREDIT_LEAD.exec(credit);
  if (lead) return isOutletList(credit.slice(lead[0].length), CREDIT_JOINS, CREDIT_SOURCES);
  for (let at = credit.indexOf(' with '); at > 0; at = credit.indexOf(' with ', at + 1)) {
    if (isOutletList(credit.slice(0, at), []) && isOutletList(credit.slice(at + ' with '.length), CREDIT_JOINS, CREDIT_SOURCES)) return true;
  }
  return false;
}

/** `text` with every known outlet name in it (any case, as whole words) blanked out. */
function withoutOutletNames(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  let out = '';
  for (let at = 0; at < text.length; ) {
    const name = WORD_CHARACTER.test(lower[at - 1] ?? '') ? undefined : openingOutletNames(lower.slice(at))[0];
    out += name === undefined ? text[at] : ' '.repeat(name.length);
    at += name === undefined ? 1 : name.length;
  }
  return out;
}

/**
 * A site's slogan: one of an outlet's `taglines` (case aside, a final full stop allowed), or two or
 * more `SLOGAN_WORDS` and outlet names, one of them "news" or "headlines".
 */
export function isTagline(line: string | undefined): boolean {
  const text = (line ?? '').replace(/\.$/u, '').trim();
  const lower = text.toLowerCase();
  if (knownTaglines.has(lower)) return true;
  // Most short lines hold neither core word: they are passed over before their outlet names are read.
  if (![...SLOGAN_CORE].some((word) => lower.includes(word))) return false;
  const words = withoutOutletNames(text)
    .toLowerCase()
    .split(/[\s,&|·•:–—-]+/u)
    .filter((w) => w !== '');
  if (words.length < 2 && !/\s/u.test(text)) return false;
  return words.some((w) => SLOGAN_CORE.has(w)) && words.every((w) => SLOGAN_WORDS.has(w.replace(/’/gu, "'")));
}

/**
 * Names of the sections news sites file stories under, as a page prints them above the headline
 * ("World", "World, Europe", "News | Middle East"). A line of them alone is a section label, never
 * the title. English; lower case. (A one-word line above a longer title line is a label anyway:
 * see `chrome.ts`.)
 */
export const SECTION_NAMES = [
  'world', 'news', 'europe', 'africa', 'americas', 'asia', 'asia pacific', 'asia-pacific', 'middle east', 'mena', 'latin america',
  'north america', 'australia', 'us', 'u.s.', 'uk', 'economy', 'business', 'markets', 'finance', 'politics', 'society',
  'culture', 'science', 'technology', 'tech', 'health', 'environment', 'climate', 'sport', 'sports', 'opinion',
  'analysis', 'features', 'lifestyle', 'entertainment', 'world news', 'us news', 'uk news', 'europe news',
];
const SECTION = `(?:${SECTION_NAMES.map(escapeRegExp).join('|')})`;
/**
 * A trail that opens with a section name and goes on to a topic, as a label above the headline:
 * "News|Russia-Ukraine war", "World › Europe › Germany". Its parts are short (see `chrome.ts`).
 */
export const SECTION_TRAIL = lazyRegExp(`^${SECTION} ?[|»›>] ?[^|»›>]+(?: ?[|»›>] ?[^|»›>]+)*$`, 'iu');
/** A part of a section trail has at most this many words. */
export const SECTION_PART_MAX_WORDS = 4;

const CREDIT_LABEL =
  '(?:photo|photos|image|images|picture|pictures|photograph|illustration|graphic|video|main image|top image|cover image|file photo|photo credit)';
/** A sign-off's credit, in any case: "Reporting by", "Additional reporting by", "Editing by". */
const CREDIT_BY = inAnyCase(
  ['reporting', 'additional reporting', 'writing', 'editing', 'compiled', 'translated', 'translation', 'graphics', 'research'].map(
    (credit) => `${credit} by`,
  ),
);
const NAME_WORD = "\\p{L}[\\p{L}\\p{M}'’.-]*";
// A byline names at most four people of at most four words each; isAuthorList counts them. In the
// pattern itself the counts cost too much: V8 copies a bounded repetition of a Unicode class out
// in full, and compiling that took longer than reading the rest of an article.
const MAX_NAMES = 4;
const MAX_NAME_WORDS = 4;
const NAME_LIST = `${NAME_WORD}(?:(?: |, | and | & )${NAME_WORD})*`;
/** The usual ways of writing a phrase: lower case, first letter capital, each word capitalised, all capitals. */
function inAnyCase(phrases: readonly string[]): string {
  const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
  const forms = phrases.flatMap((p) => [p, capitalised(p), p.split(' ').map(capitalised).join(' '), p.toUpperCase()]);
  return `(?:${[...new Set(forms)].map(escapeRegExp).join('|')})`;
}
const photoAgencies = PHOTO_AGENCIES.map(escapeRegExp).join('|');
// A caption's last sentence ends before its credit (closing quotes and brackets allowed).
const CAPTION_END = `[${SENTENCE_TERMINALS}][${CLOSING_MARKS}${EITHER_WAY_QUOTES}]*`;
const AGENCY_WORD = lazyRegExp(`(?<![\\p{L}])(?:${photoAgencies})(?![\\p{L}])`, 'u');
const LOWER_PHOTO_AGENCIES: ReadonlySet<string> = new Set(PHOTO_AGENCIES.map((name) => name.toLowerCase()));
/** Whether `name` is a photo agency's or a known outlet's name (any case). */
function isAgencyOrOutlet(name: string): boolean {
  return LOWER_PHOTO_AGENCIES.has(name.toLowerCase()) || lookupOutlet(name) !== null;
}
/** A photo agency's own label for its pictures: "AA Photo". */
const AGENCY_LABEL = lazyRegExp(`^(?:${photoAgencies}) (?:Photo|Photograph|Picture|Image)s?$`, 'u');
/**
 * A credit in brackets or after a bar at the end of a caption: a photographer's name, a slash or
 * "via", then a photo agency ("Wojtek Jargilo/EPA-EFE", "Ludovic Marin/AFP via Getty Images"), or the
 * agency's own label ("AA Photo"). Agencies alone ("(AFP/Reuters)") are how a news paragraph signs
 * off the wires it drew on, not a photo's credit.
 */
function isCaptionCredit(credit: string): boolean {
  if (!AGENCY_WORD.test(credit)) return false;
  if (AGENCY_LABEL.test(credit)) return true;
  const person = /^(?<name>[^/]+?) ?(?:\/| via )/u.exec(credit)?.groups?.name;
  return person !== undefined && isPhotographer(person);
}

/** A photographer's name before a credit's agency: a name list that is not itself an agency or outlet. */
function isPhotographer(names: string): boolean {
  return isNameList(names) && !isAgencyOrOutlet(names.trim());
}

// The labels of a date stamp in an outlet's stamp row, before the stamp: an update's ("Updated:", "Last
// updated on") and the publication's ("Published:", "First published", "Posted on"). Case is left to the
// pattern's flags.
const UPDATED_LABEL = '(?:last )?(?:updated?|modified)(?: on)?:? ';
const PUBLISHED_LABEL = '(?:first )?(?:published|posted)(?: on)?:? ';
/** What separates the parts of a byline's row: a bar or a dot, or a slash between spaces ("TNN / Updated: …"). */
const ROW_SEPARATOR = '(?: ?[|·•] ?| / )';
/**
 * A stamp's label in a row, at its start or after a separator: an update's ("Updated:", "Last updated on",
 * "Update :") or the publication's ("Published:", "First published", "Posted on"). Read by `rowStampDate`
 * rather than inside the byline's pattern, where its forms in each case made that pattern slow to compile.
 */
const ROW_STAMP_LABEL = /(?:^| ?[|·•–—] ?| ?- )(?<label>(?:last |first )?(?:update[ds]?|modified|published|posted))(?: on)? ?:? ?/gi;

/**
 * The stamps of a row after its byline ("March 7, 2024", "Updated: Jul 9, 2023, 10:42 IST", "Published: … |
 * Updated: …", "07.03.2024 - Update : 07.03.2024"): `{ date }`, the expression of the publication's date (the
 * stamp without a label or with the publication's, wherever the update's stands) or `null` when only an
 * update's stamp is given, as an update is not the publication; `null` when the text is no such stamp. The
 * publication's stamp, or an update's alone, must be a date; an update's after a date may say anything
 * ("Updated 2 hours ago"). Sections after the stamps are passed over ("March 7, 2024 | World").
 */
function rowStampDate(row: string): { date: string | null } | null {
  const stamps = withoutTrailingSections(row);
  const labels = [...stamps.matchAll(ROW_STAMP_LABEL)];
  const parts: Array<{ update: boolean; text: string }> = [];
  const lead = stamps.slice(0, labels[0]?.index ?? stamps.length).trim();
  if (lead !== '') parts.push({ update: false, text: lead });
  labels.forEach((label, k) => {
    const text = stamps.slice(label.index + label[0].length, labels[k + 1]?.index ?? stamps.length).trim();
    parts.push({ update: !/^(?:first )?(?:published|posted)/i.test(label.groups?.label ?? ''), text });
  });
  const published = parts.find((part) => !part.update);
  const stated = published ?? parts[0];
  if (stated === undefined || parseDateExpression(stated.text) === null) return null;
  return { date: published ? published.text : null };
}

/**
 * A byline's names and its stamps with only a space between them ("Viet Anh May 14, 2026 | 05:32 pm
 * GMT+7"): `{ author, stamps }` for the fewest words that are a byline's names (see `isAuthor`) before a
 * stamp `rowStampDate` reads, so a name that is also a month keeps it ("Jane May March 7, 2024"); `null`
 * when there is none. Cost: a try per word of the names, each reading the rest as a date.
 */
function bylineAndStamp(row: string): Record<string, string> | null {
  const words = row.split(' ');
  for (let k = 1; k < words.length && k <= MAX_NAMES * MAX_NAME_WORDS; k++) {
    const author = words.slice(0, k).join(' ');
    const stamps = words.slice(k).join(' ');
    if (!(bylineNames ??= new RegExp(`^${NAME_LIST}$`, 'u')).test(author)) break;
    if (isAuthor({ author }) && rowStampDate(stamps) !== null) return { author, stamps };
  }
  return null;
}
/** A byline's names alone (`NAME_LIST`), compiled when a byline may run into its stamp. */
let bylineNames: RegExp | undefined;

/**
 * What a byline may name after a bar instead of a stamp: the outlet, known ("AP", "Reuters and AFP") or not
 * ("Euractiv.com", "The Daily Courier": a site's address or up to five capitalised words), a desk or a post
 * ("TNN", "Staff Reporter"), or sections ("World", "Europe, Politics").
 */
function isBylineDesk(desk: string): boolean {
  return bylineAuthor(desk) === '' || isSectionList(desk) || OUTLET_LIKE_NAME.test(desk);
}
/** An outlet's name the loader does not know: up to five capitalised words, maybe with "of", "the", "and" between. */
const OUTLET_LIKE_NAME = /^(?:The )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|the|and|&)){0,4}$/u;

/** Whether `text` is one or more `SECTION_NAMES` (any case), between commas, slashes, bars or dots: "World", "Europe, Politics". */
export function isSectionList(text: string): boolean {
  const parts = text.toLowerCase().split(/ ?[,|/»›>·•] ?/u);
  return parts.every((part) => SECTION_NAME_SET.has(part.trim()));
}
const SECTION_NAME_SET: ReadonlySet<string> = new Set(SECTION_NAMES);

/** What follows the outlet's name in its slogan row: a separator and the slogan ("Reuters | Breaking international news"). */
const SLOGAN_AFTER_OUTLET = /^ ?[-–—|:·] ?(?<tagline>.+)$/u;
/**
 * What follows the outlet's name in its stamp row: maybe a place after a bar (not a stamp's label), a
 * separator, then the stamp, maybe an update's before the published one, and sections or a time after it.
 */
const STAMP_AFTER_OUTLET = lazyRegExp(
  `^(?: ?\\| ?(?!${UPDATED_LABEL}|${PUBLISHED_LABEL})\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})?(?: ?(?:[-–—|·•]|:) ?| / )` +
    `(?:${UPDATED_LABEL}[^|·•]+? ?[-–—|·•] ?(?=${PUBLISHED_LABEL}))?` +
    // A hyphen after the date only between spaces: "Xinhua | 2024-03-07 21:14 UTC+8" is one date.
    `(?:${UPDATED_LABEL}(?<updated>[^|·•]+?)|(?:${PUBLISHED_LABEL})?(?<date>[^|·•]+?))(?: ?[–—|·•] ?.*| - .*)?$`,
  'iu',
);

/**
 * A row that opens with a known outlet's name, its rest read by `after`: the rest's groups and the outlet's
 * name as written (`outlet`), for the first name the row opens with (longest first) whose rest matches and
 * passes `check`; `null` when there is none. The names are read by hand, so no pattern holds them all.
 */
function afterOpeningOutlet(
  row: string,
  after: TextPattern,
  check: (rest: Record<string, string | undefined>) => boolean,
): Record<string, string | undefined> | null {
  const lower = row.toLowerCase();
  if (lower.length !== row.length) return null;
  for (const name of openingOutletNames(lower)) {
    const rest = after.exec(row.slice(name.length))?.groups;
    if (rest && check(rest)) return { ...rest, outlet: row.slice(0, name.length) };
  }
  return null;
}

/**
 * The groups of `line` (trimmed, white space collapsed) when `rule` takes it: its pattern matches, its
 * `parts` read it and its `accept` agrees; else `null`. Its `maxWords`, `mustContain` and `opensWithOutlet`
 * hints are the caller's to check first.
 */
export function ruleGroups(rule: LineRule, line: string): Record<string, string | undefined> | null {
  const match = rule.pattern.exec(line);
  if (!match) return null;
  const groups = rule.parts ? rule.parts(match.groups ?? {}) : (match.groups ?? {});
  return groups !== null && (!rule.accept || rule.accept(groups)) ? groups : null;
}

/**
 * A date of numbers with the year last, between slashes or hyphens ("07/03/2024", "10-03-2026"), maybe with
 * a time, a zone or an offset after it ("- 16:05", "- 17:52 GMT+1", "05:40 PM"). Not read: whether the day
 * or the month comes first is not stated.
 */
const NUMERIC_STAMP =
  '\\d{1,2}(?:\\/\\d{1,2}\\/\\d{2,4}|-\\d{1,2}-\\d{4})(?:,? (?:[-–—|·•] ?)?(?:at )?\\d{1,2}[:.h]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: (?:[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?)?';
/** The label of such a stamp: "Issued on:", "Published on", "Modified:". */
const NUMERIC_STAMP_LABEL = '(?:(?:first )?published|posted|issued|created|(?:last )?(?:updated?|modified))(?: on)? ?:?';

/** A row's stamps without the sections a site prints after them: "March 7, 2024 | World" → "March 7, 2024". */
function withoutTrailingSections(row: string): string {
  const bar = row.search(/ ?[|·•] ?[^|·•]+$/u);
  return bar > 0 && isSectionList(row.slice(bar).replace(/^ ?[|·•] ?/u, '')) ? withoutTrailingSections(row.slice(0, bar)) : row;
}

/** Whole-line chrome, tried in order; the first rule that matches wins. */
export const LINE_RULES: LineRule[] = [
  // Comment forms and their prompts.
  {
    reason: 'comment prompt',
    maxWords: 4,
    pattern:
      /^(?:leave a (?:comment|reply)|(?:post|add|write) a comment|(?:show|view|load|read) comments|comments?(?: \(\d+\))?|\d+ comments?|cancel reply)$/i,
  },
  {
    reason: 'comment prompt',
    maxWords: 12,
    pattern:
      /^(?:to participate in|join) the (?:discussion|conversation)(?:,? (?:log ?in|sign ?in) or (?:register|sign ?up))?\.?$/i,
  },
  {
    reason: 'comment prompt',
    maxWords: 10,
    pattern: /^(?:log ?in|sign ?in) or (?:register|sign ?up)(?: to (?:comment|reply|post|participate)[\w ]*)?\.?$/i,
  },
  {
    reason: 'comment prompt',
    maxWords: 16,
    pattern:
      /^(?:your email address will not be published\.?(?: required fields are marked \*)?|required fields are marked \*)$/i,
  },
  // Links to other pages.
  {
    reason: 'navigation',
    maxWords: 6,
    pattern:
      /^(?:you (?:may|might) also like|recommended(?: for you)?|more (?:stories|news|articles|on (?:this|these) (?:story|topics?))|explore more(?: on (?:this|these) topics?)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|editor'?s picks|related(?: (?:articles|stories|news|posts|content|topics|coverage|links))?:?|see also:?|(?:next|previous) (?:article|story|post)|back to top(?: button)?|scroll to top|skip to (?:main )?content|main menu|menu|accessibility (?:links|help)|keyboard shortcuts(?: for [\w ]{1,30})?)$/i,
    headsLinks: true,
  },
  // Russian: "Читайте также" (read also), "Смотрите также" (see also).
  { reason: 'navigation', maxWords: 3, pattern: /^(?:читайте|смотрите) также:?$/iu },
  // A label and a linked headline: "Read more: Why the talks stalled". Headlines do not end in a
  // stop, so a line reading as prose is kept even after such a label.
  {
    reason: 'navigation',
    maxWords: 30,
    notProse: true,
    pattern: /^(?:read (?:more|also|next)|see also|also read|(?:читайте|смотрите) также) ?[:»›] .+$/iu,
  },
  // A linked headline may ask a question ("Read more: Why is aid not getting into Gaza?"): after
  // such a label, a capitalised line ending in its only mark, a question mark, is a link too.
  {
    reason: 'navigation',
    maxWords: 30,
    pattern: lazyRegExp(`^${inAnyCase(['read more', 'read also', 'read next', 'see also', 'also read'])} ?[:»›] \\p{Lu}[^.!?…]*\\?$`, 'u'),
  },
  // The label and the linked headline with nothing between them, as UNIAN prints its links inside the
  // story: "Read also Zelensky says Russia launched 90 missiles overnight". A capitalised headline with
  // no stop, or only a question mark, at its end; "See also Article 5 of the treaty." stays.
  {
    reason: 'navigation',
    maxWords: 30,
    pattern: lazyRegExp(`^${inAnyCase(['read more', 'read also', 'read next', 'see also', 'also read'])} [\\p{Lu}"“‘«][^.!…]*?\\??$`, 'u'),
  },
  // The site pointing to more of its coverage below the article: "Follow AP's coverage of global
  // health at https://apnews.com/hub/health".
  { reason: 'navigation', maxWords: 16, pattern: /^follow .{1,80} (?:at|on) (?:https?:\/\/|www\.)\S+$/i, zone: 'edges' },
  // "Related:" and "More:" also open sentences ("More: the talks will resume…"), so the
  // linked headline must start with a capital and the line must be short. (No `i` flag:
  // with it, `\p{Lu}` matches lower case too.)
  {
    reason: 'navigation',
    maxWords: 15,
    notProse: true,
    pattern: lazyRegExp(`^${inAnyCase(['related', 'more'])} ?[:»›] [\\p{Lu}\\p{N}"“‘«].*$`, 'u'),
  },
  // Alone, the label heads its links: a list, or the headlines running to the foot of the page.
  { reason: 'navigation', maxWords: 3, pattern: /^(?:read (?:more|also|next)|also read)(?: ?[»›…:]|\.\.\.)?$/i, headsLinks: true },
  {
    // "Home » World » Title": the last crumb may repeat the title (see chrome.ts).
    reason: 'breadcrumb',
    maxWords: 40,
    // A slash between spaces separates crumbs too: "Home / India".
    pattern: /^(?:home|main page|main|start) ?(?:[»›>|]|\/(?= ))(?: [^»›>|/]+ (?:[»›>|]|\/))* (?<crumb>[^»›>|/]+)$/i,
  },
  { reason: 'breadcrumb', maxWords: 40, pattern: /^[^»›]{1,40} [»›] [^»›]+(?: [»›] [^»›]+)*? [»›] (?<crumb>[^»›]+)$/ },
  // Section labels above the headline: "World, Europe", "News | Middle East".
  { reason: 'section label', maxWords: 6, pattern: lazyRegExp(`^${SECTION}(?: ?[,|/»›>·•] ?${SECTION})*$`, 'i'), zone: 'edges' },
  {
    reason: 'byline',
    maxWords: 16,
    mustContain: ['by ', 'by:', 'author'],
    // Case-insensitive only in the label: the `i` flag on the name classes is what made this
    // pattern slow to compile.
    pattern: lazyRegExp(
      `^${inAnyCase(['by', 'written by', 'words by', 'story by', 'text by', 'text by:', 'author', 'author:'])} (?<author>${NAME_LIST})$`,
      'u',
    ),
    accept: isAuthor,
  },
  // A byline naming outlets, not people: "By The Associated Press", "By Euronews with AP", "Text by:
  // FRANCE 24", "by DAILY SABAH WITH AA". It names no author, and need not name the page's outlet
  // (a story taken from an agency).
  {
    reason: 'byline',
    maxWords: 16,
    mustContain: ['by ', 'by:'],
    pattern: /^(?:by|written by|story by|text by) ?:? (?<outlets>.+)$/iu,
    accept: (groups) => isOutletList((groups.outlets ?? '').toLowerCase(), BYLINE_JOINS),
  },
  // A byline naming a post, not a person, as British papers print them: "By our correspondent in
  // Kyiv", "By our Moscow correspondent", "From our own correspondent", "By a staff reporter". (The
  // byline rule above takes those whose words are all listed in POST_QUALIFIERS: "By Staff Reporter".)
  {
    reason: 'byline',
    maxWords: 10,
    mustContain: ['correspondent', 'reporter', 'staff'],
    // Without the `i` flag, under which \p{Lu} matches any letter: the place must be capitalised
    // ("in Kyiv"), so "By a reporter at the scene" is not taken for a byline. The desk may not be
    // ("By our science correspondent").
    pattern: lazyRegExp(
      `^${inAnyCase(['by', 'from'])} ${inAnyCase(['our', 'a', 'an'])} (?:${inAnyCase(['own'])} )?(?:[\\p{L}-]+ ){0,2}` +
        `${inAnyCase(['correspondent', 'correspondents', 'staff', 'staff reporter', 'staff reporters', 'staff writer', 'staff writers', 'reporter', 'reporters'])}` +
        `(?: ${inAnyCase(['in', 'at'])} \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2})?$`,
      'u',
    ),
  },
  // A name and the outlet after a comma, without "By", above or below the story, as The Canadian Press
  // signs its stories: "Dylan Robertson, The Canadian Press". A person's name has two words at least.
  {
    reason: 'byline',
    maxWords: 12,
    mustContain: [', '],
    pattern: lazyRegExp(`^(?<author>${NAME_LIST}), (?<names>[^,]+)$`, 'u'),
    accept: (groups) => isAuthor(groups) && (groups.author ?? '').includes(' ') && isOutletNameAsWritten(groups.names ?? ''),
    zone: 'edges',
  },
  // A byline and the date stamp in one row, as agency sites print them: "By Jane Doe | March 7, 2024",
  // "Jana Keller |07.03.2024 - Update : 07.03.2024", and Indian papers, a desk's name or a post for the
  // byline, maybe after the reporter's, and the stamp labelled: "TNN / Updated: Jul 9, 2023, 10:42 IST",
  // "Jane Doe / TNN / Updated: …", "HT Correspondent | Updated on Jul 09, 2023 10:42 AM IST". The row gives
  // the author (see `bylineAuthor`) and the date, unless its stamp is an update's; an update's stamp before
  // the published one ("… | Updated: … | Published: …") is passed over. A known outlet's name without "By"
  // is the outlet's stamp row ("Reuters | March 21, 2024"; see below), not a byline.
  {
    reason: 'byline',
    maxWords: 24,
    mustContain: ['|', '·', '•', ' / '],
    // The stamps are read by `rowStampDate`.
    pattern: lazyRegExp(
      `^(?:(?<by>${inAnyCase(['by', 'written by', 'story by'])}) )?(?<author>${NAME_LIST})(?:${ROW_SEPARATOR}(?<desk>${NAME_LIST}))?${ROW_SEPARATOR}(?<stamps>\\S.*)$`,
      'u',
    ),
    accept: (groups) =>
      isAuthor(groups) &&
      (groups.desk === undefined || bylineAuthor(groups.desk) === '') &&
      rowStampDate(groups.stamps ?? '') !== null &&
      (groups.by !== undefined || lookupOutlet(groups.author ?? '') === null),
    // A known outlet as the desk is the outlet: "By Jane Doe | AP | March 7, 2024".
    outletOf: (groups) => lookupOutlet(groups.desk ?? '') ?? undefined,
    dateOf: (groups) => rowStampDate(groups.stamps ?? '')?.date ?? undefined,
    dateRank: DATE_RANK.stamp,
  },
  // The same with only a space between the names and the stamp, as VnExpress prints it: "By Viet Anh May 14,
  // 2026 | 05:32 pm GMT+7". The names end where the stamp starts (see `bylineAndStamp`).
  {
    reason: 'byline',
    maxWords: 24,
    mustContain: ['by '],
    pattern: lazyRegExp(`^${inAnyCase(['by', 'written by', 'story by'])} (?<row>\\p{L}\\D* \\d.*)$`, 'u'),
    parts: (groups) => bylineAndStamp(groups.row ?? ''),
    dateOf: (groups) => rowStampDate(groups.stamps ?? '')?.date ?? undefined,
    dateRank: DATE_RANK.stamp,
  },
  // A byline and the outlet after a bar, as sites running an agency's copy print it: "By Julhas Alam | AP",
  // "By Jane Doe | Euractiv.com", "By Jane Doe / The Daily Courier", or a section: "By Jane Doe | World". It
  // gives the author, and the outlet when it is a known one.
  {
    reason: 'byline',
    maxWords: 16,
    mustContain: ['|', '·', '•', ' / '],
    pattern: lazyRegExp(`^${inAnyCase(['by', 'written by', 'story by'])} (?<author>${NAME_LIST})${ROW_SEPARATOR}(?<desk>[^|·•/]+)$`, 'u'),
    accept: (groups) => isAuthor(groups) && isBylineDesk(groups.desk ?? ''),
    outletOf: (groups) => lookupOutlet(groups.desk ?? '') ?? undefined,
  },
  // A name and the post after a dash, and the outlet after a comma, as Agência Brasil signs its stories:
  // "Pedro Rafael Vilela - Reporter, Agência Brasil". Only a post ("Reporter", "Special Correspondent"), so a
  // heading such as "Lula - A Life in Politics" stays. Above or below the story.
  {
    reason: 'byline',
    maxWords: 16,
    mustContain: [' - ', ' – ', ' — '],
    pattern: lazyRegExp(`^(?<author>${NAME_LIST}) [-–—] (?<post>\\p{L}[\\p{L} ]*?)(?:, (?<desk>[^,]+))?$`, 'u'),
    accept: (groups) =>
      isAuthor(groups) &&
      (groups.author ?? '').includes(' ') &&
      bylinePeople(groups.post ?? '') === '' &&
      (groups.desk === undefined || isBylineDesk(groups.desk)),
    outletOf: (groups) => lookupOutlet(groups.desk ?? '') ?? undefined,
    zone: 'edges',
  },
  // "© 2024 Reuters", "Copyright © 2024 …", or the holder before the year: "© EFE 2024. Está expresamente
  // prohibida la redistribución …", with the terms of reuse after it.
  {
    reason: 'copyright',
    maxWords: 60,
    // The holder is one to five capitalised words (function words between them), so a sentence about
    // copyright ("Copyright claims filed in 2024 rose…") is none. No `i` flag: under it `\p{Lu}` is any letter.
    pattern:
      /^(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)(?: ?©)? ?(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|the|and|&)){0,4} )?\d{4}\b.*|(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\.?)$/u,
  },
  // A notice that reserves the rights, however it opens: "(C) Yonhap News Agency. All Rights Reserved",
  // "ALL RIGHTS RESERVED © Copyright ANSA", "All rights reserved. When using materials, a hyperlink to …
  // is required." Above or below the article, and never a line that reports ("…, the studio said").
  {
    reason: 'copyright',
    maxWords: 30,
    mustContain: ['all rights reserved'],
    pattern: /^(?!.*["“”«»„])(?!.*\b(?:said|says)\b).*\ball rights reserved\b.*$/i,
    zone: 'edges',
  },
  // A line that is only an outlet's name, as its own word or in capitals, above or below the article:
  // the site's masthead ("Interfax"), not a title. It names the outlet.
  {
    reason: 'masthead',
    maxWords: 4,
    opensWithOutlet: true,
    // "Reuters home": the logo's link to the home page, as a copy of the page gives it; "NPR logo": its
    // image's text.
    pattern: /^(?<outlet>.+?)(?: home| homepage| logo)?$/u,
    // The name as the outlet writes it or in capitals: "Interfax", "INTERFAX", not "interfax".
    accept: (groups) => OUTLET_NAMES_AS_WRITTEN.has(groups.outlet ?? '') || OUTLET_NAMES_IN_CAPITALS.has(groups.outlet ?? ''),
    zone: 'edges',
  },
  // A site slogan under or beside the masthead ("Business, financial, national and international news",
  // "Reuters | Breaking international news", "Ukrinform – Ukrainian National News Agency"): above the
  // headline, it is not the title. The outlet's name beside it names the outlet.
  {
    reason: 'masthead',
    maxWords: 14,
    mustContain: ['-', '–', '—', '|', ':', '·'],
    opensWithOutlet: true,
    pattern: /^(?<row>.+)$/u,
    // The outlet's name may hold a separator ("Interfax-Ukraine"): each name the line opens with is tried.
    parts: (groups) => afterOpeningOutlet(groups.row ?? '', SLOGAN_AFTER_OUTLET, (rest) => isTagline(rest.tagline)),
    zone: 'edges',
  },
  { reason: 'tagline', maxWords: 12, pattern: /^(?<tagline>\p{L}.*)$/u, accept: (groups) => isTagline(groups.tagline), zone: 'edges' },
  // An outlet's standing notice under its stories (see `Outlet.notices`).
  {
    reason: 'site notice',
    maxWords: 80,
    pattern: lazyRegExp(`^(?:${OUTLETS.flatMap((o) => o.notices ?? []).map(escapeRegExp).join('|')})\\b.*$`, 'iu'),
    zone: 'edges',
  },
  // The prompt to report a typing error, as many sites print it under each story: "If you see a
  // spelling error on our site, select it and press Ctrl+Enter".
  { reason: 'site notice', maxWords: 30, pattern: /^.*\bctrl ?\+ ?enter\b.*$/iu, zone: 'edges' },
  // The terms for quoting the site, as agencies print them under each story: "When citing and using any
  // materials on the Internet, links to the website … are mandatory."
  {
    reason: 'site notice',
    maxWords: 50,
    mustContain: ['when '],
    // What is used must be the site's materials: "When using the city's new portal, a link to a bank account is
    // required." is prose.
    pattern:
      /^.*\bwhen (?:using|quoting|citing|reprinting|copying|reproducing)\b.*\b(?:materials?|content|articles?|news|information|texts?|stories|photos|publications)\b.*\b(?:hyper)?links?\b.*\b(?:required|obligatory|mandatory)\b.*$/i,
    zone: 'edges',
  },
  // The note that a story is an agency's text as received, as sites that run a wire's feed print it: "(This
  // story has not been edited by our staff and is auto-generated from a syndicated feed.)", "This story has
  // been published from a wire agency feed without modifications to the text."
  {
    reason: 'site notice',
    maxWords: 60,
    mustContain: ['feed'],
    pattern:
      // About the story itself ("This story…", "(Only the headline…"): "The footage was taken from a news agency
      // feed, the broadcaster confirmed" is prose.
      /^\(?(?:this (?:story|article|report|content|text)|only the headline)\b(?!.*\b(?:said|says)\b).*\b(?:auto-generated|generated|published|sourced|taken) (?:from|via) an? (?:syndicated|wire agency|wire|news agency|agency) feed\b.*$/i,
    zone: 'edges',
  },
  // Labelled credits above or below the article: "Source: Xinhua", "SOURCE: AL JAZEERA AND NEWS
  // AGENCIES", "Editor: Huaxia". The colon is required ("Sources said…" is prose).
  // Xinhua's header row states the date between the source and the editor: "Source: Xinhua| 2024-03-07
  // 21:14:35|Editor: huaxia".
  {
    reason: 'source credit',
    maxWords: 10,
    mustContain: ['|'],
    pattern: /^sources? ?: ?[^|]{1,40}\| ?(?<date>[^|]+?) ?\|(?: ?editors? ?: ?[^|]*)?$/i,
    accept: isDate,
    dateRank: DATE_RANK.stamp,
  },
  { reason: 'source credit', maxWords: 10, notProse: true, pattern: /^sources? ?: ?\S.*$/i, zone: 'edges' },
  { reason: 'editor credit', maxWords: 8, notProse: true, pattern: /^(?:editors?|edited by) ?: ?\S.*$/i, zone: 'edges' },
  // Topic tags under the article: "Tags: China, Germany, trade".
  // "Read more about: Central Bank, Inflation" lists topics too.
  { reason: 'tags', maxWords: 20, notProse: true, pattern: /^(?:tags|topics|keywords|filed under|(?:read )?more about) ?: ?\S.*$/i, zone: 'edges' },
  // The label alone, its tags on the lines under it ("Keywords" / "#N. Korea #missile launch"), and a
  // line of hashtags only, as Yonhap prints its keywords.
  { reason: 'tags', maxWords: 2, pattern: /^(?:tags|topics|keywords):?$/i, zone: 'edges', headsLinks: true },
  { reason: 'tags', maxWords: 20, notProse: true, pattern: /^(?:#[^\s#][^#]*){2,}$/u, zone: 'edges' },
  // The reporter's e-mail address alone under the story, as Yonhap and others sign off.
  { reason: 'contact', maxWords: 2, pattern: /^(?:e-?mail:? )?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu, zone: 'edges' },
  // A wire story's end mark: Xinhua's "Enditem", Yonhap's "(END)", a press release's "ENDS", "-30-", "###".
  { reason: 'end mark', maxWords: 2, pattern: /^(?:end ?item|\(?end\)?|ends|-30-|#{3})$/i, zone: 'edges' },
  // The agency's name after dashes or equals signs closing its story: "--IANS", "-- BERNAMA", "==Kyodo".
  {
    reason: 'end mark',
    maxWords: 4,
    pattern: /^(?:-{1,2}|={1,2}|[–—]) ?(?<name>\S.*)$/u,
    accept: (groups) => isOutletList((groups.name ?? '').toLowerCase(), []),
    zone: 'edges',
  },
  // The agency's tag in brackets alone under the story: "(ANI)", "(dpa)". A known outlet's name or alias, read
  // by `lookupOutlet` ("(Video)", "(2)" stay). After the last sentence on its line, see `LAST_LINE_SUFFIXES`.
  {
    reason: 'end mark',
    maxWords: 4,
    mustContain: ['('],
    pattern: /^\((?<name>[^()]+)\)$/u,
    accept: (groups) => lookupOutlet(groups.name ?? '') !== null,
    zone: 'edges',
  },
  // The agency's name in capitals and its desk's initials, as PTI signs off: "PTI ABA SJK RT".
  {
    reason: 'reporting credit',
    maxWords: 7,
    pattern: /^(?<agency>[A-Z]+)(?: [A-Z]{2,4}){1,6}$/u,
    accept: (groups) => OUTLET_NAMES_AS_WRITTEN.has(groups.agency ?? ''),
    zone: 'edges',
  },
  // A line with no letter or digit ("___", "* * *", "—") is a separator, never a sentence.
  { reason: 'separator', maxWords: 10, pattern: /^[^\p{L}\p{N}]+$/u },
  // Image credits: "Photo: Pixabay", "© Sputnik / …", "AP Photo/Evan Vucci". A label with a
  // colon, slash or © is unambiguous; "Photo by …" also opens sentences ("Photos by AP
  // journalists confirmed the damage."), so there the rest must be a short list of names.
  {
    reason: 'photo credit',
    maxWords: 30,
    pattern: lazyRegExp(`^\\(?${CREDIT_LABEL}(?: ?: ?| ?[/©] ?)\\S.*$`, 'i'),
  },
  // "Photo by …", and as agencies also write it "Photo from UNIAN, Ukrenergo", "Courtesy of Jane Doe",
  // in brackets or not: the rest must be a short list of names.
  {
    reason: 'photo credit',
    maxWords: 10,
    notProse: true,
    pattern: lazyRegExp(`^[(\\[]?(?:${CREDIT_LABEL} (?:by|from)|courtesy(?: of)?) (?<credit>[^()\\[\\]]+?)[)\\]]?$`, 'iu'),
    accept: isCredit,
  },
  // "Photo courtesy of …" is a credit whatever follows: "[Photo courtesy of Japan's Defense Ministry]",
  // "Photo courtesy of the White House".
  {
    reason: 'photo credit',
    maxWords: 12,
    notProse: true,
    pattern: lazyRegExp(`^[(\\[]?${CREDIT_LABEL} courtesy(?: of)? [^()\\[\\]]+[)\\]]?$`, 'i'),
  },
  { reason: 'photo credit', maxWords: 60, pattern: /^© ?\S.*$/ },
  // A caption without a stop before its © credit, as RT prints it: "Kremlin spokesman Dmitry Peskov ©
  // Sputnik / Vyacheslav Prokofyev". The agency and a slash show it is a credit.
  {
    reason: 'caption',
    maxWords: 40,
    mustContain: ['©'],
    pattern: lazyRegExp(`^\\S.* © ?(?:${photoAgencies}) ?/ ?(?<credit>${NAME_LIST})$`, 'u'),
    accept: isCredit,
  },
  {
    reason: 'photo credit',
    maxWords: 16,
    pattern: lazyRegExp(`^\\(?(?:${photoAgencies})(?: Photo)? ?/ ?[^.!?]{1,80}\\)?$`, 'i'),
  },
  // The photographer before the agencies, as CNN, The Guardian and others print a credit: "Tobias
  // Schwarz/AFP/Getty Images", "Salas/EPA", "AFP via Getty Images". (No `i` flag: see the byline.)
  {
    reason: 'photo credit',
    maxWords: 12,
    mustContain: ['/', ' via '],
    pattern: lazyRegExp(
      `^(?:(?<credit>${NAME_LIST}) ?/ ?)?(?:${photoAgencies})(?: ?/ ?| via )(?:${photoAgencies})(?:(?: ?/ ?| via )(?:${photoAgencies}))*$|^(?<named>${NAME_LIST}) ?/ ?(?:${photoAgencies})$|^(?<photographer>${NAME_LIST}) ?/ ?(?<local>${NAME_LIST}) via (?:${photoAgencies})$`,
      'u',
    ),
    // The third form names a local agency the list does not know, handed on by a known one:
    // "Ida Marie Odgaard/Ritzau Scanpix via AP".
    accept: (groups) =>
      [groups.credit, groups.named, groups.photographer, groups.local].every((names) => names === undefined || isNameList(names)),
  },
  // A photo agency that only ever signs pictures, alone on a line: "Getty Images".
  { reason: 'photo credit', maxWords: 3, pattern: lazyRegExp(`^(?:${CREDIT_ONLY_AGENCIES.map(escapeRegExp).join('|')})$`, 'u') },
  { reason: 'caption', maxWords: 60, pattern: /^caption: .+$/i },
  // The buttons of a caption that folds away, as NPR's pages copy them.
  { reason: 'caption', maxWords: 2, pattern: /^(?:hide|toggle|show|expand) caption$/i },
  // A caption ends with its photo's credit: "A man cools off in a fountain in Seville.
  // Photograph: Cristina Quicler/AFP/Getty Images", "… Thursday, March 7, 2024. (AP Photo/Markus
  // Schreiber)". (No `i` flag: the label is capitalised.)
  {
    reason: 'caption',
    maxWords: 80,
    mustContain: ['photo', 'picture', 'image', 'illustration', 'composite', 'video'],
    pattern: lazyRegExp(
      `^\\S.* (?:(?:Photograph|Photo|Photos|Picture|Image|Illustration|Composite|Video|Image source)(?: ?: ?|, )\\p{Lu}[^.!?]{0,80}|\\((?:(?:${photoAgencies}) )?(?:Photo|Photograph|Picture|Image)s? ?[/:] ?[^()]{1,80}\\))$`,
      'u',
    ),
  },
  // A caption ending in a credit without a label, after its last sentence: "… on Feb. 20, 2024.
  // (Wojtek Jargilo/EPA-EFE)", "… in Bratislava on February 27, 2024. © Vladimir Simicek, AFP",
  // "… after the summit. | Ludovic Marin/AFP via Getty Images", "… Elvira Nabiullina. Sergei
  // Savostyanov / TASS", "… March 7, 2024. (AA Photo)", "… March 5, 2024. /Xinhua"; in square brackets the stop may be missing
  // ("… take the oath in Islamabad [Aamir Qureshi/AFP]"). A credit in brackets or after a bar names
  // a photo agency beside a slash or "via", so a sentence's closing remark in brackets stays.
  {
    reason: 'caption',
    maxWords: 80,
    mustContain: ['©', '/', ' via ', 'photo'],
    pattern: lazyRegExp(
      `^\\S.*(?:${CAPTION_END} (?:© ?[^©]{0,79}[^©.!?\\s]|\\((?<paren>[^()]{1,80})\\)|\\| (?<bar>[^|]{1,80})|(?<named>${NAME_LIST}) ?/ ?(?:${photoAgencies})|/ ?(?<slashed>[^/]{1,40}))| \\[(?<bracket>[^\\[\\]]{1,80})\\])$`,
      'u',
    ),
    accept: (groups) =>
      [groups.paren, groups.bar, groups.bracket].every((credit) => credit === undefined || isCaptionCredit(credit)) &&
      (groups.named === undefined || isPhotographer(groups.named)) &&
      (groups.slashed === undefined || isAgencyOrOutlet(groups.slashed)),
  },
  {
    reason: 'reporting credit',
    maxWords: 40,
    pattern: /^\((?:additional )?(?:reporting|writing|editing|compiled|translated|translation)(?: by)? [^()]+\)$/i,
  },
  // The outlet's sign-off naming the agencies drawn on: "(FRANCE 24 with AFP)", "(With input from
  // Xinhua)", "(with AFP)", "(with agencies)", and as Indian papers sign off, "(With inputs from agencies)",
  // "(With agency inputs)".
  {
    reason: 'reporting credit',
    maxWords: 12,
    mustContain: ['('],
    pattern: /^\((?<credit>.+)\)$/u,
    accept: (groups) => isAgencyCredit((groups.credit ?? '').toLowerCase()),
  },
  // The Indian papers' sign-off without brackets: "With inputs from PTI", "With agency inputs". Only the
  // agencies: "With inputs from experts, the plan was redrawn." is the story's sentence.
  {
    reason: 'reporting credit',
    maxWords: 12,
    mustContain: ['input'],
    pattern: /^(?<credit>with (?:inputs? from .+|.+ inputs?))\.?$/i,
    accept: (groups) => isAgencyCredit((groups.credit ?? '').toLowerCase()),
  },
  // The same sign-off without brackets, as wire stories end: "Reporting by Jane Doe in Geneva;
  // Editing by John Roe". Two or more credits joined by semicolons are unmistakable; one alone
  // must name people ("Reporting by the BBC showed…" is a sentence).
  {
    reason: 'reporting credit',
    maxWords: 40,
    mustContain: [' by '],
    pattern: lazyRegExp(`^${CREDIT_BY} [^;]+(?:; ${CREDIT_BY} [^;]+)+\\.?$`, 'u'),
  },
  {
    reason: 'reporting credit',
    maxWords: 16,
    mustContain: [' by '],
    // (No `i` flag: with it, `\p{Lu}` matches lower case too.) A semicolon may end it: a sign-off of
    // several credits broken over lines ("Reporting by Jane Doe;" / "Editing by John Roe").
    pattern: lazyRegExp(`^${CREDIT_BY} (?<credit>[^;.]+?)(?: in \\p{Lu}[\\p{L}'’. -]*)?[.;]?$`, 'u'),
    accept: isCredit,
  },
  // Who else reported, under the story: "CNN's Anna Schmidt contributed reporting.", "Associated
  // Press writer Lena Ortiz in Berlin contributed to this report."
  {
    reason: 'reporting credit',
    maxWords: 40,
    pattern: /^(?:[-–—] ?)?\S.{0,200}? (?:also )?contributed (?:to )?(?:this |the )?(?:report(?:ing)?|story|article)\.?$/u,
    zone: 'edges',
  },
  // Where the reporters were, under an AP story: "Casey reported from Boston.", "Casey and Ramer
  // reported from Concord, New Hampshire." Surnames only, and the line ends with the place, so a
  // sentence of the story ("He reported from Kharkiv for the BBC for a decade.") is not one.
  {
    reason: 'reporting credit',
    maxWords: 16,
    mustContain: [' reported from '],
    pattern:
      /^(?<names>\p{Lu}[\p{L}'’-]+(?:(?:,| and| &) \p{Lu}[\p{L}'’-]+)*) reported from \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?\.?$/u,
    accept: (groups) => !(groups.names ?? '').split(/,? and |, | & /u).some((name) => PRONOUNS.has(name.toLowerCase())),
    zone: 'edges',
  },
  // The sign-off of editors' initials, with the agencies drawn on: "kb/rc (AP, Reuters)" (DW),
  // "burs-apo/jm" (AFP). Lower case only, so a line of words is never one.
  {
    reason: 'reporting credit',
    maxWords: 8,
    pattern: /^[a-z]{2,5}(?:-[a-z]{2,5})*(?:\/[a-z]{2,5}(?:-[a-z]{2,5})*)+(?: \([^()]{1,60}\))?$/u,
  },
  // A pointer to the outlet's editorial standards under each story ("Our Standards: The Thomson
  // Reuters Trust Principles.").
  { reason: 'standards note', maxWords: 12, pattern: /^our (?:standards|editorial (?:standards|guidelines)) ?: .+$/i, zone: 'edges' },
  // An editor's note or correction above or below the story: a labelled note ("EDITOR'S NOTE: This story
  // has been updated…", "Editor’s note — …", "Correction: …", "Clarification: …", "UPDATE: Adds comment
  // from the mayor.", "Update 2 (March 5): …"), or one of the standard sentences without a label ("This
  // story has been corrected to show…", "This version corrects…", "An earlier version of this article
  // misstated…", "This is a developing story and will be updated.", "Check back for updates."). It is
  // not the story's prose, and two stories sharing only "This story has been updated" would look like
  // reuse. Only these forms: a line that mentions an editor or an update stays ("The city said it would
  // update residents"), and inside the body the rule keeps its hands off (a quoted correction).
  {
    reason: "editor's note",
    maxWords: 80,
    mustContain: [
      'editor', 'correction', 'corrected', 'corrects', 'clarif', 'update', 'this story', 'this article', 'this report', 'this post', 'this version',
      'developing', 'breaking', 'check back', 'to follow', 'to come',
    ],
    // No `u` flag: with `i` alone the pattern is cheap to compile.
    pattern: lazyRegExp(
      `^(?:${[
        "editor(?:['’]s|s['’]|s)? note(?::?| ?: ?\\S.*| ?[—–] ?\\S.*| - \\S.*)",
        '(?:correction|clarification)s?(?: ?: ?\\S.*| ?[—–] ?\\S.*| - \\S.*|:)',
        // "UPDATE:", "Updated —", "UPDATE 2:", "Update (March 5, 10:42 a.m.):" before the note's words. What
        // follows a label without brackets is not a date or time: "UPDATED: March 7, 10:45" is a date stamp.
        // A Reuters headline's "UPDATE 2-" has no space before its hyphen, and is not a line of its own.
        // After a dash (no colon) only a note's own opening counts: "Updated — and expanded — rules…" is prose.
        `update[ds]?(?: \\d{1,2})?(?: \\([^()]{1,60}\\))?(?: ?: ?(?!\\d|${MONTH_NAME} \\d)\\S.*|(?: ?[—–] ?| - )(?:adds|added|changes|changed|corrects|corrected|recasts|rewrites|updates|includes|with (?:new|more|comment|details|reaction)|new (?:details|information|comment))\\b.*)`,
        'this (?:story|article|report|post) (?:has been|was) (?:updated|corrected|amended|clarified)\\b.*',
        'this version (?:corrects|clarifies|updates)\\b.*',
        '(?:an earlier|a previous) version of this (?:story|article|report|post)\\b.*',
        // A story still being written: "This is a developing story and will be updated.", "This is a breaking
        // news story. Check back for updates.", "This story will be updated.", "More to follow."
        // No comma or quotation after the words: "This story is developing, officials warned, as…" is prose.
        'this is an? (?:developing|breaking)(?: news)? (?:story|report)\\b[^,;"“”]*',
        'this (?:story|article|report|post) (?:is developing|(?:will|may) be updated|is being updated)\\b[^,;"“”]*',
        '(?:please )?check back (?:later |soon |here )?for (?:updates|more(?: updates| details| information)?)(?: on this story)?[.!]?',
        '\\(?(?:more|more details|further details|details) to (?:follow|come)[.!]?\\)?',
      ].join('|')})$`,
      'i',
    ),
    zone: 'edges',
  },
  // The page warning that the story is old: "This article is more than 3 months old".
  {
    reason: 'age notice',
    maxWords: 12,
    pattern: /^this (?:article|story|page|content) (?:is|was published) more than (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:hours?|days?|weeks?|months?|years?) (?:old|ago)\.?$/i,
    zone: 'edges',
  },
  // Sharing, following, subscribing, advertising.
  {
    reason: 'share prompt',
    maxWords: 10,
    pattern: lazyRegExp(
      `^(?:share (?:this|the) (?:article|story|page|post)|share(?: (?:on|via) ${SOCIAL})?|${SOCIAL}(?: ?[|•·,]? ${SOCIAL})*|(?:link )?copied(?: to (?:the )?clipboard)?!?|save(?: (?:this |the )?(?:article|story))?|saved|save for later|(?:reuse|republish) this (?:content|article|story)|get short url|you can share this (?:story|article) on social media:?|reprints?(?: (?:&|and) permissions)?)$`,
      'i',
    ),
  },
  {
    reason: 'share prompt',
    maxWords: 12,
    // "Follow us on Telegram: @eurowire", "Follow us on X @eurowire", "More news on Telegram" (TASS), "Join us on Telegram".
    // "Follow us on social media:" heads a list of the site's accounts, as Bernama prints it.
    pattern: lazyRegExp(
      `^(?:follow (?:us|\\S+)|(?:get |read )?more news|join us) on (?:${SOCIAL}(?:(?:,| and| &) ${SOCIAL})*(?::? @[\\w.]+)?|social media|social networks)(?:\\.| ?:)?$`,
      'i',
    ),
  },
  // The site's account on a network: "Facebook : @bernamaofficial", "Twitter: @bernama.com, @BernamaTV".
  { reason: 'share prompt', maxWords: 8, pattern: lazyRegExp(`^${SOCIAL} ?: ?@[\\w.]+(?:, ?@[\\w.]+)*$`, 'i') },
  // The site's reading list: "Save articles to read later and create your own reading list."
  { reason: 'share prompt', maxWords: 16, pattern: /^save (?:articles|stories) .*\b(?:read(?:ing)? later|reading list)\b.*$/i },
  {
    reason: 'subscription prompt',
    maxWords: 14,
    pattern: /^(?:subscribe|sign up)(?: (?:to|for) (?:our|the) [\w' -]{1,40})?[.!]?$/i,
  },
  // The site addressing its reader: "Subscribe to our newsletter to get the latest news every
  // morning.", "Sign up for our daily briefing", "Подписывайтесь на наш канал в Telegram".
  {
    reason: 'subscription prompt',
    maxWords: 25,
    pattern: /^(?:(?:subscribe|sign up|register) (?:to|for) our|(?:подписывайтесь|подпишитесь) на наш)(?: .*)?$/iu,
  },
  // A named newsletter: "Subscribe to The Beet, our weekly newsletter".
  {
    reason: 'subscription prompt',
    maxWords: 16,
    mustContain: ['newsletter'],
    pattern: /^(?:subscribe|sign up) (?:to|for) [^.!?]{1,60}\bnewsletters?[.!]?$/i,
  },
  // The small print of a newsletter box or the site's forms, in the banner's own phrasing: "You can
  // unsubscribe at any time.", "By signing up, you are agreeing to our Terms of Use and Privacy Policy."
  // A story's last paragraph may quote a company on its policy, so a quotation or "said" keeps the line.
  // A cookie banner's "you agree to our use of cookies" is left to the cookie rule below.
  {
    reason: 'subscription prompt',
    maxWords: 60,
    mustContain: ['unsubscribe', 'privacy policy', 'signing up', 'subscribing', 'registering', 'agree', 'recaptcha'],
    pattern:
      /^(?!.*["“”«»„])(?!.*\b(?:said|says|cookies?)\b).*\b(?:you can unsubscribe|unsubscribe at any time|by (?:signing up|subscribing|registering|clicking|submitting)|you (?:agree|are agreeing|consent) to|(?:read|see|view) our privacy policy|protected by recaptcha)\b.*$/i,
    zone: 'edges',
  },
  // A cookie banner, and its buttons: "We use cookies to give you the best experience on our website.",
  // "Accept". Only the banner's own phrasing counts, and never in a line with a quotation or "said":
  // a story about cookie rules addresses its reader too ("Websites must let you reject cookies…").
  {
    reason: 'cookie notice',
    maxWords: 60,
    mustContain: ['cookie'],
    pattern:
      /^(?!.*["“”«»„])(?!.*\b(?:said|says)\b).*\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|by (?:continuing|using)\b.*\byou agree)\b.*$/i,
    zone: 'edges',
  },
  {
    reason: 'cookie notice',
    maxWords: 4,
    pattern: /^(?:accept(?: all)?(?: cookies)?|reject all(?: cookies)?|i agree|got it|allow all(?: cookies)?|manage (?:cookies|preferences|cookie settings)|cookie settings)$/i,
    zone: 'edges',
  },
  // An appeal for money or members around the story: "Donate today.", "Become a member", "Support us",
  // "Support Meduza", "Meduza's newsroom relies on readers like you. Donate today." "Donate now" opens
  // the appeal: a sentence of the story may end with it ("The Red Cross urged people to donate now.").
  {
    reason: 'donation appeal',
    maxWords: 30,
    mustContain: ['donat', 'member', 'support', 'readers like you'],
    pattern: lazyRegExp(
      `^(?:donate (?:now|today)\\b.*|.*\\breaders like you\\b.*|(?:become a (?:member|supporter|subscriber)|support (?<supported>[^.!?]{1,60})|donate)[.!]?)$`,
      'iu',
    ),
    // Support for the site itself: "Support us", "Support our journalism", "Support Meduza".
    accept: (groups) =>
      groups.supported === undefined || /^(?:us|our (?:journalism|work|newsroom))$/iu.test(groups.supported) || lookupOutlet(groups.supported) !== null,
    zone: 'edges',
  },
  // The link to a newsletter inside the article: "Sign up here."
  { reason: 'subscription prompt', maxWords: 4, pattern: /^(?:sign up|subscribe|register) (?:here|now|today)[.!]?$/i },
  // A newsletter pitch under the article, however it opens: "While you're here: Every Tuesday, DW
  // editors round up … You can sign up here for the weekly email newsletter Berlin Briefing."
  {
    reason: 'subscription prompt',
    maxWords: 50,
    pattern: /^.*\b(?:sign up|subscribe|register) (?:here|now|today)\b.*$/i,
    zone: 'edges',
  },
  {
    reason: 'advertisement',
    maxWords: 8,
    // Labels around an advertisement inside the article: "Ad Feedback" (CNN), "Advertising" (France 24),
    // "Sponsor Message" (NPR), "Story continues below
    // advertisement", "Continue reading the main story", "Skip advertisement".
    pattern:
      /^(?:advertisement|advertising|advert|sponsored(?: content)?|sponsor message|ad|promoted|scroll to continue with content|ad feedback|learn more(?: about)?|(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:below|the main story)|skip (?:advertisement|ad))$/i,
  },
  // "2 min read", or only "2 min" as France 24 prints it.
  { reason: 'reading time', maxWords: 6, pattern: /^(?:\d{1,3} min(?:ute)?s?(?: read)?|reading time:? \d{1,3} min(?:ute)?s?)$/i },
  // A video player's fallback text, left in the page where the player goes (video.js, as DW's pages
  // copy it): "To view this video please enable JavaScript, and consider upgrading to a web browser
  // that supports HTML5 video", "Please enable JavaScript to view this content".
  {
    reason: 'video player',
    maxWords: 30,
    mustContain: ['javascript'],
    pattern:
      /^(?:to (?:view|watch|play) this (?:video|content|media),? (?:please )?enable javascript|please enable javascript to (?:view|watch|play|see)|javascript is (?:disabled|required|needed) (?:in your browser|to (?:view|watch|play|see))).*$/i,
  },
  { reason: 'audio player', maxWords: 8, pattern: /^listen to (?:this )?(?:article|story)(?: \d{1,3} min(?:ute)?s?)?$/i },
  // Date stamps: "Published: 18 February 2022", "Опубликовано: 18.02.2022" (Russian
  // "Published:"), "Updated: …", or a line that is only a date. An "updated" stamp is
  // removed but gives no date: the update is not the publication.
  {
    reason: 'date stamp',
    maxWords: 12,
    pattern: /^(?:(?:last )?(?:updated?|modified)(?: on)?|обновлено) ?:? (?<date>.+)$/iu,
    accept: isDate,
  },
  {
    reason: 'date stamp',
    maxWords: 12,
    pattern: /^(?:(?:first )?published|posted|date|created|issued|опубликовано|дата публикации)(?: on)?:? (?<date>.+)$/iu,
    accept: isDate,
    dateRank: DATE_RANK.stamp,
  },
  // A labelled stamp with a slashed date, as France 24 and Euronews print them: "Issued on: 07/03/2024 -
  // 16:05", "Published on 04/02/2026 - 17:52 GMT+1", and the update's after it on the same line, "Issued on:
  // 07/03/2024 - 10:21 Modified: 07/03/2024 - 12:05". Removed, but no date is read: day and month order is
  // ambiguous.
  {
    reason: 'date stamp',
    maxWords: 16,
    mustContain: ['published', 'posted', 'issued', 'created', 'update', 'modified'],
    pattern: lazyRegExp(`^${NUMERIC_STAMP_LABEL} ${NUMERIC_STAMP}(?: ${NUMERIC_STAMP_LABEL} ${NUMERIC_STAMP})?$`, 'iu'),
  },
  // The same without a label, as Bernama prints it over the story, "22/03/2024 05:40 PM", or Euractiv with
  // hyphens, "10-03-2026". Above or below the article only: inside it, such a line may head a timeline entry.
  { reason: 'date stamp', maxWords: 6, mustContain: ['/', '-'], pattern: lazyRegExp(`^${NUMERIC_STAMP}$`, 'iu'), zone: 'edges' },
  // A day named relative to today and a time, as Ukrainian and Russian sites stamp their stories:
  // "Today, 10:42", "Yesterday, 18:05". Removed, but no date is read.
  { reason: 'date stamp', maxWords: 5, pattern: /^(?:today|yesterday)(?:,| at)? \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?$/i },
  // A time alone on a line, as live blogs stamp each post ("9.41am CET", "14:05 GMT", "10:02 a.m. ET"):
  // anywhere, as the posts run through the whole page. A stamp's label may come first, as a page
  // prints the time of its latest update without the day ("Updated 3:05 a.m. GMT", "Updated at 10:42
  // a.m. ET"): without the day there is no date to read.
  {
    reason: 'date stamp',
    maxWords: 6,
    pattern:
      /^(?:(?:[Ll]ast )?(?:[Uu]pdated?|UPDATED?|[Mm]odified|MODIFIED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)(?: at| on)?:? )?(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[aApP]\.?[mM]\.?)?|\d{1,2} ?[aApP]\.?[mM]\.?)(?: [A-Z]{2,5}(?:[+-]\d{1,2})?)?$/u,
  },
  // A stamp relative to now, as live pages print it: "2 hours ago", "Updated 2 minutes ago", "Published 3 hrs
  // ago", "an hour ago". Anywhere, as a live blog stamps each post so; no date is read. Only the stamp alone
  // on its line: "Two hours ago, police said …" is the story's sentence. Seconds to weeks only: "A year
  // ago", "100 Years Ago" head sections.
  {
    reason: 'date stamp',
    maxWords: 6,
    mustContain: ['ago'],
    pattern:
      /^(?:(?:(?:last )?(?:updated?|modified)|(?:first )?published|posted):? )?(?:\d{1,3} ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)|(?:an?|one) (?:second|minute|hour|day)) ago$/i,
  },
  // A day and a time without the year, as TASS prints its stamps: "March 7, 10:21", "UPDATED: March 7,
  // 10:45". Removed, but no date is read: the year is not stated.
  {
    reason: 'date stamp',
    maxWords: 6,
    mustContain: [':'],
    pattern: lazyRegExp(
      `^(?:(?:(?:first )?published|posted|(?:last )?updated?|modified)(?: on)?:? )?(?:${MONTH_NAME} \\d{1,2}|\\d{1,2} ${MONTH_NAME}),? \\d{1,2}:\\d{2}$`,
      'iu',
    ),
  },
  // The note closing a Canadian Press story, which gives its date and outlet: "This report by The Canadian
  // Press was first published March 21, 2024."
  {
    reason: 'date stamp',
    maxWords: 20,
    mustContain: ['published'],
    pattern: lazyRegExp(
      `^this (?:report|story|article)(?: by (?:the )?(?<outlet>.+?))? was (?:first |originally )?published(?: on)? (?<date>.+?)\\.?$`,
      'iu',
    ),
    accept: (groups) => isDate(groups) && (groups.outlet === undefined || lookupOutlet(groups.outlet) !== null),
    dateRank: DATE_RANK.stamp,
    zone: 'edges',
  },
  // A stamp's label on a line of its own, its date on the next, as pages lay out "Published" and a
  // `<time>` side by side. Only at the edges: inside the body a one-word line may be a subhead.
  {
    reason: 'date stamp',
    maxWords: 3,
    pattern: /^(?:(?:first )?published|posted|issued|created|(?:last )?(?:updated?|modified))(?: on)?:?$/iu,
    zone: 'edges',
  },
  // A date stamp with its update after it: "December 18, 2023 7:22 PM · Updated 2 hours ago", with
  // no separator, as Reuters pages print it: "March 3, 2024 10:42 AM GMT Updated 3 hours ago", or
  // after a dash, as Anadolu Agency's: "07.03.2024 - Update : 07.03.2024".
  {
    reason: 'date stamp',
    maxWords: 20,
    pattern: /^(?:(?:first )?published:? )?(?<date>[^·|•]+?) ?(?:[·|•–—] ?|- )?(?:last )?updated?\b.*$/iu,
    accept: isDate,
    dateRank: DATE_RANK.stamp,
  },
  // The outlet's name and its stamp in one row, above or below the article: "KYODO NEWS - Mar 18, 2024 -
  // 10:21 | World, All", "Press Trust of India | New Delhi | Updated: Mar 21 2024, 13:45 IST", "PTI / Updated:
  // …" (a place may come between; a stamp's label is none: "Reuters | Updated: …"). Sections or a time may follow the date.
  // It gives the outlet, and the date unless the stamp is an update's; an update's stamp before the
  // published one ("Reuters | Updated: … | Published: …") is passed over, so the row gives the published date.
  {
    reason: 'date stamp',
    maxWords: 20,
    opensWithOutlet: true,
    pattern: /^(?<row>.+)$/u,
    // The outlet's name may hold a separator ("Interfax-Ukraine"): each name the line opens with is tried.
    parts: (groups) =>
      afterOpeningOutlet(groups.row ?? '', STAMP_AFTER_OUTLET, (rest) => parseDateExpression(rest.date ?? rest.updated ?? '') !== null),
    dateRank: DATE_RANK.stamp,
    zone: 'edges',
  },
  // A bare date is a stamp above or below the article; inside it, it may head a timeline entry. Tried
  // before the transmission stamp, so a stamp that states a date ("2024-04-16 21:05:30", as Xinhua
  // prints it) gives the article its date.
  { reason: 'date stamp', maxWords: 10, pattern: /^(?<date>.+)$/, accept: isDate, dateRank: DATE_RANK.stamp, zone: 'edges' },
  // Wire-copy header lines: a slug ("BC-Russia-NATO,0412", "AM-Ukraine-Talks") and a
  // transmission stamp ("18-02-22 1405GMT", "02/18/2022 14:05 GMT"), at the top or bottom only.
  {
    reason: 'wire slug',
    maxWords: 1,
    pattern: /^(?:[A-Z]{1,4}-)?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,6}(?:,\s?\d{2,5})?$/u,
    zone: 'edges',
  },
  {
    reason: 'transmission stamp',
    maxWords: 4,
    pattern: /^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4},? \d{1,2}:?\d{2}(?::\d{2})? ?(?:GMT|UTC|Z|EST|EDT|ET|MSK|CET)?$/u,
    zone: 'edges',
  },
];

// Dateline pieces. A city is one to four words in capitals, in any script ("MOSCOW",
// "ST. PETERSBURG", "МОСКВА"); wire services also write it in mixed case ("Moscow").
const CITY = "\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]*){0,3}";
const MIXED_CITY = "\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}";
// A region or country after the city: "KYIV, Ukraine", "WASHINGTON, D.C.".
const REGION = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}";
// A state in brackets, as ANI names it between the city and the country: "(Jammu and Kashmir)".
const BRACKETED_STATE = "\\(\\p{Lu}[\\p{L}'’.-]*(?: (?:and |of )?\\p{Lu}[\\p{L}'’.-]*){0,4}\\)";
// "February 18", "Feb. 18, 2022", "18 Feb 2022", "18 февраля": read with parseDateExpression,
// which gives a date only when a year is stated.
// Some wires print the whole dateline in capitals, the month too: "ROME, MARCH 20 -" (ANSA).
const DATELINE_MONTH = `(?:${MONTH_NAME}|${MONTH_NAME.toUpperCase()})`;
const DATELINE_DATE =
  `(?<when>${DATELINE_MONTH} \\d{1,2}(?:,? \\d{4})?|\\d{1,2} (?:${DATELINE_MONTH}|${RUSSIAN_MONTH_NAME})(?:,? \\d{4})?)`;
const DASH = '(?:-{1,2}|[–—])';
// A tag in parentheses is one short word ("(AP)", "(Reuters)") or a known outlet name (see `isOutletTag`).
const SHORT_TAG = /^[A-Za-z][A-Za-z-]{0,11}$/u;
/** Whether a dateline's `tag` group is a known outlet's name: read by `lookupOutlet`, not by a pattern holding every name. */
const isOutletTag = (groups: Record<string, string | undefined>) => groups.tag !== undefined && lookupOutlet(groups.tag) !== null;

/**
 * A city and a known outlet's name after it, as CNN's dateline prints them ("Berlin CNN", "Hong Kong Kyodo
 * News"): `{ tag }`, the outlet's name, for the first split whose first words are a city (`SPLIT_DATELINE_CITY`)
 * and the rest a known outlet; else `null`.
 */
function cityAndOutlet(head: string): Record<string, string> | null {
  const words = head.split(' ');
  for (let k = 1; k < words.length; k++) {
    const tag = words.slice(k).join(' ');
    if (lookupOutlet(tag) !== null && SPLIT_DATELINE_CITY.test(words.slice(0, k).join(' '))) return { tag };
  }
  return null;
}
// An agency's name in a wire dateline's brackets: two or three capitalised words ("Euro Wire").
const AGENCY_NAME = "\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){1,2}";
// A tag between slashes: "/TASS/", "/ТАСС/", "/РИА Новости/".
const SLASH_TAG = "\\p{L}[\\p{L}-]{1,20}(?: \\p{L}[\\p{L}-]{1,20})?";
// What follows a bare "CITY —" dateline: the lede's first word, capitalised (or a number or quote).
const LEDE_START = '(?= [\\p{Lu}\\p{N}"“‘«])';

/**
 * Countries and US states, by their English short names (the UN's member states, Kosovo, Palestine,
 * Taiwan and common short forms; the fifty states): the second part of a mixed-case dateline
 * ("Islamabad, Pakistan –"). Only that rule reads this list: a lede opening "Hamas, Hezbollah – …"
 * names no place.
 */
export const COUNTRIES_AND_STATES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahamas', 'The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize',
  'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia', 'Botswana', 'Brazil', 'Brunei',
  'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cape Verde', 'Cambodia', 'Cameroon', 'Canada',
  'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Democratic Republic of the Congo',
  'DR Congo', 'DRC', 'Costa Rica', "Côte d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast', 'Croatia', 'Cuba', 'Cyprus', 'Czechia',
  'Czech Republic', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador',
  'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia',
  'The Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan',
  'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia',
  'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro',
  'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'The Netherlands', 'New Zealand',
  'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'the Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania',
  'Russia', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino',
  'Sao Tome and Principe', 'São Tomé and Príncipe', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone',
  'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste',
  'East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda',
  'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'United States', 'US', 'USA', 'Uruguay', 'Uzbekistan',
  'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Kosovo', 'Palestine', 'Taiwan',
  // The US states.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
];
const COUNTRY_OR_STATE = `(?:${COUNTRIES_AND_STATES.map(escapeRegExp).join('|')})`;

/**
 * Words in capitals that open a lede before a colon without naming a place: a story's labels ("BREAKING:",
 * "UPDATE:", "WATCH:", "EDITOR'S NOTE:"), and initials of five letters or more that lead stories ("UNICEF:").
 * Shorter initials ("NATO:", "WHO:") are told by `SHORT_PLACES`. Section names ("WORLD:") are none either.
 */
const LEDE_LABELS: ReadonlySet<string> = new Set([
  'BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'UPDATES', 'LIVE', 'LIVE UPDATES', 'EXCLUSIVE', 'WATCH', 'LISTEN',
  'VIDEO', 'PHOTOS', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE',
  'CORRECTION', 'CLARIFICATION', 'FLASH', 'NEWSFLASH', 'URGENT', 'ALERT', 'JUST IN', 'DEVELOPING', 'FACT CHECK',
  'FACT-CHECK', 'REVIEW', 'INTERVIEW', 'EXPLAINER', 'EXPLAINED', 'PREVIEW', 'RECAP', 'REPORT', 'SPECIAL REPORT', 'POLL',
  'QUIZ', 'TIMELINE', 'FACTBOX', 'LATEST', 'READ MORE', 'ALSO READ', 'SEE ALSO', 'SPONSORED', 'ADVERTISEMENT',
  'PODCAST', 'OBITUARY', 'WARNING', 'DISCLAIMER', 'SUMMARY', 'HIGHLIGHTS', 'KEY POINTS', 'QUESTION', 'ANSWER', 'TOP NEWS',
  'ASEAN', 'BRICS', 'UNICEF', 'UNESCO', 'UNHCR', 'UNRWA', 'NASDAQ', 'INTERPOL', 'EUROPOL', 'FRONTEX', 'SENSEX', 'NIFTY',
  'COVID', 'AIIMS', 'IRCTC', 'UIDAI',
]);
/**
 * Places of four letters or fewer, in capitals: a colon dateline of one such word must name one, as
 * initials of that length ("NATO", "WHO", "ISRO") are as common. National capitals and Indian cities.
 */
const SHORT_PLACES: ReadonlySet<string> = new Set([
  'ROME', 'OSLO', 'KYIV', 'KIEV', 'LIMA', 'BAKU', 'DOHA', 'RIGA', 'BERN', 'APIA', 'SUVA', 'MALE', 'LOME', 'LOMÉ', 'DILI',
  'PUNE', 'AGRA', 'GOA', 'GAYA', 'KOTA', 'DIU',
]);

/**
 * Whether `place`, in capitals before a colon at the lede's start, is a dateline's city: not a label, a
 * section or a known outlet, and two words or more ("NEW DELHI"), one of five letters or more ("MUMBAI"),
 * or a short place the list knows ("PUNE").
 */
function isColonDateline(place: string): boolean {
  if (LEDE_LABELS.has(place) || isSectionList(place) || lookupOutlet(place) !== null) return false;
  return place.includes(' ') || SHORT_PLACES.has(place) || place.replace(/[^\p{L}]/gu, '').length >= 5;
}

/**
 * A city alone on a line under the byline or its stamp, right above the lede, as Agência Brasil prints
 * its dateline: a city in capitals or in mixed case, of one or two capitalised words ("Brasília", "Rio de
 * Janeiro"; three would take a standfirst in title case), maybe with its region or country ("Porto Alegre,
 * Brazil"). See `chrome.ts`.
 */
export const PLACE_LINE = lazyRegExp(
  `^(?:${CITY}|\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?: (?:(?:de|do|da|dos|das|del|di|la|le|el|am|an|upon|on|sur) )?\\p{Lu}[\\p{L}'’.-]*)?)(?:, ${REGION})?$`,
  'u',
);

/**
 * A dateline on a line of its own, right above the lede and under the headline, as Anadolu Agency
 * prints it: a city in capitals, maybe with a region ("BERLIN", "KYIV, Ukraine").
 */
export const DATELINE_LINE = lazyRegExp(`^${CITY}(?:, ${REGION})?$`, 'u');

/**
 * A dateline laid out a part per line, as CNN's pages copy: the city ("Berlin", "HONG KONG"), the
 * outlet's name, then a dash alone, right above the lede. These test the first line and the last.
 */
export const SPLIT_DATELINE_CITY = lazyRegExp(`^(?:${CITY}|${MIXED_CITY})$`, 'u');
export const SPLIT_DATELINE_DASH = lazyRegExp(`^${DASH}$`, 'u');

/**
 * What every dateline below starts with: at most four words, then a comma, full stop, colon, bracket,
 * slash or dash. Tested first, as it is cheap: the dateline patterns' capital-letter classes are
 * slow to compile, and most ledes have no dateline.
 */
export const DATELINE_OPENING = /^\S+(?: \S+){0,3}?(?:[,.:]| [(/]| -{1,2}| [–—])/;

/** Prefixes removed from the lede, tried repeatedly in order until none matches. */
export const LEDE_PREFIXES: PrefixRule[] = [
  // TASS: "date 2022-02-18 MOSCOW, …"
  {
    reason: 'date stamp',
    pattern: /^(?:date|published|posted|опубликовано):? (?<date>\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?= )/iu,
    dateRank: DATE_RANK.stamp,
  },
  // TASS style: "MOSCOW, February 18. /TASS/.", "МОСКВА, 18 февраля. /ТАСС/."
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^${CITY}(?:, ${DATELINE_DATE})?\\.? /(?<tag>${SLASH_TAG})/\\.?(?= |$)`, 'u'),
  },
  // RIA Novosti style: "МОСКВА, 3 мар — РИА Новости.": a known outlet's name after the dash, then a stop.
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^${CITY}(?:, ${DATELINE_DATE})? ${DASH} (?<tag>[^.]{1,40})\\.(?= |$)`, 'u'),
    accept: isOutletTag,
  },
  // Wire style: "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "BEIJING, Feb. 18 (Xinhua) --",
  // "KYIV, Ukraine (AP) —"; EFE puts a stop before the dash: "(EFE).-".
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^${CITY}(?:, ${REGION})?(?:[,.] ${DATELINE_DATE})? \\((?<tag>[^()]{1,40})\\) ?\\.?${DASH}(?= |$)`, 'u'),
    accept: (groups) => SHORT_TAG.test(groups.tag ?? '') || isOutletTag(groups),
  },
  // An agency's name of two or three words that the loader does not know: "BRUSSELS, Dec 18 (Euro Wire) -",
  // only before a lede that starts like one.
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^${CITY}(?:, ${REGION})?(?:[,.] ${DATELINE_DATE})? \\((?<tag>${AGENCY_NAME})\\) ?${DASH}${LEDE_START}`, 'u'),
  },
  // Mixed-case city, only with a known outlet's tag: "Moscow, Feb 18 (Reuters) -", "Madrid, Mar 22 (EFE).-"
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^${MIXED_CITY}(?:[,.] ${DATELINE_DATE})? \\((?<tag>[^()]{1,40})\\) ?\\.?${DASH}(?= |$)`, 'u'),
    accept: isOutletTag,
  },
  // No dash after the tag, as Indian agencies print it: "New Delhi, Mar 21 (PTI) The Supreme Court…",
  // "NEW DELHI, March 21 (IANS) …". Only with a date and a known outlet's tag, before a lede that starts like one.
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^(?:${CITY}|${MIXED_CITY})(?:, ${REGION})?, ${DATELINE_DATE} \\((?<tag>[^()]{1,40})\\):?${LEDE_START}`, 'u'),
    accept: isOutletTag,
  },
  // The same with the country in square brackets after the city, maybe a state in brackets before it,
  // as ANI prints it: "New Delhi [India], March 21 (ANI): …", "Srinagar (Jammu and Kashmir) [India], March
  // 21 (ANI): …". The tag is read by `lookupOutlet`, not by the list of every outlet name, and the
  // pattern is compiled only for a lede with "]," in it.
  {
    reason: 'dateline',
    mustContain: ['],'],
    pattern: lazyRegExp(
      `^(?:${CITY}|${MIXED_CITY})(?: ${BRACKETED_STATE})? \\[${REGION}\\], ${DATELINE_DATE} \\((?<tag>[^()]+)\\):?${LEDE_START}`,
      'u',
    ),
    accept: isOutletTag,
  },
  // The tag first, then the city, as ANSA prints it: "(ANSA) - ROME, MARCH 20 - Premier Giorgia Meloni…".
  {
    reason: 'dateline',
    pattern: lazyRegExp(`^\\((?<tag>[^()]{1,40})\\) ?${DASH} ${CITY}(?:, ${DATELINE_DATE})? ${DASH}${LEDE_START}`, 'u'),
    accept: isOutletTag,
  },
  // The outlet's name after the city without brackets, as CNN prints it: "Berlin CNN —".
  {
    reason: 'dateline',
    // The city and the name are told apart by hand: both may be several words ("Hong Kong Kyodo News —").
    pattern: lazyRegExp(`^(?<head>\\S.{2,80}?) ?${DASH}${LEDE_START}`, 'u'),
    parts: (groups) => cityAndOutlet(groups.head ?? ''),
  },
  // No agency, but a date: "KYIV, Feb. 24, 2022 —"
  { reason: 'dateline', pattern: lazyRegExp(`^${CITY}(?:, ${REGION})?, ${DATELINE_DATE} ?${DASH}(?= |$)`, 'u') },
  // AP style without a tag: "WASHINGTON — Lawmakers…", "KYIV, Ukraine — …"
  { reason: 'dateline', pattern: lazyRegExp(`^${CITY}(?:, ${REGION})? ${DASH}${LEDE_START}`, 'u') },
  // Al Jazeera's, in mixed case, always with the country (or US state): "Islamabad, Pakistan – Pakistan's
  // newly…". Any capitalised second word would take "Hamas, Hezbollah – Iran's allies…" too.
  { reason: 'dateline', pattern: lazyRegExp(`^${MIXED_CITY}, ${COUNTRY_OR_STATE} ${DASH}${LEDE_START}`, 'u') },
  // A city in capitals and a colon, as Indian papers print the dateline: "NEW DELHI: The government on
  // Monday…". Not a label ("BREAKING:", "UPDATE:") nor initials ("NATO:"): see `isColonDateline`.
  {
    reason: 'dateline',
    mustContain: [':'],
    pattern: lazyRegExp(`^(?<place>${CITY}):${LEDE_START}`, 'u'),
    accept: (groups) => isColonDateline(groups.place ?? ''),
  },
];

/**
 * Suffixes removed from the last line of body text, tried in order; the first that matches wins.
 * Tried on that one line only, so they cost nothing per line.
 */
export const LAST_LINE_SUFFIXES: SuffixRule[] = [
  // The agency's tag in brackets right after the last sentence, on its line, as ANI signs off its copy: "…
  // the minister said. (ANI)", "… (Reuters)", "… (dpa)". Only a known outlet's name or alias, read by
  // `lookupOutlet`, not by the list of every outlet name: "… in the first half. (2)", "(Video)" and agencies
  // drawn on, "(AFP/Reuters)", stay; so does a tag inside a sentence, with no sentence end before it ("told
  // Asian News International (ANI) outside the court.").
  {
    reason: 'end mark',
    mustContain: [')'],
    pattern: lazyRegExp(`(?<=[${SENTENCE_TERMINALS}][${CLOSING_MARKS}${EITHER_WAY_QUOTES}]*) ?\\((?<tag>[^()]{1,40})\\)$`, 'u'),
    accept: (groups) => lookupOutlet(groups.tag ?? '') !== null,
  },
];

/**
 * The tags wire services put before a headline to mark a story's version or kind, not part of its
 * wording: Yonhap's "(LEAD) ", "(2nd LD) ", "(URGENT) ", "(3rd LD, Update) "; Reuters' "UPDATE 2-",
 * "REFILE-", "CORRECTED-", "EXCLUSIVE-", "ANALYSIS-", one or more, glued to the headline. In capitals
 * only, as the wires print them.
 */
export const TITLE_TAG =
  /^(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD)(?:, ?[A-Za-z][\w ]{0,20})?\) |(?:(?:REFILE|CORRECTED|RPT|UPDATE(?: \d{1,2})?|WRAPUP(?: \d{1,2})?|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|PREVIEW)-)+)(?=[\p{Lu}\p{N}"'‘“])/u;

/**
 * A title's suffix naming a known outlet ("… – Rossiyskaya Gazeta", "… | Reuters"): `index` is where its
 * separator's space starts, `outlet` the outlet's reported name; `null` when the title has none.
 */
export function knownOutletSuffix(title: string): { index: number; outlet: string } | null {
  const found = closingOutletName(title, / [-–—|] $/u);
  return found && found.index > 0 ? { index: found.index, outlet: lookupOutlet(found.name) ?? found.name } : null;
}
/**
 * Any short site name after a bar ends a title: "… | Some News Site" (bars are not used in prose headlines).
 * What follows the bar may be no site's name but a stamp or a section: see `isStampOrSection`.
 */
export const BAR_SUFFIX = / \| (?<outlet>[^|.!?]{2,40})$/;

/**
 * What names no site after a title's bar: a time or a date ("05:32 pm GMT+7", "March 7, 2024", "07/03/2024"),
 * a stamp relative to now ("Updated 2 hours ago"), or section names ("World"); `'date stamp'` or
 * `'section label'`, else `null`.
 */
export function isStampOrSection(text: string): 'date stamp' | 'section label' | null {
  if (isSectionList(text)) return 'section label';
  stampText ??= new RegExp(
    `\\d{1,2}[:.]\\d{2}|\\d ?[ap]\\.?m\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}|^\\d{4}$|${MONTH_NAME} \\d|\\d(?:st|nd|rd|th)? ${MONTH_NAME}\\b|\\bago$`,
    'i',
  );
  return stampText.test(text) ? 'date stamp' : null;
}
let stampText: RegExp | undefined;
/** Suffix site names longer than this are not taken as outlet names. */
export const SUFFIX_MAX_WORDS = 5;

/**
 * A line of at least this many words that ends like a sentence (`SENTENCE_END`, `src/text/punctuation.ts`) reads as
 * prose: rules marked `notProse` leave it alone.
 */
export const PROSE_MIN_WORDS = 4;
/** Punctuation that may close a paragraph: a sentence end, or a colon or semicolon before a list. */
export const PARAGRAPH_END = new RegExp(`[${SENTENCE_TERMINALS}${CLAUSE_MARKS}][${CLOSING_MARKS}${EITHER_WAY_QUOTES}]*$`, 'u');
/** A line that starts in lower case (after any opening quotes or brackets), as a wrapped line's continuation does. */
export const LOWER_CASE_START = /^["'“‘«„‹(\[]*\p{Ll}/u;

/** Headings: short lines standing as their own paragraph, without sentence-final punctuation. */
export const HEADING_MAX_WORDS = 15;
/**
 * Words of running prose that headline style leaves out (English): headlines and subheads put
 * past events in the present tense and drop "was", "had" and the conditional, so a line in the
 * body holding one is a sentence that lost its full stop ("The delegation was led by Ryabkov"),
 * not a subhead ("Delegation led by Ryabkov"). Lower case; matched as whole words, any case.
 */
export const PROSE_WORDS = new Set([
  'was', 'were', 'had', 'been', 'would', 'could', 'did',
  "wasn't", "weren't", "hadn't", "wouldn't", "couldn't", "didn't", 'according',
]);
/** Words opening a subhead written as a question without its mark, which keeps its verb: "What was agreed". */
export const QUESTION_WORDS = new Set(['what', 'why', 'how', 'who', 'whom', 'whose', 'where', 'when', 'which', 'whether']);
/**
 * Articles and pronouns, which headline style drops: a line of more than `SUBHEAD_MAX_WORDS`
 * words opening with one reads as prose ("The next round of consultations is expected in Vienna").
 */
export const PROSE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'these', 'those', 'there']);
/** Subheads are short: longer body lines opening with a `PROSE_OPENERS` word are sentences. */
export const SUBHEAD_MAX_WORDS = 8;
/** Title lines before the first paragraph may be longer than subheads. */
export const TITLE_MAX_WORDS = 25;
/** A menu item copied above the headline ("News Feed", "Listen Live") has at most this many words. */
export const MENU_ITEM_MAX_WORDS = 3;
/**
 * A header run of at least `MENU_MIN_LINES` short lines (chrome among them) holding this many text
 * lines is the site's menu: a headline is one line, with at most a kicker or a section label above it.
 */
export const MENU_MIN_ITEMS = 2;
export const MENU_MIN_LINES = 4;
/** A title line this long under a one-word line shows the one-word line is a section label. */
export const TITLE_MIN_WORDS = 3;
/** Headlines may ask or exclaim ("Will the talks resume?", "何时复谈？"); subheads in the body may not. */
export const TITLE_END = new RegExp(`[${QUESTION_OR_EXCLAMATION_MARKS}]$`, 'u');
/** A list item ("• text", "1. text", "1) text", "- text") is body text, never a heading. */
export const LIST_ITEM = /^(?:[•·▪◦‣●*–—-]|\d{1,3}[.)]|[a-z][.)]) \S/;
/**
 * A Markdown (ATX) heading line: one to six `#`, a space, the heading, and maybe a closing run of `#`
 * after a space ("## Subhead ##"). Only a run followed by a space counts, so "#MeToo campaigners
 * said…" and "#1 seed" are prose, and a heading needs a character other than `#` ("# # #" is none).
 * Read in any plain text, whatever its source; tested on a collapsed line, where a tab is a space.
 * The one definition: the layout pass (a heading is a paragraph of its own) and the chrome rules
 * (its marks are removed) both use it.
 */
export const ATX_HEADING = /^(?<open>#{1,6} )(?<content>.*?[^\s#].*?)(?<close> #+)?$/u;

/** Scripts told apart for the "other script" rule. */
export const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul',
  'Devanagari', 'Thai', 'Georgian', 'Armenian',
] as const;
/**
 * A line at the start or end of the text, in the chrome around the article, whose letters are
 * mostly in a script other than the article's, which is at most this many words long (as spaces
 * part them: a Chinese interface string is one) and
 * does not end like a sentence (`SENTENCE_END`, in any script's marks), is an interface string
 * (a Russian "related material" label on an English page). A sentence in another script is a
 * quotation and stays (`“我们希望有关国家停止这种错误做法。”` closing an English report).
 */
export const OTHER_SCRIPT_MAX_WORDS = 8;
export const OTHER_SCRIPT_MIN_SHARE = 0.5;

/** All names of an outlet: its name and aliases. */
export function outletNames(outlet: Outlet): string[] {
  return [outlet.name, ...outlet.aliases];
}

/**
 * A byline's names without the outlet printed after them ("JAMIE KEATEN Associated Press",
 * "Jane Doe, Reuters" → the person); a byline that is only the outlet's name stays as it is. After a
 * comma the outlet may be in any case ("Jane Doe, Tass"); after a space only in its own, so "Maria Mena"
 * keeps her surname (see `inOutletsCase`).
 */
export function bylineWithoutOutlet(names: string): string {
  const outlet = closingOutletName(names, /, $/u, true) ?? closingOutletName(names, / $/u);
  return outlet && outlet.index > 0 ? names.slice(0, outlet.index) : names;
}

/** Each known outlet's reported name, by each of its names in lower case: read by `lookupOutlet`, which rules call on many lines. */
let outletByName: Map<string, string> | undefined;

/**
 * The outlet's reported name for a name, alias or tag (case-insensitive); `null` if unknown. A site
 * name written as an address ("www.dw.com", "https://www.reuters.com/") is read as its domain.
 */
export function lookupOutlet(name: string): string | null {
  const wanted = name.trim().toLowerCase();
  const domain = wanted.replace(/^(?:https?:\/\/)?(?:www\.)?(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/u, '$<host>');
  if (outletByName === undefined) {
    outletByName = new Map();
    // The first outlet listed with a name keeps it.
    for (const outlet of OUTLETS) for (const n of outletNames(outlet)) if (!outletByName.has(n.toLowerCase())) outletByName.set(n.toLowerCase(), outlet.name);
  }
  return outletByName.get(wanted) ?? outletByName.get(domain) ?? null;
}

/** Every name of the outlet that `name` names (its name and aliases), or `[]` for an unknown name. */
export function namesOfOutlet(name: string): string[] {
  const reported = lookupOutlet(name);
  const outlet = OUTLETS.find((o) => o.name === reported);
  return outlet ? outletNames(outlet) : [];
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
