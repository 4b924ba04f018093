import { Result } from 'antd';

/** The services whose pages are not built yet (legal aid, review, file review). */
export function NotBuiltPage() {
  return <Result status="info" title="该页面尚未开放" subTitle="法律援助、行政复议、案卷评查的工作页面正在建设中。" />;
}
