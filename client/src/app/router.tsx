import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { HomePage } from '../home/HomePage';
import { DirectoryPage } from '../directory/DirectoryPage';
import { OrganizationPage } from '../directory/OrganizationPage';
import { NetworkPage } from '../networks/NetworkPage';
import { MatrixPage } from '../networks/MatrixPage';
import { MapPage } from '../map/MapPage';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'annuaire', element: <DirectoryPage /> },
      { path: 'structures/:slug', element: <OrganizationPage /> },
      { path: 'carte', element: <MapPage /> },
      { path: 'reseaux', element: <Navigate to="/reseaux/matrice" replace /> },
      { path: 'reseaux/matrice', element: <MatrixPage /> },
      { path: 'reseaux/:slug', element: <NetworkPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
