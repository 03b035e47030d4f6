#!/usr/bin/env node
// CommonJS (bin/package.json): the command starts without Node's ES module loader.
const { join } = require('node:path');
const { V8_FLAGS, builtCodeCacheDir, codeCacheDir, loadWithCodeCache } = require('../dist/bundle/launch.cjs');

require('node:v8').setFlagsFromString(V8_FLAGS);
const bundle = join(__dirname, '../dist/bundle/cli.cjs');
const cli = loadWithCodeCache(bundle, codeCacheDir(), builtCodeCacheDir(bundle));
cli.exports.main(process.argv).then(() => cli.save());
