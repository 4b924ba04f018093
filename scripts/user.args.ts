import { isRole, Role, ROLES } from '@casetrack/platform';
import { matchingOption, parseCommandLine, stringOption, UsageError } from './cli/args';

export const USAGE = `usage: npm run user -- add --username NAME --role ROLE [--unit CODE] [--display-name TEXT]   (the password is read from standard input)
       npm run user -- list
       npm run user -- disable --username NAME
  --role          one of ${ROLES.join(', ')}
  --unit          the committee code, for (and only for) a mediation-clerk
  --display-name  the name the pages show (default: the username)
The accounts of the web app (DATABASE_URL, schema web). A password never goes on the command line.`;

export type UserCommand =
  | { command: 'add'; username: string; role: Role; unit?: string; displayName?: string }
  | { command: 'list' }
  | { command: 'disable'; username: string };

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The user command from the command line, strictly: an unknown command or option, or a missing or malformed value, is a UsageError. */
export function parseUserArgs(argv: readonly string[]): UserCommand {
  const [command, ...rest] = argv;
  if (command === 'list') {
    parseCommandLine(rest, {});
    return { command };
  }
  if (command === 'disable') {
    const line = parseCommandLine(rest, { username: { type: 'string' } });
    const username = stringOption(line, 'username');
    if (username === undefined) throw new UsageError('--username is required');
    return { command, username: matchingOption('username', username, USERNAME, 'a username') };
  }
  if (command === 'add') {
    const line = parseCommandLine(rest, { username: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, 'display-name': { type: 'string' } });
    const username = stringOption(line, 'username');
    const role = stringOption(line, 'role');
    if (username === undefined) throw new UsageError('--username is required');
    if (role === undefined) throw new UsageError('--role is required');
    if (!isRole(role)) throw new UsageError(`--role: unknown role ${JSON.stringify(role)}; known: ${ROLES.join(', ')}`);
    const unit = stringOption(line, 'unit');
    if (role === 'mediation-clerk' && unit === undefined) throw new UsageError('--unit is required for a mediation-clerk (their committee code)');
    if (role !== 'mediation-clerk' && unit !== undefined) throw new UsageError(`--unit is only for a mediation-clerk, not a ${role}`);
    return { command, username: matchingOption('username', username, USERNAME, 'letters, digits, dot, underscore or hyphen (at most 64)'), role, unit, displayName: stringOption(line, 'display-name') };
  }
  throw new UsageError(command === undefined ? 'a command is required: add, list or disable' : `unknown command ${JSON.stringify(command)}; known: add, list, disable`);
}
