/** Stable kinds of {@link GenerateError}. */
export type GenerateErrorKind = 'template-syntax' | 'template-runtime' | 'invalid-gherkin' | 'unknown-language';

/** Which template a {@link GenerateError} points at, when that is known. */
export type TemplateName = 'feature' | 'scenario';

/**
 * Generation failed because of a template: it is not valid Handlebars, it
 * failed while rendering, or what it rendered is not valid Gherkin. Design
 * text cannot cause it: that is sanitised before it reaches a template.
 */
export class GenerateError extends Error {
  override readonly name = 'GenerateError';
  readonly kind: GenerateErrorKind;
  readonly template: TemplateName | null;
  /**
   * 1-based line: in the template for `template-syntax`, in the rendered text
   * for `invalid-gherkin`; null when unknown.
   */
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
