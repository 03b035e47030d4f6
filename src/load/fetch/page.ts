/**
 * Fetching one web page over HTTP(S): redirects, one overall timeout, a running size cap and
 * a content-type check, each failure an `OutletdiffError` naming the URL (CONTRACT.md, errors).
 * Decoding the bytes and extracting the article are later steps of the load stage.
 */
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { OutletdiffError } from '../../errors.js';
import { quantity } from '../../text/quantity.js';

/** How `fetchPage` fetches. Every field is optional. */
export interface FetchOptions {
  /** Milliseconds for the whole fetch of one URL: every redirect hop, connecting and the body. Default 15000; must be > 0. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes, counted after content decoding (gzip, deflate, br). Default 5 MiB; must be ≥ 0. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5; 0 refuses every redirect. */
  maxRedirects?: number;
  /** Host-name resolver in node:net's `lookup` signature, passed to every request (tests inject one). Default: the system resolver. */
  lookup?: LookupFunction;
  /** The `User-Agent` header. Default: {@link DEFAULT_USER_AGENT}. */
  userAgent?: string;
}

/** A fetched page: the raw body plus what the response said about it. */
export interface FetchedPage {
  /** The URL as asked. */
  url: string;
  /** The URL the body came from, after redirects (normalised by WHATWG URL parsing). */
  finalUrl: string;
  /** The final response's HTTP status (always 2xx). */
  status: number;
  /** The media type from the `Content-Type` header, lower-cased, without parameters (`text/html`); `null` when absent. */
  contentType: string | null;
  /** The `charset` parameter of the `Content-Type` header, lower-cased (`windows-1251`); `null` when absent. */
  charset: string | null;
  /** The body, content-decoded (gzip, deflate, br) but not charset-decoded. */
  bytes: Uint8Array;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; outletdiff)';

/** Media types read as articles. A missing `Content-Type` is let through: the extractor decides. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NAME_NOT_RESOLVED = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
/** Connection failures in words; another code is printed as it is. */
const CONNECTION_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

type Hop = { kind: 'redirect'; location: string } | { kind: 'page'; page: Omit<FetchedPage, 'url' | 'finalUrl'> };

/** What one hop needs besides its URL. */
interface HopContext {
  asked: string;
  options: Required<Omit<FetchOptions, 'lookup'>> & Pick<FetchOptions, 'lookup'>;
  signal: AbortSignal;
  network: NetworkModules;
}

interface NetworkModules {
  http: typeof import('node:http');
  https: typeof import('node:https');
  zlib: typeof import('node:zlib');
}

/**
 * Node's network modules, loaded on the first fetch: most runs read only files, and loading
 * these at start-up cost every run several milliseconds.
 */
async function networkModules(): Promise<NetworkModules> {
  const [http, https, zlib] = await Promise.all([import('node:http'), import('node:https'), import('node:zlib')]);
  return { http, https, zlib };
}

/**
 * Fetches `url` (http or https only), following up to `maxRedirects` redirects (301, 302, 303,
 * 307, 308; a relative `Location` is resolved against the current URL). Accepts `text/html`,
 * `application/xhtml+xml` and `text/plain`. Cost: one request per hop, at most
 * `maxRedirects + 1` hops, at most `maxBytes` held in memory, at most `timeoutMs` in all.
 * Throws `OutletdiffError` (exit 2) with one line naming `url` for every failure.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings: HopContext['options'] = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    lookup: options.lookup,
  };
  // Bad limits are a caller's bug, not the user's: a plain RangeError (exit 70), not an OutletdiffError.
  if (!(settings.timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0 (got ${settings.timeoutMs})`);
  if (!(settings.maxBytes >= 0)) throw new RangeError(`maxBytes must be >= 0 (got ${settings.maxBytes})`);
  if (!(settings.maxRedirects >= 0)) throw new RangeError(`maxRedirects must be >= 0 (got ${settings.maxRedirects})`);
  let current = parseFetchUrl(url, url);
  const controller = new AbortController();
  // setTimeout fires at once beyond 2^31 - 1 ms; such a timeout means "practically never".
  const timer = setTimeout(() => controller.abort(), Math.min(settings.timeoutMs, 2 ** 31 - 1));
  const context: HopContext = { asked: url, options: settings, signal: controller.signal, network: await networkModules() };
  try {
    // Bounded: each pass either returns, throws, or follows one of at most maxRedirects redirects.
    for (let redirects = 0; ; redirects++) {
      const hop = await fetchHop(current, context);
      if (hop.kind === 'page') return { url, finalUrl: current.href, ...hop.page };
      if (redirects >= settings.maxRedirects) throw fetchError(url, `more than ${quantity(settings.maxRedirects, 'redirect')}`);
      current = parseFetchUrl(url, hop.location, current);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Parses `target` (relative to `base` when given) and checks its scheme. */
function parseFetchUrl(asked: string, target: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(target, base);
  } catch {
    throw fetchError(asked, base ? `redirected to an invalid URL (${target})` : 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const suffix = base ? ` (redirected to ${parsed.protocol}…)` : '';
    throw fetchError(asked, `only http and https URLs can be fetched${suffix}`);
  }
  return parsed;
}

/** One request: resolves with a redirect target or a page, rejects with an `OutletdiffError`. */
function fetchHop(target: URL, context: HopContext): Promise<Hop> {
  const { asked, options, signal, network } = context;
  return new Promise<Hop>((resolve, reject) => {
    let req: ClientRequest | undefined;
    let res: IncomingMessage | undefined;
    let body: Readable | undefined;
    let settled = false;

    const finish = (outcome: { hop: Hop } | { error: unknown }): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if ('hop' in outcome) {
        resolve(outcome.hop);
      } else {
        // Stop the transfer: the socket is closed (no keep-alive agent), so nothing lingers.
        body?.destroy();
        res?.destroy();
        req?.destroy();
        reject(outcome.error);
      }
    };
    const onAbort = (): void => finish({ error: fetchError(asked, `timed out after ${formatSeconds(options.timeoutMs)}`) });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    const request = target.protocol === 'https:' ? network.https.request : network.http.request;
    try {
      req = request(target, {
        method: 'GET',
        // A fresh connection per request, closed afterwards: nothing keeps the process alive.
        agent: false,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
    } catch (error) {
      // http.request throws synchronously for a few malformed inputs (bad header characters).
      return finish({ error: fetchError(asked, describeNetworkError(error, target)) });
    }
    req.on('error', (error) => finish({ error: fetchError(asked, describeNetworkError(error, target)) }));
    req.on('response', (response) => {
      res = response;
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        const location = response.headers.location;
        if (!location) return finish({ error: fetchError(asked, `HTTP ${status} redirect without a Location header`) });
        response.resume();
        return finish({ hop: { kind: 'redirect', location } });
      }
      if (status < 200 || status > 299) {
        return finish({ error: fetchError(asked, `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`) });
      }
      const { contentType, charset } = parseContentType(response.headers['content-type']);
      if (contentType !== null && !PAGE_TYPES.has(contentType)) {
        return finish({ error: fetchError(asked, `not a web page (${contentType})`) });
      }
      const tooLarge = (): OutletdiffError => fetchError(asked, `larger than ${formatBytes(options.maxBytes)}`);
      const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
      const declared = Number(response.headers['content-length']);
      // Without content encoding the declared length is the body's size: refuse before reading.
      if (encoding === 'identity' && Number.isFinite(declared) && declared > options.maxBytes) return finish({ error: tooLarge() });
      const decoded = decodeContent(response, encoding, network.zlib);
      if (!decoded) return finish({ error: fetchError(asked, `unsupported content encoding (${encoding})`) });
      body = decoded;

      // Running cap: the body is held in memory, so stop as soon as it passes maxBytes.
      const chunks: Buffer[] = [];
      let size = 0;
      decoded.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) return finish({ error: tooLarge() });
        chunks.push(chunk);
      });
      decoded.on('error', (error) => finish({ error: fetchError(asked, describeNetworkError(error, target)) }));
      // A connection cut mid-body ends the response without 'end' ('aborted' on Node 20).
      response.on('aborted', () => finish({ error: fetchError(asked, 'connection closed before the page was complete') }));
      response.on('error', (error) => finish({ error: fetchError(asked, describeNetworkError(error, target)) }));
      decoded.on('end', () => {
        const bytes = new Uint8Array(Buffer.concat(chunks, size));
        finish({ hop: { kind: 'page', page: { status, contentType, charset, bytes } } });
      });
    });
    req.end();
  });
}

/** The response body with its content encoding undone; `null` for an encoding we cannot undo. */
function decodeContent(response: IncomingMessage, encoding: string, zlib: NetworkModules['zlib']): Readable | null {
  switch (encoding) {
    case 'identity':
    case '':
      return response;
    case 'gzip':
    case 'x-gzip':
      return response.pipe(zlib.createGunzip());
    case 'deflate':
      return response.pipe(zlib.createInflate());
    case 'br':
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return null;
  }
}

/** The media type and charset of a `Content-Type` header value, both lower-cased. */
export function parseContentType(header: string | undefined): { contentType: string | null; charset: string | null } {
  if (!header) return { contentType: null, charset: null };
  const [type, ...params] = header.split(';');
  const contentType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param);
    if (match && match[1]) charset = match[1].toLowerCase();
  }
  return { contentType, charset };
}

/** The error part of a network failure's one-line message. */
function describeNetworkError(error: unknown, target: URL): string {
  const err = error as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  // With several addresses (happy eyeballs) Node reports an AggregateError; its parts carry the codes.
  const code = err.code ?? err.errors?.find((e) => e.code)?.code;
  if (code && NAME_NOT_RESOLVED.has(code)) return `name not resolved (${target.hostname})`;
  if (code !== undefined && Object.hasOwn(CONNECTION_PROBLEMS, code)) return CONNECTION_PROBLEMS[code];
  return code ?? (err.message || 'network error');
}

function fetchError(url: string, problem: string): OutletdiffError {
  return new OutletdiffError(`${url}: ${problem}`);
}

/** `15 s`, `0.2 s`. */
function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** `5 MB` for whole mebibytes, `64 KB` for whole kibibytes, else `1000 bytes`. */
function formatBytes(bytes: number): string {
  if (bytes > 0 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes > 0 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return quantity(bytes, 'byte');
}
