/** An E-Leaders meeting (content/meetings/<year>-<city>.yaml). */
import type { Field } from './fields.ts';

/** Fields of a meeting. */
export const meetingFields = [
  { name: 'year', label: 'Year', kind: 'integer', min: 2000, max: 2100, required: true },
  { name: 'startDate', label: 'First day', kind: 'date', required: false, hint: 'Leave empty when the date is not known' },
  { name: 'endDate', label: 'Last day', kind: 'date', required: false },
  { name: 'city', label: 'City', kind: 'string', required: true, hint: 'Or "online"' },
  { name: 'country', label: 'Host country', kind: 'relation', collection: 'countries', required: false, hint: 'Empty for an online meeting' },
  { name: 'title', label: 'Theme', kind: 'string', required: false, hint: 'Leave empty when no official theme is known' },
  { name: 'source', label: 'Source', kind: 'url', required: true },
] as const satisfies readonly Field[];
