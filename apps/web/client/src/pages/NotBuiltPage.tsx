import { Result } from 'antd';

/** A path no page answers. */
export function NotBuiltPage() {
  return <Result status="info" title="该页面尚未开放" subTitle="没有这个页面，请从上方导航进入。" />;
}
