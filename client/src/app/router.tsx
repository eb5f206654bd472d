import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { HomePage } from '../home/HomePage';
import { DirectoryPage } from '../directory/DirectoryPage';
import { OrganizationPage } from '../directory/OrganizationPage';
import { OrganizationEditPage } from '../directory/OrganizationEditPage';
import { NetworkPage } from '../networks/NetworkPage';
import { MatrixPage } from '../networks/MatrixPage';
import { LoginPage } from '../accounts/LoginPage';
import { AccountPage } from '../accounts/AccountPage';
import { InvitationPage } from '../accounts/InvitationPage';
import { RequireRole } from '../accounts/RequireRole';
import { AdminLayout } from '../accounts/admin/AdminLayout';
import { UsersPage } from '../accounts/admin/UsersPage';
import { AuditLogPage } from '../accounts/admin/AuditLogPage';
import { ErasureRequestsPage } from '../accounts/admin/ErasureRequestsPage';
import { NetworkCalendarPage } from '../meetings/NetworkCalendarPage';
import { ScheduleMeetingPage } from '../meetings/ScheduleMeetingPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MyMeetingsPage } from '../meetings/MyMeetingsPage';
import { DatePollPage } from '../meetings/DatePollPage';
import { PollLinkPage } from '../meetings/PollLinkPage';
import { InvitationLinkPage } from '../meetings/InvitationLinkPage';
import { AvoidPeriodsPage } from '../meetings/AvoidPeriodsPage';
import { SentMailsPage } from '../accounts/admin/SentMailsPage';
import { FailedJobsPage } from '../accounts/admin/FailedJobsPage';
import { AgendaPrintPage } from '../meetings/agenda/AgendaPrintPage';
import { MinutesPrintPage } from '../meetings/agenda/MinutesPrintPage';
import { TrainingsPage } from '../trainings/TrainingsPage';
import { TrainingPage } from '../trainings/TrainingPage';
import { NewTrainingPage } from '../trainings/NewTrainingPage';
import { CertificatePage } from '../trainings/CertificatePage';
import { SeatLinkPage } from '../trainings/SeatLinkPage';
import { RoadmapPage } from '../roadmap/RoadmapPage';
import { RoadmapActionPage } from '../roadmap/RoadmapActionPage';

export const router = createBrowserRouter([
  // Documents to print: outside the layout, so no header or navigation on paper.
  { path: 'reunions/:id/ordre-du-jour', element: <AgendaPrintPage /> },
  { path: 'reunions/:id/compte-rendu', element: <MinutesPrintPage /> },
  { path: 'formations/attestations/:registrationId', element: <CertificatePage /> },
  // Loaded on demand: the charting library stays out of the other pages' bundle.
  {
    path: 'feuille-de-route/rapport',
    lazy: async () => ({ Component: (await import('../roadmap/dashboard/ReportPage')).ReportPage }),
  },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'annuaire', element: <DirectoryPage /> },
      { path: 'structures/:slug', element: <OrganizationPage /> },
      { path: 'structures/:slug/modifier', element: <OrganizationEditPage /> },
      // The map and the graph bring d3 (geography, force layout): loaded on demand too.
      { path: 'carte', lazy: async () => ({ Component: (await import('../map/MapPage')).MapPage }) },
      { path: 'reseaux', element: <Navigate to="/reseaux/matrice" replace /> },
      { path: 'reseaux/matrice', element: <MatrixPage /> },
      {
        path: 'reseaux/maillage',
        lazy: async () => ({ Component: (await import('../networks/graph/NetworkGraphPage')).NetworkGraphPage }),
      },
      { path: 'reseaux/:slug', element: <NetworkPage /> },
      { path: 'reseaux/:slug/reunions', element: <NetworkCalendarPage /> },
      { path: 'reseaux/:slug/reunions/planifier', element: <ScheduleMeetingPage /> },
      { path: 'reunions/:id', element: <MeetingPage /> },
      { path: 'sondages/:id', element: <DatePollPage /> },
      { path: 'sondage/:token', element: <PollLinkPage /> },
      { path: 'reponse/:token', element: <InvitationLinkPage /> },
      { path: 'formations', element: <TrainingsPage /> },
      { path: 'formations/place/:token', element: <SeatLinkPage /> },
      { path: 'formations/nouvelle', element: <NewTrainingPage /> },
      { path: 'formations/:id', element: <TrainingPage /> },
      { path: 'feuille-de-route', element: <RoadmapPage /> },
      { path: 'feuille-de-route/actions/:id', element: <RoadmapActionPage /> },
      {
        path: 'feuille-de-route/tableau-de-bord',
        lazy: async () => ({ Component: (await import('../roadmap/dashboard/DashboardPage')).DashboardPage }),
      },
      { path: 'connexion', element: <LoginPage /> },
      { path: 'invitation/:token', element: <InvitationPage /> },
      {
        element: <RequireRole />,
        children: [
          { path: 'compte', element: <AccountPage /> },
          { path: 'mes-reunions', element: <MyMeetingsPage /> },
        ],
      },
      {
        path: 'admin',
        element: <RequireRole role="ADMIN" />,
        children: [
          {
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to="/admin/utilisateurs" replace /> },
              { path: 'utilisateurs', element: <UsersPage /> },
              { path: 'journal', element: <AuditLogPage /> },
              { path: 'effacements', element: <ErasureRequestsPage /> },
              { path: 'courriels', element: <SentMailsPage /> },
              { path: 'taches-en-echec', element: <FailedJobsPage /> },
              { path: 'periodes-a-eviter', element: <AvoidPeriodsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
