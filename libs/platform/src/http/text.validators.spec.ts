import { str } from '@casetrack/contracts';
import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsPrcIdNumber } from './id-number';
import { IsText } from './text.validators';
import { strictValidationPipe } from './validation';

const ASTRAL = '\u{20000}'; // 𠀀, two UTF-16 units

class Item {
  @IsText({ max: 10 })
  label: string;
}

class Body {
  @IsText({ max: 200 })
  agency: string;

  @IsOptional()
  @IsText({ max: 500, multiline: true })
  reason?: string;

  @IsOptional()
  @IsPrcIdNumber()
  idNumber?: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Item)
  items?: Item[];
}

const run = (value: object) => strictValidationPipe().transform(value, { type: 'body', metatype: Body });

async function refusedFields(value: object) {
  try {
    await run(value);
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestException);
    return ((err as BadRequestException).getResponse() as { fields: { field: string; problems: string[] }[] }).fields;
  }
  throw new Error('expected the pipe to refuse the value');
}

describe('@IsText', () => {
  it('accepts max astral characters (counted as code points, not UTF-16 units) and the contract agrees', async () => {
    const agency = ASTRAL.repeat(200);
    expect(await run({ agency })).toEqual({ agency });
    const errors: string[] = [];
    str({ max: 200 }).validate(agency, 'payload.agency', errors);
    expect(errors).toEqual([]);
  });

  it('refuses one code point more than max, naming the field', async () => {
    expect(await refusedFields({ agency: ASTRAL.repeat(201) })).toEqual([{ field: 'agency', problems: ['agency must be 1–200 characters long'] }]);
  });

  it('trims leading and trailing white space, ideographic spaces included, before checking', async () => {
    expect(await run({ agency: ' \u3000沙坪坝区市场监督管理局\u3000 ', items: [{ label: ' a ' }] })).toEqual({ agency: '沙坪坝区市场监督管理局', items: [{ label: 'a' }] });
  });

  it.each([['empty', ''], ['a space', ' '], ['an ideographic space', '\u3000'], ['line breaks', '\n\n']])(
    'refuses %s as blank, naming the field',
    async (_, agency) => {
      expect(await refusedFields({ agency })).toEqual([{ field: 'agency', problems: ['agency must not be blank'] }]);
    },
  );

  it('refuses control characters in one-line text and in free text, but lets free text have line breaks', async () => {
    expect(await refusedFields({ agency: '区\n局' })).toEqual([{ field: 'agency', problems: ['agency must be one line without control characters'] }]);
    expect(await refusedFields({ agency: '区局', reason: '原因\u0007' })).toEqual([
      { field: 'reason', problems: ['reason must not contain control characters (line breaks and tabs are fine)'] },
    ]);
    expect(await run({ agency: '区局', reason: '第一行\n第二行' })).toEqual({ agency: '区局', reason: '第一行\n第二行' });
  });

  it('names a nested field by its path', async () => {
    expect(await refusedFields({ agency: '区局', items: [{ label: 'ok' }, { label: '  ' }] })).toEqual([
      { field: 'items[1].label', problems: ['label must not be blank'] },
    ]);
  });

  it('refuses a value that is not a string', async () => {
    expect(await refusedFields({ agency: 42 })).toEqual([{ field: 'agency', problems: ['agency must be a string'] }]);
  });

  it('documents the limits in the OpenAPI schema', () => {
    expect(Reflect.getMetadata('swagger/apiModelProperties', Body.prototype, 'agency')).toMatchObject({ minLength: 1, maxLength: 200 });
  });
});

describe('@IsPrcIdNumber', () => {
  it('accepts a valid number, trimmed and with a final x read as X', async () => {
    expect(await run({ agency: '区局', idNumber: ' 11010519491231002x ' })).toEqual({ agency: '区局', idNumber: '11010519491231002X' });
  });

  it('refuses a number that is not one, saying what is wrong without quoting it', async () => {
    expect(await refusedFields({ agency: '区局', idNumber: 'abc' })).toEqual([{ field: 'idNumber', problems: ['idNumber must be 18 characters long'] }]);
    expect(await refusedFields({ agency: '区局', idNumber: '110105194912310021' })).toEqual([{ field: 'idNumber', problems: ['idNumber has a wrong check digit'] }]);
  });
});
