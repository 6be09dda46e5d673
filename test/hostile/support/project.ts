import type { CoverageReport } from '../../../src/model.js';
import type { CliRun } from '../../support/run-cli.js';

/** The JSON report of `coverage --format json`. */
export function jsonReport(run: CliRun): CoverageReport {
  return JSON.parse(run.stdout) as CoverageReport;
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /\n\s+at .+:\d+:\d+\)?/;

/** A design with one e2e requirement, and a feature file that covers it. */
export const GOOD_DESIGN = `# Payments

## Requirements

- **R1:** Pay by card.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | A card payment succeeds | e2e |
`;

export const GOOD_FEATURE = `@design:pay
Feature: Payments

  @R1
  Scenario: Pay by card
    Given a card
`;
