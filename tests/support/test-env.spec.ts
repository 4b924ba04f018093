import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DISTRICTS_DIR, uniqueDistrict } from './test-env';

describe('uniqueDistrict', () => {
  it('never hands out a code twice: 500 draws are 500 codes, each claimed on disk for the other processes', () => {
    // Drawn at random alone, 500 codes of 100,000 repeat one in about seven runs in ten.
    const codes = Array.from({ length: 500 }, () => uniqueDistrict());
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) {
      expect(code).toMatch(/^9\d{5}$/);
      expect(existsSync(join(DISTRICTS_DIR, code))).toBe(true);
    }
  });
});
