/**
 * Worker-thread entry for the parse pool: parses the feed bodies it is sent (into rows to store) and
 * posts back the result (or the error's message). Imports only the parser.
 */
import { parentPort } from 'node:worker_threads';
import { FeedParseError } from '../core/errors.js';
import { parseFeedBody, parseFeedRows } from './feed-body.js';
import type { ParseJob, ParseReply, ParseResult } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');

function run(job: ParseJob): ParseResult {
  if (job.kind === 'rows') return parseFeedRows(job.bytes, job.contentType, job.url, job.feedUrl ?? job.url);
  return parseFeedBody(job.bytes, job.contentType, job.url);
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
