import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listCorpusFiles, uniqueIds, type CorpusFile } from '../../src/load/walk.js';
import { tempDir } from './helpers.js';

// readdir is wrapped so a test can make a folder unreadable as it is without permission, even as root.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readdir: vi.fn(real.readdir) };
});

/** Writes each file (path relative to `dir`, folders made as needed); returns `dir`. */
function tree(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const idsOf = (files: readonly CorpusFile[]) => files.map((file) => `${file.id} ${basename(dirname(file.path))}`);

afterEach(() => vi.mocked(readdir).mockRestore());

describe('load', () => {
  describe('listCorpusFiles', () => {
    it('keeps relative paths as ids, and a file given directly its name, while they are unique', async () => {
      const dir = tree(tempDir(), { 'archive/tass/a.txt': 'A.', 'archive/tass/sub/b.html': '<p>B.</p>', 'archive/tass/notes.pdf': '', 'single/c.txt': 'C.' });
      const listing = await listCorpusFiles([join(dir, 'archive/tass'), join(dir, 'single/c.txt')]);
      expect(listing.files.map((file) => file.id)).toEqual(['a.txt', 'sub/b.html', 'c.txt']);
      expect(listing.problems).toEqual([]);
    });

    it('puts the root folder\'s name in front of an id two roots give, and more of its path while the names are equal', async () => {
      const dir = tree(tempDir(), { 'tass/x.txt': 'T.', 'rt/x.txt': 'R.', 'clash/a/news/x.txt': 'A.', 'clash/b/news/x.txt': 'B.' });
      const named = await listCorpusFiles([join(dir, 'tass'), join(dir, 'rt')]);
      expect(named.files.map((file) => file.id)).toEqual(['tass/x.txt', 'rt/x.txt']);
      // Regression: same-named roots gave both files "news/x.txt", and the index refused the second.
      const folders = await listCorpusFiles([join(dir, 'clash/a/news'), join(dir, 'clash/b/news')]);
      expect(folders.files.map((file) => file.id)).toEqual(['a/news/x.txt', 'b/news/x.txt']);
      // Files given directly: named by the folder they are in (not "x.txt/x.txt").
      const files = await listCorpusFiles([join(dir, 'clash/a/news/x.txt'), join(dir, 'clash/b/news/x.txt')]);
      expect(files.files.map((file) => file.id)).toEqual(['a/news/x.txt', 'b/news/x.txt']);
      const mixed = await listCorpusFiles([join(dir, 'clash/a/news'), join(dir, 'clash/b/news/x.txt'), join(dir, 'tass')]);
      expect(mixed.files.map((file) => file.id)).toEqual(['a/news/x.txt', 'b/news/x.txt', 'tass/x.txt']);
    });

    it('lists a file reached through two roots once, under the first', async () => {
      const dir = tree(tempDir(), { 'news/x.txt': 'X.', 'news/y.txt': 'Y.' });
      const listing = await listCorpusFiles([join(dir, 'news'), join(dir, 'news/x.txt')]);
      expect(listing.files.map((file) => [file.id, file.root])).toEqual([
        ['x.txt', join(dir, 'news')],
        ['y.txt', join(dir, 'news')],
      ]);
    });

    it('reports a missing root, a bad manifest, an unreadable folder and symbolic links, and lists the rest', async () => {
      const dir = tree(tempDir(), {
        'ok/a.txt': 'A.',
        'ok/locked/b.txt': 'B.',
        'ok/image.png': '',
        'bad/manifest.json': '{ "schemaVersion": 7 }',
        'bad/c.txt': 'C.',
        'elsewhere/d.txt': 'D.',
        'elsewhere/e.png': '',
      });
      symlinkSync(join(dir, 'elsewhere/d.txt'), join(dir, 'ok/link.txt'));
      symlinkSync(join(dir, 'elsewhere'), join(dir, 'ok/linked-folder'));
      symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'ok/broken.txt'));
      symlinkSync(join(dir, 'elsewhere/e.png'), join(dir, 'ok/picture.png'));
      const real = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).readdir;
      const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      vi.mocked(readdir).mockImplementation(((path: string, options: { withFileTypes: true }) =>
        basename(path) === 'locked' ? Promise.reject(denied) : real(path, options)) as typeof readdir);
      const missing = join(dir, 'missing');
      const listing = await listCorpusFiles([join(dir, 'ok'), missing, join(dir, 'bad')]);
      expect(listing.files.map((file) => file.id)).toEqual(['a.txt']);
      expect(listing.problems).toEqual([
        { path: join(dir, 'ok/broken.txt'), problem: 'broken symbolic link' },
        { path: join(dir, 'ok/link.txt'), problem: 'symbolic link, not followed (give the file itself to index it)' },
        { path: join(dir, 'ok/linked-folder'), problem: 'symbolic link to a folder, not followed (give the folder itself to index it)' },
        { path: join(dir, 'ok/locked'), problem: 'cannot read the folder: permission denied' },
        { path: missing, problem: 'no such file or folder' },
        { path: join(dir, 'bad'), problem: expect.stringMatching(/manifest\.json: bad corpus manifest: unsupported schemaVersion 7/) },
      ]);
      expect(listing.missing).toEqual([missing]);
      expect(listing.unlisted).toEqual([join(dir, 'ok/locked'), missing, join(dir, 'bad')]);
      expect(listing.roots).toEqual([join(dir, 'ok'), missing, join(dir, 'bad')]);
    });

    it('reports each manifest entry whose file it does not list, naming the entry, and lists the rest', async () => {
      const dir = tree(tempDir(), { 'news/a.txt': 'A.', 'news/notes.md': 'N.', 'news/.drafts/d.txt': 'D.', 'news/folder.txt/x.txt': 'X.', 'other/o.txt': 'O.' });
      const entries = { a: 'a.txt', gone: 'gone.txt', sub: 'missing/b.txt', folder: 'folder.txt', notes: 'notes.md', draft: '.drafts/d.txt', outside: '../other/o.txt' };
      const articles = Object.entries(entries).map(([id, file]) => ({ id, file }));
      writeFileSync(join(dir, 'news/manifest.json'), JSON.stringify({ schemaVersion: 1, articles }));
      const manifest = join(dir, 'news/manifest.json');
      const listing = await listCorpusFiles([join(dir, 'news')]);
      expect(listing.files.map((file) => file.id)).toEqual(['a', 'folder.txt/x.txt']);
      // Regression: entries whose file was missing were left out without a word.
      expect(listing.problems).toEqual([
        { path: join(dir, 'news/gone.txt'), problem: `no such file (entry "gone" of ${manifest})` },
        { path: join(dir, 'news/missing/b.txt'), problem: `no such file (entry "sub" of ${manifest})` },
        { path: join(dir, 'news/folder.txt'), problem: `a folder, not an article file (entry "folder" of ${manifest})` },
        { path: join(dir, 'news/notes.md'), problem: `not an article file (.txt, .text, .html, .htm, .xhtml), not read (entry "notes" of ${manifest})` },
        { path: join(dir, 'news/.drafts/d.txt'), problem: `hidden, not read (entry "draft" of ${manifest})` },
        { path: join(dir, 'other/o.txt'), problem: `outside ${join(dir, 'news')}, not read (entry "outside" of ${manifest})` },
      ]);
      // A file another root lists is read there, under that root's id.
      const both = await listCorpusFiles([join(dir, 'news'), join(dir, 'other')]);
      expect(both.files.map((file) => file.id)).toEqual(['a', 'folder.txt/x.txt', 'o.txt']);
      expect(both.problems.map((problem) => problem.path)).not.toContain(join(dir, 'other/o.txt'));
    });

    it('tells a symbolic link loop from a broken link, and a root in a loop from a missing one', async () => {
      const dir = tree(tempDir(), { 'news/a.txt': 'A.' });
      symlinkSync(join(dir, 'news/loop-b.txt'), join(dir, 'news/loop-a.txt'));
      symlinkSync(join(dir, 'news/loop-a.txt'), join(dir, 'news/loop-b.txt'));
      const listing = await listCorpusFiles([join(dir, 'news'), join(dir, 'news/loop-a.txt')]);
      expect(listing.files.map((file) => file.id)).toEqual(['a.txt']);
      expect(listing.problems).toEqual([
        { path: join(dir, 'news/loop-a.txt'), problem: 'symbolic link in a loop, not followed' },
        { path: join(dir, 'news/loop-b.txt'), problem: 'symbolic link in a loop, not followed' },
        // Regression: "cannot read (ELOOP)".
        { path: join(dir, 'news/loop-a.txt'), problem: 'too many symbolic links (a link loop?)' },
      ]);
      expect(listing.missing).toEqual([]);
    });

    it('reports a manifest that is a symbolic link loop, and does not read its folder without it', async () => {
      const dir = tree(tempDir(), { 'news/a.txt': 'A.' });
      symlinkSync(join(dir, 'news/manifest.json'), join(dir, 'news/manifest.json'));
      const listing = await listCorpusFiles([join(dir, 'news')]);
      // Regression: the folder was read as if it had no manifest, its ids unlike the manifest's.
      expect(listing.files).toEqual([]);
      expect(listing.problems).toEqual([
        { path: join(dir, 'news'), problem: `${join(dir, 'news/manifest.json')}: cannot read the corpus manifest: too many symbolic links (a link loop?)` },
      ]);
    });

    it.skipIf(process.getuid?.() === 0)('reports a folder without read permission (real chmod)', async () => {
      const dir = tree(tempDir(), { 'a.txt': 'A.', 'locked/b.txt': 'B.' });
      chmodSync(join(dir, 'locked'), 0o000);
      try {
        const listing = await listCorpusFiles([dir]);
        expect(listing.files.map((file) => file.id)).toEqual(['a.txt']);
        expect(listing.problems).toEqual([{ path: join(dir, 'locked'), problem: 'cannot read the folder: permission denied' }]);
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    });

    it('gives a file whose id the index holds for another root\'s article its root folder\'s name, then more of its path', async () => {
      const dir = tree(tempDir(), { 'arch/rt/football.txt': 'F.', 'arch/rt/flood.txt': 'W.' });
      const held = new Set(['football.txt']);
      const once = await listCorpusFiles([join(dir, 'arch/rt')], { heldElsewhere: () => (id) => held.has(id) });
      expect(idsOf(once.files)).toEqual(['flood.txt rt', 'rt/football.txt rt']);
      held.add('rt/football.txt');
      const twice = await listCorpusFiles([join(dir, 'arch/rt')], { heldElsewhere: () => (id) => held.has(id) });
      expect(twice.files.map((file) => file.id)).toEqual(['flood.txt', 'arch/rt/football.txt']);
    });
  });

  describe('uniqueIds', () => {
    const file = (id: string, root: string, name = id): CorpusFile => ({ id, root, path: join(root, name) });

    it('numbers ids that no folder name can tell apart, never taking an id another file keeps', () => {
      // A manifest gave a.txt the id "b.txt", which is b.txt's relative path; "b.txt-2" is another file's.
      const files = [file('b.txt', '/r', 'a.txt'), file('b.txt', '/r'), file('b.txt-2', '/r', 'c.txt')];
      expect(uniqueIds(files).map((entry) => entry.id)).toEqual(['b.txt', 'b.txt-3', 'b.txt-2']);
    });

    it('uses all of a shorter root path when the longer one needs more names', () => {
      const files = [file('x.txt', '/news'), file('x.txt', '/world/news')];
      expect(uniqueIds(files).map((entry) => entry.id)).toEqual(['news/x.txt', 'world/news/x.txt']);
    });

    it('never gives a prefixed id that another file has as it is', () => {
      const files = [file('x.txt', '/a/tass'), file('x.txt', '/a/rt'), file('tass/x.txt', '/b')];
      expect(uniqueIds(files).map((entry) => entry.id)).toEqual(['a/tass/x.txt', 'rt/x.txt', 'tass/x.txt']);
    });
  });
});
