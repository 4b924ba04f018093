import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'public-legal-services-officer';

/** The roles the accounts' constraint allows now, read from the constraint itself. */
async function allowedRoles(q: QueryRunner): Promise<string[]> {
  const [row] = await q.query(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'web' AND t.relname = 'accounts' AND c.conname = 'account_role_known'`,
  );
  return [...String(row.def).matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

async function setRoles(q: QueryRunner, roles: string[]): Promise<void> {
  const list = roles.map((r) => `'${r}'`).join(', ');
  await q.query(`ALTER TABLE web.accounts DROP CONSTRAINT account_role_known, ADD CONSTRAINT account_role_known CHECK (role IN (${list}))`);
}

/**
 * Accounts may hold the public-legal-services section's role, as the platform's ROLES do. It adds
 * the role to whatever the constraint allows (not a fixed list), so a migration adding another
 * section's role in the same release keeps its role whichever runs first.
 */
export class PublicLegalServicesOfficerRole1767012100000 implements MigrationInterface {
  name = 'PublicLegalServicesOfficerRole1767012100000';

  async up(q: QueryRunner): Promise<void> {
    const roles = await allowedRoles(q);
    if (!roles.includes(ROLE)) await setRoles(q, [...roles, ROLE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await setRoles(q, (await allowedRoles(q)).filter((r) => r !== ROLE));
  }
}
