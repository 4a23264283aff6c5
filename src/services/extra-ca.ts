/**
 * NODE_EXTRA_CA_CERTS, loaded by the first https request instead of at start-up.
 *
 * Node 20 reads that file and builds its whole certificate store before any script runs:
 * 40–80 ms on every start where the variable names the system bundle (as on our machines),
 * though most commands never open a TLS connection. So bin/tidings.js (a shell line first)
 * hands the path over under DEFERRED_CA_VAR and starts Node without it, and the https agent
 * trusts Node's own roots plus that file, which is what Node would have done.
 */
import { readFileSync } from 'node:fs';
import type * as Tls from 'node:tls';

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

// Base64 of a PEM block, whatever its line breaks: equal for the same certificate.
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
const body = (base64: string) => base64.replace(/\s+/g, '');

/**
 * `pem` without the certificates `roots` already hold (by their bytes); everything else in it
 * is kept as it was. A system bundle repeats most of Node's own roots (122 of 144 here), and
 * each repeat costs parse time in every context made from both.
 */
export function withoutKnownRoots(pem: string, roots: readonly string[]): string {
  const known = new Set(roots.map((root) => body(root.replace(CERTIFICATE_BLOCK, '$1'))));
  return pem.replace(CERTIFICATE_BLOCK, (block, base64: string) => (known.has(body(base64)) ? '' : block));
}

/**
 * One TLS context trusting Node's bundled roots and the certificates in `file`, made once
 * per client (parsing ~150 certificates per connection would cost more than it saves). When
 * the file cannot be read: Node's roots alone, with a warning, as Node does at start-up.
 * Synchronous, so an http feed redirected to https gets it too. `tls` is passed in: that
 * module loads with the network code, not at start-up.
 */
export function contextWithExtraCa(tls: typeof Tls, file: string, warn: (message: string) => void): Tls.SecureContext {
  let extra: string[] = [];
  try {
    extra = [withoutKnownRoots(readFileSync(file, 'utf8'), tls.rootCertificates)];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    warn(`extra CA certificates not loaded from ${file} (${code}); NODE_EXTRA_CA_CERTS is ignored`);
  }
  return tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra] });
}
