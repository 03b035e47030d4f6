#!/usr/bin/env node
// CommonJS (bin/package.json): the command starts without Node's ES module loader.
const { join } = require('node:path');
// Regular expressions straight to machine code: V8 otherwise compiles each one twice (bytecode on
// its first run, machine code on its second), and the loader's rules are many and run a few times.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { codeCacheDir, loadWithCodeCache } = require('../dist/bundle/launch.cjs');

const cli = loadWithCodeCache(join(__dirname, '../dist/bundle/cli.cjs'), codeCacheDir());
cli.exports.main(process.argv).then(() => cli.save());
