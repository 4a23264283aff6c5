/** "10 MB", "512 KB", "300 bytes": the limit as people read it. */
export function formatByteLimit(bytes: number): string {
  const mb = 1024 * 1024;
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= mb) return `${round(bytes / mb)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "15 s", "0.3 s". */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * "HTTP 403 Forbidden"; the reason phrase comes from `phrases` (node:http's STATUS_CODES),
 * never from the server's own text.
 */
export function httpStatusMessage(status: number, phrases: Readonly<Record<number, string | undefined>>): string {
  const phrase = phrases[status];
  return phrase ? `HTTP ${status} ${phrase}` : `HTTP ${status}`;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  EAI_FAIL: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ECONNABORTED: 'connection aborted',
  EPROTO: 'TLS handshake failed',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed before the body was complete',
  Z_DATA_ERROR: 'response body is not valid compressed data',
  Z_BUF_ERROR: 'response body is not valid compressed data',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate could not be verified',
  ERR_INVALID_CHAR: 'server sent an invalid header',
  HPE_INVALID_CONSTANT: 'server sent a malformed response',
  HPE_HEADER_OVERFLOW: 'server sent headers that are too large',
};

/** One short phrase for a socket / DNS / TLS error code ("connection refused"). */
export function networkMessage(code: string | undefined, fallback: string): string {
  if (code && NETWORK_CODES[code]) return NETWORK_CODES[code];
  if (code?.startsWith('HPE_')) return 'server sent a malformed response';
  return code ? `network error (${code})` : `network error (${fallback})`;
}
