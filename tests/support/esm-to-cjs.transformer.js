// Jest (on Node 20) cannot require() ES modules, and a few dependencies now ship ESM only
// (e.g. content-disposition, pulled in by @fastify/static). Node 20.19+ itself loads them fine,
// so only the test runner needs help: this transformer rewrites ESM syntax in node_modules to
// CommonJS with TypeScript's transpiler, and hands every other file back untouched (Jest caches it).
const ts = require('typescript');

const ESM = /^\s*(import\s|import\{|export\s|export\{|export\*)/m;

module.exports = {
  process(source, filename) {
    if (!ESM.test(source)) return { code: source };
    const out = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true, sourceMap: false },
    });
    return { code: out.outputText };
  },
  getCacheKey(source, filename) {
    return require('node:crypto').createHash('sha1').update('esm-to-cjs-v1').update(filename).update(source).digest('hex');
  },
};
