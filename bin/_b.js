import { main } from '../dist/bundleB/cli.js'; main(process.argv);
