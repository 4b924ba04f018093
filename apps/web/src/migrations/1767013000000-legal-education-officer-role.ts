import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = 'legal-education-officer';

/** The roles web.accounts.role may hold today, read from its CHECK constraint (role IN (...)). */
async function allowedRoles(q: QueryRunner): Promise<string[]> {
  const [row] = await q.query(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'web' AND t.relname = 'accounts' AND c.conname = 'account_role_known'`,
  );
  return [...String(row.def).matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

async function setAllowed(q: QueryRunner, roles: string[]): Promise<void> {
  const list = roles.map((r) => `'${r.replace(/'/g, "''")}'`).join(', ');
  await q.query(`ALTER TABLE web.accounts DROP CONSTRAINT account_role_known, ADD CONSTRAINT account_role_known CHECK (role IN (${list}))`);
}

/**
 * Accounts may hold the legal-education section's role (legal-education-officer), as the
 * platform's ROLES do. It adds the role to the list the constraint holds instead of writing the
 * whole list, so another section's role migration may run before or after it.
 */
export class LegalEducationOfficerRole1767013000000 implements MigrationInterface {
  name = 'LegalEducationOfficerRole1767013000000';

  async up(q: QueryRunner): Promise<void> {
    const roles = await allowedRoles(q);
    if (!roles.includes(ROLE)) await setAllowed(q, [...roles, ROLE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await setAllowed(q, (await allowedRoles(q)).filter((r) => r !== ROLE));
  }
}
