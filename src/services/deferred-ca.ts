/**
 * NODE_EXTRA_CA_CERTS, handed over by bin/tidings.js so Node does not load it at start-up.
 *
 * Node 20 reads that file and builds its whole certificate store before any script runs:
 * 70-80 ms at every start where the variable names the system bundle (as on our machines),
 * though most commands never open a TLS connection. So bin/tidings.js (a shell line first)
 * hands the path over under DEFERRED_CA_VAR and starts Node without it; the http client
 * loads it on its first https request (extra-ca.ts). This module is imported at start-up:
 * it stays this small.
 */

/** Where bin/tidings.js puts the NODE_EXTRA_CA_CERTS it took out of Node's way. */
export const DEFERRED_CA_VAR = 'TIDINGS_DEFERRED_CA_CERTS';

/**
 * Takes the handed-over path out of `env` and restores NODE_EXTRA_CA_CERTS there, so child
 * processes (a browser, a pager) see the variable as the user set it. Undefined when Node
 * loaded the file itself (run as `node bin/tidings.js`) or none is set.
 */
export function takeDeferredCaFile(env: Record<string, string | undefined>): string | undefined {
  const file = env[DEFERRED_CA_VAR];
  delete env[DEFERRED_CA_VAR];
  if (!file) return undefined;
  env.NODE_EXTRA_CA_CERTS = file;
  return file;
}
