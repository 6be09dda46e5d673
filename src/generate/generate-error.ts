/** Stable kinds of {@link GenerateError}. */
export type GenerateErrorKind = 'template-syntax' | 'template-runtime' | 'invalid-gherkin' | 'unknown-language';

/** Which template a {@link GenerateError} points at, when that is known. */
export type TemplateName = 'feature' | 'scenario';

/** Generation failed because of a template (never of design text, which is sanitised before it reaches one). */
export class GenerateError extends Error {
  override readonly name = 'GenerateError';
  readonly kind: GenerateErrorKind;
  readonly template: TemplateName | null;
  /** 1-based line in the template (`template-syntax`) or the rendered text (`invalid-gherkin`), or null. */
  readonly line: number | null;

  constructor(
    message: string,
    details: { kind: GenerateErrorKind; template?: TemplateName | null; line?: number | null },
  ) {
    super(message);
    this.kind = details.kind;
    this.template = details.template ?? null;
    this.line = details.line ?? null;
  }
}
