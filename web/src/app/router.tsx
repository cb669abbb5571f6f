import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageLoading } from '../components/ui/spinner';
import InviteRoute from './routes/invite';

/** A route module loaded on first visit, so each page ships only its own code. */
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

const Home = page(() => import('./routes/home'));
const Attempt = page(() => import('./routes/attempt'));
const Finished = page(() => import('./routes/finished'));
const Login = page(() => import('./routes/login'));
const Admin = page(() => import('./routes/admin'));
const Review = page(() => import('./routes/review'));
const NotFound = page(() => import('./routes/not-found'));

/**
 * Candidate pages (/invite/:token, /attempt…), staff sign-in, and the
 * staff areas (/admin/*, /review/*) that later issues fill in. The invite
 * landing is in the main bundle: it is the first page a candidate sees.
 */
const router = createBrowserRouter([
  { path: '/', Component: Home },
  { path: '/invite/:token', Component: InviteRoute },
  { path: '/attempt/finished', Component: Finished },
  { path: '/attempt/:challengeId?', Component: Attempt },
  { path: '/login', Component: Login },
  { path: '/admin/*', Component: Admin },
  { path: '/review/*', Component: Review },
  { path: '*', Component: NotFound },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
