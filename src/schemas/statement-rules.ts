/** The rules of a statement's commitment follow-up: later meetings only, one report per meeting, honest evidence. */
import type { Refs, RuleIssue, Rules } from './fields.ts';
import { repeats } from './rule-helpers.ts';
import { MEETING_KINDS, statementKindLabel, type StatementEntry, type statementFields } from './statement.ts';

type FollowUp = NonNullable<NonNullable<StatementEntry['commitments']>[number]['followUp']>[number];

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

function documentIssues(s: StatementEntry): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (!s.meeting && MEETING_KINDS.includes(s.kind)) {
    out.push({ path: ['kind'], message: `is ${s.kind}, and a ${statementKindLabel(s.kind).toLowerCase()} is produced at a meeting: add meeting (an id from content/meetings/), or choose another kind` });
  }
  if (s.datePrecision === 'month' && !s.date.endsWith('-01')) {
    out.push({ path: ['date'], message: `is ${s.date} but only the month is known: write ${s.date.slice(0, 8)}01, or remove datePrecision` });
  }
  return out;
}

/** Every rule of a statement. */
export const statementRules: Rules<typeof statementFields> = (s, refs) => [
  ...documentIssues(s),
  ...(s.commitments ?? []).flatMap((c, ci) => {
    const list = c.followUp ?? [];
    const base = ['commitments', ci, 'followUp'] as const;
    return [
      ...list.flatMap((f, fi) => followUpIssues(f, [...base, fi], s, refs)),
      ...repeats(list, (f) => f.meeting).map((fi) => ({
        path: [...base, fi, 'meeting'],
        message: `"${list[fi]!.meeting}" already has a report for this commitment: keep one report per meeting`,
      })),
    ];
  }),
];
