import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string; module: string }[] }[];
  summary: { violations: Violation[]; totalCruised: number };
}

/**
 * Issue 16: the code's boundaries (.dependency-cruiser.cjs) hold — no app imports another app,
 * domain/ knows no Nest, TypeORM or KafkaJS, libs know no app or test, scripts and bench use libs.
 */
describe('the import boundaries', () => {
  let result: CruiseResult;

  beforeAll(async () => {
    const args = ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'apps', 'libs', 'scripts', 'bench', 'tests'];
    // Exit status 1 means "violations found"; the JSON on stdout says which.
    const out = await run(DEPCRUISE, args, { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => {
      if (err.stdout) return { stdout: err.stdout };
      throw new Error(`depcruise did not run: ${err.stderr ?? err}`);
    });
    result = JSON.parse(out.stdout) as CruiseResult;
  }, 120_000);

  it('resolves the path aliases and relative imports it checks (an unresolved import would hide a violation)', () => {
    const resolved = (from: string) => result.modules.find((m) => m.source === from)?.dependencies.map((d) => d.resolved) ?? [];
    expect(resolved('apps/legal-aid/src/main.ts')).toEqual(expect.arrayContaining(['libs/platform/src/index.ts', 'apps/legal-aid/src/app.module.ts']));
    expect(resolved('tests/support/legal-aid-app.ts')).toContain('apps/legal-aid/src/app.module.ts');
    expect(result.summary.totalCruised).toBeGreaterThan(500);
  });

  it('finds no import across a boundary', () => {
    const lines = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    // Each violation on its own line, with the rule it breaks (the rules' reasons: .dependency-cruiser.cjs).
    if (lines.length > 0) throw new Error(`${lines.length} import(s) across a boundary:\n  ${lines.join('\n  ')}`);
    expect(lines).toEqual([]);
  });
});
