import type { FormInstance } from 'antd';
import { ProblemWords, showFieldProblems as showProblems } from '../form-problems';

export type { Committee, Dispute } from '../schemas';
export { failure } from '../form-problems';

const WORDS: ProblemWords = {
  // The amounts are typed in yuan and sent in fen.
  names: { amountInvolvedFen: 'amountInvolvedYuan', agreementAmountFen: 'agreementAmountYuan' },
  problems: [[/before (it was )?received|before receivedAt/i, '不能早于受理时间']],
};

/** Puts each problem of a 400 beside the dispute form's field it names; true when the answer named fields of this form. */
export const showFieldProblems = (form: FormInstance, e: unknown): boolean => showProblems(form, e, WORDS);
