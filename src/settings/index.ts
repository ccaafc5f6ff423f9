// The settings feature: language, look, storage, people on the tablet, and the about screen.
export { SettingsScreen } from './SettingsScreen';
export { AboutScreen } from './AboutScreen';
export { useDeviceSettings } from './useDeviceSettings';
export { BackupReminder } from './BackupReminder';
export { RemovalBanner } from './RemovalBanner';
