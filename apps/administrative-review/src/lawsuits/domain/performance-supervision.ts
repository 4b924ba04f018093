import { PerformanceResult } from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { Lawsuit } from './lawsuit';

/**
 * A closed lawsuit's judgment-performance supervision: none → supervising → concluded, once per
 * lawsuit. Only a judgment can be performed: a withdrawn lawsuit has none (409).
 */
export function startPerformanceSupervision(lawsuit: Lawsuit, input: { judgmentEffectiveAt: Date; startedAt: Date }, now: Date): Lawsuit {
  if (lawsuit.status !== 'closed') throw new InvalidTransitionError('lawsuit', 'supervise the performance of the judgment of', lawsuit.status);
  if (lawsuit.performance)
    throw new DomainError('LAWSUIT.PERFORMANCE_ALREADY_SUPERVISED', `the performance of this lawsuit's judgment is already supervised (supervision ${lawsuit.performance.status})`, 'conflict', {
      status: lawsuit.performance.status,
    });
  if (lawsuit.outcome === 'withdrawn')
    throw new DomainError('LAWSUIT.NO_JUDGMENT', 'a withdrawn lawsuit has no judgment whose performance could be supervised (outcome withdrawn)', 'conflict', { outcome: 'withdrawn' });
  if (input.judgmentEffectiveAt < lawsuit.decidedAt!)
    throw new InvalidInputError('PERFORMANCE.EFFECTIVE_BEFORE_DECIDED', 'judgmentEffectiveAt', 'judgmentEffectiveAt: must not be before the judgment (decidedAt)');
  if (input.startedAt < input.judgmentEffectiveAt)
    throw new InvalidInputError('PERFORMANCE.STARTED_BEFORE_EFFECTIVE', 'startedAt', 'startedAt: must not be before the judgment became effective (judgmentEffectiveAt)');
  return {
    ...lawsuit,
    performance: { status: 'supervising', judgmentEffectiveAt: input.judgmentEffectiveAt, startedAt: input.startedAt, concludedAt: null, result: null },
    sequence: lawsuit.sequence + 1,
    updatedAt: now,
  };
}

/** Ends a running supervision with how the judgment was performed; 409 when none is running. */
export function concludePerformanceSupervision(lawsuit: Lawsuit, input: { concludedAt: Date; result: PerformanceResult }, now: Date): Lawsuit {
  const p = lawsuit.performance;
  if (!p || p.status !== 'supervising')
    throw new DomainError(
      'LAWSUIT.PERFORMANCE_NOT_SUPERVISING',
      `cannot conclude the performance supervision of a lawsuit whose supervision is ${p ? p.status : 'not started'}`,
      'conflict',
      { status: p ? p.status : null },
    );
  if (input.concludedAt < p.startedAt)
    throw new InvalidInputError('PERFORMANCE.CONCLUDED_BEFORE_STARTED', 'concludedAt', 'concludedAt: must not be before the supervision started (startedAt)');
  return { ...lawsuit, performance: { ...p, status: 'concluded', concludedAt: input.concludedAt, result: input.result }, sequence: lawsuit.sequence + 1, updatedAt: now };
}
