#!/bin/sh
':' //; if [ -n "${NODE_EXTRA_CA_CERTS-}" ] && [ -z "${NODE_OPTIONS-}${NODE_USE_SYSTEM_CA-}" ]; then export TIDINGS_DEFERRED_CA_CERTS="$NODE_EXTRA_CA_CERTS"; unset NODE_EXTRA_CA_CERTS; fi; exec node "$0" "$@"

// Line 2 is shell to /bin/sh and a string plus a comment to Node. With NODE_EXTRA_CA_CERTS
// set, Node 20 builds its whole certificate store before any script runs (70-80 ms at every
// start); the shell line hands the file over under TIDINGS_DEFERRED_CA_CERTS and starts
// Node without it, and tidings loads it on its first https request (src/services/extra-ca.ts).
// Skipped when NODE_OPTIONS or NODE_USE_SYSTEM_CA is set: they may choose other roots.
// `node bin/tidings.js` runs this file as plain JavaScript: the same program, Node's start-up.
// POSIX only as a command (npm's Windows shims would look for /bin/sh): there, use node.
import '../dist/bundle/cli.js';
