import { DISPUTE_CATEGORIES, DISPUTE_SOURCES, DisputeCategory, DisputeSource } from '@casetrack/contracts';
import { FenField, IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class RegisterDisputeDto {
  @ApiProperty({ description: 'Code of the committee or station that received the dispute', example: 'SPB-POLICE-01' })
  @IsText({ max: 50 })
  committeeCode: string;

  @ApiProperty({ enum: DISPUTE_CATEGORIES })
  @IsIn(DISPUTE_CATEGORIES)
  category: DisputeCategory;

  @ApiProperty({ enum: DISPUTE_SOURCES })
  @IsIn(DISPUTE_SOURCES)
  source: DisputeSource;

  @TimestampField('When the station received the dispute; reports count registrations by this time')
  receivedAt: string;

  @ApiProperty({ minimum: 2, maximum: 10000, example: 2 })
  @IsInt()
  @Min(2)
  @Max(10000)
  partyCount: number;

  @ApiPropertyOptional({ description: 'Free-text summary; kept in this service only, never published', maxLength: 2000 })
  @IsOptional()
  @IsText({ max: 2000, multiline: true })
  summary?: string;

  @FenField('Amount in dispute', true)
  amountInvolvedFen?: number;
}
