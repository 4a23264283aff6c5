import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { formatByteLimit, formatSeconds, httpStatusMessage, networkMessage } from '../../src/services/fetch-messages.js';

describe('fetch messages', () => {
  it.each([
    [10 * 1024 * 1024, '10 MB'],
    [1536 * 1024, '1.5 MB'],
    [256 * 1024, '256 KB'],
    [300, '300 bytes'],
  ])('formats a %i byte limit as %s', (bytes, text) => {
    expect(formatByteLimit(bytes)).toBe(text);
  });

  it('formats seconds', () => {
    expect(formatSeconds(15_000)).toBe('15 s');
    expect(formatSeconds(300)).toBe('0.3 s');
  });

  it('uses the standard reason phrase', () => {
    expect(httpStatusMessage(403, STATUS_CODES)).toBe('HTTP 403 Forbidden');
    expect(httpStatusMessage(599, STATUS_CODES)).toBe('HTTP 599');
  });

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ENOTFOUND', 'host not found'],
    ['EAI_AGAIN', 'DNS lookup failed (temporary)'],
    ['CERT_HAS_EXPIRED', 'TLS certificate has expired'],
    ['HPE_UNEXPECTED_CONTENT_LENGTH', 'server sent a malformed response'],
    ['EWHATEVER', 'network error (EWHATEVER)'],
    [undefined, 'network error (socket hang up)'],
  ])('describes %s as "%s"', (code, text) => {
    expect(networkMessage(code, 'socket hang up')).toBe(text);
  });
});
