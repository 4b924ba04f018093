import { Button, Menu, Result, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { Deadline, DeadlineTone } from '../../deadline';

/** The time format the forms send: the browser's zone with its offset (+08:00 in the district). */
export const TIME = 'YYYY-MM-DDTHH:mm:ssZ';
/** A time of the API as the pages show it. */
export const when = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

const SECTIONS = [
  { key: '/review', label: '复议案件' },
  { key: '/review/lawsuits', label: '行政应诉' },
];

/** The desk's title and its sub-navigation between 复议案件 (/review…) and 行政应诉 (/review/lawsuits…). */
export function ReviewDeskHeader() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = pathname.startsWith('/review/lawsuits') ? '/review/lawsuits' : '/review';
  return (
    <div>
      <Typography.Title level={2} style={{ margin: 0 }}>行政复议</Typography.Title>
      <Menu
        mode="horizontal"
        aria-label="行政复议导航"
        selectedKeys={[selected]}
        items={SECTIONS}
        onClick={({ key }) => navigate(key)}
        style={{ background: 'transparent', minWidth: 0 }}
      />
    </div>
  );
}

const TONE_COLORS: Record<DeadlineTone, string | undefined> = { none: undefined, running: 'blue', soon: 'orange', overdue: 'red', decided: 'green', late: 'volcano' };

/** A review's days left as a tag: blue while running, orange when due soon, red when overdue. */
export function DeadlineTag({ deadline }: { deadline: Deadline }) {
  if (deadline.tone === 'none') return <Typography.Text type="secondary">{deadline.text}</Typography.Text>;
  // Overdue solid red: it must stand out on the row's red tint too.
  return <Tag color={TONE_COLORS[deadline.tone]} variant={deadline.tone === 'overdue' ? 'solid' : undefined} style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>{deadline.text}</Tag>;
}

/** The detail pages' descriptions: labels on one line (on a phone they would wrap a character at a time). */
export const LABEL_NOWRAP = { label: { whiteSpace: 'nowrap' } } as const;

export const Nowrap = ({ children }: { children: ReactNode }) => <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;

/** What a role the administrative-review service refuses (403) sees on the desk's pages. */
export function NoAccess() {
  return (
    <Result
      status="403"
      title="无权访问行政复议"
      subTitle="行政复议和行政应诉案件含有申请人的个人信息，只有行政复议工作人员和系统管理员可以查看和办理。"
      extra={<Link to="/"><Button type="primary">返回首页</Button></Link>}
    />
  );
}
