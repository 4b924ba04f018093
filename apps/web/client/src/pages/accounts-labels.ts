import type { FormRule } from 'antd';
import { ProblemWords } from '../form-problems';

// The account rules of the web app (apps/web/src/accounts/domain/account.ts) and its codes, in Chinese.

/** The username rule the server holds to (USERNAME_PATTERN), checked before sending. */
export const USERNAME_RULE: FormRule = { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, message: '用户名只能包含字母、数字、点、下划线和连字符，并以字母或数字开头' };

/** A 400 of the add-account form, beside the field it names. */
export const ACCOUNT_WORDS: ProblemWords = {
  problems: [
    [/no mediation committee has the code/, '没有这个代码的调委会'],
    [/needs the code of their committee/, '调解员须选择所在调委会'],
    [/only a mediation-clerk has a unit/, '只有调解员属于调委会'],
    [/username may contain|username: 1–64/, '用户名只能包含字母、数字、点、下划线和连字符，并以字母或数字开头'],
    [/displayName/, '姓名为 1–100 个字'],
  ],
};

/** The refusals an admin meets on the accounts page (409s and the like), by code. */
export const ACCOUNT_ERRORS: Record<string, string> = {
  'ACCOUNT.CANNOT_DISABLE_SELF': '不能停用自己正在使用的账号',
  'ACCOUNT.LAST_ADMIN': '这是最后一个启用的系统管理员账号，不能停用',
  'ACCOUNT.USERNAME_TAKEN': '该用户名已被使用（不区分大小写）',
  'WEB.SERVICE_UNAVAILABLE': '人民调解服务暂时无法访问，无法核对调委会，请稍后重试',
};
