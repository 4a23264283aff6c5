/**
 * The TLS context for https when bin/tidings.js handed NODE_EXTRA_CA_CERTS over
 * (deferred-ca.ts): Node's default roots plus that file, read the way Node reads it.
 * Loaded with the network code, on the first https request.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';

// The blocks Node's own loader takes from NODE_EXTRA_CA_CERTS. Not TRUSTED CERTIFICATE:
// the `ca` option would accept those, so other blocks must never reach it.
const CERTIFICATE_BLOCK = /-----BEGIN (X509 )?CERTIFICATE-----[\s\S]*?-----END \1CERTIFICATE-----/g;
const base64Of = (block: string) => block.replace(/-----[^-]*-----|\s+/g, '');

/**
 * The certificates of a NODE_EXTRA_CA_CERTS file to add to `roots`, as Node's loader reads
 * them: CERTIFICATE and X509 CERTIFICATE blocks in file order, up to the first that does
 * not parse (`warn` is told). Those `roots` already hold are left out: a system bundle
 * repeats most of Node's own (122 of 144 here), and each repeat costs parse time.
 */
export function extraCertificates(pem: string, roots: readonly string[], warn: (message: string) => void): string[] {
  const known = new Set(roots.map(base64Of));
  const extra: string[] = [];
  let n = 0;
  for (const [block] of pem.matchAll(CERTIFICATE_BLOCK)) {
    n++;
    if (known.has(base64Of(block))) continue;
    try {
      new X509Certificate(block);
    } catch (error) {
      warn(`certificate ${n} cannot be read (${error instanceof Error ? error.message : String(error)}); it and those after it are ignored`);
      break;
    }
    extra.push(block);
  }
  return extra;
}

/**
 * The roots a TLS context trusts by default in this Node: its bundled list (official
 * builds) or OpenSSL's store (distribution builds made to use it, --use-openssl-ca).
 */
function bundledRootsByDefault(): boolean {
  const config = process.config.variables as Record<string, unknown>;
  return !config.openssl_use_def_ca_store && !config.openssl_system_ca_path && !process.execArgv.includes('--use-openssl-ca');
}

// Node's native context, which `tls.createSecureContext({ ca })` itself adds CAs through.
interface NativeContext {
  addCACert?: (pem: string) => void;
}

/**
 * One TLS context trusting what Node would with NODE_EXTRA_CA_CERTS: its default roots
 * plus the file's certificates. Made once per client (parsing ~150 certificates for each
 * connection would cost more than it saves). An unreadable file leaves Node's roots alone,
 * with a warning, as Node does at start-up. Synchronous, so an http feed redirected to
 * https gets it too. `bundledRoots` is for tests.
 */
export function contextWithExtraCa(file: string, warn: (message: string) => void, bundledRoots = bundledRootsByDefault()): tls.SecureContext {
  const say = (message: string) => warn(`NODE_EXTRA_CA_CERTS (${file}): ${message}`);
  let extra: string[] = [];
  try {
    extra = extraCertificates(readFileSync(file, 'utf8'), tls.rootCertificates, say);
  } catch (error) {
    say(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); ignored`);
  }
  if (bundledRoots) return tls.createSecureContext({ ca: [...tls.rootCertificates, ...extra] });
  // Default roots other than the bundled list cannot be listed on Node 20: add to them the
  // way Node adds `ca` certificates (its native context copies the shared store first).
  const context = tls.createSecureContext();
  const native = (context as unknown as { context: NativeContext }).context;
  if (extra.length > 0 && typeof native.addCACert !== 'function') {
    say('cannot be added to this Node\'s default roots; ignored');
    return context;
  }
  for (const block of extra) native.addCACert!(block);
  return context;
}
