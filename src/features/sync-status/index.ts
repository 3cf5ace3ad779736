export { SyncIndicator, SchoolSyncBadge } from './SyncIndicator.tsx';
export { DENIAL_MESSAGES, OUTDATED_APP, summaryText } from './messages.ts';
