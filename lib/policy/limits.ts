/** The range a sync interval is clamped to, whoever set it (policy or seller). */
export const MIN_SYNC_INTERVAL_MINUTES = 15;
export const MAX_SYNC_INTERVAL_MINUTES = 7 * 24 * 60;
