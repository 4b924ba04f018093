import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { options } from '../../labels';
import { yuanToFen } from '../../money';
import { FieldSpec, formName, when } from './field-spec';

export type { FieldSpec } from './field-spec';
export { formName, TIME, toBody, when } from './field-spec';

/** The rules of one field: required, and the service's own limits (so most 400s never leave the browser). */
export function rulesOf<Body, R>(f: FieldSpec<Body, R>, record?: R): Rule[] {
  const required: Rule = f.kind === 'text' || f.kind === 'yuan'
    ? { required: true, whitespace: true, message: `请填写${f.label}` }
    : { required: true, message: `请${f.kind === 'int' ? '填写' : '选择'}${f.label}` };
  const rules: Rule[] = [required];
  if (f.kind === 'text' && f.max) {
    rules.push({ max: f.max, message: `不超过 ${f.max} 字` });
    rules.push({ pattern: /^[^\r\n\t]*$/, message: '不能含换行或制表符' });
  }
  if (f.kind === 'yuan')
    rules.push({ validator: (_, v?: string) => (!v || yuanToFen(v) !== undefined ? Promise.resolve() : Promise.reject(new Error('请输入不超过两位小数的金额（元），最多 100 亿元'))) });
  if (f.kind === 'time') {
    rules.push({ validator: (_, v?: Dayjs) => (v && v.isAfter(dayjs()) ? Promise.reject(new Error('时间不能晚于当前时间')) : Promise.resolve()) });
    const nb = f.notBefore;
    const earlier = nb && record ? (record[nb.field] as unknown as string | null | undefined) : undefined;
    if (nb && earlier)
      rules.push({ validator: (_, v?: Dayjs) => (v && v.isBefore(dayjs(earlier)) ? Promise.reject(new Error(`不能早于${nb.label}（${when(earlier)}）`)) : Promise.resolve()) });
  }
  return rules;
}

/** The input of one field. */
function inputOf<Body, R>(f: FieldSpec<Body, R>) {
  switch (f.kind) {
    case 'text':
      return <Input autoComplete="off" placeholder={f.placeholder} />;
    case 'select':
      return <Select options={options(f.choices ?? {})} placeholder={f.placeholder ?? '请选择'} />;
    case 'time':
      return <DatePicker showTime style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />;
    case 'bool':
      return <Radio.Group optionType="button" options={[{ label: '是', value: true }, { label: '否', value: false }]} />;
    case 'yuan':
      return <Input inputMode="decimal" autoComplete="off" suffix="元" placeholder={f.placeholder ?? '如 1250000.00'} />;
    case 'int':
      return <InputNumber min={f.range?.[0]} max={f.range?.[1]} precision={0} style={{ width: '100%' }} prefix={f.affix?.[0]} suffix={f.affix?.[1]} />;
  }
}

/** The form item of one field, with its label, rules and input. */
export function FieldItem<Body, R>({ field: f, record }: { field: FieldSpec<Body, R>; record?: R }) {
  return (
    <Form.Item name={formName(f.name)} label={f.label} extra={f.extra} rules={rulesOf(f, record)}>
      {inputOf(f)}
    </Form.Item>
  );
}
