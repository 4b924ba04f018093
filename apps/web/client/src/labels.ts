import type { Role } from './session';

/** The top navigation: each service's page and the roles that work in it (docs/access-control.md). */
export const NAV: { key: string; label: string; path: string; roles: Role[] | 'all'; built: boolean }[] = [
  { key: 'mediation', label: '人民调解', path: '/mediation', roles: ['mediation-clerk', 'admin'], built: true },
  { key: 'legal-aid', label: '法律援助', path: '/legal-aid', roles: ['legal-aid-officer', 'admin'], built: true },
  { key: 'review', label: '行政复议', path: '/review', roles: ['review-officer', 'admin'], built: true },
  { key: 'file-review', label: '案卷评查', path: '/file-review', roles: ['enforcement-supervisor', 'admin'], built: true },
  { key: 'legal-affairs', label: '法制审查', path: '/legal-affairs', roles: ['legal-affairs-officer', 'admin'], built: true },
  { key: 'reports', label: '年度报告', path: '/reports', roles: 'all', built: true },
  { key: 'dead-letters', label: '死信队列', path: '/admin/dead-letters', roles: ['admin'], built: true },
  { key: 'accounts', label: '账号管理', path: '/admin/accounts', roles: ['admin'], built: true },
];

export const navFor = (role: Role) => NAV.filter((n) => n.roles === 'all' || n.roles.includes(role));

/** Where a role lands after signing in. */
export function homeOf(role: Role): string {
  if (role === 'mediation-clerk') return '/mediation';
  if (role === 'legal-aid-officer') return '/legal-aid';
  if (role === 'review-officer') return '/review';
  if (role === 'enforcement-supervisor') return '/file-review';
  if (role === 'legal-affairs-officer') return '/legal-affairs';
  return `/reports/${new Date().getFullYear() - 1}`;
}

export const ROLE_LABELS: Record<Role, string> = {
  'mediation-clerk': '调解员',
  'legal-aid-officer': '法律援助工作人员',
  'review-officer': '行政复议工作人员',
  'legal-affairs-officer': '法制审查工作人员',
  'legal-education-officer': '普法与执法资格工作人员',
  'enforcement-supervisor': '执法监督工作人员',
  'report-reader': '报告查阅',
  admin: '系统管理员',
  'public-legal-services-officer': '公共法律服务工作人员',
};

export const CATEGORY_LABELS: Record<string, string> = {
  'marriage-family': '婚姻家庭', neighbourhood: '邻里纠纷', property: '房屋宅基地', contract: '合同纠纷', labour: '劳动争议', land: '山林土地',
  medical: '医疗纠纷', traffic: '道路交通', environment: '环境污染', consumer: '消费纠纷', damages: '损害赔偿', other: '其他',
};
export const SOURCE_LABELS: Record<string, string> = {
  'walk-in': '当事人申请', 'police-referral': '公安移送', 'court-referral': '法院委托', 'petition-referral': '信访移送', proactive: '主动调解',
};
export const STATUS_LABELS: Record<string, string> = { registered: '调解中', succeeded: '调解成功', failed: '调解不成', withdrawn: '已撤回' };
export const STATUS_COLORS: Record<string, string> = { registered: 'processing', succeeded: 'success', failed: 'error', withdrawn: 'default' };
export const AGREEMENT_LABELS: Record<string, string> = { written: '书面协议', oral: '口头协议' };
export const COMMITTEE_KIND_LABELS: Record<string, string> = {
  community: '村（居）调委会', township: '乡镇（街道）调委会', professional: '行业性专业性调委会', 'police-station': '派出所调解室', tribunal: '人民法庭调解室', court: '法院调解室', petition: '信访调解室',
};

/** The field (领域) of a professional committee (行业性专业性调委会), the mediation service's COMMITTEE_FIELDS. */
export const COMMITTEE_FIELD_LABELS: Record<string, string> = {
  medical: '医疗纠纷', traffic: '道路交通', environment: '环境保护', labour: '劳动争议', property: '物业纠纷', family: '婚姻家庭', consumer: '消费纠纷', other: '其他',
};

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
