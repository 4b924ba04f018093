/**
 * npm run token -- --role <role> [--unit <committee code>] [--sub <user id>] [--ttl 8h]
 *
 * Prints a bearer token for local use, signed with the secret the services check (AUTH_JWT_SECRET,
 * or the local development default). A mediation clerk needs --unit, their committee's code.
 *
 *   curl -H "Authorization: Bearer $(npm run --silent token -- --role report-reader)" http://127.0.0.1:3005/v1/reports/annual/2019
 */
import { issueToken, isRole, readAuthSecret, ROLES } from '@casetrack/platform';

const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--unit <committee code>] [--sub <user id>] [--ttl 8h]`;
const FLAGS = ['role', 'unit', 'sub', 'ttl'];

/** The command line as flag → value; throws on an unknown flag or a flag without its value. */
function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !FLAGS.includes(name)) throw new Error(`unknown argument ${argv[i]}`);
    if (argv[i + 1] === undefined || argv[i + 1].startsWith('--')) throw new Error(`--${name} needs a value`);
    out[name] = argv[i + 1];
  }
  return out;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!isRole(args.role)) throw new Error(args.role === undefined ? '--role is required' : `unknown role ${args.role}`);
  const sub = args.sub ?? `local-${args.role}${args.unit ? `-${args.unit}` : ''}`;
  console.log(issueToken({ sub, role: args.role, unit: args.unit }, readAuthSecret(), { ttl: args.ttl ?? '8h' }));
}

try {
  main();
} catch (err) {
  console.error(`token: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
