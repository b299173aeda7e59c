/** The taxonomy: principles of the 2014 Recommendation and dimensions of the Policy Framework. */
import type { Field } from './fields.ts';

/** The three pillars the twelve principles are grouped in. */
export const PILLARS = [
  { value: 'openness_engagement', label: 'Openness and engagement' },
  { value: 'governance_coordination', label: 'Governance and co-ordination' },
  { value: 'capacities_implementation', label: 'Capacities to support implementation' },
] as const;

/** Fields of a principle (content/principles.yaml). */
export const principleFields = [
  { name: 'id', label: 'Number as text', kind: 'string', required: true },
  { name: 'n', label: 'Number', kind: 'integer', min: 1, max: 12, required: true },
  { name: 'short', label: 'Principle', kind: 'string', required: true },
  { name: 'pillar', label: 'Pillar', kind: 'select', options: PILLARS, required: true },
] as const satisfies readonly Field[];

/** Fields of a dimension (content/dimensions.yaml). */
export const dimensionFields = [
  { name: 'id', label: 'Id', kind: 'string', required: true },
  { name: 'name', label: 'Name', kind: 'string', required: true },
  {
    name: 'group', label: 'Group', kind: 'select', required: true,
    options: [
      { value: 'foundational', label: 'Foundational' },
      { value: 'transformational', label: 'Transformational' },
    ],
  },
  { name: 'summary', label: 'Summary', kind: 'text', required: true },
] as const satisfies readonly Field[];
