#!/usr/bin/env node
'use strict';
/*
 * Gives the test run empty test databases: drops and re-creates the test database (and the fuzz
 * suite's), so that no schema or row left by an earlier run — or by an older version of a
 * migration — can change a result. Refuses any database whose name does not contain "test".
 *
 * Env: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/casetrack_test),
 *      FUZZ_DATABASE_URL (default: the same server, database casetrack_fuzz_test).
 */
const { Client } = require('pg');
const { rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const testUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/casetrack_test';
const fuzzUrl = process.env.FUZZ_DATABASE_URL || Object.assign(new URL(testUrl), { pathname: '/casetrack_fuzz_test' }).toString();

async function reset(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/test/i.test(name)) throw new Error(`refusing to reset "${name}": a test database's name must contain "test"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const ident = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${ident}`);
    // The districts tests claimed against the old database (tests/support/test-env.ts uniqueDistrict): free again.
    rmSync(join(tmpdir(), 'casetrack-districts', name), { recursive: true, force: true });
    console.log(`[test] fresh database ${name}`);
  } finally {
    await client.end();
  }
}

(async () => {
  for (const url of [...new Set([testUrl, fuzzUrl])]) await reset(url);
})().catch((err) => {
  console.error(`reset-test-databases: ${err.message}`);
  process.exit(1);
});
