/**
 * node dist/scripts/ensure-admin.js — run by npm start: when the web app has no enabled admin,
 * creates the account `admin` with a generated one-time password and prints it once with the
 * address to sign in at; the password must be changed at the first sign-in. When an admin exists
 * it prints nothing secret. Takes no options.
 */
import { runCli } from './cli/args';
import { parseCommandLine } from './cli/args';
import { openWebAccounts } from './web-accounts';

export const USAGE = 'usage: node dist/scripts/ensure-admin.js   (creates the web app\'s first admin when there is none)';

async function main(argv: string[]): Promise<number> {
  parseCommandLine(argv, {});
  const address = `http://127.0.0.1:${process.env.WEB_PORT ?? 3000}`;
  const web = await openWebAccounts();
  try {
    const em = web.dataSource.manager;
    if ((await web.accounts.countEnabledAdmins(em)) > 0) {
      console.log(`web workspace: an admin account exists; sign in at ${address}`);
      return 0;
    }
    if (await web.accounts.findByUsername(em, 'admin')) {
      console.error('web workspace: no enabled admin, and the name "admin" is taken by a disabled or non-admin account: add one with  npm run user -- add --username NAME --role admin');
      return 1;
    }
    const { oneTimePassword } = await web.add.execute({ username: 'admin', displayName: '系统管理员', role: 'admin' });
    console.log(`web workspace: created the account "admin" with the one-time password  ${oneTimePassword}`);
    console.log(`  sign in at ${address} and choose a new password (it is shown only this once)`);
    return 0;
  } finally {
    await web.close();
  }
}

runCli('ensure-admin', USAGE, main);
