/** Licence notes for the hub's own tables (practices, statements, reviews, meetings). Pure. */

/**
 * No open licence has been declared for the hub's own text: this says so rather than invent one. The facts in
 * each row come from the sources linked in it; set a real licence here (an Open Definition `name`, a `path`, a `title`) once the publisher
 * chooses one, and every download and datapackage.json follows.
 */
export const HUB_CONTENT_LICENCE = {
  /** The Open Definition id for "licence not specified". */
  name: 'notspecified',
  title: "No licence declared yet for the E-Leaders hub's own text: ask the hub's editors before reuse, and cite the source linked in each row",
} as const;
