import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ProblemDto } from './review-file/review-file.dto';
import { PoolFileDto } from './pool-files/pool-files.dto';

const file = (fileNumber: string) => ({ agency: '沙坪坝区交通局', fileNumber, penaltyType: 'fine', decidedAt: '2019-05-01T10:00:00+08:00' });
const badFields = (cls: any, body: object) => validateSync(plainToInstance(cls, body) as object).map((e) => e.property);

describe('text fields', () => {
  it('accept an official document number with Chinese brackets', () => {
    expect(badFields(PoolFileDto, file('沙交罚〔2019〕第12号'))).toEqual([]);
  });

  it.each([
    ['a NUL character', 'A\u00001'],
    ['a line break', 'A\n1'],
    ['only spaces', '   '],
    ['a lone surrogate (stored as U+FFFD, it would collide with another number)', 'A\ud8001'],
  ])('refuse a file number with %s', (_, number) => {
    expect(badFields(PoolFileDto, file(number))).toEqual(['fileNumber']);
  });

  it('trim a file number, so " A1 " and "A1" are one number and not two that look alike', () => {
    const dto = plainToInstance(PoolFileDto, file(' A1\u3000'));
    expect(validateSync(dto)).toEqual([]);
    expect(dto.fileNumber).toBe('A1');
  });

  it('let a problem description span lines but not hold NUL', () => {
    expect(badFields(ProblemDto, { category: 'procedure', description: '一、未告知\n二、未送达' })).toEqual([]);
    expect(badFields(ProblemDto, { category: 'procedure', description: '未告知\u0000' })).toEqual(['description']);
  });
});
