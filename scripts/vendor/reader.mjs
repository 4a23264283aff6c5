// dist/bundle/vendor-reader.cjs: the reader's DOM and extraction (see scripts/bundle.mjs).
// linkedom/worker is exported for import only.
import * as linkedomWorker from 'linkedom/worker';
import * as readability from '@mozilla/readability';

export { linkedomWorker as 'linkedom/worker', readability as '@mozilla/readability' };
