/** Label parts for a conflict's field path: `hearings/<id>/date` → ['hearings', 'date']. */
export function fieldLabelPath(fieldPath: string | undefined): [string, string] | null {
  if (!fieldPath) return null;
  const segments = fieldPath.split('/');
  if (segments.length === 3) return [segments[0]!, segments[2]!];
  if (segments.length === 2) return [segments[0]!, segments[1]!];
  return null;
}
