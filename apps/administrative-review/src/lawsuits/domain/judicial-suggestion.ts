import { SuggestionStatus } from '@casetrack/contracts';
import { DomainError, InvalidInputError } from '@casetrack/platform';
import { Lawsuit } from './lawsuit';

/** A court's judicial suggestion (司法建议) to the defendant agency, arising from a lawsuit; part of the lawsuit. */
export interface JudicialSuggestion {
  id: string;
  lawsuitId: string;
  /** The court that made the suggestion (often the lawsuit's, not always: an appeal court may). */
  court: string;
  receivedAt: Date;
  status: SuggestionStatus;
  /** When the office began supervising its handling (督办); null while received, or when answered unsupervised. */
  supervisedAt: Date | null;
  answeredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type SuggestionAction = 'supervise' | 'answer';

/** received → supervised → answered, or received → answered; answered takes nothing more. */
const ALLOWED: Record<SuggestionStatus, readonly SuggestionAction[]> = {
  received: ['supervise', 'answer'],
  supervised: ['answer'],
  answered: [],
};

const ACTION_TEXT: Record<SuggestionAction, string> = { supervise: 'supervise the handling of', answer: 'record the answer to' };

function assertCan(s: JudicialSuggestion, action: SuggestionAction): void {
  if (!ALLOWED[s.status].includes(action))
    throw new DomainError('JUDICIAL_SUGGESTION.INVALID_TRANSITION', `cannot ${ACTION_TEXT[action]} a judicial suggestion whose status is ${s.status}`, 'conflict', { status: s.status });
}

/** The lawsuit's suggestion with this id; 404 naming both when the lawsuit has none such. */
export function suggestionOf(lawsuitId: string, suggestions: readonly JudicialSuggestion[], id: string): JudicialSuggestion {
  const s = suggestions.find((x) => x.id === id);
  if (!s) throw new DomainError('JUDICIAL_SUGGESTION.NOT_FOUND', `no judicial suggestion with id ${id} in lawsuit ${lawsuitId}`, 'not-found', { id });
  return s;
}

/** The lawsuit one event further on (each suggestion step is an event of the lawsuit). */
const advanced = (l: Lawsuit, now: Date): Lawsuit => ({ ...l, sequence: l.sequence + 1, updatedAt: now });

/** Records a suggestion received for the lawsuit, open or closed; not before the lawsuit was filed. */
export function receiveSuggestion(lawsuit: Lawsuit, input: { id: string; court: string; receivedAt: Date }, now: Date): { lawsuit: Lawsuit; suggestion: JudicialSuggestion } {
  if (input.receivedAt < lawsuit.filedAt)
    throw new InvalidInputError('SUGGESTION.RECEIVED_BEFORE_FILED', 'receivedAt', 'receivedAt: must not be before the lawsuit was filed (filedAt)');
  const suggestion: JudicialSuggestion = {
    ...input,
    lawsuitId: lawsuit.id,
    status: 'received',
    supervisedAt: null,
    answeredAt: null,
    createdAt: now,
    updatedAt: now,
  };
  return { lawsuit: advanced(lawsuit, now), suggestion };
}

/** The office begins supervising the agency's handling of the suggestion (督办); once. */
export function superviseSuggestion(lawsuit: Lawsuit, s: JudicialSuggestion, supervisedAt: Date, now: Date): { lawsuit: Lawsuit; suggestion: JudicialSuggestion } {
  assertCan(s, 'supervise');
  if (supervisedAt < s.receivedAt)
    throw new InvalidInputError('SUGGESTION.SUPERVISED_BEFORE_RECEIVED', 'supervisedAt', 'supervisedAt: must not be before the suggestion was received (receivedAt)');
  return { lawsuit: advanced(lawsuit, now), suggestion: { ...s, status: 'supervised', supervisedAt, updatedAt: now } };
}

/** The agency answered the court; the suggestion is closed. */
export function answerSuggestion(lawsuit: Lawsuit, s: JudicialSuggestion, answeredAt: Date, now: Date): { lawsuit: Lawsuit; suggestion: JudicialSuggestion } {
  assertCan(s, 'answer');
  const after = s.supervisedAt ?? s.receivedAt;
  if (answeredAt < after)
    throw new InvalidInputError(
      'SUGGESTION.ANSWERED_TOO_EARLY',
      'answeredAt',
      `answeredAt: must not be before the suggestion was ${s.supervisedAt ? 'supervised (supervisedAt)' : 'received (receivedAt)'}`,
    );
  return { lawsuit: advanced(lawsuit, now), suggestion: { ...s, status: 'answered', answeredAt, updatedAt: now } };
}
