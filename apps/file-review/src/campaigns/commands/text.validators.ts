import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy } from 'class-validator';

// PostgreSQL text cannot hold NUL (it would be a 500, not a 400); a lone UTF-16 surrogate is
// stored as U+FFFD, so two numbers different here would collide there; and a name or number with
// control characters or edge spaces would look equal to another while comparing unequal.
const ONE_LINE = /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function CleanText(pattern: RegExp, expected: string): PropertyDecorator {
  return ValidateBy({
    name: 'isCleanText',
    validator: {
      validate: (value) => typeof value === 'string' && !LONE_SURROGATE.test(value) && pattern.test(value),
      defaultMessage: (args) => `${args?.property} must be ${expected}`,
    },
  });
}

/** A one-line text of 1–`max` characters: no control characters, no leading or trailing space, well-formed Unicode. */
export function OneLineText(max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(1, max), CleanText(ONE_LINE, 'one line of text without control characters or leading/trailing spaces'));
}

/** A free text of 1–`max` characters; line breaks and tabs allowed, other control characters not. */
export function FreeText(max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(1, max), CleanText(MULTI_LINE, 'text without control characters (line breaks and tabs are fine)'));
}
