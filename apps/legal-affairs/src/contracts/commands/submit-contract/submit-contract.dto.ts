import { CONTRACT_KINDS, ContractKind } from '@casetrack/contracts';
import { FenField, IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class SubmitContractDto {
  @ApiProperty({ description: 'The district unit that submitted the contract', example: '沙坪坝区住房和城乡建设委员会', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  unit: string;

  @ApiProperty({ description: "The contract's title (stays in this service; events never carry it)", example: '某道路改造工程施工合同', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @ApiProperty({ enum: CONTRACT_KINDS })
  @IsIn(CONTRACT_KINDS)
  kind: ContractKind;

  @FenField("The contract's amount, in fen (1 yuan = 100 fen); 0 when it has none")
  amountFen: number;

  @TimestampField('When the unit submitted the contract for review')
  submittedAt: string;
}
