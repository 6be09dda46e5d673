/** A small repository: two designs (one without a surface table) and feature files in every state `link` meets. */
export const BACKUP_DESIGN = `# Feature design for DEMO-7: Database backup

| | |
|-|-|
| **Feature** | DEMO-7 |

## Requirements

- **R1:** Nightly snapshots of the database are written to the bucket named in \`backup.bucket\`.
- **R2:** A snapshot older than \`backup.retention_days\` is pruned from the bucket.
- **R3:** Restoring a snapshot with \`--restore-from\` brings the database back to the snapshot state.

## Acceptance test surface

| Req | Observable behavior | Verified by |
|-----|---------------------|-------------|
| R1  | A snapshot object appears in the bucket after the nightly job | e2e |
| R2  | Snapshots past retention are deleted from the bucket | e2e |
| R3  | Data written after the snapshot is gone after a restore | e2e |
`;

export const ALERTS_DESIGN = `# Feature design for DEMO-9: Paging alerts

## Requirements

- **R1:** A failed health probe pages the on-call engineer within 60 seconds.
- **R2:** An acknowledged page is not sent again.
`;

export const BACKUP_FEATURE = `Feature: Backups

  Scenario: The nightly job writes a snapshot to the bucket
    Given the bucket "nightly" is configured as backup.bucket
    When the nightly job runs
    Then a snapshot object appears in the bucket

  @slow
  Scenario: Old snapshots are pruned after the retention period
    Given backup.retention_days is 7
    And a snapshot 8 days old in the bucket
    When the nightly job runs
    Then the old snapshot is deleted from the bucket

  Scenario: Restore from a snapshot
    When I start the service with --restore-from latest
    Then the data written after the snapshot is gone
`;

export const MIXED_FEATURE = `Feature: Operations

  Scenario: A failed health probe pages the on-call engineer
    Given the health probe fails
    Then the on-call engineer is paged within 60 seconds

  Scenario: Restore brings back the snapshot state
    When I run the service with --restore-from yesterday
    Then the database is back to the snapshot state

  Scenario: The login page shows the company logo
    When I open the login page
    Then I see the logo
`;

export const TAGGED_FEATURE = `@design:alerts
Feature: Paging

  @R1
  Scenario: Probe failure pages someone
    Given the health probe fails
    Then a page is sent

  Scenario: Acknowledged pages stay quiet
    Given a page was acknowledged
    Then the page is not sent again
`;

export const BROKEN_FEATURE = `Feature: Broken
  Scenario: fine
    Given x
  this line is not Gherkin
`;

/** The whole repository, by path. */
export const LINK_PROJECT: Record<string, string> = {
  'docs/design/backup/backup.md': BACKUP_DESIGN,
  'docs/design/alerts/alerts.md': ALERTS_DESIGN,
  'tests/features/backup.feature': BACKUP_FEATURE,
  'tests/features/mixed.feature': MIXED_FEATURE,
  'tests/features/paging.feature': TAGGED_FEATURE,
  'tests/features/broken.feature': BROKEN_FEATURE,
};
