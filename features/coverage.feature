@design:gherkin-bridge
Feature: Coverage of designs by feature files

  Background:
    Given a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.
      - **R3:** Receipt.
      - **R7:** Defined but in no row.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying works | e2e |
      | R2  | Refunding works | e2e |
      | R3  | Receipts are stored | unit |
      | R8  | Not defined above | unit |
      """
    And a file "docs/design/pay/pay-spike.md" containing:
      """
      # A spike is not a design

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Ignored | e2e |
      """

  @R5 @R8
  Scenario: Zero configuration finds designs and features, and counts coverage
    Given a file "tests/e2e/features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay by card
          Given a card
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And the JSON output at "summary.designs" is "1"
    And the JSON output at "summary.featureFiles" is "1"
    And the JSON output at "summary.expected" is "2"
    And the JSON output at "summary.covered" is "1"
    And the JSON output at "designs[0].requirements[0].status" is "\"covered\""
    And the JSON output at "designs[0].requirements[0].scenarios" is "[{\"file\": \"tests/e2e/features/pay.feature\", \"line\": 5, \"name\": \"Pay by card\", \"status\": \"covered\"}]"
    And the JSON output at "designs[0].requirements[1].status" is "\"uncovered\""
    And the JSON output has a finding "uncovered" at "docs/design/pay/pay.md:15"

  @R8
  Scenario: The text report groups findings by design with file:line
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2
        Scenario: Pay and refund
          Given a card
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 0
    And stdout contains "docs/design/pay/pay.md (@design:pay) — Payments"
    And stdout contains "2/2 expected requirements covered (100%)"
    And stdout contains "docs/design/pay/pay.md:8: warning [unmapped-requirement]"
    And stdout contains "docs/design/pay/pay.md:17: warning [undefined-requirement]"
    And stdout contains "1 design, 1 feature file, 1 scenario; 2/2 expected requirements covered (100%)"

  @R6
  Scenario: The most specific design tag wins, and unlinked files count for nothing
    Given a file "docs/design/other/other.md" containing:
      """
      # Other

      ## Requirements

      - **R1:** Other one.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Other works | e2e |
      """
    And a file "features/mixed.feature" containing:
      """
      @design:other
      Feature: Mixed

        Scenario Outline: Refund <n>
          Given refund <n>

          @design:pay @R2
          Examples:
            | n |
            | 1 |
      """
    And a file "features/unlinked.feature" containing:
      """
      Feature: Not linked

        @R1
        Scenario: Pay
          Given a card
      """
    When I run "gherkin-bridge coverage --format json --fail-on none"
    Then the exit code is 0
    And the JSON output at "designs[0].slug" is "\"other\""
    And the JSON output at "designs[0].covered" is "0"
    And the JSON output at "designs[1].slug" is "\"pay\""
    And the JSON output at "designs[1].requirements[1].status" is "\"covered\""
    And the JSON output at "designs[1].requirements[0].status" is "\"uncovered\""

  @R7
  Scenario: Every finding kind points at the line to fix, and a broken file does not stop the others
    Given a file "features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay
          Given a card

        @R9
        Scenario: Names a requirement the design lacks
          Given nothing

        Scenario: Has no requirement tag
          Given nothing
      """
    And a file "features/typo.feature" containing:
      """
      @design:pya
      Feature: Typo in the design slug

        @R1
        Scenario: Pay
          Given a card
      """
    And a file "features/broken.feature" containing:
      """
      Feature: Broken

        Scenario: One
          Given a step
        Examples without a colon
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And the JSON output has a finding "uncovered" at "docs/design/pay/pay.md:15"
    And the JSON output has a finding "orphaned" at "features/pay.feature:8"
    And the JSON output has a finding "orphaned" at "features/typo.feature:1"
    And the JSON output has a finding "untraced" at "features/pay.feature:12"
    And the JSON output has a finding "parse-error" at "features/broken.feature:5"
    And the JSON output has a finding "unmapped-requirement" at "docs/design/pay/pay.md:8"
    And the JSON output has a finding "undefined-requirement" at "docs/design/pay/pay.md:17"
    And the JSON output at "summary.covered" is "1"

  @R7
  Scenario: Two designs with the same slug are reported as duplicates
    Given a file "docs/design/again/pay.md" containing:
      """
      # Feature design for Payments again
      """
    When I run "gherkin-bridge coverage --format json --fail-on none"
    Then the exit code is 0
    And the JSON output has a finding "duplicate" at "docs/design/pay/pay.md:1"

  @R5
  Scenario: A config file sets the globs and a bad key is named
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "features": ["acceptance/**/*.feature"], "levels": ["e2e", "unit"] }
      """
    And a file "acceptance/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1 @R2 @R3 @R8
        Scenario: Everything
          Given a card
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output at "summary.expected" is "4"
    And the JSON output at "summary.covered" is "4"
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "features": ["acceptance/**/*.feature"], "levles": ["e2e"] }
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 2
    And stderr contains "unknown key \"levles\""
    And stderr has no stack trace

  @R5
  Scenario: The config can live in package.json
    Given a file "package.json" containing:
      """
      { "name": "x", "gherkin-bridge": { "levels": ["banana"] } }
      """
    When I run "gherkin-bridge coverage"
    Then the exit code is 2
    And stderr contains "package.json#gherkin-bridge"
    And stderr contains "levels[0]"
