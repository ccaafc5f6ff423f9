// The PWA feature: service worker registration, the update prompt, and what a tab of an older
// version shows instead of breaking.
export { registerServiceWorker, checkForUpdate } from './serviceWorker';
export { UpdatePrompt } from './UpdatePrompt';
export { NewVersionScreen } from './NewVersion';
export { isChunkLoadError, markStale } from './staleVersion';
