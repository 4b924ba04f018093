import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, StrictMode, Suspense, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { homeOf } from './labels';
import { AccountsPage } from './pages/AccountsPage';
import { CommitteesPage } from './pages/CommitteesPage';
import { DeadLettersPage } from './pages/DeadLettersPage';
import { DisputePage } from './pages/DisputePage';
import { LegalAffairsPage } from './pages/LegalAffairsPage';
import { LegalAidCasePage } from './pages/LegalAidCasePage';
import { LegalAidPage } from './pages/LegalAidPage';
import { LawsuitPage } from './pages/admin-review/LawsuitPage';
import { LawsuitsPage } from './pages/admin-review/LawsuitsPage';
import { ReviewPage } from './pages/admin-review/ReviewPage';
import { ReviewsPage } from './pages/admin-review/ReviewsPage';
import { CampaignPage } from './pages/file-review/CampaignPage';
import { CampaignsPage } from './pages/file-review/CampaignsPage';
import { LoginPage } from './pages/LoginPage';
import { MediationPage } from './pages/MediationPage';
import { NotBuiltPage } from './pages/NotBuiltPage';
import { SetPasswordPage } from './pages/SetPasswordPage';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';

dayjs.locale('zh-cn');

// Whoever asks their system for reduced motion gets none: Ant Design's motions (dialogs zooming,
// pickers sliding, a button's loading icon collapsing) are turned off. The browser tests ask for it
// too (playwright.config.ts), so that no click lands on something still moving (decision 44).
const reducedMotion = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// ECharts is most of the report page's weight: loaded when a report is first opened, not at sign-in.
const ReportPage = lazy(() => import('./pages/ReportPage').then((m) => ({ default: m.ReportPage })));

function Guarded({ children }: { children: React.ReactNode }) {
  const { account } = useSession();
  const location = useLocation();
  if (account === undefined) return null;
  if (account === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  // A one-time password opens nothing but its change (the server refuses the rest): straight to 设置新密码.
  if (account.mustChangePassword) return <Navigate to="/password" replace state={{ from: location.pathname }} />;
  return <Shell>{children}</Shell>;
}

function Home() {
  const { account } = useSession();
  if (account === undefined) return null;
  return <Navigate to={account ? (account.mustChangePassword ? '/password' : homeOf(account.role)) : '/login'} replace />;
}

function Routed() {
  const navigate = useNavigate();
  // A 401 anywhere: the session has ended, sign in again.
  const onEnded = useCallback(() => navigate('/login', { replace: true }), [navigate]);
  return (
    <SessionProvider onEnded={onEnded}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/password" element={<SetPasswordPage />} />
        <Route path="/" element={<Home />} />
        <Route path="/reports" element={<Guarded><Navigate to={`/reports/${new Date().getFullYear() - 1}`} replace /></Guarded>} />
        <Route path="/reports/:year" element={<Guarded><Suspense fallback={null}><ReportPage /></Suspense></Guarded>} />
        <Route path="/mediation" element={<Guarded><MediationPage /></Guarded>} />
        <Route path="/mediation/disputes/:id" element={<Guarded><DisputePage /></Guarded>} />
        <Route path="/legal-aid" element={<Guarded><LegalAidPage /></Guarded>} />
        <Route path="/legal-affairs" element={<Guarded><LegalAffairsPage /></Guarded>} />
        <Route path="/legal-aid/cases/:id" element={<Guarded><LegalAidCasePage /></Guarded>} />
        <Route path="/review" element={<Guarded><ReviewsPage /></Guarded>} />
        <Route path="/review/reviews/:id" element={<Guarded><ReviewPage /></Guarded>} />
        <Route path="/review/lawsuits" element={<Guarded><LawsuitsPage /></Guarded>} />
        <Route path="/review/lawsuits/:id" element={<Guarded><LawsuitPage /></Guarded>} />
        <Route path="/file-review" element={<Guarded><CampaignsPage /></Guarded>} />
        <Route path="/file-review/campaigns/:id" element={<Guarded><CampaignPage /></Guarded>} />
        <Route path="/admin/dead-letters" element={<Guarded><DeadLettersPage /></Guarded>} />
        <Route path="/admin/accounts" element={<Guarded><AccountsPage /></Guarded>} />
        <Route path="/mediation/committees" element={<Guarded><CommitteesPage /></Guarded>} />
        <Route path="*" element={<Guarded><NotBuiltPage /></Guarded>} />
      </Routes>
    </SessionProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { motion: !reducedMotion, colorPrimary: '#1d4e89', fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" } }}>
      <AntApp>
        <BrowserRouter>
          <Routed />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
