import { parseBenchArgs } from '../../bench/bench.args';
import { parseLoadArgs } from '../load-2019/load-2019.args';
import { parsePrintReportArgs } from '../print-report.args';
import { parseReconcileArgs } from '../reconcile/reconcile.args';
import { parseTokenArgs } from '../token.args';
import { listOption, numberOption, parseCommandLine, UsageError, yearOption } from './args';

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandLine', () => {
  const spec = { name: { type: 'string' as const }, quick: { type: 'boolean' as const } };

  it('reads --name value, --name=value and flags', () => {
    expect(parseCommandLine(['--name', 'a', '--quick'], spec).values).toMatchObject({ name: 'a', quick: true });
    expect(parseCommandLine(['--name=b'], spec).values.name).toBe('b');
  });

  it.each([
    [['--nmae', 'a'], "Unknown option '--nmae'"],
    [['--name'], "Option '--name <value>' argument missing"],
    [['stray'], 'Unexpected argument'],
    [['--name', 'a', '--name', 'b'], '--name is given more than once'],
    [['--quick=yes'], "Option '--quick' does not take an argument"],
  ])('refuses %j, saying %p', (argv, message) => {
    expect(usageError(() => parseCommandLine(argv, spec))).toContain(message);
  });

  it('takes only as many bare words as allowed', () => {
    expect(parseCommandLine(['2019'], spec, 1).positionals).toEqual(['2019']);
    expect(usageError(() => parseCommandLine(['2019', '2020'], spec, 1))).toBe('unexpected argument "2020"');
  });
});

describe('value checks', () => {
  it.each(['0', '-1', '1.01', 'abc', '', '1e0', '0x1'])('refuse the scale %p', (raw) => {
    expect(usageError(() => numberOption('scale', raw, { min: 0, max: 1, fractional: true, minExclusive: true }))).toMatch(/^--scale must be a number in \(0, 1\]/);
  });

  it('accept a scale in (0, 1] and whole numbers in range', () => {
    expect(numberOption('scale', '0.1', { min: 0, max: 1, fractional: true, minExclusive: true })).toBe(0.1);
    expect(numberOption('scale', '1', { min: 0, max: 1, fractional: true, minExclusive: true })).toBe(1);
    expect(numberOption('concurrency', '1024', { min: 1, max: 1024 })).toBe(1024);
    expect(usageError(() => numberOption('concurrency', '2.5', { min: 1, max: 1024 }))).toContain('a whole number');
  });

  it.each(['19', '20191', '1948', '2201', 'abcd', '２０１９'])('refuse the year %p', (raw) => {
    expect(usageError(() => yearOption('year', raw))).toMatch(/^--year must be/);
  });

  it('name every unknown item of a list and the known ones', () => {
    expect(usageError(() => listOption('areas', 'mediation,mediaton,x', ['mediation', 'legal-aid']))).toBe('--areas: unknown "mediaton", "x"; known: mediation, legal-aid');
    expect(usageError(() => listOption('areas', '', ['mediation']))).toContain('unknown ""');
    expect(listOption('areas', 'mediation,mediation', ['mediation'])).toEqual(['mediation']);
  });
});

describe('each script’s command line', () => {
  it('load:2019: defaults to every area at scale 1, and refuses a misspelt area', () => {
    expect(parseLoadArgs([])).toEqual({ scale: 1, concurrency: 32, runId: 'spb2019', areas: ['mediation', 'legal-aid', 'administrative-review', 'litigation', 'file-review', 'legal-affairs',
      'public-legal-services',
      'legal-education',
    ] });
    expect(parseLoadArgs(['--scale', '0.1', '--areas', 'mediation,litigation', '--run-id', 'r-1'])).toMatchObject({ scale: 0.1, areas: ['mediation', 'litigation'], runId: 'r-1' });
    expect(usageError(() => parseLoadArgs(['--areas', 'mediaton']))).toContain('unknown "mediaton"');
    expect(usageError(() => parseLoadArgs(['--concurrency', '0']))).toContain('--concurrency');
    expect(usageError(() => parseLoadArgs(['--run-id', 'a b']))).toContain('--run-id');
    expect(usageError(() => parseLoadArgs(['--area', 'mediation']))).toContain("Unknown option '--area'");
  });

  it('reconcile: needs a four-digit year and a 6-digit district', () => {
    expect(parseReconcileArgs(['--year', '2019'], {})).toEqual({ year: 2019, district: '500106' });
    expect(parseReconcileArgs(['--year', '2019'], { DISTRICT_CODE: '500103' }).district).toBe('500103');
    expect(usageError(() => parseReconcileArgs([], {}))).toBe('--year is required');
    expect(usageError(() => parseReconcileArgs(['--year', '2019', '--district', '5001'], {}))).toContain('--district');
    expect(usageError(() => parseReconcileArgs(['--yaer', '2019'], {}))).toContain("Unknown option '--yaer'");
  });

  it('report: takes the year as a word or as --year, not both', () => {
    expect(parsePrintReportArgs([], {})).toEqual({ year: 2019, district: '500106' });
    expect(parsePrintReportArgs(['2020'], {}).year).toBe(2020);
    expect(parsePrintReportArgs(['--year', '2021', '--district', '500103'], {})).toEqual({ year: 2021, district: '500103' });
    expect(usageError(() => parsePrintReportArgs(['2020', '--year', '2021'], {}))).toContain('once');
    expect(usageError(() => parsePrintReportArgs(['20x9'], {}))).toContain('four-digit year');
  });

  it('token: refuses an unknown role, a clerk without a unit, a malformed lifetime and one over 15 minutes', () => {
    expect(parseTokenArgs(['--role', 'report-reader'])).toEqual({ role: 'report-reader', sub: 'local-report-reader', ttl: '15m', unit: undefined });
    expect(parseTokenArgs(['--role', 'mediation-clerk', '--unit', 'SPB-01', '--ttl', '10m'])).toMatchObject({ sub: 'local-mediation-clerk-SPB-01', unit: 'SPB-01', ttl: '10m' });
    expect(usageError(() => parseTokenArgs(['--role', 'admin', '--ttl', '16m']))).toContain('--ttl must be at most 15m');
    expect(usageError(() => parseTokenArgs(['--role', 'admin', '--ttl', '8h']))).toContain('--ttl must be at most 15m');
    expect(usageError(() => parseTokenArgs(['--role', 'superuser']))).toContain('unknown role "superuser"');
    expect(usageError(() => parseTokenArgs(['--role', 'mediation-clerk']))).toContain('must name its unit');
    expect(usageError(() => parseTokenArgs(['--role', 'admin', '--ttl', 'forever']))).toContain('ttl');
    expect(usageError(() => parseTokenArgs([]))).toBe('--role is required');
  });

  it('bench: --quick and --only win over the environment, and an unknown scenario is refused', () => {
    expect(parseBenchArgs([])).toEqual({});
    expect(parseBenchArgs(['--quick', '--only', 'ingest,relay'])).toEqual({ quick: true, only: ['ingest', 'relay'] });
    expect(usageError(() => parseBenchArgs(['--only', 'ingest,fast']))).toContain('unknown "fast"');
    expect(usageError(() => parseBenchArgs(['--qick']))).toContain("Unknown option '--qick'");
  });
});
