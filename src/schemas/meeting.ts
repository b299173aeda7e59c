/** An E-Leaders meeting (content/meetings/<year>-<city>.yaml). */
import type { EntryOf, Field, RuleIssue, Rules } from './fields.ts';

/** Fields of a meeting. */
export const meetingFields = [
  { name: 'year', label: 'Year', kind: 'integer', min: 2000, max: 2100, required: true },
  { name: 'startDate', label: 'First day', kind: 'date', required: false, hint: 'Leave empty when the date is not known' },
  { name: 'endDate', label: 'Last day', kind: 'date', required: false, hint: 'The same as the first day for a one-day meeting' },
  { name: 'endDateKnown', label: 'Last day known', kind: 'boolean', required: false, hint: 'Set to false when a source gives only the first day: the page then says the end date is not known' },
  { name: 'city', label: 'City', kind: 'string', required: true, hint: 'Or "online"' },
  { name: 'country', label: 'Host country', kind: 'relation', collection: 'countries', required: false, hint: 'Empty for an online meeting' },
  { name: 'title', label: 'Theme', kind: 'string', required: false, hint: 'Leave empty when no official theme is known' },
  { name: 'source', label: 'Source', kind: 'url', required: true },
  { name: 'outcomeNote', label: 'Note on the outcome', kind: 'text', required: false, hint: 'When a source documents the outcome but the hub publishes no outcome document for it, say so and why (e.g. the source is only at an http address)' },
] as const satisfies readonly Field[];

/** A meeting as the build accepts it. */
export type MeetingEntry = EntryOf<typeof meetingFields>;

/** Dates in order, and an unknown end date said honestly (never shown as a one-day meeting). */
export const meetingRules: Rules<typeof meetingFields> = (m) => {
  const out: RuleIssue[] = [];
  if (m.endDateKnown === false && m.endDate) {
    out.push({ path: ['endDate'], message: `is ${m.endDate} but endDateKnown is false: remove one of them` });
  }
  if (m.endDateKnown === false && !m.startDate) {
    out.push({ path: ['endDateKnown'], message: 'says the last day is not known, but no first day is given: add startDate, or remove endDateKnown' });
  }
  if (m.startDate && m.endDate && m.endDate < m.startDate) {
    out.push({ path: ['endDate'], message: `${m.endDate} is before the first day (${m.startDate})` });
  }
  if (m.endDate && !m.startDate) out.push({ path: ['endDate'], message: 'is given without a first day: add startDate' });
  return out;
};
