import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api';
import { AppShell } from './components/AppShell';
import { PageNotFound } from './components/PageNotFound';
import { Spinner } from './components/ui';
import { AutomationsPage } from './features/automations/AutomationsPage';
import { RunsPage } from './features/runs/RunsPage';
import { AuthProvider } from './features/auth/AuthContext';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { AnyUser, GuestOnly, RequireAuth } from './features/auth/guards';
import { LoginPage } from './features/auth/LoginPage';
import { RegisterPage } from './features/auth/RegisterPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { InvitationPage } from './features/invitations/InvitationPage';
import { MailsPage } from './features/mails/MailsPage';
import { CurrentWorkspaceProvider } from './features/workspaces/CurrentWorkspace';
import { DashboardPage } from './features/workspaces/DashboardPage';
import { MembersPage } from './features/workspaces/MembersPage';
import { WorkspaceSection } from './features/workspaces/WorkspaceSection';
import { WorkspaceSettingsPage } from './features/workspaces/WorkspaceSettingsPage';
import { WorkspacesPage } from './features/workspaces/WorkspacesPage';
import { TemplatesPage } from './features/templates/TemplatesPage';
import { lazyPage } from './lib/lazyPage';

// The canvas pages carry React Flow and dagre; they load when first opened, so signing in and the
// lists stay light.
const DesignerPage = lazyPage(() =>
  import('./features/designer/DesignerPage').then((m) => m.DesignerPage),
);
const RunPage = lazyPage(() => import('./features/runs/RunPage').then((m) => m.RunPage));
// The store's pages (products, orders, payment settings) route among themselves.
const StoreRoutes = lazyPage(() =>
  import('./features/store/StoreRoutes').then((m) => m.StoreRoutes),
);
// Contacts, segments and CSV imports.
const CrmRoutes = lazyPage(() => import('./features/crm/CrmRoutes').then((m) => m.CrmRoutes));
// Email campaigns: list, editor and live progress.
const CampaignsRoutes = lazyPage(() =>
  import('./features/campaigns/CampaignsRoutes').then((m) => m.CampaignsRoutes),
);
// AI content: generate and approve, and the provider's settings.
const AiRoutes = lazyPage(() => import('./features/ai/AiRoutes').then((m) => m.AiRoutes));

// Bookings: services, availability and bookings for owners; the customers' public pages.
const BookingsRoutes = lazyPage(() =>
  import('./features/bookings/BookingsRoutes').then((m) => m.BookingsRoutes),
);
const PublicBookingPage = lazyPage(() =>
  import('./features/bookings/PublicBookingPage').then((m) => m.PublicBookingPage),
);
const ManageBookingPage = lazyPage(() =>
  import('./features/bookings/ManageBookingPage').then((m) => m.ManageBookingPage),
);
// Courses: the list, the editor and each course's students.
const CoursesRoutes = lazyPage(() =>
  import('./features/courses/CoursesRoutes').then((m) => m.CoursesRoutes),
);
// The student's page of a course, opened from the link of their mails, without an account.
const LearnPage = lazyPage(() => import('./features/courses/LearnPage').then((m) => m.LearnPage));

// Social posts: accounts, composer, posts by day and the queue's slots.
const SocialPage = lazyPage(() => import('./features/social/SocialPage').then((m) => m.SocialPage));

// Link-in-bio pages: list, editor with live preview, analytics.
const LinkInBioRoutes = lazyPage(() =>
  import('./features/linkinbio/LinkInBioRoutes').then((m) => m.LinkInBioRoutes),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spinner label="Loading the page…" />}>{children}</Suspense>;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Client errors (4xx) will not fix themselves; retry only network and server errors.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}

function NotFoundPage() {
  return (
    <PageNotFound to="/" label="Go to the dashboard">
      The address may be mistyped, or the page has moved.
    </PageNotFound>
  );
}

/** Query cache, session and current workspace: everything pages rely on. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <CurrentWorkspaceProvider>{children}</CurrentWorkspaceProvider>
      </AuthProvider>
    </QueryClientProvider>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      {/* Customers book without an account: no session, no app shell. */}
      <Route
        path="/book/:workspace/:serviceId"
        element={
          <Lazy>
            <PublicBookingPage />
          </Lazy>
        }
      />
      <Route
        path="/my-booking/:token"
        element={
          <Lazy>
            <ManageBookingPage />
          </Lazy>
        }
      />
      {/* Students open their course from the link of their mails, without an account. */}
      <Route
        path="/learn/:token"
        element={
          <Lazy>
            <LearnPage />
          </Lazy>
        }
      />
      <Route
        path="/learn/:token/lessons/:lessonId"
        element={
          <Lazy>
            <LearnPage />
          </Lazy>
        }
      />
      <Route element={<GuestOnly />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
      </Route>
      <Route element={<AnyUser />}>
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route element={<AppShell />}>
          <Route path="/mails" element={<MailsPage />} />
        </Route>
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<DashboardPage />} />
          <Route path="/workspaces" element={<WorkspacesPage />} />
          <Route path="/workspaces/:workspaceId" element={<WorkspaceSection />}>
            <Route path="settings" element={<WorkspaceSettingsPage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="automations" element={<AutomationsPage />} />
            <Route path="automations/templates" element={<TemplatesPage />} />
            <Route
              path="automations/:automationId"
              element={
                <Lazy>
                  <DesignerPage />
                </Lazy>
              }
            />
            <Route path="runs" element={<RunsPage />} />
            <Route
              path="runs/:runId"
              element={
                <Lazy>
                  <RunPage />
                </Lazy>
              }
            />
            <Route
              path="store/*"
              element={
                <Lazy>
                  <StoreRoutes />
                </Lazy>
              }
            />
            <Route
              path="contacts/*"
              element={
                <Lazy>
                  <CrmRoutes />
                </Lazy>
              }
            />
            <Route
              path="campaigns/*"
              element={
                <Lazy>
                  <CampaignsRoutes />
                </Lazy>
              }
            />
            <Route
              path="bookings/*"
              element={
                <Lazy>
                  <BookingsRoutes />
                </Lazy>
              }
            />
            <Route
              path="courses/*"
              element={
                <Lazy>
                  <CoursesRoutes />
                </Lazy>
              }
            />
            <Route
              path="social"
              element={
                <Lazy>
                  <SocialPage />
                </Lazy>
              }
            />
            <Route
              path="link-in-bio/*"
              element={
                <Lazy>
                  <LinkInBioRoutes />
                </Lazy>
              }
            />
            <Route
              path="ai/*"
              element={
                <Lazy>
                  <AiRoutes />
                </Lazy>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppProviders>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  );
}
