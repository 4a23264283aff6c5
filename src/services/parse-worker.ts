/**
 * Worker-thread entry for the parse pool: decodes and parses feed bodies it is sent and
 * posts back the ParsedFeed (or the error's message). Imports only the parser.
 */
import { parentPort } from 'node:worker_threads';
import { FeedParseError } from '../core/errors.js';
import { parseFeedBody } from './feed-body.js';
import type { ParseJob, ParseReply } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');

port.on('message', (job: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { id: job.id, feed: parseFeedBody(job.bytes, job.contentType, job.url) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: job.id, error: { message, notAFeed: error instanceof FeedParseError } };
  }
  port.postMessage(reply);
});
