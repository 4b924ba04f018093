import { ADMINISTRATIVE_MATTERS, AdministrativeMatter, REVIEW_CHANNELS, ReviewChannel } from '@casetrack/contracts';
import { IsPrcIdNumber, IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';

export class ReceiveReviewDto {
  @TimestampField('When the office received the application; reports count receipts by this time')
  receivedAt: string;

  @ApiProperty({ enum: REVIEW_CHANNELS, description: 'online = filed through the national administrative review platform' })
  @IsIn(REVIEW_CHANNELS)
  channel: ReviewChannel;

  @ApiProperty({ description: 'The agency whose action is challenged (an organisation)', example: '重庆市沙坪坝区市场监督管理局' })
  @IsText({ max: 200 })
  respondentAgency: string;

  @ApiProperty({ enum: ADMINISTRATIVE_MATTERS })
  @IsIn(ADMINISTRATIVE_MATTERS)
  matter: AdministrativeMatter;

  @ApiPropertyOptional({ description: 'Applicant name; kept in this service only, never published', maxLength: 100 })
  @IsOptional()
  @IsText({ max: 100 })
  applicantName?: string;

  @ApiPropertyOptional({
    description: '18-character PRC resident identity number with a valid check digit and birth date; kept in this service only, never published',
    example: '11010519491231002X',
  })
  @IsOptional()
  @IsPrcIdNumber()
  applicantIdNumber?: string;

  @ApiPropertyOptional({ description: 'Contact phone; kept in this service only, never published', example: '023-65000000' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+() -]{3,30}$/, { message: 'applicantPhone may contain digits, spaces, +, -, ( and ) only (3–30 characters)' })
  applicantPhone?: string;
}
