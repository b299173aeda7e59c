/** The rules of a meeting: those of its model (dates in order, an unknown last day said honestly), and its year. */
import type { RuleIssue, Rules } from './fields.ts';
import { meetingRules, type meetingFields } from './meeting.ts';

/** A meeting is filed under the year of its first day (of its last day when only that is known). */
export const meetingYearRules: Rules<typeof meetingFields> = (m) => {
  const out: RuleIssue[] = [];
  const { startDate: start, endDate: end } = m;
  if (start && Number(start.slice(0, 4)) !== m.year) {
    out.push({ path: ['year'], message: `is ${m.year} but the first day is ${start}: the year is the year of the first day; correct one of them` });
  } else if (!start && end && Number(end.slice(0, 4)) !== m.year) {
    out.push({ path: ['year'], message: `is ${m.year} but the last day is ${end}: correct one of them` });
  }
  return out;
};

/** Every rule of a meeting. */
export const allMeetingRules: Rules<typeof meetingFields> = (m, refs) => [...meetingRules(m, refs), ...meetingYearRules(m, refs)];
