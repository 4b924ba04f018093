import { IsText } from '@casetrack/platform';
import { MEDIATION_RESULTS, MediationResult } from '@casetrack/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class CorrectDisputeDto {
  @ApiProperty({ enum: MEDIATION_RESULTS, description: 'The result the mediation really had; must differ from the recorded one' })
  @IsIn(MEDIATION_RESULTS)
  result: MediationResult;

  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Why the recorded result was wrong; kept in this service only, never published' })
  @IsText({ max: 500, multiline: true })
  reason: string;
}
