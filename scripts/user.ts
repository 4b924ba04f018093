/**
 * npm run user -- add --username NAME --role ROLE [--unit CODE] [--display-name TEXT] < password
 * npm run user -- list
 * npm run user -- disable --username NAME
 *
 * The operators' hand on the web app's accounts (DATABASE_URL). The password of a new account is
 * read from standard input (one line; piped, or typed at the prompt), never from the command line,
 * where the shell history and the process list would keep it. Options are strict (exit 2).
 */
import { DomainError } from '@casetrack/platform';
import { runCli, UsageError } from './cli/args';
import { parseUserArgs, USAGE } from './user.args';
import { openWebAccounts } from './web-accounts';

/** Standard input up to its end (piped) or its first line (a terminal), without the line break. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (at least 10 characters): ');
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (process.stdin.isTTY && text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

async function main(argv: string[]): Promise<number> {
  const cmd = parseUserArgs(argv);
  const password = cmd.command === 'add' ? await readPassword() : undefined;
  if (cmd.command === 'add' && password === '') throw new UsageError('no password on standard input');
  const web = await openWebAccounts();
  try {
    if (cmd.command === 'add') {
      const { account } = await web.add.execute({ username: cmd.username, role: cmd.role, unit: cmd.unit, displayName: cmd.displayName }, password);
      console.log(`added ${account.username} (${account.role}${account.unit ? `, unit ${account.unit}` : ''}), id ${account.id}`);
    } else if (cmd.command === 'list') {
      const rows = await web.accounts.list(web.dataSource.manager);
      console.log(['username', 'role', 'unit', 'status', 'display name'].join('\t'));
      for (const a of rows) console.log([a.username, a.role, a.unit ?? '-', a.disabled ? 'disabled' : a.mustChangePassword ? 'must change password' : 'active', a.displayName].join('\t'));
    } else {
      const account = await web.accounts.findByUsername(web.dataSource.manager, cmd.username);
      if (!account) throw new Error(`no account named ${cmd.username}`);
      await web.disable.execute(account.id);
      console.log(`disabled ${account.username}; its sessions have ended`);
    }
    return 0;
  } catch (err) {
    // A rule of the accounts (a taken name, a weak password, the last admin): say it, exit 1.
    if (err instanceof DomainError) throw new Error(`${err.message} (${err.code})`);
    throw err;
  } finally {
    await web.close();
  }
}

runCli('user', USAGE, main);
