import { ApiError } from './api';
import type { FormInstance } from 'antd';
import { fieldProblems as fieldProblemsOf, namePath, showFieldProblems } from './form-problems';

describe('the field problems of a refused call', () => {
  it('reads a 400\'s fields, and else the one field a business rule names in details.field', () => {
    expect(fieldProblemsOf(new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'score', problems: ['score must not be greater than 100'] }]))).toEqual([
      { field: 'score', problems: ['score must not be greater than 100'] },
    ]);
    const rule = new ApiError(400, 'FILE.REVIEWED_BEFORE_DECIDED', 'reviewedAt: must not be before the penalty was decided (decidedAt)', [], { field: 'reviewedAt' });
    expect(fieldProblemsOf(rule)).toEqual([{ field: 'reviewedAt', problems: ['must not be before the penalty was decided (decidedAt)'] }]);
  });

  it('finds none in a 409 naming a status, or in what is not an answer of the API', () => {
    expect(fieldProblemsOf(new ApiError(409, 'CAMPAIGN.INVALID_TRANSITION', 'cannot draw', [], { status: 'sampled' }))).toEqual([]);
    expect(fieldProblemsOf(new Error('offline'))).toEqual([]);
  });

  it('turns an API field path into a form name path', () => {
    expect(namePath('problems[0].description')).toEqual(['problems', 0, 'description']);
    expect(namePath('panel[12].name')).toEqual(['panel', 12, 'name']);
    expect(namePath('seed')).toEqual(['seed']);
  });

  it('puts each problem beside its field by name path, in the page\'s words, and never on a field the form does not hold', () => {
    const set: unknown[] = [];
    const form = { getFieldsValue: (all?: boolean) => (all ? { problems: [{ description: '' }], benefitYuan: '1' } : { score: undefined }), setFields: (f: unknown[]) => set.push(...f) } as unknown as FormInstance;
    const e = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { field: 'problems[0].description', problems: ['description must be shorter'] },
      { field: 'benefitFen', problems: ['benefitFen must be at most 1000000000000 fen'] },
      { field: 'score', problems: ['score must not be greater than 100'] },
      { field: 'elsewhere', problems: ['not on this form'] },
    ]);
    const words = { names: { benefitFen: 'benefitYuan' }, problems: [[/shorter/, '太长了']] as [RegExp, string][], inWords: (p: string) => (p.startsWith('score') ? '分数最多 100' : p) };
    expect(showFieldProblems(form, e, words)).toBe(true);
    expect(set).toEqual([
      { name: ['problems', 0, 'description'], errors: ['太长了'] },
      { name: ['benefitYuan'], errors: ['金额超出上限（最多 100 亿元）'] },
      { name: ['score'], errors: ['分数最多 100'] },
    ]);
    expect(showFieldProblems(form, new ApiError(400, 'X', 'x', [{ field: 'elsewhere', problems: ['p'] }]))).toBe(false);
  });
});
