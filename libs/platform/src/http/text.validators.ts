import { textProblem, TextRules } from '@casetrack/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** `value` without leading and trailing white space (incl. U+3000) when it is a string; anything else as is. */
export function trimText(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

/**
 * A text field of a request body, under the same rules as the event contracts' `str()`
 * (libs/contracts/src/text.ts): the value is trimmed first (a clerk's stray space is not an error,
 * and " 区局" and "区局" must not become two agencies), then it must be a non-blank string without
 * control characters and of 1–`max` Unicode code points. `multiline` is for free text only (a note,
 * a reason, a description): it allows line breaks and tabs. Put the field's own `@ApiProperty`
 * above it for its description; this documents the length limits.
 */
export function IsText(rules: TextRules & { max: number }, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, minLength: rules.min ?? 1, maxLength: rules.max }),
    Transform(({ value }) => trimText(value)),
    ValidateBy(
      {
        name: 'isText',
        validator: {
          validate: (value) => textProblem(value, rules) === null,
          defaultMessage: (args) => `${args?.property} ${textProblem(args?.value, rules) ?? 'is invalid'}`,
        },
      },
      options,
    ),
  );
}
