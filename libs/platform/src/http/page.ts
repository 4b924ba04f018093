import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { ErrorBody } from './error-body';

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

/**
 * The page size of a list: `raw` absent → `fallback`; else a whole number from 1 to `max` written in
 * digits, or a 400 VALIDATION_FAILED naming `field`.
 */
export function parseLimit(raw: unknown, max = MAX_PAGE_LIMIT, fallback = DEFAULT_PAGE_LIMIT, field = 'limit'): number {
  if (raw === undefined) return fallback;
  if (typeof raw === 'string' && /^[0-9]{1,7}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= max) return Number(raw);
  const problem = `must be a whole number from 1 to ${max}`;
  const body: ErrorBody = { statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: `${field}: ${problem}`, fields: [{ field, problems: [`${field} ${problem}`] }] };
  throw new BadRequestException(body);
}

/**
 * The paging parameters every list takes. Both stay text here: the list's keyset helper checks the
 * cursor against its key (400 CURSOR.INVALID) and parseLimit the limit, the same for every list.
 */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT, description: 'Items per page' })
  @IsOptional()
  @IsString({ message: 'limit must be given once' })
  limit?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString({ message: 'cursor must be given once' })
  cursor?: string;
}
