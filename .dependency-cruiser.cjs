// The code's boundaries (STYLE.md habit 2, issue 16), checked in `npm test` by
// tests/boundaries.e2e-spec.ts: apps share only through libs/, domain code knows no framework,
// libs know no app or test, scripts and bench use libs and not app internals.
//
// An exception is listed here by path, with the reason beside it and a line in docs/known-issues.md;
// when its cause is gone, delete it (the test then keeps it gone).

/** A test file of any tier (tests are told apart by suffix, jest.config.js). */
const TEST_FILE = '\\.(spec|int-spec|e2e-spec|fuzz-spec|fault-spec)\\.ts$';

/** A path under one app: group 1 is the app's name. */
const APP = '^apps/([^/]+)/';

/** Where scripts may reach into an app: its bootstrap (AppModule, migrations, service constants), to start or migrate it. */
const APP_BOOTSTRAP = '^apps/[^/]+/src/(main|app\\.module|migrations/index)\\.ts$';

/**
 * Scripts importing app internals today, each waiting for a move into a lib.
 * - apps/reporting/src/annual-report/{rate,money}.ts: the report's rate and money display, used by
 *   the 2019 loader and reconcile to state the expected figures. They belong in a lib; the move waits
 *   for the reporting rewrite in progress (another change is reshaping apps/reporting).
 * - apps/web/src/{accounts,sessions}/: scripts/web-accounts.ts administers the web app's accounts
 *   with the web app's own handlers and repositories (an operator's tool of that one app).
 */
const SCRIPT_EXCEPTIONS = [
  '^apps/reporting/src/annual-report/(rate|money)\\.ts$',
  '^apps/web/src/(accounts|sessions)/',
].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-app-to-app',
      comment: 'An app never imports another app: they share only through libs/ (and talk through Kafka and HTTP).',
      severity: 'error',
      from: { path: APP },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'domain-framework-free',
      comment: 'domain/ holds state machines and rules: no Nest, no TypeORM, no KafkaJS.',
      severity: 'error',
      from: { path: '/domain/' },
      to: { path: '(^|/)node_modules/(@nestjs/|typeorm/|kafkajs/)' },
    },
    {
      name: 'libs-not-to-apps-or-tests',
      comment: 'A lib never imports an app or a test (test-support folders of a lib are the lib\'s own).',
      severity: 'error',
      from: { path: '^libs/', pathNot: TEST_FILE },
      to: { path: '^(apps|tests)/' },
    },
    {
      name: 'lib-tests-not-to-apps',
      comment: 'A lib\'s own tests may use the shared test environment (tests/support), never an app.',
      severity: 'error',
      from: { path: `^libs/.*${TEST_FILE}` },
      to: { path: '^apps/' },
    },
    {
      name: 'scripts-use-libs',
      comment:
        'Scripts and bench use libs, not app internals; an app\'s bootstrap (main, app.module, migrations/index) is allowed ' +
        'where a script starts or migrates a service. Their own *.spec.ts files are tests and may check against app domains.',
      severity: 'error',
      from: { path: '^(scripts|bench)/', pathNot: TEST_FILE },
      to: { path: '^apps/', pathNot: `${APP_BOOTSTRAP}|${SCRIPT_EXCEPTIONS}` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.run|\\.infra)/|^apps/web/client/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
