import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorBody } from './error-body';

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  for (const e of errors) {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children && e.children.length > 0) out.push(...flatten(e.children, field));
  }
  return out;
}

/**
 * Strict body validation: unknown fields are refused, values are not coerced, and the 400 names
 * every bad field with what is wrong with it.
 */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const body: ErrorBody = {
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: fields.length > 0 ? fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ') : 'the request body is invalid',
        fields,
      };
      return new BadRequestException(body);
    },
  });
}
