import { reportingSchemas } from './reporting-schemas';

describe('the schemas of a rebuild', () => {
  it('derive the rebuild, meta and dated retired names from the live schema', () => {
    const s = reportingSchemas('reporting');
    expect([s.live, s.next, s.meta]).toEqual(['reporting', 'reporting_next', 'reporting_meta']);
    expect(s.retired(new Date('2026-03-04T05:06:07.890Z'))).toBe('reporting_retired_20260304050607');
  });

  it('stay within PostgreSQL’s 63-character names for the longest schema the configuration allows', () => {
    const longest = 'r'.repeat(30);
    expect(reportingSchemas(longest).retired(new Date()).length).toBeLessThanOrEqual(63);
  });
});
