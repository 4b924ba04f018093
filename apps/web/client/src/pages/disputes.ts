import type { FormInstance } from 'antd';
import { ApiError, FieldProblem } from '../api';

export interface Dispute {
  id: string;
  committeeCode: string;
  category: string;
  source: string;
  receivedAt: string;
  partyCount: number;
  summary: string | null;
  amountInvolvedFen: number | null;
  status: 'registered' | 'succeeded' | 'failed' | 'withdrawn';
  result: string | null;
  concludedAt: string | null;
  agreement: string | null;
  agreementAmountFen: number | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

export interface Committee {
  id: string;
  code: string;
  name: string;
  kind: string;
}

/** Form fields whose API name differs: the amounts are typed in yuan and sent in fen. */
const FORM_NAME: Record<string, string> = { amountInvolvedFen: 'amountInvolvedYuan', agreementAmountFen: 'agreementAmountYuan' };

// The services word their problems in English for developers; the few a clerk can cause get Chinese.
const PROBLEMS: [RegExp, string][] = [
  [/must not be in the future/, '时间不能晚于当前时间'],
  [/must be at most \d+ fen/, '金额超出上限（最多 100 亿元）'],
  [/before (it was )?received|before receivedAt/i, '不能早于受理时间'],
];
const inChinese = (problem: string) => PROBLEMS.find(([re]) => re.test(problem))?.[1] ?? problem;

/** Puts each problem of a 400 beside the field it names; true when the answer named fields of this form. */
export function showFieldProblems(form: FormInstance, e: unknown): boolean {
  if (!(e instanceof ApiError) || e.fields.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  const named: FieldProblem[] = e.fields.map((f) => ({ ...f, field: FORM_NAME[f.field] ?? f.field }));
  form.setFields(named.map((f) => ({ name: f.field, errors: f.problems.map(inChinese) })));
  return named.some((f) => known.has(f.field));
}

/** Why a call failed, in words for the page. */
export function failure(e: unknown): string {
  if (!(e instanceof ApiError)) return '无法连接服务器，请稍后重试';
  if (e.status === 403) return `无权进行此操作：${e.message}`;
  if (e.status === 409) return `当前状态不允许此操作：${e.message}`;
  return e.message;
}
