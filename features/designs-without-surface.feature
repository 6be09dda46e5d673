@design:gherkin-bridge
Feature: Designs without an Acceptance test surface table

  Background:
    Given a file "docs/design/quota/quota.md" containing:
      """
      # Feature design for DEMO-2: Quota

      ## Requirements

      - **R1:** A caller over quota gets 429 with a `Retry-After` header.
      - **R2:** Every response carries the `X-RateLimit-Remaining` header.
      """

  @R26
  Scenario: extract derives one row per requirement at level unknown, with a warning
    When I run "gherkin-bridge extract docs/design/quota/quota.md --format json"
    Then the exit code is 0
    And the JSON output at "designs[0].surface.length" is "2"
    And the JSON output at "designs[0].surface[0].requirements" is "[\"R1\"]"
    And the JSON output at "designs[0].surface[0].behavior" is "\"A caller over quota gets 429 with a Retry-After header.\""
    And the JSON output at "designs[0].surface[0].levels" is "[\"unknown\"]"
    And the JSON output at "designs[0].surface[0].derived" is "true"
    And the JSON output at "designs[0].diagnostics[0].kind" is "\"missing-surface\""
    And the JSON output at "designs[0].diagnostics[0].severity" is "\"warning\""

  @R26
  Scenario: generate writes their scenarios with --levels unknown
    When I run "gherkin-bridge generate docs/design/quota/quota.md --out features --levels unknown"
    Then the exit code is 0
    And stdout contains "created features/quota.feature (2 scenarios)"
    And stderr contains "[missing-surface]"
    And the file "features/quota.feature" contains "@R1 @skip"
    And the file "features/quota.feature" contains "@R2 @skip"

  @R26
  Scenario: coverage expects their requirements only with --levels unknown
    Given a file "features/quota.feature" containing:
      """
      @design:quota
      Feature: Quota

        @R1
        Scenario: Over quota
          Then the status code of the response is 429
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output at "summary.expected" is "0"
    When I run "gherkin-bridge coverage --format json --levels unknown"
    Then the exit code is 1
    And the JSON output at "summary.expected" is "2"
    And the JSON output at "summary.covered" is "1"
    And the JSON output has a finding "uncovered" at "docs/design/quota/quota.md:6"
    And the JSON output has 1 findings of kind "missing-surface"

  @R26
  Scenario: link proposes their requirements from the requirement text, with the warning
    Given a file "features/quota.feature" containing:
      """
      Feature: Quota

        Scenario: Responses carry the remaining quota
          When I send a request
          Then the response has the X-RateLimit-Remaining header
      """
    When I run "gherkin-bridge link"
    Then the exit code is 0
    And stderr contains "docs/design/quota/quota.md:1: warning [missing-surface]"
    And stdout contains "-> quota R2"
