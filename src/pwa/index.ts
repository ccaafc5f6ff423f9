// The PWA feature: service worker registration and the update prompt.
export { registerServiceWorker, checkForUpdate } from './serviceWorker';
export { UpdatePrompt } from './UpdatePrompt';
