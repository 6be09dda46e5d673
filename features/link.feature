@design:gherkin-bridge
Feature: Linking an untagged suite to its designs

  Background:
    Given a file "docs/design/backup/backup.md" containing:
      """
      # Feature design for DEMO-7: Database backup

      ## Requirements

      - **R1:** Nightly snapshots of the database are written to the bucket named in `backup.bucket`.
      - **R2:** A snapshot older than `backup.retention_days` is pruned from the bucket.
      - **R3:** Restoring a snapshot with `--restore-from` brings the database back to the snapshot state.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | A snapshot object appears in the bucket after the nightly job | e2e |
      | R2  | Snapshots past retention are deleted from the bucket | e2e |
      | R3  | Data written after the snapshot is gone after a restore | e2e |
      """
    And a file "tests/features/backup.feature" containing:
      """
      Feature: Backups

        Scenario: The nightly job writes a snapshot to the bucket
          Given the bucket "nightly" is configured as backup.bucket
          When the nightly job runs
          Then a snapshot object appears in the bucket

        @slow
        Scenario: Old snapshots are pruned after the retention period
          Given backup.retention_days is 7
          When the nightly job runs
          Then the old snapshot is deleted from the bucket
      """

  @R24
  Scenario: Untagged scenarios get ranked candidates with a score and the words that matched
    Given a file "tests/features/misc.feature" containing:
      """
      Feature: Misc

        Scenario: Restore from a snapshot
          When I start the service with --restore-from latest
          Then the data written after the snapshot is gone

        Scenario: The login page shows the company logo
          When I open the login page
          Then I see the logo
      """
    When I run "gherkin-bridge link --format json"
    Then the exit code is 0
    And every suggestion lists its candidates best first, each with a score and matched words
    And the suggestion for "tests/features/backup.feature:3" is "backup R1" with the matched word "bucket"
    And the suggestion for "tests/features/backup.feature:9" is "backup R2" with the matched word "retention"
    And the suggestion for "tests/features/misc.feature:3" is "backup R3" with the matched word "restore-from"
    And the suggestion for "tests/features/misc.feature:7" is not confident
    And the JSON output at "suggestions.length" is "4"

  @R24
  Scenario: The text report shows the candidates, and scenarios below --min-score as no confident match
    When I run "gherkin-bridge link --min-score 0.99"
    Then the exit code is 0
    And stdout contains "tests/features/backup.feature:3  The nightly job writes a snapshot to the bucket"
    And stdout contains "  no confident match (closest: backup R1, score 0."
    And stdout contains "2 of 2 scenarios have no requirement tag: 0 with a confident match, 2 with no confident match (min score 0.99)."

  @R24
  Scenario: Scenarios that already have a requirement tag are not proposed again
    Given a file "tests/features/backup.feature" containing:
      """
      @design:backup
      Feature: Backups

        @R1
        Scenario: The nightly job writes a snapshot to the bucket
          Given the nightly job ran
      """
    When I run "gherkin-bridge link"
    Then the exit code is 0
    And stdout contains "Every scenario (1) has a requirement tag: nothing to link."

  @R25
  Scenario: --write adds only tags, and the design tag once on the Feature when the whole file links to one design
    When I run "gherkin-bridge link --write"
    Then the exit code is 0
    And stdout contains "tagged 2 scenarios in tests/features/backup.feature (@design:backup on the Feature)"
    And the file "tests/features/backup.feature" is exactly:
      """
      @design:backup
      Feature: Backups

        @R1
        Scenario: The nightly job writes a snapshot to the bucket
          Given the bucket "nightly" is configured as backup.bucket
          When the nightly job runs
          Then a snapshot object appears in the bucket

        @slow @R2
        Scenario: Old snapshots are pruned after the retention period
          Given backup.retention_days is 7
          When the nightly job runs
          Then the old snapshot is deleted from the bucket
      """
    When I run "gherkin-bridge coverage --format json --features tests/**/*.feature"
    Then the JSON output at "summary.covered" is "2"

  @R25
  Scenario: A file linking to nothing in part gets the design tag on each linked scenario, and keeps its BOM and CRLF
    Given a file "tests/features/backup.feature" with CRLF line endings and a BOM containing:
      """
      Feature: Mixed

        Scenario: Restore from a snapshot
          When I start the service with --restore-from latest
          Then the data written after the snapshot is gone

        Scenario: The login page shows the company logo
          When I open the login page
      """
    When I run "gherkin-bridge link --write"
    Then the exit code is 0
    And the file "tests/features/backup.feature" starts with a BOM and every line ends with CRLF
    And the file "tests/features/backup.feature" is exactly:
      """
      <BOM>Feature: Mixed<CR>
      <CR>
        @design:backup @R3<CR>
        Scenario: Restore from a snapshot<CR>
          When I start the service with --restore-from latest<CR>
          Then the data written after the snapshot is gone<CR>
      <CR>
        Scenario: The login page shows the company logo<CR>
          When I open the login page
      """

  @R25
  Scenario: A feature file that does not parse is reported and left alone
    Given a file "tests/features/broken.feature" containing:
      """
      Feature: Broken
        Scenario: The nightly job writes a snapshot to the bucket
          Given the nightly job ran
        this line is not Gherkin
      """
    And I remember the bytes of "tests/features/broken.feature"
    When I run "gherkin-bridge link --write"
    Then the exit code is 0
    And stderr contains "tests/features/broken.feature:4: error [parse-error]"
    And stderr contains "(file left alone)"
    And the file "tests/features/broken.feature" is unchanged
    And the file "tests/features/backup.feature" contains "@design:backup"

  @R25
  Scenario: --interactive needs a terminal
    And I remember the bytes of "tests/features/backup.feature"
    When I run "gherkin-bridge link --interactive"
    Then the exit code is 2
    And stderr contains "--interactive needs a terminal on stdin"
    And stderr has no stack trace
    And the file "tests/features/backup.feature" is unchanged

  @R24
  Scenario: A bad --min-score is a usage error
    When I run "gherkin-bridge link --min-score 7"
    Then the exit code is 2
    And stderr contains "Unexpected --min-score \"7\", expected a number from 0 to 1"
