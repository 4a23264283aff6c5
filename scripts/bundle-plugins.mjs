// esbuild plugins that let the CLI bundle be one CommonJS script (what src/launch.ts runs
// with V8's code cache). Each fails the build when the package it adapts changed shape.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = (...parts) => new RegExp(`[\\\\/]${parts.join('[\\\\/]')}$`.replace(/\./g, '\\.'));

/** Replaces `from` with `to` in `text`, exactly once, or throws naming `what`. */
function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) throw new Error(`${what}: expected one "${from}"; the package changed, see scripts/bundle-plugins.mjs`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// fetch-blob's streams.cjs only makes sure a global ReadableStream exists (and Blob.stream,
// for Node 14). Node 20 has both, but the check reads the lazy global and so loads the whole
// WHATWG streams implementation (~5 ms) with node-fetch; Blob.stream still finds it later.
/** Leaves fetch-blob's streams shim out. */
export const noStreamsShim = {
  name: 'no-fetch-blob-streams-shim',
  setup(build) {
    build.onResolve({ filter: /^\.\/streams\.cjs$/ }, (args) =>
      /[\\/]fetch-blob[\\/]/.test(args.importer) ? { path: args.path, namespace: 'empty-shim' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'empty-shim' }, () => ({ contents: '', loader: 'js' }));
  },
};

// yoga-layout's entry awaits its WebAssembly at the top level, which a script cannot do.
// Emscripten's documented `instantiateWasm` hook lets the caller instantiate the module:
// done synchronously (Node allows it for a module this size, ~90 KB), the loader finishes
// before it returns and the module object it was given is ready to wrap.
const WASM_URI = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
/** Loads yoga's WebAssembly synchronously, and drops ink's development-only top-level awaits. */
export const noTopLevelAwait = {
  name: 'no-top-level-await',
  setup(build) {
    build.onLoad({ filter: file('yoga-layout', 'dist', 'binaries', 'yoga-wasm-base64-esm.js') }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const wasm = WASM_URI.exec(text);
      if (!wasm) throw new Error('yoga-layout: its WebAssembly is no longer inline; see scripts/bundle-plugins.mjs');
      // The base64 moves to an export of its own (the loader never reads the data URI).
      return { contents: `${text.replace(WASM_URI, '""')}\nexport const wasmBase64 = ${JSON.stringify(wasm[1])};\n`, loader: 'js' };
    });
    build.onLoad({ filter: file('yoga-layout', 'dist', 'src', 'index.js') }, (args) => {
      replaceOnce(readFileSync(args.path, 'utf8'), 'wrapAssembly(await loadYoga())', '', 'yoga-layout');
      return {
        contents: [
          "import loadYoga, { wasmBase64 } from '../binaries/yoga-wasm-base64-esm.js';",
          "import wrapAssembly from './wrapAssembly.js';",
          'const yoga = {',
          '  instantiateWasm(imports, receive) {',
          "    receive(new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasmBase64, 'base64')), imports));",
          '    return {};',
          '  },',
          '};',
          'loadYoga(yoga);',
          'export default wrapAssembly(yoga);',
          "export * from './generated/YGEnums.js';",
        ].join('\n'),
        loader: 'js',
      };
    });
    // Only with DEV=true, which src/cli.ts clears before ink loads.
    build.onLoad({ filter: file('ink', 'build', 'reconciler.js') }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      text = replaceOnce(text, "await import('./devtools.js')", 'undefined', 'ink');
      text = replaceOnce(text, 'await loadPackageJson()', '{ name: undefined, version: undefined }', 'ink');
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * `import('node:http')` as a require: a script run by vm.Script has no loader for import()
 * (and the builtins are there already). The bundle's other dynamic imports are its own code.
 */
export const builtinsRequired = {
  name: 'builtins-required',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Packages the CLI takes from a script of their own beside it (`vendor-<part>.cjs`), so
 * the commands that never use them neither read nor compile them, and each part keeps a code
 * cache of its own (src/launch.ts loads a sibling script the way it loads the bundle).
 * `parts` maps a part's name to the packages its entry (scripts/vendor/<part>.cjs) exports.
 */
export function fromVendorParts(parts) {
  const partOf = new Map(Object.entries(parts).flatMap(([part, names]) => names.map((name) => [name, part])));
  return {
    name: 'from-vendor-parts',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => (partOf.has(args.path) ? { path: args.path, namespace: 'vendor-part' } : undefined));
      build.onResolve({ filter: /^\.\/vendor-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'vendor-part' }, (args) => ({
        contents: `module.exports = require('./vendor-${partOf.get(args.path)}.cjs')[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

// string-width builds an Intl.Segmenter and four Unicode-property patterns when it loads:
// ~15 ms here and twice that in a busy worker, paid by every command that lays out text
// (and by the parse worker, for untitled items) though plain ASCII, Latin and Arabic text
// never reach it (src/core/text/width.ts measures those itself). Loaded on its first call
// instead: the same function, its module run when first needed.
/** Loads string-width on its first call, for core/text/width.ts. */
export const stringWidthOnFirstCall = {
  name: 'string-width-on-first-call',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      (file('core', 'text', 'width.js').test(args.importer) ? { path: args.path, namespace: 'on-first-call' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'on-first-call' }, () => ({
      contents: [
        'let width;',
        'export default function stringWidth(text, options) {',
        "  width ??= require('string-width').default;",
        '  return width(text, options);',
        '}',
      ].join('\n'),
      // From the repository, as the rest of the build resolves.
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    }));
  },
};
