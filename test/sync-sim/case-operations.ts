/**
 * What an attorney does to a case file: change ordinary and legally significant fields, add and
 * remove hearings and family members. Every value is synthetic and unique in the run.
 */
import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import { pickCase, type OpContext, type OpOutcome } from './op-context';
import type { FieldEdit } from './write-log';

type TextField = readonly [path: string, label: string];

const ORDINARY_FIELDS: readonly TextField[] = [
  ['court/judge', 'IJ'],
  ['custody/iceOffice', 'Office'],
  ['custody/deportationOfficer', 'Officer'],
  ['releasePlan/sponsorName', 'Sponsor'],
  ['releasePlan/sponsorRelation', 'Relation'],
  ['immigrationStatus/notes', 'Status note'],
  ['flags/safeContact/notes', 'Contact note'],
];

const LEGAL_TEXT_FIELDS: readonly TextField[] = [
  ['court/court', 'Court'],
  ['court/controlCourt', 'Control court'],
  ['custody/facility', 'Facility'],
];

const CUSTODY_STATUSES = ['detained', 'released_bond', 'released_parole', 'never_detained'];
const EOIR_STATUSES = ['pending', 'continued', 'admin_closed', 'relief_granted'];

function caseRef(file: CaseFile) {
  return { entity: 'case' as const, entityId: file.id, caseId: file.id };
}

export async function editOrdinaryField(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const edits: FieldEdit[] = [];
  const count = prng.int(1, 2);
  for (let i = 0; i < count; i += 1) {
    const roll = prng.int(0, 9);
    if (roll < 7 || (file.hearings.length === 0 && file.family.length === 0)) {
      const [path, label] = prng.pick(ORDINARY_FIELDS);
      edits.push({ path, value: ctx.values.text(label), unique: true });
    } else if (file.hearings.length > 0 && (roll < 9 || file.family.length === 0)) {
      const hearing = prng.pick(file.hearings);
      const field = prng.pick(['notes', 'callIn'] as const);
      edits.push({
        path: `hearings/${hearing.id}/${field}`,
        value: ctx.values.text(field === 'notes' ? 'Hearing note' : 'Call-in'),
        unique: true,
      });
    } else {
      const member = prng.pick(file.family);
      edits.push({
        path: `family/${member.id}/location`,
        value: ctx.values.text('Town'),
        unique: true,
      });
    }
  }
  await ctx.log.edit(ctx.client, file.id, () => edits);
  return 'done';
}

export async function editLegalField(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const kind = prng.weighted({ text: 4, aNumber: 1, custody: 1, eoir: 1, hearing: 4 });
  let edit: FieldEdit;
  if (kind === 'hearing' && file.hearings.length > 0) {
    const hearing = prng.pick(file.hearings);
    const field = prng.pick(['date', 'time', 'outcome'] as const);
    const value =
      field === 'date'
        ? ctx.values.date()
        : field === 'time'
          ? ctx.values.time()
          : ctx.values.text('Outcome');
    edit = { path: `hearings/${hearing.id}/${field}`, value, unique: true };
  } else if (kind === 'aNumber') {
    edit = { path: 'identity/aNumber', value: ctx.values.aNumber(), unique: true };
  } else if (kind === 'custody') {
    edit = { path: 'custody/status', value: prng.pick(CUSTODY_STATUSES), unique: false };
  } else if (kind === 'eoir') {
    edit = { path: 'eoirStatus/status', value: prng.pick(EOIR_STATUSES), unique: false };
  } else {
    const [path, label] = prng.pick(LEGAL_TEXT_FIELDS);
    edit = { path, value: ctx.values.text(label), unique: true };
  }
  await ctx.log.edit(ctx.client, file.id, () => [edit]);
  return 'done';
}

export async function addHearing(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const hearing = {
    id: prng.uuid(),
    type: prng.pick(['master', 'individual', 'bond'] as const),
    format: prng.pick(['in_person', 'video', 'phone'] as const),
    date: ctx.values.date(),
    time: prng.chance(0.5) ? ctx.values.time() : null,
  };
  await ctx.client.device.docs.update(file.id, (doc) => ({
    ...doc,
    hearings: [...(doc['hearings'] as JsonObject[]), hearing],
  }));
  ctx.log.created(
    ctx.client,
    caseRef(file),
    `hearings/${hearing.id}`,
    hearing,
    (path) => path.endsWith('/date') || (path.endsWith('/time') && hearing.time !== null),
  );
  return 'done';
}

export async function addFamilyMember(ctx: OpContext): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  if (!file) return 'skipped';
  const member = {
    id: prng.uuid(),
    relation: prng.pick(['spouse', 'child', 'parent', 'sibling'] as const),
    name: ctx.values.text('Relative Testperson'),
    married: null,
    status: prng.pick(['usc', 'lpr', 'none', 'unknown'] as const),
  };
  await ctx.client.device.docs.update(file.id, (doc) => ({
    ...doc,
    family: [...(doc['family'] as JsonObject[]), member],
  }));
  ctx.log.created(ctx.client, caseRef(file), `family/${member.id}`, member, (path) =>
    path.endsWith('/name'),
  );
  return 'done';
}

/** Removes a hearing or a family member (the list is chosen by `list`). */
export async function removeItem(ctx: OpContext, list: 'hearings' | 'family'): Promise<OpOutcome> {
  const { prng } = ctx.client;
  const file = await pickCase(ctx);
  const items = (file?.[list] ?? []) as unknown as JsonObject[];
  if (!file || items.length === 0) return 'skipped';
  const target = prng.pick(items);
  let removed: JsonObject | undefined;
  await ctx.client.device.docs.update(file.id, (doc) => {
    const current = doc[list] as JsonObject[];
    removed = current.find((item) => item['id'] === target['id']);
    return { ...doc, [list]: current.filter((item) => item['id'] !== target['id']) };
  });
  if (removed)
    ctx.log.removed(ctx.client, caseRef(file), `${list}/${String(target['id'])}`, removed);
  return 'done';
}
