import { BadRequestException, Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ErrorBody } from './error-body';

/** A route parameter that must be a UUID (any version); a 400 names it otherwise. */
export function UuidParam(name: string): ParameterDecorator {
  const pipe: PipeTransform = new ParseUUIDPipe({
    exceptionFactory: () =>
      new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: `${name}: must be a UUID`,
        fields: [{ field: name, problems: ['must be a UUID'] }],
      } satisfies ErrorBody),
  });
  return Param(name, pipe);
}
