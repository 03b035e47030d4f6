#!/usr/bin/env node
// CommonJS (bin/package.json): the command starts without Node's ES module loader.
const { join } = require('node:path');
const { codeCacheDir, loadWithCodeCache } = require('../dist/bundle/launch.cjs');

const cli = loadWithCodeCache(join(__dirname, '../dist/bundle/cli.cjs'), codeCacheDir());
let settled = false;
cli.exports.main(process.argv).then(() => {
  settled = true;
  cli.save();
});
// Work still pending when nothing is left to run would otherwise end as a silent success.
process.on('exit', () => {
  if (settled || process.exitCode !== undefined) return;
  process.stderr.write('outletdiff: internal error: the command ended before its work was done (this is a bug)\n');
  process.exitCode = 70;
});
