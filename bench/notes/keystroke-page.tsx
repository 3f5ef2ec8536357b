/**
 * Page side of the keystroke benchmark (issue 11): from a keystroke in a 50,000-character note to
 * the frame that shows it, in the app's NoteEditor (React, autosave running), beside the same
 * keystroke in a plain textarea holding the same text in the same page, interleaved. Both wait
 * for the next frame, so the baseline holds the frame wait and the ratio shows what React and
 * the autosave add to it.
 */
import { I18nextProvider } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { importAesKey } from '../../renderer/src/db/crypto/aes';
import { randomBytes } from '../../renderer/src/db/crypto/bytes';
import { KeyRing } from '../../renderer/src/db/crypto/keyring';
import { AmparoDatabase, setDatabase } from '../../renderer/src/db/database';
import { createNotesRepository } from '../../renderer/src/db/notes-repository';
import { NoteEditor } from '../../renderer/src/features/interviews/NoteEditor';
import { createI18n } from '../../renderer/src/i18n';
import { distribution, type Distribution } from '../lib/stats';
import { noteTextGenerator } from '../lib/synthetic-data';

export interface KeystrokeResult {
  keys: number;
  chars: number;
  plain: Distribution;
  noteEditor: Distribution;
  /**
   * A plain textarea of 20 characters, typed into the same way: the floor of this measure (the
   * wait for the next frame, with next to no text to lay out).
   */
  short: Distribution;
  /**
   * The keystroke's own work on the main thread: from the key going in to the browser handing
   * back control (the input event, and in the editor React's render and commit, which run inside
   * it). Far less sensitive to the machine's load than the wait for the painted frame.
   */
  plainInput: Distribution;
  noteEditorInput: Distribution;
  /** Length of the note as saved at the end, and what it is when every keystroke got in. */
  savedLength: number;
  expectedLength: number;
}

/** Resolves after the frame that follows now has been painted. */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * One keystroke at the end of the text, as the browser types it: the time to the next paint, and
 * the time its input handling took (synchronous: the input event and what runs in it).
 */
async function type(area: HTMLTextAreaElement, char: string): Promise<[number, number]> {
  area.focus();
  area.setSelectionRange(area.value.length, area.value.length);
  const t0 = performance.now();
  document.execCommand('insertText', false, char);
  const t1 = performance.now();
  await afterPaint();
  return [performance.now() - t0, t1 - t0];
}

export async function keystroke(args: { keys?: number; chars?: number }): Promise<KeystrokeResult> {
  const keys = args.keys ?? 200;
  const chars = args.chars ?? 50_000;
  const run = crypto.randomUUID();
  const keyring = new KeyRing(await importAesKey(randomBytes(32)));
  const db = new AmparoDatabase(`bench-keystroke-${run}`, { keyring: () => keyring });
  await db.open();
  setDatabase(db);
  const notes = createNotesRepository(() => db);
  const caseId = crypto.randomUUID();
  const noteId = crypto.randomUUID();
  const body = noteTextGenerator(11).text(chars);
  await notes.save({ noteId, caseId, body });

  const plainArea = document.createElement('textarea');
  plainArea.value = body;
  plainArea.rows = 10;
  document.body.append(plainArea);
  const shortArea = document.createElement('textarea');
  shortArea.value = body.slice(0, 20);
  shortArea.rows = 10;
  document.body.append(shortArea);
  const host = document.createElement('div');
  document.body.append(host);
  const i18n = await createI18n('en');
  const root = createRoot(host);
  root.render(
    <I18nextProvider i18n={i18n}>
      {/* The editor reads the route's state (a search result opening it at a match). */}
      <MemoryRouter>
        <NoteEditor
          noteId={noteId}
          caseId={caseId}
          label="Section note"
          readOnly={false}
          textareaId="bench-note"
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const editorArea = () => document.getElementById('bench-note') as HTMLTextAreaElement | null;
  await until(() => (editorArea()?.value.length ?? 0) >= chars, 'the note to load');

  const plain: number[] = [];
  const short: number[] = [];
  const noteEditor: number[] = [];
  const plainInput: number[] = [];
  const noteEditorInput: number[] = [];
  const typedWord = 'asylum hearing prepared ';
  for (let i = 0; i < keys; i += 1) {
    const char = typedWord[i % typedWord.length]!;
    const [plainPaint, plainHandled] = await type(plainArea, char);
    plain.push(plainPaint);
    plainInput.push(plainHandled);
    short.push((await type(shortArea, char))[0]);
    const [editorPaint, editorHandled] = await type(editorArea()!, char);
    noteEditor.push(editorPaint);
    noteEditorInput.push(editorHandled);
    // Typing pace, with a pause now and then long enough for the autosave to run.
    await sleep(i % 25 === 24 ? 400 : 40);
  }
  await sleep(600);
  const saved = (await notes.get(noteId)).current?.body ?? '';
  root.unmount();
  host.remove();
  plainArea.remove();
  shortArea.remove();
  setDatabase(undefined);
  db.close();
  await db.delete();
  return {
    keys,
    chars,
    plain: distribution(plain),
    short: distribution(short),
    noteEditor: distribution(noteEditor),
    plainInput: distribution(plainInput),
    noteEditorInput: distribution(noteEditorInput),
    savedLength: saved.length,
    expectedLength: body.length + keys,
  };
}
