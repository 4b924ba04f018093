import { ADMINISTRATIVE_MATTERS, AdministrativeMatter } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class FileLawsuitDto {
  @TimestampField('When the lawsuit was filed (立案); reports count lawsuits by this time')
  filedAt: string;

  @ApiProperty({ description: 'The district agency that is the defendant', example: '重庆市沙坪坝区人民政府' })
  @IsText({ max: 200 })
  defendantAgency: string;

  @ApiProperty({ example: '重庆铁路运输法院' })
  @IsText({ max: 200 })
  court: string;

  @ApiProperty({ enum: ADMINISTRATIVE_MATTERS })
  @IsIn(ADMINISTRATIVE_MATTERS)
  matter: AdministrativeMatter;
}
