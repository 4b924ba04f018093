import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/**
 * The fault tests run the services from a build of their own: `npm run build` writes dist/, which
 * other engineers rebuild at any moment, and a service restarted by a scenario must not load a
 * half-written file. Under the repo (not /tmp) so that node_modules resolves as from dist/.
 */
export const BUILD_DIR = join(ROOT, '.run/faults-build');
/** Names the jest process that built BUILD_DIR (jest gives each test file its own process.env, so a file it is). */
const STAMP = join(BUILD_DIR, '.built-by');
const thisProcess = () => `${process.pid}@${Math.round(Date.now() / 1000 - process.uptime())}`;

/** The compiled entry point of an app (`mediation` → …/apps/mediation/src/main.js). */
export const mainOf = (app: string) => join(BUILD_DIR, 'apps', app, 'src', 'main.js');
/** The compiled reconcile CLI. */
export const reconcileCli = () => join(BUILD_DIR, 'scripts/reconcile/main.js');

/**
 * Builds the project like `npm run build` (tsc, then tsc-alias for the @casetrack paths) into
 * BUILD_DIR, once per jest process: the fault suites run in band, in one process, and share it
 * (two fault runs at once would share BUILD_DIR too: run one at a time).
 * Type errors in files being edited by others do not stop the build (tsc still emits); an app
 * whose main.js is missing afterwards is reported by `mainOf` users.
 */
export async function ensureBuild(): Promise<{ ms: number; typeErrors: string }> {
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === thisProcess() && existsSync(mainOf('reporting'))) return { ms: 0, typeErrors: '' };
  const t0 = Date.now();
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
  const tsc = await run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', BUILD_DIR]);
  const alias = await run(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--outDir', BUILD_DIR]);
  if (alias.code !== 0) throw new Error(`tsc-alias failed:\n${alias.output}`);
  if (!existsSync(mainOf('reporting'))) throw new Error(`the build produced no ${mainOf('reporting')}:\n${tsc.output}`);
  writeFileSync(STAMP, thisProcess());
  return { ms: Date.now() - t0, typeErrors: tsc.code === 0 ? '' : tsc.output.slice(-3000) };
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    let output = '';
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', fail);
    child.once('close', (code) => done({ code: code ?? 1, output }));
  });
}
