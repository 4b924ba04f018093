import { createDataSource, initializeAndMigrate } from '@casetrack/persistence';
import { loadServiceConfig, systemClock, uuidGenerator } from '@casetrack/platform';
import { DataSource } from 'typeorm';
import { AddAccountHandler } from '../apps/web/src/accounts/commands/add-account/add-account.handler';
import { DisableAccountHandler } from '../apps/web/src/accounts/commands/disable-account/disable-account.handler';
import { AccountRepository } from '../apps/web/src/accounts/persistence/account.repository';
import { WEB_SERVICE } from '../apps/web/src/app.module';
import { WEB_MIGRATIONS } from '../apps/web/src/migrations';
import { SessionRepository } from '../apps/web/src/sessions/persistence/session.repository';

/** The web app's accounts, as the operators' scripts reach them: the same rules and tables as the app, without running it. */
export interface WebAccounts {
  dataSource: DataSource;
  accounts: AccountRepository;
  add: AddAccountHandler;
  disable: DisableAccountHandler;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL and migrates the web schema (so the scripts work before the app has ever started). */
export async function openWebAccounts(env: NodeJS.ProcessEnv = process.env): Promise<WebAccounts> {
  const config = loadServiceConfig(WEB_SERVICE.serviceName, WEB_SERVICE.defaultPort, env);
  const dataSource = createDataSource({ url: config.databaseUrl, schema: WEB_SERVICE.schema, migrations: WEB_MIGRATIONS, applicationName: 'casetrack-user-cli', poolSize: 2 });
  await initializeAndMigrate(dataSource, WEB_SERVICE.schema);
  const accounts = new AccountRepository();
  return {
    dataSource,
    accounts,
    add: new AddAccountHandler(dataSource, accounts, systemClock, uuidGenerator),
    disable: new DisableAccountHandler(dataSource, accounts, new SessionRepository(), systemClock),
    close: () => dataSource.destroy(),
  };
}
