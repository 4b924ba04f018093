/**
 * npm run token -- --role <role> [--unit <committee code>] [--sub <user id>] [--ttl 15m]
 *
 * Prints a bearer token for local use and scripts, signed with AUTH_JWT_PRIVATE_KEY or the local
 * development key (which the services accept outside production), with the `iss` and `aud` they
 * expect; it lives at most 15 minutes. A mediation clerk needs --unit, their committee's code.
 * Options are strict: an unknown one or a malformed value prints the usage and exits 2.
 *
 *   curl -H "Authorization: Bearer $(npm run --silent token -- --role report-reader)" http://127.0.0.1:3005/v1/reports/annual/2019
 */
import { issueToken } from '@casetrack/platform';
import { runCli } from './cli/args';
import { parseTokenArgs, USAGE } from './token.args';

runCli('token', USAGE, (argv) => {
  const { role, unit, sub, ttl } = parseTokenArgs(argv);
  console.log(issueToken({ sub, role, unit }, undefined, { ttl }));
});
