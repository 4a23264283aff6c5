#!/usr/bin/env node
// The tidings command, plain Node on every platform: it runs the bundle `npm run build` makes.
import '../dist/bundle/cli.js';
