/** The rules of a meeting's dates: it ends on or after its first day, in the year it is filed under. */
import type { RuleIssue, Rules } from './fields.ts';
import type { meetingFields } from './meeting.ts';

/** Every rule of a meeting. Either date may be unknown (the 2025 Sydney meeting's last day is not published). */
export const meetingRules: Rules<typeof meetingFields> = (m) => {
  const out: RuleIssue[] = [];
  const { startDate: start, endDate: end } = m;
  if (start && Number(start.slice(0, 4)) !== m.year) {
    out.push({ path: ['year'], message: `is ${m.year} but the first day is ${start}: the year is the year of the first day; correct one of them` });
  }
  if (!start && end && Number(end.slice(0, 4)) !== m.year) {
    out.push({ path: ['year'], message: `is ${m.year} but the last day is ${end}: correct one of them` });
  }
  if (start && end && end < start) {
    out.push({ path: ['endDate'], message: `${end} is before the first day ${start}: a meeting ends on or after its first day; correct the dates` });
  }
  return out;
};
