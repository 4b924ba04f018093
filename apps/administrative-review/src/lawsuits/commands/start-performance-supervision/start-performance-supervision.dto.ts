import { TimestampField } from '@casetrack/platform';

export class StartPerformanceSupervisionDto {
  @TimestampField('When the judgment became effective (生效); not before the judgment (decidedAt)')
  judgmentEffectiveAt: string;

  @TimestampField('When the office began supervising its performance (督促履行); not before judgmentEffectiveAt. Reports count supervisions by this time')
  startedAt: string;
}
