// Switch access (scanning): one switch or two, over every screen.
export { SwitchScanning } from './SwitchScanning';
