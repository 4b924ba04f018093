import { createPrivateTopics } from './support/private-topics';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { startAdminReview } from './support/admin-review-app';
import { startFileReview } from './support/file-review-app';
import { startLegalAid } from './support/legal-aid-app';
import { uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

const run = promisify(execFile);
const REDOCLY = join(__dirname, '..', 'node_modules', '.bin', 'redocly');
const ERROR_BODY_REF = '#/components/schemas/ErrorBodyDto';
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

type Json = Record<string, any>;

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: { pointer?: string }[];
}

/** Runs `redocly lint --extends recommended` on a document, offline, and returns its problems. */
async function lint(name: string, doc: Json): Promise<Problem[]> {
  const dir = mkdtempSync(join(tmpdir(), `openapi-${name}-`));
  try {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(doc, null, 2));
    // The repo's redocly.yaml holds no remote reference; telemetry and the update check stay off.
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const args = ['lint', '--config', join(__dirname, '..', 'redocly.yaml'), '--extends', 'recommended', '--format', 'json', '--max-problems', '1000', file];
    const out = await run(REDOCLY, args, { env, cwd: dir, maxBuffer: 16 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => {
      // Exit status 1 means "errors found"; the JSON on stdout says which.
      if (err.stdout) return { stdout: err.stdout };
      throw new Error(`redocly lint did not run: ${err.stderr ?? err}`);
    });
    return (JSON.parse(out.stdout) as { problems: Problem[] }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '?'}`).join('\n');
}

/** Every operation of the document as `GET /path` with its responses, and whether it takes no input and no token. */
function operations(doc: Json): { key: string; responses: Json; inputless: boolean }[] {
  const ops: { key: string; responses: Json; inputless: boolean }[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {}))
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const inputless = Array.isArray(op.security) && op.security.length === 0 && (op.parameters ?? []).length === 0 && !op.requestBody;
      ops.push({ key: `${method.toUpperCase()} ${path}`, responses: op.responses ?? {}, inputless });
    }
  return ops;
}

const hasContent = (r: Json) => Object.values<Json>(r?.content ?? {}).some((c) => c.schema);
const refsErrorBody = (r: Json) => r?.content?.['application/json']?.schema?.$ref === ERROR_BODY_REF;

/**
 * Issue 13: the web workspace generates its API types from these documents, so each must describe
 * responses as well as requests, and pass redocly's recommended rules without an error.
 */
describe('the OpenAPI documents of the services', () => {
  const apps: Record<string, RunningApp> = {};
  const docs: Record<string, Json> = {};

  beforeAll(async () => {
    await createPrivateTopics();
    const district = uniqueDistrict();
    const off = { relayEnabled: false };
    const started = await Promise.all([
      startMediation(district, off),
      startLegalAid(district, off),
      startAdminReview(district, undefined, off),
      startFileReview(district, off),
      startReporting(district, `openapi-lint-${Date.now()}`, off),
    ]);
    ['mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting'].forEach((name, i) => (apps[name] = started[i]));
    for (const [name, app] of Object.entries(apps)) {
      const res = await app.http.get('/docs-json');
      expect([name, res.status]).toEqual([name, 200]);
      docs[name] = res.body;
    }
  });

  afterAll(async () => {
    await Promise.all(Object.values(apps).map((a) => a.close()));
  });

  it.each(['mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting'])('%s: redocly lint (recommended) reports no errors', async (name) => {
    const problems = await lint(name, docs[name]);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`${name}: ${errors.length} redocly errors:\n${describeProblems(errors)}`);
    expect(errors).toEqual([]);
  });

  it.each(['mediation', 'legal-aid', 'administrative-review', 'file-review', 'reporting'])(
    '%s: every operation documents a 2xx response with a schema and its 4xx responses with the error body',
    (name) => {
      const ops = operations(docs[name]);
      expect(ops.length).toBeGreaterThan(1);
      const missing: string[] = [];
      for (const { key, responses, inputless } of ops) {
        const ok = Object.entries<Json>(responses).filter(([status]) => /^2\d\d$/.test(status));
        const errors = Object.entries<Json>(responses).filter(([status]) => /^4\d\d$/.test(status));
        if (!ok.some(([, r]) => hasContent(r))) missing.push(`${key}: no 2xx response with a schema`);
        // GET /health takes no token and no input: it has no 4xx to give (its failure is a 503).
        if (errors.length === 0 && !inputless) missing.push(`${key}: no 4xx response`);
        for (const [status, r] of errors) if (!refsErrorBody(r)) missing.push(`${key}: ${status} does not use the error body`);
      }
      expect(missing).toEqual([]);
    },
  );

  it('describes the error body once, with the fields every error carries', () => {
    for (const doc of Object.values(docs)) {
      const body = doc.components.schemas.ErrorBodyDto;
      expect(body.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'code', 'message']));
      expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['statusCode', 'error', 'code', 'message', 'fields']));
    }
  });
});
