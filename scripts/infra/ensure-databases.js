#!/usr/bin/env node
'use strict';
/*
 * Creates the casetrack databases if they are missing (idempotent).
 *
 * For each URL, connects to the "postgres" maintenance database of the same
 * server with the same credentials and runs CREATE DATABASE <path of the URL>.
 * Plain CommonJS: runs with `node` before anything is built.
 *
 * Env:
 *   DATABASE_URL       default postgres://postgres@127.0.0.1:5432/casetrack
 *   TEST_DATABASE_URL  default postgres://postgres@127.0.0.1:5432/casetrack_test
 *   DEFAULT_TEST_DATABASE_URL  (set by postgres.sh) overrides the default above
 * A failure on DATABASE_URL is fatal; on a defaulted TEST_DATABASE_URL it is
 * only a warning (a remote DATABASE_URL does not imply a local test server).
 */

const { Client } = require('pg');

const targets = [
  {
    label: 'DATABASE_URL',
    url: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/casetrack',
    required: true,
  },
  {
    label: 'TEST_DATABASE_URL',
    url:
      process.env.TEST_DATABASE_URL ||
      process.env.DEFAULT_TEST_DATABASE_URL ||
      'postgres://postgres@127.0.0.1:5432/casetrack_test',
    required: Boolean(process.env.TEST_DATABASE_URL),
  },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function describe(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
}

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`no database name in the path of ${describe(url)} URL`);
  return name;
}

// Double quotes make any name a valid identifier (CREATE DATABASE cannot take
// a bind parameter).
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

async function connectWithRetry(url, attempts = 10) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return client;
    } catch (err) {
      lastError = err;
      await client.end().catch(() => {});
      // The server may still be starting ("the database system is starting up").
      await sleep(500);
    }
  }
  throw lastError;
}

async function ensure({ url }) {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = await connectWithRetry(admin.toString());
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount > 0) return `exists  ${name} on ${describe(url)}`;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (err) {
      // 42P04 duplicate_database: created concurrently by someone else; fine.
      if (err.code !== '42P04') throw err;
    }
    return `created ${name} on ${describe(url)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  let failed = false;
  const seen = new Set();
  for (const target of targets) {
    const key = `${describe(target.url)}/${databaseName(target.url)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      console.log(`  ${await ensure(target)}`);
    } catch (err) {
      const msg = `${target.label} (${describe(target.url)}): ${err.message}`;
      if (target.required) {
        console.error(`ensure-databases: ${msg}`);
        failed = true;
      } else {
        console.warn(`  WARNING: skipped ${msg}`);
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`ensure-databases: ${err.message}`);
  process.exit(1);
});
