/** Paragraphs of a note as comments address them: split on blank lines, trimmed, empty ones dropped. */
export function noteParagraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The start of a paragraph, kept with a comment so it can be shown once the paragraph changed. */
export function paragraphQuote(paragraph: string, max = 120): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
