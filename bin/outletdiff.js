#!/usr/bin/env node
// CommonJS (bin/package.json): the command starts without Node's ES module loader.
const { join } = require('node:path');
const { codeCacheDir, loadWithCodeCache } = require('../dist/bundle/launch.cjs');

const cli = loadWithCodeCache(join(__dirname, '../dist/bundle/cli.cjs'), codeCacheDir());
cli.exports.main(process.argv).then(() => cli.save());
