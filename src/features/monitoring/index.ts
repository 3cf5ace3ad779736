export { MonitoringScreen } from './MonitoringScreen.tsx';
