/**
 * Cleared fields (browser only). Decap writes a field an editor cleared as "" or null, and the build
 * refuses both for an optional field: it must be absent. Before every save, the entry's data loses
 * every "" and null, in nested objects and lists too, so the file has no such key.
 */

/** The Immutable.js collections Decap keeps entry data in (only what pruning needs). */
interface ImmutableLike {
  filter(keep: (value: unknown) => boolean): ImmutableLike;
  map(f: (value: unknown) => unknown): ImmutableLike;
}

const isMap = (v: unknown): v is ImmutableLike => typeof v === 'object' && v !== null && '@@__IMMUTABLE_MAP__@@' in v;
const isList = (v: unknown): v is ImmutableLike => typeof v === 'object' && v !== null && '@@__IMMUTABLE_LIST__@@' in v;
const empty = (v: unknown) => v === '' || v === null || v === undefined;

/** `data` without "" and null values, at any depth. */
export function pruneEmpty(data: unknown): unknown {
  if (isMap(data) || isList(data)) return data.filter((v) => !empty(v)).map(pruneEmpty);
  return data;
}

/** The `preSave` event handler: returns the pruned data, which Decap then saves. */
export function preSaveHandler({ entry }: { entry: { get(key: 'data'): unknown } }): unknown {
  return pruneEmpty(entry.get('data'));
}
