export { SyncIndicator, SchoolSyncBadge } from './SyncIndicator.tsx';
export { DENIAL_MESSAGES, summaryText } from './messages.ts';
