import type { FormRule as Rule } from 'antd';
import { ProblemWords } from './form-problems';

/** The web app's password problems (apps/web/src/accounts/domain/password-policy.ts) in Chinese, beside the field they name. */
export const PASSWORD_WORDS: ProblemWords = {
  problems: [
    [/is not the account.s password/, '当前密码不正确'],
    [/at least 10 characters/, '新密码至少 10 个字符'],
    [/at most 256 characters/, '新密码不超过 256 个字符'],
    [/only blanks/, '新密码不能只有空格'],
    [/must not contain the username/, '新密码不能包含用户名'],
    [/must differ from the current password/, '新密码不能与当前密码相同'],
  ],
};

/** The new password's rules as the form can check them before sending (the server checks them all again). */
export const NEW_PASSWORD_RULES: Rule[] = [
  { required: true, message: '请输入新密码' },
  { min: 10, message: '新密码至少 10 个字符' },
  { max: 256, message: '新密码不超过 256 个字符' },
];

/** The repeat of the new password must match it. */
export const REPEAT_PASSWORD_RULES: Rule[] = [
  { required: true, message: '请再次输入新密码' },
  ({ getFieldValue }) => ({
    validator: (_, v?: string) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
  }),
];
