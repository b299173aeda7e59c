/**
 * Where commitments and recommendations stand: the newest follow-up report decides, and no report at all
 * reads "no report" (the hub never guesses progress). Pure: no Astro, unit-tested.
 */
import type { FollowUpStatus } from '../schemas/follow-up.ts';
import { FOLLOW_UP_STATUSES } from '../schemas/follow-up.ts';

/** A follow-up report on a statement commitment, at a later meeting. */
export interface CommitmentReport {
  meeting: string;
  status: FollowUpStatus;
  practices?: readonly string[];
  links?: readonly { label: string; url: string }[];
  note?: string;
}

/** A follow-up report on a review recommendation, on a date. */
export interface RecommendationReport {
  recommendation: string;
  status: FollowUpStatus;
  date: string;
  note?: string;
}

/** A commitment's reports, oldest first (by the year of their meeting), and the status they come to. */
export function commitmentProgress(followUp: readonly CommitmentReport[] | undefined, meetingYear: (id: string) => number) {
  const history = [...(followUp ?? [])].sort((a, b) => meetingYear(a.meeting) - meetingYear(b.meeting));
  return { history, status: history.at(-1)?.status ?? ('no-report' as FollowUpStatus) };
}

/** A recommendation's reports, oldest first, and the status they come to. */
export function recommendationProgress(followUp: readonly RecommendationReport[] | undefined, id: string) {
  const history = (followUp ?? []).filter((f) => f.recommendation === id).sort((a, b) => a.date.localeCompare(b.date));
  return { history, status: history.at(-1)?.status ?? ('no-report' as FollowUpStatus) };
}

/** How many items are at each status, in the order of FOLLOW_UP_STATUSES, leaving out statuses with none. */
export function statusCounts(statuses: readonly FollowUpStatus[]): { status: FollowUpStatus; count: number }[] {
  return FOLLOW_UP_STATUSES.map((s) => ({ status: s.value, count: statuses.filter((x) => x === s.value).length })).filter((c) => c.count > 0);
}
