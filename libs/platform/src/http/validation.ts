import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { businessTimesAfter, DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS } from '../time/business-time';
import { Clock, systemClock } from '../time/clock';
import { ErrorBody } from './error-body';

/** Deeper than any body of the API; beyond it class-transformer recursion can overflow the stack (a 500). */
const MAX_DEPTH = 32;

/**
 * Problems class-validator cannot see, found before it runs: a string holding NUL passes every
 * string rule and then fails in PostgreSQL, and deep nesting overflows the transformer's stack.
 */
function unstorable(value: unknown, field: string, depth: number, out: { field: string; problems: string[] }[]) {
  const name = field === '' ? 'body' : field;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ field: name, problems: [`${name} must not contain the NUL character`] });
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_DEPTH) out.push({ field: name, problems: [`${name} is nested more than ${MAX_DEPTH} levels deep`] });
    else if (Array.isArray(value)) value.forEach((v, i) => unstorable(v, `${field}[${i}]`, depth + 1, out));
    else for (const [k, v] of Object.entries(value)) unstorable(v, field === '' ? k : `${field}.${k}`, depth + 1, out);
  }
  return out;
}

function flatten(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  for (const e of errors) {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    if (e.constraints) out.push({ field, problems: Object.values(e.constraints) });
    if (e.children && e.children.length > 0) out.push(...flatten(e.children, field));
  }
  return out;
}

function validationFailed(fields: { field: string; problems: string[] }[]): BadRequestException {
  const body: ErrorBody = {
    statusCode: 400,
    error: 'Bad Request',
    code: 'VALIDATION_FAILED',
    message: fields.length > 0 ? fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ') : 'the request body is invalid',
    fields,
  };
  return new BadRequestException(body);
}

/** What the business-time rule reads: the service's clock and how far ahead of it a time may be. */
export interface BusinessTimeRule {
  clock?: Clock;
  maxSkewSeconds?: number;
}

class StrictValidationPipe extends ValidationPipe {
  constructor(
    options: ConstructorParameters<typeof ValidationPipe>[0],
    private readonly rule: Required<BusinessTimeRule>,
  ) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fields = unstorable(value, '', 0, []);
      if (fields.length > 0) throw validationFailed(fields);
    }
    const out = await super.transform(value, metadata);
    if (metadata.type === 'body') this.refuseFutureTimes(out);
    return out;
  }

  // After class-validator, so only well-formed timestamps are compared; a clerk's 2091 for 2019
  // would otherwise put a case into 2091's report.
  private refuseFutureTimes(body: unknown): void {
    const now = this.rule.clock.now();
    const latest = new Date(now.getTime() + this.rule.maxSkewSeconds * 1000);
    const future = businessTimesAfter(body, latest);
    if (future.length === 0) return;
    const problem = (field: string) => `${field} must not be in the future (the service clock reads ${now.toISOString()}; at most ${this.rule.maxSkewSeconds} s ahead is allowed)`;
    throw validationFailed(future.map(({ field }) => ({ field, problems: [problem(field)] })));
  }
}

/**
 * Strict body validation: unknown fields are refused, values are not coerced, strings holding NUL
 * and bodies nested absurdly deep are refused, business times (@BusinessTime) later than the clock's
 * now plus the skew are refused, and the 400 names every bad field with what is wrong.
 */
export function strictValidationPipe(rule: BusinessTimeRule = {}): ValidationPipe {
  const times = { clock: rule.clock ?? systemClock, maxSkewSeconds: rule.maxSkewSeconds ?? DEFAULT_BUSINESS_TIME_MAX_SKEW_SECONDS };
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  }, times);
}
