import { describe, expect, it } from 'vitest';
import { fileErrorProblem } from '../src/errors.js';

const systemError = (code: string) => Object.assign(new Error(`${code}: something failed`), { code });

describe('errors', () => {
  describe('fileErrorProblem', () => {
    it.each([
      ['ELOOP', 'too many symbolic links (a link loop?)'],
      ['ENAMETOOLONG', 'file name too long'],
      ['EMFILE', 'too many open files (raise the limit with "ulimit -n")'],
      ['ENOTDIR', 'part of the path is a file, not a folder'],
      ['EACCES', 'permission denied'],
      ['EISDIR', 'is a directory'],
    ])('says what %s means', (code, problem) => {
      expect(fileErrorProblem(systemError(code), 'reading the file')).toBe(problem);
    });

    it('names the operation where the phrase alone would not say what failed', () => {
      expect(fileErrorProblem(systemError('EIO'), 'reading the file')).toBe('input/output error reading the file');
      expect(fileErrorProblem(systemError('EIO'))).toBe('input/output error');
    });

    it('falls back to the code itself for a code it has no words for', () => {
      expect(fileErrorProblem(systemError('EXDEV'), 'reading the file')).toBe('error EXDEV reading the file');
      expect(fileErrorProblem(systemError('EXDEV'))).toBe('error EXDEV');
    });

    it('falls back to the message for an error without a code', () => {
      expect(fileErrorProblem(new Error('gone'))).toBe('unexpected error (gone)');
    });
  });
});
