// The sharing feature: the person chooses what leaves the tablet (print, file, send), opens
// files others made, and keeps or puts back a copy of everything.
export { ShareScreen } from './ShareScreen';
export { OpenFileScreen } from './OpenFileScreen';
export { BackupScreen } from './BackupScreen';
export { RestoreScreen } from './RestoreScreen';
