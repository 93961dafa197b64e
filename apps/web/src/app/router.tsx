import { useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';
import { Spinner } from '@/components/ui/spinner';
import { AppShell } from './layout/app-shell';
import { RouteErrorBoundary } from './routes/route-error';

// Route modules are loaded on demand; each exports `Component` (react-router's lazy convention).
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <Outlet />,
      ErrorBoundary: RouteErrorBoundary,
      HydrateFallback: FullPageSpinner,
      children: [
        { path: paths.login, lazy: () => import('./routes/login') },
        { path: paths.welcomeRoute, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/welcome') },
        {
          Component: AppShell,
          children: [
            { index: true, element: <Navigate to={paths.autoReceptionists} replace /> },
            {
              // Lazy: @xyflow/react lives only in this route's chunk.
              path: `${paths.autoReceptionists}/:id/diagram`,
              ErrorBoundary: RouteErrorBoundary,
              lazy: () => import('./routes/routing-diagram'),
            },
            {
              path: `${paths.autoReceptionists}/:id/copy`,
              ErrorBoundary: RouteErrorBoundary,
              lazy: () => import('./routes/menu-copy'),
            },
            { path: paths.extensionHoursRoute, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/extension-hours') },
            { path: paths.calendar, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/calendar') },
            { path: paths.routing, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/routing-explorer') },
            { path: paths.routingProblems, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/routing-problems') },
            { path: paths.bulkHoliday, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/bulk-holiday') },
            { path: paths.contactCenter, element: <Navigate to={paths.ccAssets} replace /> },
            { path: paths.ccAssets, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-assets') },
            { path: paths.ccNewAsset, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-new-asset') },
            { path: `${paths.ccAssets}/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-asset') },
            { path: paths.ccCategories, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-categories') },
            { path: paths.ccHours, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-hours') },
            { path: `${paths.ccHours}/business/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-business-hours') },
            { path: `${paths.ccHours}/closures/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-closure-set') },
            { path: paths.ccQueues, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-queues') },
            { path: `${paths.ccQueues}/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-queue') },
            { path: paths.ccFlows, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-flows') },
            { path: `${paths.ccFlows}/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/cc-flow') },
            { path: paths.jobs, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/jobs') },
            { path: paths.setup, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/setup') },
            { path: paths.people, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/people') },
            { path: paths.history, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/history') },
            { path: `${paths.jobs}/:id`, ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/job') },
            { path: '/zendesk/ivrs/:ivrId', ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/zendesk-ivr') },
            { path: '/zendesk/ivrs/:ivrId/menus/:menuId/edit', ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/zendesk-menu-edit') },
            {
              path: paths.autoReceptionists,
              ErrorBoundary: RouteErrorBoundary,
              lazy: () => import('./routes/auto-receptionists'),
            },
            {
              path: `${paths.autoReceptionists}/:id`,
              ErrorBoundary: RouteErrorBoundary,
              lazy: () => import('./routes/auto-receptionist-detail'),
            },
            {
              path: `${paths.autoReceptionists}/:id/edit`,
              ErrorBoundary: RouteErrorBoundary,
              lazy: () => import('./routes/ivr-editor'),
            },
            { path: '*', ErrorBoundary: RouteErrorBoundary, lazy: () => import('./routes/not-found') },
          ],
        },
      ],
    },
  ]);
}

function FullPageSpinner() {
  return (
    <div className="page-center">
      <Spinner size="lg" label="Loading Switchboard…" />
    </div>
  );
}

export function AppRouter() {
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}
