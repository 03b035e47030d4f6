#!/usr/bin/env node
// CommonJS (bin/package.json): the command starts without Node's ES module loader.
// V8's flags first, before any other code runs: changing them once regular expressions have run
// can crash the process. The same as `V8_FLAGS` in src/codeCache.ts, which the build's cache is made under.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { join } = require('node:path');
const { builtCodeCacheDir, codeCacheDir, loadWithCodeCache } = require('../dist/bundle/launch.cjs');

const bundle = join(__dirname, '../dist/bundle/cli.cjs');
const cli = loadWithCodeCache(bundle, codeCacheDir(), builtCodeCacheDir(bundle));
cli.exports.main(process.argv).then(() => cli.save());
