import { PENALTY_TYPES, PenaltyType } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, ValidateNested } from 'class-validator';

/** The most files one request may pool; a bigger pool is sent in several requests. */
export const MAX_FILES_PER_REQUEST = 5000;

export class PoolFileDto {
  @ApiProperty({ example: '沙坪坝区市场监督管理局', maxLength: 100 })
  @IsText({ max: 100 })
  agency: string;

  @ApiProperty({ example: '沙市监处罚〔2019〕118号', description: 'Official document number of the penalty decision; unique within the campaign', maxLength: 100 })
  @IsText({ max: 100 })
  fileNumber: string;

  @ApiProperty({ enum: PENALTY_TYPES })
  @IsIn(PENALTY_TYPES)
  penaltyType: PenaltyType;

  @TimestampField('When the penalty was decided')
  decidedAt: string;
}

export class PoolFilesDto {
  @ApiProperty({ type: [PoolFileDto], description: `1–${MAX_FILES_PER_REQUEST} files; a duplicate number (in the request or the pool) adds nothing` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FILES_PER_REQUEST)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PoolFileDto)
  files: PoolFileDto[];
}
