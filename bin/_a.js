import { main } from '../dist/bundleA/cli.js'; main(process.argv);
