/** Follow-up statuses shared by review recommendations and statement commitments. */

/** Where a recommendation or a commitment stands when it is followed up. */
export const FOLLOW_UP_STATUSES = [
  { value: 'done', label: 'Done' },
  { value: 'on-track', label: 'On track' },
  { value: 'stalled', label: 'Stalled' },
  { value: 'no-report', label: 'No report' },
] as const;

/** One follow-up status value. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]['value'];

/** The label of a follow-up status, e.g. "On track". */
export function followUpLabel(status: string): string {
  return FOLLOW_UP_STATUSES.find((s) => s.value === status)?.label ?? status;
}
