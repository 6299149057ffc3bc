// Copies ReDoc's self-contained bundle next to the built UI, so /redoc works offline.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const bundle = join(
  dirname(require.resolve('redoc/package.json')),
  'bundles',
  'redoc.standalone.js',
);
mkdirSync('public/redoc', { recursive: true });
copyFileSync(bundle, 'public/redoc/redoc.standalone.js');
