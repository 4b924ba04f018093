import { isIsoTimestampWithOffset, MAX_FEN } from '@casetrack/contracts';
import { applyDecorators } from '@nestjs/common';
import { BusinessTime } from '../time/business-time';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * An ISO 8601 timestamp with an explicit offset (`Z` or `+08:00`) naming a real instant in the
 * years 1949–2200 (the years a report can be read for). Outside them a time could not be written
 * back in the district zone as its event contract requires (year 0001 → "1-01-01…+08:05:43").
 */
export function IsTimestamp(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (value) => isIsoTimestampWithOffset(value) && Number(value.slice(0, 4)) >= 1949 && Number(value.slice(0, 4)) <= 2200,
        defaultMessage: (args) => `${args?.property} must be an ISO 8601 timestamp with an offset in the years 1949–2200, e.g. 2019-06-03T10:15:00+08:00`,
      },
    },
    options,
  );
}

/** A required business-time field (when something happened), documented; refused in the future. */
export function TimestampField(description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ description, example: '2019-06-03T10:15:00+08:00', format: 'date-time' }), IsTimestamp(), BusinessTime());
}

/**
 * An amount of money in fen: a whole number from 0 to MAX_FEN (10^12 fen = 100 亿元; 1 yuan = 100
 * fen), the same bounds as the events' `fen()` schema. Optional when `optional`.
 */
export function FenField(description: string, optional = false): PropertyDecorator {
  const doc = {
    description: `${description} (integer fen; 1 yuan = 100 fen; at most ${MAX_FEN} = 10,000,000,000 yuan)`,
    example: 150000,
    type: 'integer' as const,
    minimum: 0,
    maximum: MAX_FEN,
  };
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional(doc), IsOptional()] : [ApiProperty(doc)]),
    IsInt({ message: '$property must be a whole number of fen' }),
    Min(0, { message: '$property must not be negative' }),
    Max(MAX_FEN, { message: `$property must be at most ${MAX_FEN} fen (10,000,000,000 yuan)` }),
  );
}
