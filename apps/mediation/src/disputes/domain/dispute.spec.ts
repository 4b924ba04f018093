import { DISPUTE_STATUSES, DisputeStatus } from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { concludeDispute, Dispute, registerDispute, withdrawDispute } from './dispute';

const RECEIVED = new Date('2019-06-03T02:15:00Z');
const NOW = new Date('2019-06-10T08:00:00Z');

function registered(): Dispute {
  return registerDispute(
    {
      id: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b',
      committee: { code: 'POL-01', kind: 'police-station', field: null },
      category: 'neighbourhood',
      source: 'police-referral',
      receivedAt: RECEIVED,
      partyCount: 2,
      summary: '邻里噪音纠纷',
    },
    RECEIVED,
  );
}

const inStatus = (status: DisputeStatus): Dispute => ({ ...registered(), status });

/** Every action on a dispute, as the HTTP API offers them. */
const ACTIONS = {
  'conclude with success': (d: Dispute) => concludeDispute(d, { result: 'success', concludedAt: NOW }, NOW),
  'conclude with failure': (d: Dispute) => concludeDispute(d, { result: 'failure', concludedAt: NOW }, NOW),
  withdraw: (d: Dispute) => withdrawDispute(d, { withdrawnAt: NOW }, NOW),
} as const;

/** The status each action leads to from `registered`; from any other status nothing is allowed. */
const TARGET: Record<keyof typeof ACTIONS, DisputeStatus> = {
  'conclude with success': 'succeeded',
  'conclude with failure': 'failed',
  withdraw: 'withdrawn',
};

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error, none was thrown');
}

describe('dispute state machine', () => {
  it('starts a registered dispute at sequence 1 with no outcome', () => {
    const d = registered();
    expect(d).toMatchObject({ status: 'registered', sequence: 1, result: null, concludedAt: null, withdrawnAt: null, amountInvolvedFen: null });
  });

  const pairs = DISPUTE_STATUSES.flatMap((from) => (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map((action) => [from, action] as const));

  it.each(pairs.filter(([from]) => from === 'registered'))('allows %s → %s', (from, action) => {
    const next = ACTIONS[action](inStatus(from));
    expect(next.status).toBe(TARGET[action]);
  });

  it.each(pairs.filter(([from]) => from !== 'registered'))('refuses, from %s, to %s with a conflict naming the status', (from, action) => {
    const err = thrown(() => ACTIONS[action](inStatus(from)));
    expect(err).toBeInstanceOf(InvalidTransitionError);
    expect(err).toMatchObject({ kind: 'conflict', code: 'DISPUTE.INVALID_TRANSITION', details: { status: from } });
    expect((err as Error).message).toContain(from);
  });

  it('reaches exactly succeeded, failed and withdrawn from registered, and nothing from them', () => {
    const reachable = new Set<string>();
    for (const from of DISPUTE_STATUSES)
      for (const action of Object.values(ACTIONS)) {
        try {
          reachable.add(`${from}→${action(inStatus(from)).status}`);
        } catch (err) {
          if (!(err instanceof InvalidTransitionError)) throw err;
        }
      }
    expect([...reachable].sort()).toEqual(['registered→failed', 'registered→succeeded', 'registered→withdrawn']);
  });

  it('does not change the dispute it refuses', () => {
    const d = inStatus('succeeded');
    const before = structuredClone(d);
    thrown(() => withdrawDispute(d, { withdrawnAt: NOW }, NOW));
    expect(d).toEqual(before);
  });
});

describe('concluding a dispute', () => {
  it('records the result, the time, the agreement and the next sequence', () => {
    const d = concludeDispute(registered(), { result: 'success', concludedAt: NOW, agreement: 'written', agreementAmountFen: 150_000 }, NOW);
    expect(d).toMatchObject({ status: 'succeeded', result: 'success', concludedAt: NOW, agreement: 'written', agreementAmountFen: 150_000, sequence: 2, updatedAt: NOW });
  });

  it('allows a conclusion at the very instant the dispute was received', () => {
    expect(concludeDispute(registered(), { result: 'failure', concludedAt: RECEIVED }, NOW).status).toBe('failed');
  });

  it('refuses a conclusion a millisecond before the dispute was received, naming concludedAt', () => {
    const err = thrown(() => concludeDispute(registered(), { result: 'success', concludedAt: new Date(RECEIVED.getTime() - 1) }, NOW));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(err).toMatchObject({ kind: 'invalid', code: 'DISPUTE.CONCLUDED_BEFORE_RECEIVED', details: { field: 'concludedAt' } });
  });

  it('refuses an agreement on a failed mediation', () => {
    const err = thrown(() => concludeDispute(registered(), { result: 'failure', concludedAt: NOW, agreement: 'oral' }, NOW));
    expect(err).toMatchObject({ kind: 'invalid', code: 'DISPUTE.AGREEMENT_WITHOUT_SUCCESS', details: { field: 'agreement' } });
  });

  it('refuses an agreed amount on a failed mediation', () => {
    const err = thrown(() => concludeDispute(registered(), { result: 'failure', concludedAt: NOW, agreementAmountFen: 100 }, NOW));
    expect(err).toMatchObject({ kind: 'invalid', code: 'DISPUTE.AGREEMENT_WITHOUT_SUCCESS' });
  });

  it('leaves a failed mediation without agreement fields', () => {
    const d = concludeDispute(registered(), { result: 'failure', concludedAt: NOW }, NOW);
    expect(d).toMatchObject({ status: 'failed', result: 'failure', agreement: null, agreementAmountFen: null, sequence: 2 });
  });

  it('checks the status before the times, so a second conclusion is a conflict even when its time is also wrong', () => {
    const done = concludeDispute(registered(), { result: 'success', concludedAt: NOW }, NOW);
    const err = thrown(() => concludeDispute(done, { result: 'success', concludedAt: new Date(0) }, NOW));
    expect(err).toBeInstanceOf(InvalidTransitionError);
  });
});

describe('withdrawing a dispute', () => {
  it('records the time, the reason and the next sequence', () => {
    const d = withdrawDispute(registered(), { withdrawnAt: NOW, reason: '双方自行和解' }, NOW);
    expect(d).toMatchObject({ status: 'withdrawn', withdrawnAt: NOW, withdrawalReason: '双方自行和解', sequence: 2, result: null });
  });

  it('refuses a withdrawal before the dispute was received, naming withdrawnAt', () => {
    const err = thrown(() => withdrawDispute(registered(), { withdrawnAt: new Date(RECEIVED.getTime() - 1000) }, NOW));
    expect(err).toMatchObject({ kind: 'invalid', code: 'DISPUTE.WITHDRAWN_BEFORE_RECEIVED', details: { field: 'withdrawnAt' } });
  });
});

describe('sequence', () => {
  it('increments by one from the dispute it is given, not from a fixed 1', () => {
    const d = { ...registered(), sequence: 41 };
    expect(concludeDispute(d, { result: 'success', concludedAt: NOW }, NOW).sequence).toBe(42);
    expect(withdrawDispute(d, { withdrawnAt: NOW }, NOW).sequence).toBe(42);
  });

  it('stays where it was when a change is refused', () => {
    const d = registered();
    thrown(() => concludeDispute(d, { result: 'success', concludedAt: new Date(0) }, NOW));
    expect(d.sequence).toBe(1);
  });
});

it('every refusal is a DomainError, which the one exception filter maps to an HTTP status', () => {
  const errors = [
    thrown(() => withdrawDispute(inStatus('withdrawn'), { withdrawnAt: NOW }, NOW)),
    thrown(() => concludeDispute(registered(), { result: 'success', concludedAt: new Date(0) }, NOW)),
  ];
  for (const err of errors) expect(err).toBeInstanceOf(DomainError);
});
