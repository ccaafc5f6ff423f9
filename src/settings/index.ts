// The settings feature: language, look, storage, and the about screen.
export { SettingsScreen } from './SettingsScreen';
export { AboutScreen } from './AboutScreen';
export { useDeviceSettings } from './useDeviceSettings';
