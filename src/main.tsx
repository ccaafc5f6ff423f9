// Mounts the app.
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/startApp';
import './app/theme.css';
import './app/look.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <App started={startApp()} />
      </Suspense>
    </StrictMode>,
  );
}
