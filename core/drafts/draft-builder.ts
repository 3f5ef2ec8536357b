/**
 * Assembles one draft. Every value goes through `value()` or `gap()`, so the checklist shown
 * before generation and the `[[placeholder]]` marks in the document come from the same calls and
 * cannot disagree. Protected information goes through `allows()` and `withhold()`.
 */
import type { LocalizedText } from '../law/law-schema';
import type {
  Block,
  DraftDocument,
  DraftInput,
  DraftKind,
  Inline,
  SensitiveCategory,
  WithheldItem,
} from './draft-types';
import { REVIEW_MARK } from './draft-types';
import { mayInclude } from './redaction';
import { type MissingItem, type RequirementId, requirement, requirementIds } from './requirements';
import { officialCitations } from './citation-filter';

export type Content = Inline | string;

export function text(value: string): Inline {
  return { text: value };
}

export function bold(value: string): Inline {
  return { text: value, bold: true };
}

function inline(content: Content): Inline {
  return typeof content === 'string' ? { text: content } : content;
}

export function inlines(content: readonly Content[]): Inline[] {
  return content.map(inline);
}

export interface DraftResult {
  readonly document: DraftDocument;
  readonly missing: readonly MissingItem[];
  readonly withheld: readonly WithheldItem[];
}

export class DraftBuilder {
  readonly blocks: Block[] = [];
  private readonly counts = new Map<RequirementId, number>();
  private readonly withheldItems = new Map<string, WithheldItem>();

  constructor(readonly input: DraftInput) {}

  get caseFile() {
    return this.input.caseFile;
  }

  /** The value as text, or the requirement's `[[placeholder]]` (recorded as missing). */
  value(id: RequirementId, value: string | null | undefined, label?: string): Inline {
    if (value !== null && value !== undefined && value.trim() !== '') return text(value);
    return this.gap(id, label);
  }

  /** Always a `[[placeholder]]`: the data is missing, or only the attorney can supply it. */
  gap(id: RequirementId, label?: string): Inline {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    return { placeholder: label ?? requirement(id).placeholder };
  }

  /** May information of these categories go into this export? */
  allows(categories: readonly SensitiveCategory[]): boolean {
    return mayInclude(this.input, categories);
  }

  /** Records what was left out, for the list on screen (never written to the file). */
  withhold(categories: readonly SensitiveCategory[], label: LocalizedText): void {
    for (const category of categories) {
      if (this.allows([category])) continue;
      this.withheldItems.set(`${category}|${label.en}`, { category, label });
    }
  }

  /** `allows()`, recording the item as withheld when it does not. */
  admit(categories: readonly SensitiveCategory[], label: LocalizedText): boolean {
    if (this.allows(categories)) return true;
    this.withhold(categories, label);
    return false;
  }

  title(...content: Content[]): void {
    this.blocks.push({ kind: 'title', content: inlines(content) });
  }

  heading(...content: Content[]): void {
    this.blocks.push({ kind: 'heading', content: inlines(content) });
  }

  para(...content: Content[]): void {
    this.blocks.push({ kind: 'paragraph', content: inlines(content) });
  }

  centered(...content: Content[]): void {
    this.blocks.push({ kind: 'paragraph', content: inlines(content), align: 'center' });
  }

  bullets(items: readonly (readonly Content[])[]): void {
    if (items.length > 0) this.blocks.push({ kind: 'bullets', items: items.map(inlines) });
  }

  fields(rows: readonly (readonly [label: string, value: Content | readonly Content[]])[]): void {
    this.blocks.push({
      kind: 'fields',
      rows: rows.map(([label, value]) => ({
        label,
        value: Array.isArray(value) ? inlines(value) : [inline(value as Content)],
      })),
    });
  }

  note(...content: Content[]): void {
    this.blocks.push({ kind: 'note', content: inlines(content) });
  }

  pageBreak(): void {
    this.blocks.push({ kind: 'pageBreak' });
  }

  push(block: Block): void {
    this.blocks.push(block);
  }

  missing(): MissingItem[] {
    return requirementIds
      .filter((id) => this.counts.has(id))
      .map((id) => ({ ...requirement(id), count: this.counts.get(id) ?? 0 }));
  }

  finish(meta: {
    kind: DraftKind;
    title: string;
    header: readonly Inline[];
    citations: readonly string[];
  }): DraftResult {
    return {
      document: {
        ...meta,
        citations: officialCitations(meta.citations),
        reviewMark: this.input.approved ? null : REVIEW_MARK,
        blocks: [...this.blocks],
      },
      missing: this.missing(),
      withheld: [...this.withheldItems.values()],
    };
  }
}

/** Joins pieces of content with a separator, for sentences built from several values. */
export function joined(parts: readonly (readonly Content[])[], separator = ', '): Content[] {
  return parts.flatMap((part, index) => (index === 0 ? [...part] : [separator, ...part]));
}
