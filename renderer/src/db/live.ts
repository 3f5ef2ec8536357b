// The one doorway from React to live database queries: features import this, never Dexie.
export { useLiveQuery } from 'dexie-react-hooks';
