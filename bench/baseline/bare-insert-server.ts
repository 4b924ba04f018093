/**
 * The ingest baseline: a bare Node `http` server doing, per request, the one statement the
 * mediation service's command boils down to, with a `pg` pool of the same size and nothing else
 * (no Nest, no validation, no idempotency, no outbox). Its throughput under the same autocannon
 * load is what this machine allows for that statement.
 *
 *   POST /v1/disputes                  → one INSERT into bench_baseline.disputes (committee joined in), 201
 *   POST /v1/disputes/{id}/conclusion  → one UPDATE of a registered dispute, 200 (409 if not registered)
 *   GET  /health                       → 200
 *
 * Env: DATABASE_URL, DATABASE_POOL_SIZE, BASELINE_PORT.
 */
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'bench-baseline',
});

const COLUMNS = `id, committee_code, committee_kind, committee_field, category, source, received_at, party_count, summary,
  amount_involved_fen, status, result, concluded_at, agreement, agreement_amount_fen, sequence, created_at, updated_at`;

const INSERT = `INSERT INTO bench_baseline.disputes
  (id, committee_code, committee_kind, committee_field, category, source, received_at, party_count, summary, amount_involved_fen, status, sequence)
  SELECT $1, c.code, c.kind, c.field, $3, $4, $5, $6, $7, $8, 'registered', 1 FROM bench_baseline.committees c WHERE c.code = $2
  RETURNING ${COLUMNS}`;

const CONCLUDE = `UPDATE bench_baseline.disputes SET
  status = CASE WHEN $2 = 'success' THEN 'succeeded' ELSE 'failed' END, result = $2, concluded_at = $3, agreement = $4,
  agreement_amount_fen = $5, sequence = sequence + 1, updated_at = now()
  WHERE id = $1 AND status = 'registered' RETURNING ${COLUMNS}`;

const CONCLUSION_PATH = /^\/v1\/disputes\/([0-9a-f-]{36})\/conclusion$/;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readJson(req: IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST') return send(res, 404, { error: 'not found' });
  const body = await readJson(req);
  if (req.url === '/v1/disputes') {
    const { rows } = await pool.query(INSERT, [
      randomUUID(), body.committeeCode, body.category, body.source, body.receivedAt, body.partyCount, body.summary ?? null,
      body.amountInvolvedFen ?? null,
    ]);
    return rows.length ? send(res, 201, rows[0]) : send(res, 400, { error: 'unknown committee' });
  }
  const match = CONCLUSION_PATH.exec(req.url ?? '');
  if (match) {
    const { rows } = await pool.query(CONCLUDE, [match[1], body.result, body.concludedAt, body.agreement ?? null, body.agreementAmountFen ?? null]);
    return rows.length ? send(res, 200, rows[0]) : send(res, 409, { error: 'not registered' });
  }
  send(res, 404, { error: 'not found' });
}

const server = createServer((req, res) => {
  handle(req, res).catch((err: Error) => send(res, 500, { error: err.message }));
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BASELINE_PORT ?? 4090), '127.0.0.1');

const shutdown = () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
