'use strict';
/*
 * `node -r ./tests/support/register-ts.js scripts/token.ts …` runs a TypeScript script without a
 * build, as the tests of the scripts' command lines do: each .ts file is transpiled on require
 * (no type check; `npm run typecheck` does that) and the @casetrack/* aliases resolve to libs/.
 */
const fs = require('fs');
const path = require('path');
const Module = require('module');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..');
const ALIASES = /^@casetrack\/(contracts|messaging|persistence|platform)$/;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const m = ALIASES.exec(request);
  return resolve.call(this, m ? path.join(root, 'libs', m[1], 'src', 'index.ts') : request, ...rest);
};

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  resolveJsonModule: true,
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
// Node tries extensions in insertion order: `./topics` must find topics.ts before topics.json.
for (const ext of ['.js', '.json', '.node']) {
  const load = require.extensions[ext];
  delete require.extensions[ext];
  require.extensions[ext] = load;
}
