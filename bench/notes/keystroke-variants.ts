/**
 * Editors tried against the textarea in the keystroke benchmark (issue 11), each holding the same
 * text and typed into the same way (`execCommand('insertText')` at the end of the text, timed
 * until the frame after it has been painted):
 *
 * - `codeMirror`: a CodeMirror 6 editor (state, view, the default keymap and history, lines
 *   wrapped), which lays out and draws only the lines in and near its viewport;
 * - `contained`: a plain textarea with CSS containment (`contain: strict`, a fixed height), to see
 *   whether telling Chromium that nothing outside depends on it spares the layout;
 * - `noSpellcheck` (a diagnostic, not a candidate: the note must keep spellcheck): a plain
 *   textarea with `spellcheck = false`.
 */
import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

/** Resolves after the frame that follows now has been painted. */
export const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/**
 * Every editor in the page has the same box (a note field's width, ten lines high), so that each
 * wraps the text into the same lines and shows as much of it.
 */
export const editorBox = { width: '40rem', height: '12rem', boxSizing: 'border-box' } as const;

export interface TypedEditor {
  /** One key at the end of the text: [to the painted frame, input handling], in ms. */
  type(char: string): Promise<[number, number]>;
  text(): string;
  dispose(): void;
}

/**
 * Times one key, put in after `prepare` (focus, caret at the end): input handling runs until the microtasks queued by the key have run (an editor
 * that reads the DOM's change in a MutationObserver does its work there), paint until the frame
 * after it.
 */
export async function timeKey(
  editor: string,
  prepare: () => void,
  char: string,
): Promise<[number, number]> {
  prepare();
  // For a trace of the run (`--trace`): the key's window, to count the CPU time in it.
  performance.mark(`key:${editor}:s`);
  const t0 = performance.now();
  document.execCommand('insertText', false, char);
  await Promise.resolve();
  const t1 = performance.now();
  await afterPaint();
  const painted = performance.now();
  performance.mark(`key:${editor}:e`);
  return [painted - t0, t1 - t0];
}

export function plainTextarea(
  name: string,
  body: string,
  style?: Partial<CSSStyleDeclaration>,
  properties?: Partial<Pick<HTMLTextAreaElement, 'spellcheck'>>,
): TypedEditor {
  const area = document.createElement('textarea');
  Object.assign(area, properties);
  area.value = body;
  Object.assign(area.style, editorBox, style);
  document.body.append(area);
  return {
    type: (char) =>
      timeKey(
        name,
        () => {
          area.focus();
          area.setSelectionRange(area.value.length, area.value.length);
        },
        char,
      ),
    text: () => area.value,
    dispose: () => area.remove(),
  };
}

/** A textarea with the strictest CSS containment Chromium knows (size, layout, paint, style). */
export const containedTextarea = (body: string) =>
  plainTextarea('contained', body, { contain: 'strict' });

export function codeMirror(body: string): TypedEditor {
  const host = document.createElement('div');
  // The editor scrolls inside the box.
  Object.assign(host.style, editorBox);
  document.body.append(host);
  // In a shadow root, CodeMirror's styles go in as a constructed style sheet: in the document
  // they go in a <style> element, which the app's CSP (style-src 'self') refuses.
  const root = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: body,
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { overflow: 'auto' } }),
      ],
    }),
  });
  // The caret at the end, shown, as an attorney adding to a long note has it.
  view.dispatch({ selection: { anchor: body.length }, scrollIntoView: true });
  return {
    type: (char) =>
      timeKey(
        'codeMirror',
        () => {
          view.focus();
          const end = view.state.doc.length;
          if (view.state.selection.main.head !== end)
            view.dispatch({ selection: { anchor: end }, scrollIntoView: true });
        },
        char,
      ),
    text: () => view.state.doc.toString(),
    dispose: () => {
      view.destroy();
      host.remove();
    },
  };
}
