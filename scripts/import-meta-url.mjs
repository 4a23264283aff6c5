// Injected into the CommonJS bundle (scripts/bundle.mjs): what import.meta.url stands for
// there, the bundle's own file (`require` and `__filename` are those of the script).
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
