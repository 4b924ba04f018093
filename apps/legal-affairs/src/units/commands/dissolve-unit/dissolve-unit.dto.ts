import { TimestampField } from '@casetrack/platform';

export class DissolveUnitDto {
  @TimestampField('When the unit was dissolved or merged away (not before registeredAt); it counts in coverage until then')
  dissolvedAt: string;
}
