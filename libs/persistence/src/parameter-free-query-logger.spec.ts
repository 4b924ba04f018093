import { createDataSource } from './data-source';
import { ParameterFreeQueryLogger } from './parameter-free-query-logger';

describe('the platform query logger', () => {
  it('logs a failed query without its parameters or the failing row', () => {
    const lines: string[] = [];
    const out = { error: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), log: (m: string) => lines.push(m) };
    const error = Object.assign(new Error('new row violates check constraint'), { code: '23514', detail: 'Failing row contains (张三丰, 11010519491231002X)' });
    new ParameterFreeQueryLogger(out).logQueryError(error, 'INSERT INTO legal_aid.cases (applicant_name) VALUES ($1)', ['张三丰', '11010519491231002X']);
    expect(lines).toEqual(['query failed (23514): INSERT INTO legal_aid.cases (applicant_name) VALUES ($1)']);
    expect(lines.join('\n')).not.toMatch(/张三丰|11010519491231002X/);
  });

  it('is the logger of every data source the platform builds, whatever the service', () => {
    for (const schema of ['mediation', 'legal_aid', 'admin_review', 'file_review', 'reporting']) {
      const dataSource = createDataSource({ url: 'postgres://postgres@127.0.0.1:5432/casetrack_test', schema, migrations: [], applicationName: schema });
      expect(dataSource.logger).toBeInstanceOf(ParameterFreeQueryLogger);
    }
  });
});
