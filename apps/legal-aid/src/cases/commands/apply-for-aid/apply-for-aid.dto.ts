import {
  APPLICANT_GROUPS, ApplicantGroup, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, LegalAidCaseType, LegalAidChannel,
  LegalAidMatter,
} from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateBy } from 'class-validator';
import { idNumberProblem } from '../../domain/personal-data';

/** A PRC resident identity number with a correct check digit; the message says what is wrong, never the number. */
function IsPrcIdNumber(): PropertyDecorator {
  return ValidateBy({
    name: 'isPrcIdNumber',
    validator: {
      validate: (value) => typeof value === 'string' && idNumberProblem(value) === null,
      defaultMessage: (args) =>
        `${args?.property} ${typeof args?.value === 'string' ? idNumberProblem(args.value) ?? 'is invalid' : 'must be a string'}`,
    },
  });
}

export class ApplyForAidDto {
  @ApiProperty({ enum: APPLICANT_GROUPS, isArray: true, description: 'Every group the applicant belongs to (at least one, each once)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(APPLICANT_GROUPS.length)
  @ArrayUnique()
  @IsIn(APPLICANT_GROUPS, { each: true })
  applicantGroups: ApplicantGroup[];

  @ApiProperty({ enum: LEGAL_AID_CASE_TYPES })
  @IsIn(LEGAL_AID_CASE_TYPES)
  caseType: LegalAidCaseType;

  @ApiProperty({ enum: LEGAL_AID_MATTERS })
  @IsIn(LEGAL_AID_MATTERS)
  matter: LegalAidMatter;

  @ApiProperty({ enum: LEGAL_AID_CHANNELS })
  @IsIn(LEGAL_AID_CHANNELS)
  channel: LegalAidChannel;

  @TimestampField('When the application was made; reports count applications by this time')
  appliedAt: string;

  @ApiPropertyOptional({ description: 'Fast track (绿色通道), e.g. for wage arrears of migrant workers; default false' })
  @IsOptional()
  @IsBoolean()
  greenChannel?: boolean;

  @ApiPropertyOptional({ description: 'Personal data: stored by this service only, shown masked (张*), never published', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  @Matches(/\S/, { message: 'applicantName must not be blank' })
  applicantName?: string;

  @ApiPropertyOptional({
    description: 'Personal data: 18-character PRC resident identity number with a valid check digit; stored by this service only, shown masked (5001**********1234), never published',
    example: '11010519491231002X',
  })
  @IsOptional()
  @IsString()
  @IsPrcIdNumber()
  applicantIdNumber?: string;
}
