#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { codeCacheDir, loadWithCodeCache } from '../dist/src/codeCache.js';

const cli = loadWithCodeCache(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)), codeCacheDir());
await cli.exports.main(process.argv);
cli.save();
