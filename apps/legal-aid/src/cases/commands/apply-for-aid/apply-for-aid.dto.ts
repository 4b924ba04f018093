import {
  APPLICANT_GROUPS, ApplicantGroup, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, LegalAidCaseType, LegalAidChannel,
  LegalAidMatter,
} from '@casetrack/contracts';
import { IsPrcIdNumber, IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';

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
  @IsText({ max: 50 })
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
