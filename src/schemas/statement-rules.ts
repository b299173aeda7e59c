/** The rules of a statement's commitment follow-up: later meetings only, one report per meeting, honest evidence. */
import type { Refs, RuleIssue, Rules } from './fields.ts';
import { repeats } from './rule-helpers.ts';
import type { StatementEntry, statementFields } from './statement.ts';

type FollowUp = NonNullable<StatementEntry['commitments'][number]['followUp']>[number];

/** Whether the meeting (by its raw fields) took place after `date`; unknown dates compare by year. */
function isLater(meeting: Readonly<Record<string, unknown>> | undefined, date: string): boolean {
  if (!meeting) return true; // an unknown meeting is reported by the field check
  const start = meeting.startDate instanceof Date ? meeting.startDate.toISOString().slice(0, 10) : meeting.startDate;
  if (typeof start === 'string') return start > date;
  return Number(meeting.year) > Number(date.slice(0, 4));
}

function followUpIssues(f: FollowUp, path: (string | number)[], s: StatementEntry, refs: Refs): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (f.meeting === s.meeting || !isLater(refs.meetings.entries?.get(f.meeting), s.date)) {
    out.push({ path: [...path, 'meeting'], message: `"${f.meeting}" is not later than the statement (${s.date}): follow-up is reported at a later meeting` });
  }
  const evidence = (f.practices?.length ?? 0) + (f.links?.length ?? 0);
  if (f.status === 'no-report' && evidence) {
    out.push({ path: [...path, 'status'], message: 'is no-report but evidence is listed: remove the practices and links, or choose done, on-track or stalled' });
  }
  if (f.status === 'done' && !evidence) {
    out.push({ path: [...path, 'status'], message: 'is done but no evidence is listed: add the practices or links that show it, or choose another status' });
  }
  return out;
}

/** Every rule of a statement. */
export const statementRules: Rules<typeof statementFields> = (s, refs) =>
  s.commitments.flatMap((c, ci) => {
    const list = c.followUp ?? [];
    const base = ['commitments', ci, 'followUp'] as const;
    return [
      ...list.flatMap((f, fi) => followUpIssues(f, [...base, fi], s, refs)),
      ...repeats(list, (f) => f.meeting).map((fi) => ({
        path: [...base, fi, 'meeting'],
        message: `"${list[fi]!.meeting}" already has a report for this commitment: keep one report per meeting`,
      })),
    ];
  });
