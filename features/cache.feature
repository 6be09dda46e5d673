@design:gherkin-bridge @R28
Feature: The feature index cache

  Background:
    Given a file "package.json" containing:
      """
      {"name": "pay", "private": true}
      """
    And a file "docs/design/pay/pay.md" containing:
      """
      # Payments

      ## Requirements

      - **R1:** Pay.
      - **R2:** Refund.

      ## Acceptance test surface

      | Req | Observable behavior | Verified by |
      |-----|---------------------|-------------|
      | R1  | Paying works | e2e |
      | R2  | Refunding works | e2e |
      """
    And a file "tests/e2e/features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay by card
          Given a card
      """
    And a file "tests/e2e/features/other.feature" containing:
      """
      Feature: Something else

        Scenario: Unrelated
          Given nothing linked

        Scenario Outline: Also unrelated <n>
          Given <n>

          Examples:
            | n |
            | 1 |
      """

  Scenario: A second run reads the cache and reports exactly what the first did
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And the folder "node_modules/.cache/gherkin-bridge" holds one cache file
    And the JSON output at "summary.scenarios" is "3"
    When I remember stdout
    And I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And stdout is the remembered stdout

  Scenario: A feature file edited between runs is read again
    When I run "gherkin-bridge coverage --format json"
    Then the JSON output at "summary.covered" is "1"
    Given a file "tests/e2e/features/pay.feature" containing:
      """
      @design:pay
      Feature: Payments

        @R1
        Scenario: Pay by card
          Given a card

        @R2
        Scenario: Refund
          Given a payment
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 0
    And the JSON output at "summary.covered" is "2"

  Scenario: A corrupt cache file is ignored and replaced
    When I run "gherkin-bridge coverage --format json"
    And I remember stdout
    And the cache file in "node_modules/.cache/gherkin-bridge" is replaced by:
      """
      {"format": "gherkin-bridge/cache@1", "entries": {"oops
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And stderr has no stack trace
    And stdout is the remembered stdout
    And the cache file in "node_modules/.cache/gherkin-bridge" is valid JSON

  Scenario: Runs at the same time leave one whole cache file, which the next run reads
    When I run "gherkin-bridge coverage --format json" 6 times at once
    Then every run exited 1 with the same stdout
    And the cache file in "node_modules/.cache/gherkin-bridge" is valid JSON
    And the folder "node_modules/.cache/gherkin-bridge" holds no temporary file
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And the JSON output at "summary.scenarios" is "3"

  Scenario: --no-cache neither reads nor writes the cache
    When I run "gherkin-bridge coverage --format json --no-cache"
    Then the exit code is 1
    And the JSON output at "summary.scenarios" is "3"
    And the file "node_modules/.cache/gherkin-bridge" does not exist

  Scenario: A cache folder holding files gherkin-bridge did not write is left alone
    Given a file "gherkin-bridge.config.json" containing:
      """
      { "cacheDir": "." }
      """
    When I run "gherkin-bridge coverage --format json"
    Then the exit code is 1
    And the JSON output at "summary.scenarios" is "3"
    And stderr contains "Ignoring cache folder"
    And stderr contains "it holds files gherkin-bridge did not write"
    And the file ".gherkin-bridge-cache" does not exist
