/**
 * Worker-thread entry for the parse pool: parses or digests the feed bodies it is sent, or
 * writes a cache file, and posts back the result (or the error's message).
 */
import { parentPort } from 'node:worker_threads';
import { FeedParseError } from '../core/errors.js';
import { writeFileAtomicSync } from './atomic-file.js';
import { digestFeedBody, parseFeedBody } from './feed-body.js';
import type { ParseJob, ParseReply, ParseResult } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');

function run(job: ParseJob): ParseResult {
  switch (job.kind) {
    case 'parse':
      return parseFeedBody(job.bytes, job.contentType, job.url);
    case 'digest':
      return digestFeedBody(job.bytes, job.contentType, job.url);
    case 'write':
      writeFileAtomicSync(job.path, job.bytes, { durable: false });
      return null;
  }
}

port.on('message', (job: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { id: job.id, value: run(job) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: job.id, error: { message, notAFeed: error instanceof FeedParseError } };
  }
  port.postMessage(reply);
});
